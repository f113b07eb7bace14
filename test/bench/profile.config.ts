import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** The canvas profiling aid (test/bench/canvas.profile.ts): not part of `npm test` nor of `npm run bench`. */
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: { include: ['test/bench/canvas.profile.ts'], testTimeout: 600_000 },
});
