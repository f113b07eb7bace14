/**
 * The command registry: one entry a command, each command in its own file. A command's module (and
 * what it needs: jsPDF and the fonts for `report`, exceljs for `import`/`export`, Yjs and ws for `serve`)
 * is loaded only when that command runs, so `touchpoint validate` or `--help` does not pay for the rest.
 */
import { translate, type Locale } from '../../i18n';
import { cliMessages } from '../../i18n/cli';
import { collabMessages } from '../../i18n/collab';
import { analyzeMessages, checkMessages } from '../../i18n/findings';
import { interchangeMessages } from '../../i18n/interchange';
import { reportMessages } from '../../i18n/report';
import type { Command, CommandRun } from '../context';

function lazy(name: string, summary: (locale: Locale) => string, load: () => Promise<CommandRun>): Command {
  return {
    name,
    summary,
    run: async (argv, ctx) => (await load()).run(argv, ctx),
  };
}

export const COMMANDS: readonly Command[] = [
  lazy('validate', (l) => translate(cliMessages, l, 'validate.summary'), async () => (await import('./validate')).validateCommand),
  lazy('check', (l) => translate(checkMessages, l, 'check.summary'), async () => (await import('./check')).checkCommand),
  lazy('analyze', (l) => translate(analyzeMessages, l, 'analyze.summary'), async () => (await import('./analyze')).analyzeCommand),
  lazy('report', (l) => translate(reportMessages, l, 'report.cmd-summary'), async () => (await import('./report')).reportCommand),
  lazy('diff', (l) => translate(interchangeMessages, l, 'diff.summary'), async () => (await import('./diff')).diffCommand),
  lazy('import', (l) => translate(interchangeMessages, l, 'import.summary'), async () => (await import('./import')).importCommand),
  lazy('export', (l) => translate(interchangeMessages, l, 'export.summary'), async () => (await import('./export')).exportCommand),
  lazy('serve', (l) => translate(collabMessages, l, 'serve.summary'), async () => (await import('./serve')).serveCommand),
];
