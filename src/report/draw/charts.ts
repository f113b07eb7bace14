/** The executive summary's charts, drawn as vectors: level distribution, emotion curve, stage scores. */
import type { LevelKey, MapAnalysis } from '../../analysis';
import type { ReportContent } from '../content';
import { ACCENT, FAINT, INK, LEVEL_COLOR, mix, MUTED, PAPER, RULE, SEVERITY_COLOR, TYPE, WASH } from '../theme';

const ZEROED_WASH = mix(SEVERITY_COLOR.critical, PAPER, 0.9);
import { levelBadge } from './glyphs';
import type { Surface } from './surface';

const LEVEL_ORDER: readonly LevelKey[] = ['basic', 'satisfactory', 'value-added', 'memorable', 'untagged'];

const pct = (share: number) => `${Math.round(share * 100)}%`;

/** An emotion to one decimal with a real minus sign; −0.04 reads "0.0", not "−0.0". */
export function formatEmotion(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  return rounded < 0 ? `−${(-rounded).toFixed(1)}` : rounded > 0 ? `+${rounded.toFixed(1)}` : '0.0';
}

/** A stacked bar of level shares with a labelled legend; returns the height used. */
export function levelChart(s: Surface, c: ReportContent, x: number, y: number, width: number): number {
  const { levels, shares } = c.analysis.overall;
  const barH = 16;
  let cx = x;
  s.fill(WASH);
  s.doc.rect(x, y, width, barH, 'F');
  for (const level of LEVEL_ORDER) {
    const w = shares[level] * width;
    if (w <= 0) continue;
    s.fill(LEVEL_COLOR[level]);
    s.doc.rect(cx, y, w, barH, 'F');
    if (w > 26) s.text(pct(shares[level]), cx + w / 2, y + barH / 2 + TYPE.caption * 0.35, { size: TYPE.caption, color: level === 'untagged' ? INK : PAPER, align: 'center', bold: true });
    cx += w;
  }
  // The baseline sits where "basic" ends: everything left of it is a service gap.
  const baseX = x + shares.basic * width;
  s.stroke(INK, 0.8);
  s.doc.line(baseX, y - 4, baseX, y + barH + 4);
  s.stroke(INK, 0.5);
  let ly = y + barH + 16;
  const colW = width / 3;
  LEVEL_ORDER.forEach((level, i) => {
    const lx = x + (i % 3) * colW;
    const row = ly + Math.floor(i / 3) * 15;
    levelBadge(s, level, lx + 4, row - 3, 8);
    s.text(`${c.t(`level.${level}`)}  ${levels[level]} · ${pct(shares[level])}`, lx + 13, row, { size: TYPE.small, color: INK });
  });
  ly += 30;
  return ly - y;
}

/** One stage's emotion: the mean, the lowest moment, and whether 100 − 1 = 0 zeroed the stage. */
export interface StageEmotion {
  stageId: string;
  name: string;
  mean: number | null;
  min: number | null;
  zeroed: boolean;
}

/**
 * The emotion curve with each stage's lowest moment: a mean hides the −3 at the hotline. Takes the
 * analysis's own minimum when it gives one, else reads the touchpoints.
 */
export function stageEmotions(c: ReportContent): StageEmotion[] {
  const zeroed = new Set(c.analysis.stages.filter((st) => st.zeroedBy.length > 0).map((st) => st.stageId));
  return c.analysis.emotionCurve.map((p) => {
    const given = (p as { min?: number | null }).min;
    const values = c.map.touchpoints.flatMap((tp) => (tp.stage === p.stageId && tp.emotion !== undefined ? [tp.emotion] : []));
    const min = given !== undefined ? given : values.length > 0 ? Math.min(...values) : null;
    return { stageId: p.stageId, name: p.name, mean: p.mean, min, zeroed: zeroed.has(p.stageId) };
  });
}

/**
 * Draws the curve into a plot box: the mean per stage as a line, a whisker down to the stage's lowest
 * moment, a zeroed stage's column tinted and marked. `xs` are the stage centres.
 */
export function drawEmotionCurve(s: Surface, points: readonly StageEmotion[], xs: readonly number[], top: number, height: number, opts: { labels: boolean; columnWidth: number }): void {
  const yOf = (v: number) => top + ((3 - v) / 6) * height;
  for (const [i, p] of points.entries()) {
    if (!p.zeroed) continue;
    s.fill(ZEROED_WASH);
    s.doc.rect(xs[i]! - opts.columnWidth / 2 + 1, top, opts.columnWidth - 2, height, 'F');
  }
  /** Baselines of the labels drawn in each column, so a zeroed stage's badge can keep clear of them. */
  const labelLines: number[][] = points.map(() => []);
  s.stroke(ACCENT, 1.6);
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!.mean;
    const b = points[i]!.mean;
    if (a !== null && b !== null) s.doc.line(xs[i - 1]!, yOf(a), xs[i]!, yOf(b));
  }
  points.forEach((p, i) => {
    if (p.mean === null) return;
    const px = xs[i]!;
    const py = yOf(p.mean);
    const low = p.min !== null && p.min < p.mean - 0.05 ? p.min : null;
    if (low !== null) {
      // The whisker to the lowest moment, ended by a bar: the moment a customer remembers.
      const my = yOf(low);
      s.stroke(SEVERITY_COLOR.critical, 0.8);
      s.doc.line(px, py, px, my);
      s.doc.line(px - 3.5, my, px + 3.5, my);
      if (opts.labels) s.text(formatEmotion(low), px + 5, my + 2.4, { size: TYPE.caption, color: SEVERITY_COLOR.critical, bold: true });
      labelLines[i]!.push(my + 2.4, my);
    }
    s.fill(Math.round(p.mean * 10) < 0 ? SEVERITY_COLOR.critical : ACCENT).stroke(PAPER, 1);
    s.doc.circle(px, py, 3, 'FD');
    const labelY = p.mean >= 0 || low !== null ? py - 6 : py + 11;
    if (opts.labels) s.text(formatEmotion(p.mean), px, labelY, { size: TYPE.caption, color: INK, align: 'center', bold: true });
    labelLines[i]!.push(opts.labels ? labelY : py + 3, py + 3);
  });
  // The badge goes at the top of the tinted column, or at its foot when the stage's own labels are up there.
  for (const [i, p] of points.entries()) {
    if (!p.zeroed) continue;
    const clearance = (baseline: number) => Math.min(...labelLines[i]!.map((y) => Math.abs(y - baseline)), Infinity);
    const candidates = [top + TYPE.caption + 1, top + height - 3];
    const y = candidates.find((b) => clearance(b) > TYPE.caption + 2) ?? candidates.reduce((a, b) => (clearance(b) > clearance(a) ? b : a));
    s.text('100 − 1 = 0', xs[i]!, y, { size: TYPE.caption, color: SEVERITY_COLOR.critical, align: 'center', bold: true });
  }
  s.stroke(INK, 0.5);
}

/** Mean emotion per stage on a −3…+3 scale with the lowest moment; stages without emotion leave a gap. Returns the height used. */
export function emotionChart(s: Surface, c: ReportContent, x: number, y: number, width: number, height: number): number {
  const points = stageEmotions(c);
  const plotTop = y + 6;
  const labelH = 22;
  const plotH = height - labelH - 6;
  const axisW = 18;
  const plotX = x + axisW;
  const plotW = width - axisW;
  const yOf = (v: number) => plotTop + ((3 - v) / 6) * plotH;
  s.fill(WASH);
  s.doc.rect(plotX, plotTop, plotW, plotH, 'F');
  for (const v of [-3, 0, 3]) {
    s.stroke(v === 0 ? FAINT : RULE, v === 0 ? 0.7 : 0.4, v === 0 ? [] : [2, 2]);
    s.doc.line(plotX, yOf(v), plotX + plotW, yOf(v));
    s.text(v > 0 ? `+${v}` : v < 0 ? `−${-v}` : '0', plotX - 4, yOf(v) + 2.2, { size: TYPE.caption, color: MUTED, align: 'right' });
  }
  s.stroke(INK, 0.5);
  const n = Math.max(points.length, 1);
  const step = plotW / n;
  const xs = points.map((_, i) => plotX + step * (i + 0.5));
  if (points.every((p) => p.mean === null)) {
    s.text(c.t('chart.no-emotion'), plotX + plotW / 2, plotTop + plotH / 2, { size: TYPE.small, color: MUTED, align: 'center' });
  }
  drawEmotionCurve(s, points, xs, plotTop, plotH, { labels: true, columnWidth: step });
  const small = n > 8 ? TYPE.caption - 0.5 : TYPE.caption;
  points.forEach((p, i) => {
    s.text(s.fit(p.name, step - 4, small), xs[i]!, plotTop + plotH + 11, { size: small, color: MUTED, align: 'center' });
  });
  return height;
}

/** Horizontal bars of each stage's experience score; a zeroed stage says why. Returns the height used. */
export function scoreChart(s: Surface, c: ReportContent, analysis: MapAnalysis, x: number, y: number, width: number): number {
  const rowH = 15;
  const labelW = Math.min(120, width * 0.3);
  const barW = width - labelW - 30;
  analysis.stages.forEach((stage, i) => {
    const ry = y + i * rowH;
    s.text(s.fit(stage.name, labelW - 8, TYPE.small), x, ry + 9, { size: TYPE.small, color: INK });
    s.fill(WASH);
    s.doc.rect(x + labelW, ry + 2, barW, rowH - 6, 'F');
    const zeroed = stage.zeroedBy.length > 0;
    const w = (Math.max(0, Math.min(100, stage.score ?? 0)) / 100) * barW;
    if (w > 0) {
      s.fill(stage.stageId === analysis.worstStageId ? SEVERITY_COLOR.high : ACCENT);
      s.doc.rect(x + labelW, ry + 2, w, rowH - 6, 'F');
    }
    if (zeroed) {
      s.fill(SEVERITY_COLOR.critical);
      s.doc.rect(x + labelW, ry + 2, 2.5, rowH - 6, 'F');
      s.text('100 − 1 = 0', x + labelW + 8, ry + 9.5, { size: TYPE.caption, color: SEVERITY_COLOR.critical, bold: true });
    }
    if (stage.score === null) s.text(c.t('map.no-score'), x + labelW + 8, ry + 9.5, { size: TYPE.caption, color: MUTED });
    s.text(stage.score === null ? '–' : String(Math.round(stage.score)), x + width, ry + 9.5, { size: TYPE.small, color: INK, align: 'right', bold: true });
  });
  return analysis.stages.length * rowH;
}
