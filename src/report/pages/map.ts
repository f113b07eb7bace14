/** The map drawn as vectors: stage columns, lanes with the blueprint's lines, cards, pain markers, flow links. */
import type { Touchpoint } from '../../model';
import type { ReportContent } from '../content';
import { drawEmotionCurve, stageEmotions, type StageEmotion } from '../draw/charts';
import { failMark, levelBadge, painMarker, waitMark } from '../draw/glyphs';
import type { Surface } from '../draw/surface';
import { ACCENT, FAINT, INK, LEVEL_COLOR, MARGIN, MIN_TEXT_SIZE, MUTED, PAPER, RULE, SEVERITY_COLOR, TYPE, WASH, mix, type Rgb } from '../theme';
import { rejoinLines } from '../../text/breaker';
import { formatWait } from '../text/format';
import { cellIndex, cellKey, fillScale, lineBetween, planMapPages, type BlueprintLine, type MapMetrics, type MapPagePlan } from './map-layout';

const NOTE_KINDS = new Set(['thoughts', 'emotions', 'opportunities']);
const TITLE_H = 28;
const HEADER_H = 34;
const LEGEND_H = 20;
const CARD_PAD = 4;

/** Card title size at scale 1: 8 pt keeps the map readable when printed on A4. */
const CARD_TEXT = 8;
/** How far a small map's cards may grow to fill the page. */
const MAX_FILL = 1.4;

function metrics(s: Surface, scale = 1): MapMetrics {
  const [w, h] = s.size('landscape');
  const m = MARGIN.landscape;
  return {
    width: w - 2 * m.side,
    height: h - m.top - m.bottom,
    laneLabelWidth: 96,
    minColumnWidth: 104,
    cardHeight: 32 * scale,
    cardGap: 4,
    cardText: CARD_TEXT * scale,
    rowsHeight: h - m.top - m.bottom - TITLE_H - HEADER_H - LEGEND_H,
  };
}

interface Placed {
  tp: Touchpoint;
  /** Thoughts, emotions and opportunities are notes, not service: no level badge unless one was set. */
  note: boolean;
  x: number;
  y: number;
  w: number;
  h: number;
}

export function drawMap(s: Surface, c: ReportContent): void {
  const cells = cellIndex(c.map);
  const m = metrics(s, fillScale(c.map, cells, (k) => metrics(s, k), MAX_FILL));
  const rank = new Map(c.analysis.risks.map((r, i) => [r.painPointId, i + 1]));
  const emotions = stageEmotions(c);
  for (const plan of planMapPages(c.map, cells, m)) drawMapPage(s, c, { m, cells, plan, rank, emotions });
}

interface PageContext {
  m: MapMetrics;
  cells: Map<string, Touchpoint[]>;
  plan: MapPagePlan;
  /** Pain point id → its number in the register. */
  rank: Map<string, number>;
  emotions: StageEmotion[];
}

function partLabel(c: ReportContent, plan: MapPagePlan): string {
  const total = c.map.stages.length;
  const stages =
    plan.stageTo - plan.stageFrom <= 1
      ? c.t('map.part-one', { from: plan.stageFrom + 1, total })
      : c.t('map.part', { from: plan.stageFrom + 1, to: plan.stageTo, total });
  return plan.parts > 1 ? `${stages} · ${c.t('map.rows', { part: plan.part, parts: plan.parts })}` : stages;
}

function drawMapPage(s: Surface, c: ReportContent, { m, cells, plan, rank, emotions }: PageContext): void {
  const label = partLabel(c, plan);
  s.addPage('landscape', 'map', label);
  const x0 = MARGIN.landscape.side;
  const y0 = MARGIN.landscape.top;
  s.text(c.t('section.map'), x0, y0 + 13, { size: TYPE.heading, bold: true, color: INK });
  s.text(label, x0 + m.width, y0 + 13, { size: TYPE.small, color: MUTED, align: 'right' });
  const stages = c.map.stages.slice(plan.stageFrom, plan.stageTo);
  const colW = (m.width - m.laneLabelWidth) / Math.max(stages.length, 1);
  const gridX = x0 + m.laneLabelWidth;
  const headY = y0 + TITLE_H;
  const rowsY = headY + HEADER_H;
  // A map that fits one page with room to spare spreads its lanes over the page rather than leave the lower half blank.
  const natural = plan.segments.reduce((a, seg) => a + seg.height, 0);
  const spare = plan.parts === 1 && plan.segments.length > 0 ? Math.max(0, m.rowsHeight - natural) / plan.segments.length : 0;
  const rowsH = natural + spare * plan.segments.length;
  const scores = new Map(c.analysis.stages.map((st) => [st.stageId, st]));

  stages.forEach((stage, i) => {
    const x = gridX + i * colW;
    s.fill(i % 2 === 0 ? WASH : PAPER);
    s.doc.rect(x, headY, colW, HEADER_H + rowsH, 'F');
    s.fill(ACCENT);
    s.doc.rect(x + 2, headY, colW - 4, 2, 'F');
    const number = plan.stageFrom + i + 1;
    s.text(s.fit(`${number}  ${stage.name}`, colW - 10, TYPE.small, true), x + 5, headY + 14, { size: TYPE.small, bold: true, color: INK });
    const st = scores.get(stage.id);
    if (st && (st.score !== null || st.touchpointIds.length > 0)) {
      const zeroed = st.zeroedBy.length > 0;
      const text = zeroed
        ? `${c.t('map.score', { score: 0 })} · 100 − 1 = 0`
        : st.score === null
          ? c.t('map.no-score')
          : c.t('map.score', { score: Math.round(st.score) });
      s.text(s.fit(text, colW - 10, TYPE.caption), x + 5, headY + 26, { size: TYPE.caption, color: zeroed ? SEVERITY_COLOR.critical : MUTED, bold: zeroed });
    }
  });

  const placed: Placed[] = [];
  const lines: [BlueprintLine, number][] = [];
  let y = rowsY;
  plan.segments.forEach((seg, k) => {
    const lane = c.map.lanes[seg.laneIndex]!;
    const laneH = seg.height + spare;
    s.stroke(RULE, 0.5);
    s.doc.line(x0, y, x0 + m.width, y);
    const cont = seg.from > 0 ? ' …' : '';
    const nameLines = s.wrap(lane.name + cont, m.laneLabelWidth - 12, TYPE.small, true).slice(0, Math.max(1, Math.min(3, Math.floor((laneH - 8) / 10))));
    nameLines.forEach((line, j) => s.text(line, x0 + 2, y + 15 + j * 10, { size: TYPE.small, bold: true, color: INK }));
    stages.forEach((stage, i) => {
      const list = (cells.get(cellKey(stage.id, lane.id)) ?? []).slice(seg.from, seg.to);
      list.forEach((tp, r) => {
        placed.push({ tp, note: NOTE_KINDS.has(lane.kind ?? 'custom'), x: gridX + i * colW + CARD_PAD, y: y + 4 + spare / 2 + r * (m.cardHeight + m.cardGap), w: colW - 2 * CARD_PAD, h: m.cardHeight });
      });
    });
    const next = plan.segments[k + 1];
    if (next && next.laneIndex === seg.laneIndex + 1 && seg.to === seg.rows && next.from === 0) {
      const kind = lineBetween(lane, c.map.lanes[next.laneIndex]!);
      if (kind) lines.push([kind, y + laneH]);
    }
    if (lane.kind === 'emotions') {
      const shown = new Set(stages.map((st) => st.id));
      drawEmotionCurve(s, emotions.filter((e) => shown.has(e.stageId)), stages.map((_, i) => gridX + (i + 0.5) * colW), y + 8, laneH - 16, { labels: true, columnWidth: colW });
    }
    y += laneH;
  });
  s.stroke(RULE, 0.5);
  s.doc.line(x0, y, x0 + m.width, y);
  // After every lane border, so nothing is drawn through the lines or their labels.
  for (const [kind, ly] of lines) blueprintLine(s, c, kind, x0, ly, m.width, m.laneLabelWidth);

  drawLinks(s, c, placed);
  drawCauseLinks(s, c, placed);
  for (const p of placed) card(s, c, p, m, rank);
  legend(s, c, x0, y0 + m.height - 6, m.width);
}

const LINE_LABEL: Record<'interaction' | 'visibility' | 'internal', 'line.interaction' | 'line.visibility' | 'line.internal'> = {
  interaction: 'line.interaction',
  visibility: 'line.visibility',
  internal: 'line.internal',
};

function blueprintLine(s: Surface, c: ReportContent, kind: 'interaction' | 'visibility' | 'internal', x: number, y: number, width: number, labelWidth: number): void {
  const color: Rgb = kind === 'visibility' ? ACCENT : MUTED;
  s.stroke(color, kind === 'visibility' ? 1 : 0.7, kind === 'internal' ? [1, 2] : [4, 2.5]);
  s.doc.line(x, y, x + width, y);
  s.stroke(RULE, 0.5, []);
  const text = c.t(LINE_LABEL[kind]);
  // The label sits in the lane-name column; long names step down to the minimum size before being cut.
  const size = s.measure(text, TYPE.caption, true) <= labelWidth - 6 ? TYPE.caption : MIN_TEXT_SIZE;
  const fitted = s.fit(text, labelWidth - 6, size, true);
  s.fill(PAPER);
  s.doc.rect(x, y - 5, s.measure(fitted, size, true) + 4, 10, 'F');
  s.text(fitted, x, y + 2.3, { size, bold: true, color });
}

function card(s: Surface, c: ReportContent, p: Placed, m: MapMetrics, rank: ReadonlyMap<string, number>): void {
  const { tp } = p;
  const u = m.cardText / CARD_TEXT;
  const level = tp.level ?? 'untagged';
  const pains = tp.painPoints ?? [];
  const critical = pains.some((pp) => pp.severity === 'critical');
  s.fill(PAPER).stroke(critical ? SEVERITY_COLOR.critical : mix(RULE, INK, 0.15), critical ? 0.9 : 0.5);
  s.doc.roundedRect(p.x, p.y, p.w, p.h, 2.5, 2.5, 'FD');
  s.fill(LEVEL_COLOR[level]);
  s.doc.rect(p.x, p.y + 2, 2.2, p.h - 4, 'F');
  const size = m.cardText;
  const textW = p.w - 10 - 9 * u;
  const lines = s.wrap(tp.title, textW, size);
  const shown = lines.slice(0, 2);
  if (lines.length > 2) shown[1] = s.fit(rejoinLines(lines.slice(1)), textW, size);
  shown.forEach((line, i) => s.text(line, p.x + 6, p.y + 3 + size + i * size * 1.2, { size, color: INK }));
  if (!(p.note && tp.level === undefined)) levelBadge(s, level, p.x + p.w - 7 * u, p.y + 7 * u, 7 * u);
  // The marker row: pain markers numbered as in the register, fail and wait marks, the recorded wait, the emotion.
  const small = Math.max(MIN_TEXT_SIZE, TYPE.caption * u);
  let mx = p.x + 9;
  const my = p.y + p.h - 6.5 * u;
  const right = p.x + p.w - 5 - (tp.emotion === undefined ? 0 : s.measure('−3', small, true) + 3);
  let drawn = 0;
  for (const pain of pains) {
    const label = String(rank.get(pain.id) ?? '');
    const w = 9 * u + s.measure(label, small, true) + 2;
    if (mx + w > right || drawn === 4) break;
    painMarker(s, pain.severity, mx, my, 7 * u);
    s.text(label, mx + 4.5 * u, my + small * 0.35, { size: small, color: SEVERITY_COLOR[pain.severity], bold: true });
    mx += w;
    drawn++;
  }
  if (drawn < pains.length) {
    s.text(`+${pains.length - drawn}`, mx - 2, my + small * 0.35, { size: small, color: MUTED });
    mx += s.measure(`+${pains.length - drawn}`, small) + 4;
  }
  if (tp.failPoint) {
    failMark(s, mx, my, 6.5 * u, SEVERITY_COLOR.critical);
    mx += 9 * u;
  }
  const wait = tp.metrics?.waitMinutes;
  if (tp.waitPoint || wait !== undefined) {
    waitMark(s, mx, my, 6.5 * u, MUTED);
    mx += 5 * u;
    if (wait !== undefined) s.text(s.fit(formatWait(c, wait), Math.max(0, right - mx), small), mx, my + small * 0.35, { size: small, color: MUTED });
  }
  if (tp.emotion !== undefined) {
    const e = tp.emotion;
    const text = e > 0 ? `+${e}` : e < 0 ? `−${-e}` : '0';
    s.text(text, p.x + p.w - 5, my + small * 0.35, { size: small, color: e < 0 ? SEVERITY_COLOR.critical : MUTED, align: 'right', bold: true });
  }
  s.stroke(RULE, 0.5);
}

/** Cause → pain, dashed in the pain's colour: the below-the-line story the blueprint exists to tell. */
function drawCauseLinks(s: Surface, c: ReportContent, placed: readonly Placed[]): void {
  const at = new Map(placed.map((p) => [p.tp.id, p]));
  for (const p of placed) {
    for (const pain of p.tp.painPoints ?? []) {
      const cause = pain.causedBy === undefined ? undefined : at.get(pain.causedBy);
      if (!cause || cause === p) continue;
      const color = SEVERITY_COLOR[pain.severity];
      const [sx, sy] = edgePoint(cause, p);
      const [ex, ey] = edgePoint(p, cause);
      s.stroke(color, 0.9, [3, 2]);
      s.doc.line(sx, sy, ex, ey);
      const len = Math.hypot(ex - sx, ey - sy) || 1;
      arrow(s, color, ex, ey, (ex - sx) / len, (ey - sy) / len);
    }
  }
  s.stroke(RULE, 0.5, []);
}

/** Where the line from `a`'s centre towards `b`'s centre leaves `a`'s box. */
function edgePoint(a: Placed, b: Placed): [number, number] {
  const [ax, ay] = [a.x + a.w / 2, a.y + a.h / 2];
  const [dx, dy] = [b.x + b.w / 2 - ax, b.y + b.h / 2 - ay];
  const t = Math.min(dx === 0 ? Infinity : a.w / 2 / Math.abs(dx), dy === 0 ? Infinity : a.h / 2 / Math.abs(dy));
  return [ax + dx * t, ay + dy * t];
}

function drawLinks(s: Surface, c: ReportContent, placed: readonly Placed[]): void {
  const at = new Map(placed.map((p) => [p.tp.id, p]));
  for (const link of c.map.links ?? []) {
    const a = at.get(link.from);
    const b = at.get(link.to);
    const color = mix(ACCENT, PAPER, 0.35);
    if (!a || !b) {
      // The other end is on another map page: a stub arrow says the flow goes on.
      if (a) offPageStub(s, color, a.x + a.w + 0.5, a.y + a.h / 2);
      if (b) offPageStub(s, color, b.x - 4.5, b.y + b.h / 2);
      continue;
    }
    s.stroke(color, 0.7, link.kind === 'support' ? [2, 1.5] : []);
    let sx: number, sy: number, ex: number, ey: number, bend: number;
    if (b.x > a.x + 1) {
      [sx, sy, ex, ey] = [a.x + a.w, a.y + a.h / 2, b.x, b.y + b.h / 2];
      bend = Math.max(10, (ex - sx) / 2);
      s.doc.lines([[bend, 0, ex - sx - bend, ey - sy, ex - sx, ey - sy]], sx, sy, [1, 1], 'S');
      arrow(s, color, ex, ey, 1, 0);
    } else if (b.x < a.x - 1) {
      [sx, sy, ex, ey] = [a.x + a.w / 2, a.y + a.h, b.x + b.w / 2, b.y + b.h];
      s.doc.lines([[0, 14, ex - sx, ey - sy + 14, ex - sx, ey - sy]], sx, sy, [1, 1], 'S');
      arrow(s, color, ex, ey, 0, -1);
    } else {
      const down = b.y > a.y;
      [sx, sy, ex, ey] = [a.x + a.w * 0.3, down ? a.y + a.h : a.y, b.x + b.w * 0.3, down ? b.y : b.y + b.h];
      s.doc.line(sx, sy, ex, ey);
      arrow(s, color, ex, ey, 0, down ? 1 : -1);
    }
  }
  s.stroke(RULE, 0.5, []);
}

function offPageStub(s: Surface, color: Rgb, x: number, y: number): void {
  s.stroke(color, 0.7, [1, 1]);
  s.doc.line(x, y, x + 2.5, y);
  arrow(s, color, x + 4, y, 1, 0);
}

function arrow(s: Surface, color: Rgb, x: number, y: number, dx: number, dy: number): void {
  const l = 3.5;
  const w = 2;
  s.fill(color);
  s.polygon([[x, y], [x - dx * l - dy * w, y - dy * l + dx * w], [x - dx * l + dy * w, y - dy * l - dx * w]], 'F');
}

function legend(s: Surface, c: ReportContent, x: number, y: number, width: number): void {
  const size = TYPE.caption;
  let lx = x;
  const item = (draw: (cx: number) => void, text: string) => {
    draw(lx + 4);
    s.text(text, lx + 11, y + 2.4, { size, color: MUTED });
    lx += 11 + s.measure(text, size) + 14;
  };
  s.text(c.t('legend.levels'), lx, y + 2.4, { size, color: MUTED, bold: true });
  lx += s.measure(c.t('legend.levels'), size, true) + 8;
  for (const level of ['basic', 'satisfactory', 'value-added', 'memorable', 'untagged'] as const) {
    item((cx) => levelBadge(s, level, cx, y, 7), c.t(`level.${level}`));
  }
  lx += 6;
  item((cx) => painMarker(s, 'high', cx, y, 7), c.t('legend.pain'));
  item((cx) => failMark(s, cx, y, 6.5, SEVERITY_COLOR.critical), c.t('legend.fail'));
  item((cx) => waitMark(s, cx, y, 6.5, MUTED), c.t('legend.wait'));
  const link = (color: Rgb, dash: number[], text: string) => {
    if (lx + 30 + s.measure(text, size) > x + width) return;
    s.stroke(color, 0.8, dash);
    s.doc.line(lx, y, lx + 12, y);
    arrow(s, color, lx + 14, y, 1, 0);
    s.text(text, lx + 19, y + 2.4, { size, color: MUTED });
    lx += 19 + s.measure(text, size) + 14;
  };
  link(mix(ACCENT, PAPER, 0.35), [], c.t('legend.flow'));
  link(SEVERITY_COLOR.high, [3, 2], c.t('legend.cause'));
  s.stroke(FAINT, 0.5, []);
}
