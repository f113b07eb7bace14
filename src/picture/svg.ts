/**
 * The map as a standalone SVG document, built as a string (no DOM): the same grid geometry as the
 * canvas (src/layout), the same glyphs (level shapes, severity triangles) and the palette it is given.
 * Used by the app's SVG and PNG exports and preview, and by `touchpoint export --svg|--png`.
 */
import { analyzeMap } from '../analysis';
import { exportMessages, type ExportMessageKey } from '../i18n/export';
import { translate, type Locale, type Params } from '../i18n';
import { channelName, evidenceName, laneKindName, levelName, lineName, severityName } from '../i18n/vocab';
import { GRID, emotionY, layoutGrid, levelGlyph, painGlyph, type CardBox, type Glyph, type GridLayout, type LaneBox } from '../layout';
import type { LaneKind, MapDocument, Touchpoint } from '../model';
import { breakLines, isCjk } from '../text/breaker';
import { latinQuotes } from '../report/text/sanitize';
import type { Palette } from './palette';

export const FONT_STACK = '"Noto Sans SC", "PingFang SC", "Microsoft YaHei", system-ui, sans-serif';

export interface SvgOptions {
  readonly palette: Palette;
  /** Fill the picture's background (off: transparent, lanes drawn as lines only). */
  readonly background: boolean;
  /** Draw only these touchpoints (and the links between them), cropped to them. */
  readonly only?: ReadonlySet<string>;
  readonly locale: Locale;
  /** Extra CSS put in the SVG's <style>, e.g. @font-face rules with embedded fonts (fonts.ts). */
  readonly fontCss?: string;
}

export interface MapSvg {
  readonly svg: string;
  /** Size at 1×, in CSS pixels. */
  readonly width: number;
  readonly height: number;
}

/** Space around the drawing. */
export const MARGIN = 24;
const NOTE_KINDS: ReadonlySet<LaneKind> = new Set(['thoughts', 'emotions', 'opportunities']);

// ---------------------------------------------------------------------------------------------
// Text: escaping and an estimate of its width (no DOM to measure with).

/** Characters XML 1.0 does not allow at all (controls other than tab/newline/return, lone surrogates, U+FFFE/FFFF). */
// eslint-disable-next-line no-control-regex
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Escapes text for XML content and attribute values, dropping characters XML cannot carry. */
export function xmlEscape(text: string): string {
  return text.replace(XML_INVALID, '').replace(/[&<>"']/g, (ch) => {
    switch (ch) {
      case '&':
        return '&amp;';
      case '<':
        return '&lt;';
      case '>':
        return '&gt;';
      case '"':
        return '&quot;';
      default:
        return '&#39;';
    }
  });
}

/** Width of one character in em, close enough to Noto Sans SC / PingFang / YaHei for wrapping. */
function charEm(ch: string): number {
  const code = ch.codePointAt(0) ?? 0;
  if (isCjk(code) || code > 0xffff || (code >= 0x2600 && code <= 0x27bf)) return 1;
  if (ch === ' ') return 0.26;
  if ('iljI.,:;|!\'`'.includes(ch)) return 0.26;
  if ('ftr()[]{}"-/'.includes(ch)) return 0.36;
  if ('mwMW@%'.includes(ch)) return 0.86;
  if (code >= 0x41 && code <= 0x5a) return 0.67;
  if (code >= 0x30 && code <= 0x39) return 0.56;
  if (code < 0x80) return 0.57;
  // Invisible marks take no room.
  if ((code >= 0x300 && code <= 0x36f) || (code >= 0x200b && code <= 0x200f) || (code >= 0xfe00 && code <= 0xfe0f)) return 0;
  return 0.62;
}

export function textWidth(text: string, size: number, bold = false): number {
  let em = 0;
  for (const ch of text) em += charEm(ch);
  return em * size * (bold ? 1.07 : 1);
}

/** Text in at most `maxLines` lines of `width`; the last shown line ends with an ellipsis when text was cut. */
export function fitLines(text: string, width: number, size: number, maxLines: number, bold = false): string[] {
  const clean = text.replace(/\s+/g, ' ').trim();
  const measure = (s: string) => textWidth(s, size, bold);
  const lines = breakLines(clean, width, measure);
  const cut = lines.length > maxLines || lines.slice(0, maxLines).some((l) => measure(l) > width);
  if (!cut) return lines;
  const shown = lines.slice(0, maxLines);
  // Any line that overflows (a run with no break) is shortened too; the last line always carries the ellipsis.
  return shown.map((line, i) => {
    const last = i === shown.length - 1;
    if (!last && measure(line) <= width) return line;
    const chars = [...line];
    while (chars.length > 0 && measure(`${chars.join('').trimEnd()}…`) > width) chars.pop();
    return `${chars.join('').trimEnd()}…`;
  });
}

// ---------------------------------------------------------------------------------------------
// Small builders.

const n = (v: number) => (Number.isInteger(v) ? String(v) : v.toFixed(2).replace(/\.?0+$/, ''));

/** Drawn text. Curly quotes around Latin text become straight: Noto Sans SC draws them full-width. */
function textEl(x: number, y: number, text: string, attrs: string): string {
  return `<text x="${n(x)}" y="${n(y)}" ${attrs}>${xmlEscape(latinQuotes(text))}</text>`;
}

function glyphEl(glyph: Glyph, x: number, y: number, color: string, fillBg: string): string {
  const t = `transform="translate(${n(x)} ${n(y)})"`;
  switch (glyph.fill) {
    case 'solid':
      return `<path d="${glyph.d}" ${t} fill="${color}"/>`;
    case 'hollow':
      return `<path d="${glyph.d}" ${t} fill="${fillBg}" stroke="${color}" stroke-width="1.6"/>`;
    case 'dashed':
      return `<path d="${glyph.d}" ${t} fill="none" stroke="${color}" stroke-width="1.4" stroke-dasharray="2 2"/>`;
  }
}

/** The signed emotion with a real minus sign; no "−0". */
export function formatEmotion(value: number): string {
  // Half away from zero, so +1.25 and −1.25 round alike.
  const rounded = (Math.sign(value) * Math.round(Math.abs(value) * 10)) / 10;
  if (rounded === 0) return '0';
  const body = Number.isInteger(rounded) ? String(Math.abs(rounded)) : Math.abs(rounded).toFixed(1);
  return `${rounded > 0 ? '+' : '\u2212'}${body}`;
}

interface Ctx {
  readonly map: MapDocument;
  readonly p: Palette;
  readonly t: (key: ExportMessageKey, params?: Params) => string;
  readonly locale: Locale;
  readonly background: boolean;
  readonly id: string;
}

// ---------------------------------------------------------------------------------------------
// Cards.

function cardSvg(c: Ctx, tp: Touchpoint, box: CardBox, laneKind: LaneKind | undefined, dx: number, dy: number): string {
  const { p, t, locale } = c;
  const x = box.x + dx;
  const y = box.y + dy;
  const w = box.width;
  const h = box.height;
  const pad = 10;
  const out: string[] = [];
  out.push(`<g class="card" data-id="${xmlEscape(tp.id)}">`);
  out.push(`<title>${xmlEscape(tp.title)}</title>`);
  out.push(`<rect x="${n(x + 0.5)}" y="${n(y + 1.5)}" width="${w}" height="${h}" rx="8" fill="${p.cardShadow}"/>`);
  // Proposed touchpoints (not yet real) get a dashed outline, as on the canvas.
  const dashed = tp.evidence === 'proposed' ? ' stroke-dasharray="5 3"' : '';
  out.push(`<rect x="${n(x)}" y="${n(y)}" width="${w}" height="${h}" rx="8" fill="${p.card}" stroke="${p.cardBorder}"${dashed}/>`);

  // Row 1: level badge (glyph + name) and channel.
  const isNote = laneKind !== undefined && NOTE_KINDS.has(laneKind);
  const levelKey = tp.level ?? 'untagged';
  let levelRight = x + pad;
  if (!isNote || tp.level) {
    const color = p.level[levelKey];
    out.push(glyphEl(levelGlyph(levelKey, 13), x + pad, y + pad, color, p.card));
    const name = levelName(levelKey, locale);
    out.push(textEl(x + pad + 18, y + pad + 11, name, `font-size="11" font-weight="600" fill="${color}"`));
    levelRight = x + pad + 18 + textWidth(name, 11, true);
  }
  // Top right: channel, and the evidence status when the touchpoint is assumed or proposed.
  let right = x + w - pad;
  if (tp.channel) {
    const room = right - levelRight - 8;
    const label = fitLines(channelName(tp.channel, locale), room, 11, 1)[0] ?? '';
    out.push(textEl(right, y + pad + 11, label, `font-size="11" fill="${p.inkMuted}" text-anchor="end"`));
    right -= textWidth(label, 11) + 6;
  }
  if (tp.evidence && tp.evidence !== 'observed') {
    const label = evidenceName(tp.evidence, locale);
    const cw = textWidth(label, 10) + 10;
    if (right - cw > levelRight + 6) {
      out.push(
        `<rect class="evidence" x="${n(right - cw)}" y="${n(y + pad - 1)}" width="${n(cw)}" height="15" rx="4" fill="none" stroke="${p.inkMuted}" stroke-dasharray="2 2"/>` +
          textEl(right - cw / 2, y + pad + 10, label, `font-size="10" fill="${p.inkMuted}" text-anchor="middle"`),
      );
    }
  }

  // Title: two lines at most.
  const lines = fitLines(tp.title, w - pad * 2, 13, 2, true);
  lines.forEach((line, i) => out.push(textEl(x + pad, y + 42 + i * 17, line, `font-size="13" font-weight="600" fill="${p.ink}"`)));

  // Bottom row: pain triangles by severity, fail and wait marks, emotion.
  const by = y + h - pad - 14;
  let mx = x + pad;
  const pains = tp.painPoints ?? [];
  for (const pain of pains.slice(0, 4)) {
    const g = painGlyph(pain.severity, 14);
    const color = p.severity[pain.severity];
    out.push(`<g><title>${xmlEscape(t('mark.pain', { severity: severityName(pain.severity, locale), title: pain.title }))}</title>`);
    out.push(glyphEl(g, mx, by, color, p.card));
    if (g.bar) out.push(`<path d="${g.bar}" transform="translate(${n(mx)} ${n(by)})" stroke="${p.card}" stroke-width="1.6" stroke-linecap="round"/>`);
    out.push('</g>');
    mx += 17;
  }
  if (pains.length > 4) {
    const more = `+${pains.length - 4}`;
    out.push(`<g><title>${xmlEscape(t('mark.more', { count: pains.length - 4 }))}</title>${textEl(mx, by + 11, more, `font-size="11" font-weight="600" fill="${p.inkMuted}"`)}</g>`);
    mx += textWidth(more, 11, true) + 6;
  }
  if (tp.failPoint) {
    const cx = mx + 7;
    const cy = by + 7;
    out.push(
      `<g><title>${xmlEscape(t('mark.fail'))}</title><circle cx="${n(cx)}" cy="${n(cy)}" r="6" fill="none" stroke="${p.danger}" stroke-width="1.6"/>` +
        `<path d="M${n(cx - 3.2)} ${n(cy - 3.2)}L${n(cx + 3.2)} ${n(cy + 3.2)}M${n(cx + 3.2)} ${n(cy - 3.2)}L${n(cx - 3.2)} ${n(cy + 3.2)}" stroke="${p.danger}" stroke-width="1.6" stroke-linecap="round"/></g>`,
    );
    mx += 17;
  }
  if (tp.waitPoint) {
    const hx = mx + 2;
    out.push(
      `<g><title>${xmlEscape(t('mark.wait'))}</title><path d="M${n(hx)} ${n(by)}H${n(hx + 10)}L${n(hx + 5)} ${n(by + 7)}ZM${n(hx)} ${n(by + 14)}H${n(hx + 10)}L${n(hx + 5)} ${n(by + 7)}Z" fill="none" stroke="${p.inkMuted}" stroke-width="1.4" stroke-linejoin="round"/></g>`,
    );
  }
  if (tp.emotion !== undefined) {
    const label = formatEmotion(tp.emotion);
    const right = x + w - pad;
    const fx = right - textWidth(label, 11, true) - 18;
    const cx = fx + 7;
    const cy = by + 7;
    const curve = tp.emotion * 0.9;
    out.push(
      `<g><title>${xmlEscape(t('mark.emotion', { value: label }))}</title>` +
        `<circle cx="${n(cx)}" cy="${n(cy)}" r="6.5" fill="none" stroke="${p.emotion}" stroke-width="1.4"/>` +
        `<circle cx="${n(cx - 2.3)}" cy="${n(cy - 1.8)}" r="0.9" fill="${p.emotion}"/><circle cx="${n(cx + 2.3)}" cy="${n(cy - 1.8)}" r="0.9" fill="${p.emotion}"/>` +
        `<path d="M${n(cx - 3)} ${n(cy + 2.6 - curve / 3)}Q${n(cx)} ${n(cy + 2.6 + curve / 1.5)} ${n(cx + 3)} ${n(cy + 2.6 - curve / 3)}" fill="none" stroke="${p.emotion}" stroke-width="1.2" stroke-linecap="round"/>` +
        textEl(right, by + 11, label, `font-size="11" font-weight="600" fill="${p.emotion}" text-anchor="end"`) +
        '</g>',
    );
  }
  out.push('</g>');
  return out.join('');
}

// ---------------------------------------------------------------------------------------------
// Links.

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The link's curve, and where its label goes: on the curve, in the free space next to the source card. */
function linkPath(a: Rect, b: Rect): { d: string; labelX: number; labelY: number } {
  const ax2 = a.x + a.width;
  const bx2 = b.x + b.width;
  if (b.x >= ax2 + 8 || bx2 <= a.x - 8) {
    const forward = b.x >= ax2;
    const sx = forward ? ax2 : a.x;
    const ex = forward ? b.x : bx2;
    const sy = a.y + a.height / 2;
    const ey = b.y + b.height / 2;
    const bend = Math.max(24, Math.abs(ex - sx) / 2) * (forward ? 1 : -1);
    // The curve's midpoint: in the gutter between the two stage columns.
    return { d: `M${n(sx)} ${n(sy)}C${n(sx + bend)} ${n(sy)} ${n(ex - bend)} ${n(ey)} ${n(ex)} ${n(ey)}`, labelX: (sx + ex) / 2, labelY: (sy + ey) / 2 };
  }
  // Same column: leave from the bottom (or top) edge and enter the other card's facing edge.
  const down = b.y >= a.y;
  const sx = a.x + a.width / 2;
  const ex = b.x + b.width / 2;
  const sy = down ? a.y + a.height : a.y;
  const ey = down ? b.y : b.y + b.height;
  const bend = Math.max(16, Math.abs(ey - sy) / 2) * (down ? 1 : -1);
  // Just past the source card's edge, in the gap before the next card (cards further on would hide it).
  const gap = Math.min(GRID.padding, Math.abs(ey - sy) / 2);
  return { d: `M${n(sx)} ${n(sy)}C${n(sx)} ${n(sy + bend)} ${n(ex)} ${n(ey - bend)} ${n(ex)} ${n(ey)}`, labelX: sx, labelY: sy + (down ? gap : -gap) };
}

/** Link paths (drawn under the cards) and link labels (drawn over them). */
function linksSvg(c: Ctx, cards: ReadonlyMap<string, CardBox>, include: (id: string) => boolean, dx: number, dy: number): { paths: string; labels: string } {
  const out: string[] = [];
  const labels: string[] = [];
  const shift = (b: CardBox) => ({ x: b.x + dx, y: b.y + dy, width: b.width, height: b.height });
  for (const link of c.map.links ?? []) {
    if (link.from === link.to || !include(link.from) || !include(link.to)) continue;
    const a = cards.get(link.from);
    const b = cards.get(link.to);
    if (!a || !b) continue;
    const support = link.kind === 'support';
    const { d, labelX: mx, labelY: my } = linkPath(shift(a), shift(b));
    out.push(
      `<path class="link" d="${d}" fill="none" stroke="${c.p.edge}" stroke-width="1.5"${support ? ' stroke-dasharray="6 4"' : ''} marker-end="url(#${c.id}-arrow)"/>`,
    );
    if (link.label?.trim()) {
      const label = fitLines(link.label, 140, 10, 1)[0] ?? '';
      const lw = textWidth(label, 10) + 10;
      labels.push(
        `<rect x="${n(mx - lw / 2)}" y="${n(my - 8)}" width="${n(lw)}" height="15" rx="4" fill="${c.p.panel}" stroke="${c.p.gridLine}"/>` +
          textEl(mx, my + 3.5, label, `font-size="10" fill="${c.p.inkMuted}" text-anchor="middle"`),
      );
    }
  }
  return { paths: out.join(''), labels: labels.join('') };
}

// ---------------------------------------------------------------------------------------------
// The grid: headers, bands, blueprint lines, emotion curve.

function gridSvg(c: Ctx, layout: GridLayout, ox: number, oy: number): string {
  const { p, map } = c;
  const out: string[] = [];
  const gx = ox + GRID.laneHeaderWidth;
  const gy = oy + GRID.stageHeaderHeight;
  const right = gx + layout.width;
  const bottom = gy + layout.height;

  // Lane bands.
  layout.lanes.forEach((lane, i) => {
    if (c.background) out.push(`<rect x="${n(gx)}" y="${n(gy + lane.y)}" width="${n(layout.width)}" height="${n(lane.height)}" fill="${i % 2 === 0 ? p.bandA : p.bandB}"/>`);
  });
  // Stage column separators and lane separators.
  const rules: string[] = [];
  for (const stage of layout.stages) rules.push(`M${n(gx + stage.x)} ${n(oy)}V${n(bottom)}`);
  rules.push(`M${n(right)} ${n(oy)}V${n(bottom)}`);
  for (const lane of layout.lanes) rules.push(`M${n(ox)} ${n(gy + lane.y)}H${n(right)}`);
  rules.push(`M${n(ox)} ${n(bottom)}H${n(right)}`);
  out.push(`<path d="${rules.join('')}" stroke="${p.gridLine}" stroke-width="1" fill="none"/>`);

  // Stage headers.
  out.push(`<rect x="${n(gx)}" y="${n(oy)}" width="${n(layout.width)}" height="${GRID.stageHeaderHeight}" fill="${p.header}"/>`);
  for (const stage of layout.stages) {
    const x = gx + stage.x;
    const num = String(stage.index + 1);
    out.push(`<circle cx="${n(x + 24)}" cy="${n(oy + GRID.stageHeaderHeight / 2)}" r="11" fill="${p.accent}"/>`);
    out.push(textEl(x + 24, oy + GRID.stageHeaderHeight / 2 + 4, num, `font-size="11" font-weight="700" fill="${p.accentInk}" text-anchor="middle"`));
    const name = fitLines(stage.stage.name, stage.width - 56, 14, 1, true)[0] ?? '';
    out.push(textEl(x + 42, oy + GRID.stageHeaderHeight / 2 + 5, name, `font-size="14" font-weight="700" fill="${p.headerInk}"`));
  }
  // Lane headers.
  out.push(`<rect x="${n(ox)}" y="${n(gy)}" width="${GRID.laneHeaderWidth}" height="${n(layout.height)}" fill="${p.header}"/>`);
  for (const lane of layout.lanes) {
    const kind = lane.lane.kind;
    const nameLines = fitLines(lane.lane.name, GRID.laneHeaderWidth - 28, 13, 2, true);
    const kindLabel = kind ? laneKindName(kind, c.locale) : '';
    const showKind = kind !== undefined && kindLabel.trim().toLowerCase() !== lane.lane.name.trim().toLowerCase();
    const block = nameLines.length * 17 + (showKind ? 16 : 0);
    let y = gy + lane.y + Math.max(GRID.padding, (lane.height - block) / 2) + 12;
    for (const line of nameLines) {
      out.push(textEl(ox + 16, y, line, `font-size="13" font-weight="700" fill="${p.headerInk}"`));
      y += 17;
    }
    if (showKind) {
      const label = fitLines(kindLabel, GRID.laneHeaderWidth - 28, 11, 1)[0] ?? '';
      out.push(textEl(ox + 16, y, label, `font-size="11" fill="${p.inkMuted}"`));
    }
  }
  // Corner: the map's title.
  const titleLines = fitLines(map.title, GRID.laneHeaderWidth - 24, 12, 2, true);
  titleLines.forEach((line, i) =>
    out.push(textEl(ox + 12, oy + (titleLines.length === 1 ? 31 : 23) + i * 15, line, `font-size="12" font-weight="700" fill="${p.inkMuted}"`)),
  );

  // Blueprint lines, labelled at the left of the grid.
  for (const line of layout.lines) {
    const y = gy + line.y;
    const visibility = line.kind === 'visibility';
    out.push(
      `<path d="M${n(ox)} ${n(y)}H${n(right)}" stroke="${p.blueprintLine}" stroke-width="${visibility ? 2 : 1.5}"${line.kind === 'internal' ? ' stroke-dasharray="2 4"' : visibility ? '' : ' stroke-dasharray="8 5"'} fill="none"/>`,
    );
    // Labelled in the lane-header band, where no card or link label can sit.
    const label = lineName(line.kind, c.locale);
    const lw = textWidth(label, 10, true) + 12;
    out.push(`<rect x="${n(ox + 6)}" y="${n(y - 8.5)}" width="${n(lw)}" height="17" rx="8.5" fill="${p.panel}" stroke="${p.blueprintLine}"/>`);
    out.push(textEl(ox + 12, y + 3.5, label, `font-size="10" font-weight="600" fill="${p.blueprintLine}"`));
  }
  return out.join('');
}

function emotionCurveSvg(c: Ctx, layout: GridLayout, lane: LaneBox, means: ReadonlyMap<string, number | null>, ox: number, oy: number): string {
  const { p } = c;
  const gx = ox + GRID.laneHeaderWidth;
  const gy = oy + GRID.stageHeaderHeight;
  const shifted: LaneBox = { ...lane, y: lane.y + gy };
  const out: string[] = [`<g class="emotion-curve"><title>${xmlEscape(c.t('curve.label'))}</title>`];
  const zero = emotionY(shifted, 0);
  out.push(`<path d="M${n(gx)} ${n(zero)}H${n(gx + layout.width)}" stroke="${p.gridLine}" stroke-width="1" stroke-dasharray="4 4"/>`);
  for (const v of [3, 0, -3]) out.push(textEl(gx + 6, emotionY(shifted, v) + 4, formatEmotion(v), `font-size="10" fill="${p.inkMuted}"`));
  const segments: string[] = [];
  let current = '';
  const dots: string[] = [];
  for (const stage of layout.stages) {
    const mean = means.get(stage.stage.id) ?? null;
    if (mean === null) {
      if (current) segments.push(current);
      current = '';
      continue;
    }
    const x = gx + stage.x + stage.width / 2;
    const y = emotionY(shifted, mean);
    current += `${current ? 'L' : 'M'}${n(x)} ${n(y)}`;
    dots.push(`<circle cx="${n(x)}" cy="${n(y)}" r="4.5" fill="${p.emotion}" stroke="${p.canvas}" stroke-width="1.5"/>`);
    dots.push(textEl(x + 8, y - 7, formatEmotion(mean), `font-size="11" font-weight="600" fill="${p.emotion}"`));
  }
  if (current) segments.push(current);
  if (segments.length) out.push(`<path d="${segments.join('')}" fill="none" stroke="${p.emotion}" stroke-width="2.5" stroke-linejoin="round" stroke-linecap="round"/>`);
  out.push(...dots, '</g>');
  return out.join('');
}

// ---------------------------------------------------------------------------------------------

/** The touchpoints of `selection` that are drawn (in a visible lane and stage), in document order. */
export function visibleSelection(map: MapDocument, selection: ReadonlySet<string>, layout: GridLayout = layoutGrid(map)): string[] {
  return map.touchpoints.filter((tp) => selection.has(tp.id) && layout.cards.has(tp.id)).map((tp) => tp.id);
}

let counter = 0;

export function renderMapSvg(map: MapDocument, options: SvgOptions): MapSvg {
  const p = options.palette;
  const layout = layoutGrid(map);
  const ctx: Ctx = {
    map,
    p,
    t: (key, params) => translate(exportMessages, options.locale, key, params),
    locale: options.locale,
    background: options.background,
    id: `tpx${(counter++).toString(36)}`,
  };
  const laneKind = new Map(layout.lanes.map((l) => [l.lane.id, l.lane.kind]));
  const byId = new Map(map.touchpoints.map((tp) => [tp.id, tp]));

  let width: number;
  let height: number;
  let dx: number;
  let dy: number;
  let include: (id: string) => boolean;
  let grid = '';
  if (options.only) {
    const ids = new Set(visibleSelection(map, options.only, layout));
    include = (id) => ids.has(id);
    let minX = Infinity;
    let minY = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    for (const id of ids) {
      const b = layout.cards.get(id)!;
      minX = Math.min(minX, b.x);
      minY = Math.min(minY, b.y);
      maxX = Math.max(maxX, b.x + b.width);
      maxY = Math.max(maxY, b.y + b.height);
    }
    if (ids.size === 0) {
      minX = minY = maxX = maxY = 0;
    }
    width = Math.ceil(maxX - minX + MARGIN * 2);
    height = Math.ceil(maxY - minY + MARGIN * 2);
    dx = MARGIN - minX;
    dy = MARGIN - minY;
  } else {
    include = () => true;
    width = Math.ceil(layout.width + GRID.laneHeaderWidth + MARGIN * 2);
    height = Math.ceil(layout.height + GRID.stageHeaderHeight + MARGIN * 2);
    dx = MARGIN + GRID.laneHeaderWidth;
    dy = MARGIN + GRID.stageHeaderHeight;
    const parts = [gridSvg(ctx, layout, MARGIN, MARGIN)];
    const emotionLanes = layout.lanes.filter((l) => l.lane.kind === 'emotions');
    if (emotionLanes.length) {
      const means = new Map(analyzeMap(map).emotionCurve.map((pt) => [pt.stageId, pt.mean]));
      for (const lane of emotionLanes) parts.push(emotionCurveSvg(ctx, layout, lane, means, MARGIN, MARGIN));
    }
    grid = parts.join('');
  }

  const cards: string[] = [];
  for (const [id, box] of layout.cards) {
    if (!include(id)) continue;
    cards.push(cardSvg(ctx, byId.get(id)!, box, laneKind.get(box.lane), dx, dy));
  }
  const links = linksSvg(ctx, layout.cards, include, dx, dy);

  const label = ctx.t('image.label', { title: map.title });
  const style = `text{font-family:${FONT_STACK};}${options.fontCss ?? ''}`;
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${xmlEscape(label)}" font-family='${FONT_STACK}'>`,
    `<title>${xmlEscape(map.title)}</title>`,
    `<defs><style>${xmlEscape(style).replace(/&quot;/g, '"').replace(/&#39;/g, "'")}</style>`,
    `<marker id="${ctx.id}-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0 0L10 5L0 10Z" fill="${p.edge}"/></marker></defs>`,
    options.background ? `<rect width="${width}" height="${height}" fill="${p.canvas}"/>` : '',
    grid,
    `<g class="links">${links.paths}</g>`,
    `<g class="cards">${cards.join('')}</g>`,
    `<g class="link-labels">${links.labels}</g>`,
    '</svg>',
  ].join('');
  return { svg, width, height };
}
