import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** `npm run bench` (canvas part): not part of `npm test`; needs the browser build in out/renderer and Chromium. */
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: { include: ['test/bench/canvas.bench.ts'], testTimeout: 1_800_000, hookTimeout: 120_000 },
});
