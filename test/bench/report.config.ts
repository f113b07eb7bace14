import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** `npm run bench:report`: not part of `npm test`, it times the built command on big maps. */
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: { include: ['test/bench/report.bench.ts'], testTimeout: 600_000 },
});
