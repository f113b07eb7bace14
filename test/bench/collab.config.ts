import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** `npm run bench` (co-editing part): not part of `npm test`; needs the built command line (out/main/cli.js). */
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: { include: ['test/bench/collab.bench.ts'], testTimeout: 600_000, hookTimeout: 120_000 },
});
