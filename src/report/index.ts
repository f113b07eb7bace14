/**
 * The PDF report (pure core: runs in Node for the command line, in a Web Worker for the app, in
 * Electron's main process). Fonts are injected through a FontSource.
 */
import type { Locale } from '../i18n';
import { serializeMap, type MapDocument } from '../model';
import { tierLabel, TIER_ORDER } from '../suggestions';
import { composeContent, reportText } from './content';
import { drawFurniture } from './draw/furniture';
import { addOutline } from './draw/outline';
import { isWideCode, Surface, type PageRecord } from './draw/surface';
import { xmpPacket } from './embed';
import { buildFonts } from './fonts/build';
import type { FontSource } from './fonts/source';
import { drawAppendix } from './pages/appendix';
import { changesText, composeChanges, drawChanges } from './pages/changes';
import { drawContents, drawCover } from './pages/cover';
import { drawMap } from './pages/map';
import { drawRegister } from './pages/register';
import { drawStages } from './pages/stages';
import { drawSummary } from './pages/summary';
import type { PageFormat } from './theme';

export type { FontSource, FontWeight } from './fonts/source';
export { FontLoadError } from './fonts/source';
export type { PageRecord, Orientation, SectionKey } from './draw/surface';
export { extractMapFromPdf } from './embed';
export { breakLines } from '../text/breaker';
export { MIN_TEXT_SIZE, type PageFormat } from './theme';

export type ReportStep = 'fonts' | 'summary' | 'map' | 'register' | 'stages' | 'appendix' | 'write';
export const REPORT_STEPS: readonly ReportStep[] = ['fonts', 'summary', 'map', 'register', 'stages', 'appendix', 'write'];

export interface ReportOptions {
  locale: Locale;
  page: PageFormat;
  fonts: FontSource;
  /** The report date (default: now). */
  now?: Date;
  /** Called as each step starts; `done` counts finished steps. */
  onProgress?: (progress: { step: ReportStep; done: number; total: number }) => void;
  /** An earlier version of the map: adds a "What changed" section after the summary. */
  compare?: MapDocument;
  /** The platform's zlib compressor for the PDF's streams (Node's is several times faster than the default, fflate). */
  deflate?: (data: Uint8Array) => Uint8Array;
}

export interface BuiltReport {
  pdf: Uint8Array;
  /** The layout record of every page: orientation, section, part label, smallest type size. */
  pages: readonly PageRecord[];
}

export const CREATOR = 'Touchpoint Studio';

/** Renders the report and returns the PDF's bytes. */
export async function renderReport(map: MapDocument, options: ReportOptions): Promise<Uint8Array> {
  return (await buildReport(map, options)).pdf;
}

/** Renders the report and also returns the layout record (for tests and the progress UI). */
export async function buildReport(map: MapDocument, options: ReportOptions): Promise<BuiltReport> {
  const { locale } = options;
  const now = options.now ?? new Date();
  const progress = (step: ReportStep) => options.onProgress?.({ step, done: REPORT_STEPS.indexOf(step), total: REPORT_STEPS.length });
  const content = composeContent(map, locale);
  const date = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', day: 'numeric' }).format(now);
  progress('fonts');
  const tiers = TIER_ORDER.map((t) => tierLabel(t, locale)).join('');
  const changes = options.compare ? composeChanges(options.compare, map, locale) : null;
  const fonts = await buildFonts(reportText(content) + date + tiers + (changes ? changesText(changes) : ''), options.fonts, {
    notBold: isWideCode,
  });
  const s = new Surface(options.page, fonts);
  drawCover(s, content, date);
  progress('summary');
  drawSummary(s, content);
  if (changes) drawChanges(s, content, changes);
  progress('map');
  drawMap(s, content);
  progress('register');
  const { bookmarks: painBookmarks, flow: register } = drawRegister(s, content);
  progress('stages');
  const stages = drawStages(s, content, register);
  progress('appendix');
  drawAppendix(s, content, stages);
  drawContents(s, content);
  drawFurniture(s, content, date);
  addOutline(s, content, painBookmarks);
  s.doc.setDisplayMode('fullwidth', 'continuous', 'UseOutlines');
  progress('write');
  const subject = content.t('report.subject');
  s.doc.setProperties({ title: map.title, subject, creator: CREATOR, author: CREATOR, keywords: 'customer journey, service blueprint' });
  s.doc.setLanguage(locale);
  s.doc.setCreationDate(now);
  s.doc.setFileId(fileId(`${serializeMap(map)}\u0000${locale}\u0000${options.page}\u0000${now.toISOString()}`));
  s.doc.addMetadata(xmpPacket(map, { title: map.title, subject, language: locale, creator: CREATOR }), true);
  const pdf = s.output(options.deflate);
  options.onProgress?.({ step: 'write', done: REPORT_STEPS.length, total: REPORT_STEPS.length });
  return { pdf, pages: s.pages };
}

/** Same map, language, paper and date → byte-identical PDF (jsPDF would pick a random file id). */
function fileId(text: string): string {
  let out = '';
  for (let seed = 0; seed < 4; seed++) {
    let h = 2166136261 ^ seed;
    for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
    out += (h >>> 0).toString(16).padStart(8, '0');
  }
  return out.toUpperCase();
}
export { reportLimitRefusal, reportDeadlineMessage } from './limits';
