/** `touchpoint report FILE -o OUT.pdf [--lang en|zh-CN] [--page a4|letter]`: the PDF report of a map. */
import { isLocale, translate, type Locale, type Params } from '../../i18n';
import { interchangeMessages } from '../../i18n/interchange';
import { reportMessages } from '../../i18n/report';
import { REPORT_LIMITS, type MapDocument } from '../../model';
import { formatSize } from '../../model/json';
import { FileAccessError } from '../../platform/port';
import { buildReport, FontLoadError, reportDeadlineMessage, reportLimitRefusal, type FontSource, type PageFormat, type ReportStep } from '../../report';
import { nodeDeflate, nodeFontSource } from '../../report/node/font-source';
import { parseArgs, UsageError } from '../args';
import type { CliContext, CommandRun } from '../context';
import { writeOutput } from '../files';
import { readMapFile } from '../read-map';

type Key = keyof (typeof reportMessages)['en'];

/** Maps this big get a progress line per step; smaller ones finish before anyone would look. */
const PROGRESS_FROM = 200;

function fontSource(ctx: CliContext): FontSource | string {
  if (!ctx.resolvePackageFile) return 'no package resolver';
  try {
    return nodeFontSource(ctx.resolvePackageFile);
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}

export const reportCommand = {
  name: 'report',
  async run(argv, ctx) {
    const t = (key: Key, params?: Params) => translate(reportMessages, ctx.locale, key, params);
    const { positionals, flags } = parseArgs(argv, ['lang', 'page', 'output', 'compare'], { '-o': 'output' });
    if (flags.has('help')) {
      ctx.stdout.write(`${t('report.help')}\n${translate(interchangeMessages, ctx.locale, 'report.help-interchange')}\n`);
      return 0;
    }
    const [file, ...extra] = positionals;
    if (file === undefined || extra.length > 0) throw new UsageError(t('report.one-file'));
    const output = flags.get('output');
    if (typeof output !== 'string' || output === '') throw new UsageError(t('report.no-output'));
    const page = flags.get('page') ?? 'a4';
    if (page !== 'a4' && page !== 'letter') throw new UsageError(t('report.bad-page', { value: String(page) }));
    const lang = flags.get('lang');
    if (lang !== undefined && !isLocale(lang)) throw new UsageError(t('report.bad-lang', { value: String(lang) }));

    const outcome = await readMapFile(file, ctx);
    if (outcome.kind !== 'ok') {
      ctx.stderr.write(`${outcome.lines.join('\n')}\n`);
      return 2;
    }
    const { map } = outcome;
    const compareFile = flags.get('compare');
    let compare;
    if (typeof compareFile === 'string') {
      const earlier = await readMapFile(compareFile, ctx);
      if (earlier.kind !== 'ok') {
        ctx.stderr.write(`${earlier.lines.join('\n')}\n`);
        return 2;
      }
      compare = earlier.map;
    }
    // The slides read the same analysis as the PDF: the same limits hold for both.
    const refusal = reportLimitRefusal(map, file, ctx.locale);
    if (refusal) {
      ctx.stderr.write(`${refusal}\n`);
      return 2;
    }
    if (flags.has('pptx')) return writeSlides(map, (lang ?? map.locale ?? ctx.locale) as Locale, output, ctx);
    const fonts = fontSource(ctx);
    if (typeof fonts === 'string') {
      ctx.stderr.write(`${t('report.fonts-missing', { detail: fonts })}\n`);
      return 2;
    }
    const locale: Locale = lang ?? map.locale ?? ctx.locale;
    const showProgress = map.touchpoints.length >= PROGRESS_FROM;
    const started = Date.now();
    const work = ctx.workClock ?? Date.now;
    const workStarted = work();
    const stopped = new Error('report deadline');
    const onProgress = ({ step, done, total }: { step: ReportStep; done: number; total: number }) => {
      if (done >= total) return;
      // Checked between the report's steps: the counts above keep each step well inside the deadline.
      if (work() - workStarted > REPORT_LIMITS.seconds * 1000) throw stopped;
      if (!showProgress) return;
      const line = t('report.progress', { step: t(`step.${step}`), done: done + 1, total });
      ctx.stderr.write(ctx.interactive ? `\r\u001b[K${line}` : `${line}\n`);
    };
    let built;
    try {
      built = await buildReport(map, { locale, page: page as PageFormat, fonts, deflate: nodeDeflate, onProgress, ...(compare ? { compare } : {}) });
    } catch (e) {
      if (e === stopped) {
        ctx.stderr.write(`${reportDeadlineMessage(file, ctx.locale)}\n`);
        return 2;
      }
      if (!(e instanceof FontLoadError)) throw e;
      ctx.stderr.write(`${t('report.fonts-missing', { detail: e.message })}\n`);
      return 2;
    } finally {
      if (showProgress && ctx.interactive) ctx.stderr.write('\r\u001b[K');
    }
    try {
      await ctx.files.writeFileAtomic(output, built.pdf);
    } catch (e) {
      if (!(e instanceof FileAccessError)) throw e;
      const detail = e.reason === 'io' ? e.message : t(`write.${e.reason}`);
      ctx.stderr.write(`${t('report.cannot-write', { file: output, detail })}\n`);
      return 2;
    }
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    ctx.stdout.write(`${t('report.done', { file: output, pages: built.pages.length, size: formatSize(built.pdf.length), seconds })}\n`);
    return 0;
  },
} satisfies CommandRun;

/** `--pptx`: slides for executives instead of the PDF, with the map drawn as a PNG picture. */
async function writeSlides(map: MapDocument, locale: Locale, output: string, ctx: CliContext): Promise<number> {
  // Loaded here, not at start-up: the picture (resvg) and the deck (pptxgenjs) are only for --pptx.
  const [{ drawPicture }, { buildSlides }] = await Promise.all([import('../picture'), import('../../slides')]);
  const picture = await drawPicture(map, { locale, dark: false, png: true, scale: 1.5 }, ctx);
  if ('error' in picture) {
    ctx.stderr.write(`${picture.error}\n`);
    return 2;
  }
  const built = await buildSlides(map, { locale, picture: { png: picture.data as Uint8Array, width: picture.width, height: picture.height } });
  const failed = await writeOutput(output, built.pptx, ctx);
  if (failed) {
    ctx.stderr.write(`${failed}\n`);
    return 2;
  }
  ctx.stdout.write(`${translate(interchangeMessages, ctx.locale, 'slides.done', { file: output, slides: built.slides })}\n`);
  return 0;
}
