/**
 * `npm run test:core`: the pure core's tests (src/, including the PDF report's drawing, without the
 * browser, the desktop shell or the built command line) — the fast loop while working on rules,
 * suggestions, commands, formats and the report.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('..', import.meta.url));
const CORE = ['actions', 'advice', 'analysis', 'collab', 'commands', 'compare', 'diff', 'export', 'findings', 'i18n', 'interchange', 'layout', 'model', 'report', 'slides', 'store', 'suggestions', 'templates', 'text', 'workshop'];

export default defineConfig({
  root,
  test: {
    include: [...CORE.map((dir) => `test/core/${dir}/**/*.test.ts`), 'test/core/samples.test.ts'],
    // The collab host tests start servers, the model's fuzz tier runs hundreds of files, the report's CLI
    // test needs the built command line (test/core/cli too) and the deck's rendering runs LibreOffice:
    // all stay in `npm test`.
    exclude: [
      'test/core/collab/room.test.ts',
      'test/core/collab/serve-cli.test.ts',
      'test/core/model/fuzz.test.ts',
      'test/core/interchange/slides-render.test.ts',
      'test/core/report/report-cli.test.ts',
    ],
    testTimeout: 30_000,
    // The core is pure (no vi.mock, no globals it leaves behind): one module graph per worker instead of
    // one per file: ~37 s → ~13 s before the report's tests joined.
    // Shuffled runs (seeds 7, 99, 1234) pass.
    isolate: false,
  },
});
