/**
 * `touchpoint export FILE --csv|--xlsx|--mermaid|--svg|--png [--scale N] [--dark] -o OUT`: a map out to
 * a spreadsheet, a Mermaid journey, or a picture drawn as the canvas draws it.
 */
import { isLocale, translate, type Params } from '../../i18n';
import { interchangeMessages, type InterchangeKey } from '../../i18n/interchange';
import { exportCsv, exportMermaid, exportXlsx } from '../../interchange';
import { parseArgs, UsageError } from '../args';
import type { CommandRun } from '../context';
import { writeOutput } from '../files';
import { drawPicture } from '../picture';
import { readMapFile } from '../read-map';

const FORMATS = ['csv', 'xlsx', 'mermaid', 'svg', 'png'] as const;

export const exportCommand = {
  name: 'export',
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
    const scaleFlag = flags.get('scale');
    const scale = scaleFlag === undefined ? 2 : Number(scaleFlag);
    if (!(scale >= 0.25 && scale <= 8)) throw new UsageError(t('export.bad-scale', { value: String(scaleFlag) }));
    if (scaleFlag !== undefined && format !== 'png') throw new UsageError(t('export.scale-png-only'));
    if (flags.has('dark') && format !== 'svg' && format !== 'png') throw new UsageError(t('export.dark-picture-only'));

    const outcome = await readMapFile(file, ctx);
    if (outcome.kind !== 'ok') {
      ctx.stderr.write(`${outcome.lines.join('\n')}\n`);
      return outcome.kind === 'invalid' ? 1 : 2;
    }
    const { map } = outcome;
    const locale = lang ?? map.locale ?? ctx.locale;
    let data: string | Uint8Array;
    if (format === 'svg' || format === 'png') {
      const picture = await drawPicture(map, { locale, dark: flags.has('dark'), png: format === 'png', scale }, ctx);
      if ('error' in picture) {
        ctx.stderr.write(`${picture.error}\n`);
        return 2;
      }
      data = picture.data;
    } else data = format === 'csv' ? exportCsv(map, locale) : format === 'xlsx' ? await exportXlsx(map, locale) : exportMermaid(map);
    const failed = await writeOutput(output, data, ctx);
    if (failed) {
      ctx.stderr.write(`${failed}\n`);
      return 2;
    }
    const done = format === 'mermaid' ? 'export.done-mermaid' : format === 'svg' || format === 'png' ? 'export.done-picture' : 'export.done';
    ctx.stdout.write(`${t(done, { file: output, touchpoints: map.touchpoints.length })}\n`);
    return 0;
  },
} satisfies CommandRun;
