/**
 * Slides for executives (pptxgenjs): a title slide, the top actions, the map as a picture, one slide
 * per top risk with Prevent → Detect → Recover, and the stage scores. The actions slide is the PDF
 * summary's "Do first" (src/advice: the same choice, the same words from the report catalogue), so an
 * executive who sees only the deck funds what the report says to fund.
 */
import PptxGenJS from 'pptxgenjs';
import { selectDoFirst, type DoFirstAction } from '../advice';
import { analyzeMap } from '../analysis';
import { joinList, translate, type Locale, type Params } from '../i18n';
import { formatDuration } from '../i18n/duration';
import { interchangeMessages, type InterchangeKey } from '../i18n/interchange';
import { reportMessages } from '../i18n/report';
import { severityName, tierName } from '../i18n/vocab';
import type { MapDocument } from '../model';
import { suggestionsForMap, TIER_ORDER } from '../suggestions';

/** Risks given a slide of their own; the rest are in the PDF report. */
export const TOP_RISKS = 5;
const PER_TIER_SHOWN = 2;

/** A face both PowerPoint and LibreOffice have or map for the language (LibreOffice substitutes YaHei with Noto Sans CJK). */
const FONT: Record<Locale, string> = { en: 'Arial', 'zh-CN': 'Microsoft YaHei' };
const INK = '1F2933';
const MUTED = '626E7A';
const ACCENT = '0F5E6E';
const TIER_COLOR = { prevent: '1F7A5C', detect: 'A86F00', recover: 'A4262C' } as const;

export interface SlideOptions {
  locale: Locale;
  /** The map picture as PNG, with its size in pixels, for the map slide (omitted: no map slide). */
  picture?: { png: Uint8Array; width: number; height: number };
}

type ReportKey = keyof (typeof reportMessages)['en'];
const round1 = (n: number) => String(Math.round(n * 10) / 10);

function base64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export async function buildSlides(map: MapDocument, options: SlideOptions): Promise<{ pptx: Uint8Array; slides: number }> {
  const { locale } = options;
  const t = (key: InterchangeKey, params?: Params) => translate(interchangeMessages, locale, key, params);
  const font = FONT[locale];
  const analysis = analyzeMap(map);
  const suggestions = suggestionsForMap(map, locale);
  const stageName = new Map(map.stages.map((s) => [s.id, s.name]));
  const risks = analysis.risks.slice(0, TOP_RISKS);
  const r = (key: ReportKey, params?: Params) => translate(reportMessages, locale, key, params);
  const touchpoints = new Map(map.touchpoints.map((tp) => [tp.id, tp]));
  const titleOf = (id: string) => touchpoints.get(id)?.title ?? id;
  const waitText = (minutes: number) => formatDuration(minutes, locale);
  /** One "Do first" action as the PDF summary words it: what, where, which pain points it removes. */
  const actionRows = (a: DoFirstAction, i: number) => {
    const team = a.advice.source === 'team';
    const lane = map.lanes.find((l) => l.id === a.laneId)?.name ?? '';
    const removes = a.removes.map((risk) => r('dofirst.removes-item', { title: risk.title, severity: severityName(risk.severity, locale).toLocaleLowerCase(locale), risk: round1(risk.risk) }));
    return [
      { text: `${i + 1}. ${tierName(a.advice.tier, locale)} · ${team ? a.advice.text : a.advice.title}`, options: { bold: true, color: TIER_COLOR[a.advice.tier], breakLine: true } },
      { text: r(a.atHiddenCause ? 'dofirst.where-hidden' : 'dofirst.where', { step: titleOf(a.stepId), lane, stage: stageName.get(a.stageId) ?? '' }), options: { fontSize: 15, breakLine: true } },
      { text: r('dofirst.removes', { list: joinList(removes, locale) }), options: { fontSize: 15, color: MUTED, breakLine: true } },
      { text: ' ', options: { fontSize: 6, breakLine: true } },
    ];
  };

  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = map.title;
  pptx.company = 'Touchpoint Studio';
  pptx.theme = { headFontFace: font, bodyFontFace: font };
  const text = { fontFace: font, color: INK, lang: locale } as const;
  const heading = (slide: PptxGenJS.Slide, title: string) =>
    slide.addText(title, { ...text, x: 0.6, y: 0.35, w: 12.1, h: 0.8, fontSize: 28, bold: true, color: ACCENT });

  const cover = pptx.addSlide();
  cover.addText(map.title, { ...text, x: 0.8, y: 2.3, w: 11.7, h: 1.6, fontSize: 40, bold: true });
  cover.addText(t('slides.subtitle', { touchpoints: map.touchpoints.length, stages: map.stages.length }), { ...text, x: 0.8, y: 4.0, w: 11.7, h: 0.6, fontSize: 18, color: MUTED });

  const summary = pptx.addSlide();
  heading(summary, r('dofirst.title'));
  const doFirst = selectDoFirst(map, analysis, suggestions);
  if (doFirst.actions.length === 0) summary.addText(t(risks.length === 0 ? 'slides.no-risks' : 'slides.no-prevent'), { ...text, x: 0.6, y: 1.5, w: 12.1, h: 1, fontSize: 18 });
  else {
    const rows = doFirst.actions.flatMap((action, i) => actionRows(action, i));
    summary.addText(rows, { ...text, x: 0.6, y: 1.25, w: 12.1, h: 4.75, fontSize: 20, valign: 'top', fit: 'shrink' });
    const records = [
      ...doFirst.waits.map((w) => r('dofirst.wait', { step: titleOf(w.touchpointId), wait: waitText(w.minutes) })),
      ...doFirst.scores.map((e) => r('dofirst.scores', { step: titleOf(e.touchpointId), scores: [...(e.nps === undefined ? [] : [`NPS ${e.nps}`]), ...(e.csat === undefined ? [] : [`CSAT ${e.csat}`])].join(locale === 'zh-CN' ? '，' : ', ') })),
    ].slice(0, 4);
    if (records.length > 0) {
      summary.addText(
        [{ text: r('dofirst.evidence'), options: { bold: true, breakLine: true } }, ...records.map((line) => ({ text: line, options: { breakLine: true } }))],
        { ...text, x: 0.6, y: 5.95, w: 12.1, h: 1.4, fontSize: 13, color: MUTED, valign: 'top', fit: 'shrink' },
      );
    }
  }

  if (options.picture) {
    const slide = pptx.addSlide();
    heading(slide, t('slides.map'));
    const { width, height } = options.picture;
    const boxW = 12.1;
    const boxH = 5.9;
    const ratio = Math.min(boxW / width, boxH / height);
    slide.addImage({ data: `image/png;base64,${base64(options.picture.png)}`, x: 0.6 + (boxW - width * ratio) / 2, y: 1.3, w: width * ratio, h: height * ratio, altText: t('slides.map-alt', { title: map.title }) });
  }

  for (const risk of risks) {
    const slide = pptx.addSlide();
    heading(slide, risk.title);
    slide.addText(t('slides.risk-where', { stage: stageName.get(risk.stageId) ?? '', severity: severityName(risk.severity, locale) }), { ...text, x: 0.6, y: 1.1, w: 12.1, h: 0.5, fontSize: 14, color: MUTED });
    const own = suggestions.get(risk.painPointId) ?? [];
    TIER_ORDER.forEach((tier, i) => {
      const x = 0.6 + i * 4.1;
      slide.addText(tierName(tier, locale), { ...text, x, y: 1.8, w: 3.9, h: 0.6, fontSize: 20, bold: true, color: TIER_COLOR[tier] });
      const items = own.filter((s) => s.tier === tier).slice(0, PER_TIER_SHOWN);
      const body = items.length === 0 ? [{ text: t('slides.none'), options: { color: MUTED } }] : items.flatMap((s) => [{ text: s.title, options: { bold: true, breakLine: true } }, { text: s.text, options: { fontSize: 14, breakLine: true } }, { text: ' ', options: { fontSize: 8, breakLine: true } }]);
      // 12 pt read as fine print across a meeting room (seen in LibreOffice's rendering, docs/slides); a long
      // suggestion shrinks to its box instead of running off the slide.
      slide.addText(body, { ...text, x, y: 2.5, w: 3.9, h: 4.7, fontSize: 16, valign: 'top', fit: 'shrink' });
    });
  }

  const scores = pptx.addSlide();
  heading(scores, t('slides.scores'));
  const header = [t('changes.stage'), t('slides.score')].map((h) => ({ text: h, options: { bold: true, color: MUTED } }));
  const rows = analysis.stages.map((s) => [
    { text: s.name },
    { text: s.score === null ? '–' : String(Math.round(s.score)), options: { bold: s.zeroedBy.length > 0, color: s.zeroedBy.length > 0 ? TIER_COLOR.recover : INK } },
  ]);
  scores.addTable([header, ...rows], { ...text, x: 0.6, y: 1.3, w: 8, colW: [6, 2], fontSize: 14, border: { type: 'solid', pt: 0.5, color: 'D6DBE1' }, autoPage: true });

  const slides = 3 + (options.picture ? 1 : 0) + risks.length;
  return { pptx: (await pptx.write({ outputType: 'uint8array' })) as Uint8Array, slides };
}
