import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('..', import.meta.url));

export default defineConfig({
  root,
  test: {
    include: ['test/core/**/*.test.ts', 'test/renderer/**/*.test.ts', 'test/electron/**/*.test.ts', 'test/e2e/**/*.test.ts'],
    // e2e cases each open their own page (test/e2e/browser.ts appPerCase), so their order must not matter.
    // Check it by running a file with its cases shuffled, e.g. with two seeds:
    //   npx vitest run --config test/vitest.config.ts --sequence.shuffle --sequence.seed=7 test/e2e/editor.test.ts
    // (not part of `npm test`: it would run the browser files twice).
    testTimeout: 30_000,
    hookTimeout: 120_000,
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts', 'electron/main/**/*.ts'],
      exclude: ['src/cli/node-entry.ts'],
      reporter: ['text-summary', 'text'],
    },
  },
});
