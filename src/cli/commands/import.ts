/** `touchpoint import FILE.csv|FILE.xlsx|FILE.mmd -o OUT.tpmap.json`: a map from a spreadsheet or a Mermaid journey. */
import { translate, type Params } from '../../i18n';
import { interchangeMessages, type InterchangeKey } from '../../i18n/interchange';
import { formatImportProblems, importCsv, importMermaid, importXlsx, type Imported } from '../../interchange';
import { serializeMap } from '../../model';
import { formatSize, MAX_FILE_BYTES } from '../../model/json';
import { parseArgs, UsageError } from '../args';
import type { CommandRun } from '../context';
import { baseTitle, readBytes, writeOutput } from '../files';

export type ImportKind = 'csv' | 'xlsx' | 'mermaid';

export function importKind(file: string): ImportKind | undefined {
  const lower = file.toLowerCase();
  if (lower.endsWith('.csv')) return 'csv';
  if (lower.endsWith('.xlsx')) return 'xlsx';
  if (lower.endsWith('.mmd') || lower.endsWith('.mermaid')) return 'mermaid';
  return undefined;
}

export const importCommand = {
  name: 'import',
  async run(argv, ctx) {
    const t = (key: InterchangeKey, params?: Params) => translate(interchangeMessages, ctx.locale, key, params);
    const { positionals, flags } = parseArgs(argv, ['lang', 'output'], { '-o': 'output' });
    if (flags.has('help')) {
      ctx.stdout.write(`${t('import.help')}\n`);
      return 0;
    }
    const [file, ...extra] = positionals;
    if (file === undefined || extra.length > 0) throw new UsageError(t('import.one-file'));
    const output = flags.get('output');
    if (typeof output !== 'string' || output === '') throw new UsageError(t('import.no-output'));
    const kind = importKind(file);
    if (!kind) throw new UsageError(`${file}: ${t('import.unknown-kind')}`);

    const bytes = await readBytes(file, ctx, (size) => t('import.too-large', { size: formatSize(size), max: formatSize(MAX_FILE_BYTES) }));
    if (typeof bytes === 'string') {
      ctx.stderr.write(`${bytes}\n`);
      return 2;
    }
    const title = baseTitle(file);
    let result: Imported;
    if (kind === 'csv') result = importCsv(bytes, title);
    else if (kind === 'xlsx') result = await importXlsx(bytes, title);
    else {
      let text: string;
      try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      } catch {
        ctx.stderr.write(`${file}: ${t('import.not-text', { offset: 0 })}\n`);
        return 2;
      }
      result = importMermaid(text, title);
    }
    if (!result.ok) {
      ctx.stderr.write(`${formatImportProblems(result.problems, result.total, ctx.locale).map((l) => `${file}: ${l}`).join('\n')}\n`);
      return result.unreadable ? 2 : 1;
    }
    const failed = await writeOutput(output, serializeMap(result.map), ctx);
    if (failed) {
      ctx.stderr.write(`${failed}\n`);
      return 2;
    }
    const { map } = result;
    ctx.stdout.write(`${t('import.done', { file: output, touchpoints: map.touchpoints.length, stages: map.stages.length, lanes: map.lanes.length })}\n`);
    return 0;
  },
} satisfies CommandRun;
