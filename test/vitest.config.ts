import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('..', import.meta.url));

export default defineConfig({
  root,
  test: {
    include: ['test/core/**/*.test.ts', 'test/renderer/**/*.test.ts', 'test/electron/**/*.test.ts', 'test/e2e/**/*.test.ts'],
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
