import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** `npm run bench:validate`: not part of `npm test`; times opening a large map against a bare JSON.parse. */
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: { include: ['test/bench/validate.bench.ts'], testTimeout: 600_000 },
});
