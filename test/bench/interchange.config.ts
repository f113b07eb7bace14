import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** `npm run bench:interchange`: not part of `npm test`; times the diff and the spreadsheet import in-process. */
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: { include: ['test/bench/interchange.bench.ts'], testTimeout: 600_000 },
});
