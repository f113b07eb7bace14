/** `touchpoint export FILE --csv|--xlsx|--mermaid -o OUT`: a map out to a spreadsheet or a Mermaid journey. */
import { isLocale, translate, type Locale, type Params } from '../../i18n';
import { interchangeMessages, type InterchangeKey } from '../../i18n/interchange';
import { exportCsv, exportMermaid, exportXlsx } from '../../interchange';
import { parseArgs, UsageError } from '../args';
import type { Command } from '../context';
import { writeOutput } from '../files';
import { readMapFile } from '../read-map';

const FORMATS = ['csv', 'xlsx', 'mermaid', 'svg', 'png'] as const;

export const exportCommand = {
  name: 'export',
  summary: (locale: Locale) => translate(interchangeMessages, locale, 'export.summary'),
  async run(argv, ctx) {
    const t = (key: InterchangeKey, params?: Params) => translate(interchangeMessages, ctx.locale, key, params);
    const { positionals, flags } = parseArgs(argv, ['lang', 'output', 'scale'], { '-o': 'output' });
    if (flags.has('help')) {
      ctx.stdout.write(`${t('export.help')}\n`);
      return 0;
    }
    const [file, ...extra] = positionals;
    if (file === undefined || extra.length > 0) throw new UsageError(t('export.one-file'));
    const chosen = FORMATS.filter((f) => flags.has(f));
    if (chosen.length !== 1) throw new UsageError(t('export.one-format'));
    const format = chosen[0]!;
    const output = flags.get('output');
    if (typeof output !== 'string' || output === '') throw new UsageError(t('export.no-output'));
    const lang = flags.get('lang');
    if (lang !== undefined && !isLocale(lang)) throw new UsageError(t('export.bad-lang', { value: String(lang) }));
    if (format === 'svg' || format === 'png') {
      ctx.stderr.write(`${t('export.picture-missing')}\n`);
      return 2;
    }

    const outcome = await readMapFile(file, ctx);
    if (outcome.kind !== 'ok') {
      ctx.stderr.write(`${outcome.lines.join('\n')}\n`);
      return outcome.kind === 'invalid' ? 1 : 2;
    }
    const { map } = outcome;
    const locale = lang ?? map.locale ?? ctx.locale;
    const data = format === 'csv' ? exportCsv(map, locale) : format === 'xlsx' ? await exportXlsx(map, locale) : exportMermaid(map);
    const failed = await writeOutput(output, data, ctx);
    if (failed) {
      ctx.stderr.write(`${failed}\n`);
      return 2;
    }
    ctx.stdout.write(`${t(format === 'mermaid' ? 'export.done-mermaid' : 'export.done', { file: output, touchpoints: map.touchpoints.length })}\n`);
    return 0;
  },
} satisfies Command;
