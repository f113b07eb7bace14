/**
 * `npm run test:core`: the pure core's tests (src/ without the report's PDF rendering, the browser or
 * the desktop shell) — the fast loop while working on rules, suggestions, commands and formats.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('..', import.meta.url));
const CORE = ['actions', 'advice', 'analysis', 'collab', 'commands', 'diff', 'findings', 'i18n', 'interchange', 'layout', 'model', 'store', 'suggestions', 'templates', 'text', 'workshop'];

export default defineConfig({
  root,
  test: {
    include: [...CORE.map((dir) => `test/core/${dir}/**/*.test.ts`), 'test/core/samples.test.ts'],
    // The collab host tests start servers and the model's fuzz tier runs hundreds of files; the deck's
    // LibreOffice rendering and the PDF report's "What changed" section render documents (about a third
    // of this tier's time between them): all stay in `npm test`.
    exclude: [
      'test/core/collab/room.test.ts',
      'test/core/collab/serve-cli.test.ts',
      'test/core/model/fuzz.test.ts',
      'test/core/interchange/slides-render.test.ts',
      'test/core/diff/change-report.test.ts',
    ],
    testTimeout: 30_000,
  },
});
