/**
 * What copied cards look like to other applications, and how pasted rows become cards.
 *
 * One copy writes three flavours at once: plain text, one line per card (stage, lane, level, title,
 * tab-separated, so a text editor shows lines and a spreadsheet shows columns); an HTML table of the
 * same rows for slides and documents, which also carries the map fragment itself in an attribute;
 * and our own JSON payload for clipboards that take custom types. Electron's clipboard writes text and
 * HTML in one atomic call on every OS, so the fragment rides in the HTML rather than in a second,
 * separately written custom type that some systems would clear. Pasting prefers our fragment (from
 * either carrier), then reads tab-separated rows as new cards.
 */
import { LEVELS, type Level, type Locale, type MapDocument, type Touchpoint } from '../model';
import { levelName } from '../i18n/vocab';
import { parseClipboard, type ClipboardPayload } from './clipboard';

/** The custom clipboard type for the fragment, where a clipboard takes one (the web's "web " prefix adds to it). */
export const CLIPBOARD_MIME = 'application/vnd.touchpoint-studio.clipboard+json';
/** Pasting more rows than this is refused: a paste is a handful of cards, an import is a file. */
export const MAX_PASTED_ROWS = 2_000;
const FRAGMENT_ATTRIBUTE = 'data-touchpoint-studio';

export interface ClipboardFlavours {
  /** Our payload as JSON. */
  json: string;
  /** One tab-separated line per card: stage, lane, level, title. */
  text: string;
  /** The same rows as an HTML table, carrying the payload. */
  html: string;
}

const oneLine = (s: string) => s.replace(/[\t\r\n]+/g, ' ').trim();
const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

function rows(map: MapDocument, payload: ClipboardPayload, locale: Locale): string[][] {
  const stageName = new Map(map.stages.map((s) => [s.id, s.name]));
  const laneName = new Map(map.lanes.map((l) => [l.id, l.name]));
  return payload.touchpoints.map((t) => [
    stageName.get(t.stage) ?? '',
    laneName.get(t.lane) ?? '',
    t.level ? levelName(t.level, locale) : '',
    t.title,
  ]);
}

export function clipboardFlavours(map: MapDocument, payload: ClipboardPayload, locale: Locale): ClipboardFlavours {
  const json = JSON.stringify(payload);
  const table = rows(map, payload, locale);
  const text = table.map((cells) => cells.map(oneLine).join('\t')).join('\n');
  const body = table.map((cells) => `<tr>${cells.map((c) => `<td>${escapeHtml(c)}</td>`).join('')}</tr>`).join('');
  const html = `<table ${FRAGMENT_ATTRIBUTE}="${escapeHtml(json)}">${body}</table>`;
  return { json, text, html };
}

const unescapeHtml = (s: string) =>
  s.replace(/&(amp|lt|gt|quot|#39);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[e]!);

/** Our fragment from clipboard HTML (as another window or app handed it back), or null. */
export function payloadFromHtml(html: string | null | undefined): ClipboardPayload | null {
  if (!html) return null;
  const match = new RegExp(`${FRAGMENT_ATTRIBUTE}="([^"]*)"`).exec(html);
  return match ? parseClipboard(unescapeHtml(match[1]!)) : null;
}

/**
 * Tab-separated text as a spreadsheet copies it: rows by line, cells by tab, a cell in double quotes
 * may hold tabs, line breaks and doubled quotes.
 */
export function parseTabular(text: string): string[][] {
  const out: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"' && cell === '') quoted = true;
    else if (c === '\t') {
      row.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      out.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    out.push(row);
  }
  return out.filter((r) => r.some((c) => c.trim() !== ''));
}

type Column = 'stage' | 'lane' | 'level' | 'title';
/** Header words a spreadsheet may use, in both languages (lower case). */
const HEADERS: Record<Column, readonly string[]> = {
  stage: ['stage', 'phase', 'step', '阶段', '环节'],
  lane: ['lane', 'row', 'swimlane', '泳道', '行'],
  level: ['level', 'service level', '层次', '服务层次', '等级'],
  title: ['title', 'touchpoint', 'name', '标题', '触点', '名称'],
};

function headerColumns(cells: readonly string[]): Partial<Record<Column, number>> | null {
  const found: Partial<Record<Column, number>> = {};
  cells.forEach((cell, i) => {
    const word = cell.trim().toLowerCase();
    for (const column of Object.keys(HEADERS) as Column[]) if (found[column] === undefined && HEADERS[column].includes(word)) found[column] = i;
  });
  return found.title === undefined ? null : found;
}

function levelFrom(cell: string | undefined): Level | undefined {
  const word = cell?.trim().toLowerCase();
  if (!word) return undefined;
  return LEVELS.find((l) => l === word || levelName(l, 'en').toLowerCase() === word || levelName(l, 'zh-CN') === word);
}

export interface PastedRows {
  /** Cards to paste, placed in the named stage and lane where the map has them, else in `fallback`. */
  touchpoints: Touchpoint[];
  /** Rows over MAX_PASTED_ROWS that were left out. */
  dropped: number;
}

/**
 * Cards from tab-separated rows. With a header row, its words pick the columns (stage, lane, level,
 * title, in either language). Without one, rows of four or more cells whose first two name a stage
 * and a lane of this map are read as copied cards (stage, lane, level, title); any other row is one
 * card titled by its first non-empty cell. Names match stages and lanes case-insensitively; a
 * missing or unknown one falls back to `fallback`. Titles are cut to `maxTitle` characters.
 */
export function cardsFromRows(
  table: readonly (readonly string[])[],
  map: MapDocument,
  fallback: { stage: string; lane: string },
  maxTitle: number,
): PastedRows {
  const stageByName = new Map(map.stages.map((s) => [s.name.trim().toLowerCase(), s.id]));
  const laneByName = new Map(map.lanes.map((l) => [l.name.trim().toLowerCase(), l.id]));
  const header = table[0] ? headerColumns(table[0]) : null;
  const body = header ? table.slice(1) : table;
  const kept = body.slice(0, MAX_PASTED_ROWS);
  const named = (cells: readonly string[]) =>
    cells.length >= 4 && stageByName.has(cells[0]!.trim().toLowerCase()) && laneByName.has(cells[1]!.trim().toLowerCase());
  const touchpoints: Touchpoint[] = [];
  kept.forEach((cells, i) => {
    const columns: Partial<Record<Column, number>> = header ?? (named(cells) ? { stage: 0, lane: 1, level: 2, title: 3 } : {});
    const at = (c: Column) => (columns[c] === undefined ? undefined : cells[columns[c]!]);
    const title = oneLine((columns.title === undefined ? cells.find((c) => c.trim() !== '') : at('title')) ?? '').slice(0, maxTitle);
    if (title === '') return;
    const level = levelFrom(at('level'));
    touchpoints.push({
      id: `row${i}`,
      stage: stageByName.get(at('stage')?.trim().toLowerCase() ?? '') ?? fallback.stage,
      lane: laneByName.get(at('lane')?.trim().toLowerCase() ?? '') ?? fallback.lane,
      title,
      ...(level ? { level } : {}),
    });
  });
  return { touchpoints, dropped: body.length - kept.length };
}

export type ClipboardContent =
  | { kind: 'fragment'; payload: ClipboardPayload }
  | { kind: 'rows'; rows: PastedRows }
  | { kind: 'nothing' };

/** What a paste would bring in, from whatever flavours the clipboard held. */
export function readClipboardContent(
  flavours: { json?: string | null; html?: string | null; text?: string | null },
  map: MapDocument,
  fallback: { stage: string; lane: string } | null,
  maxTitle: number,
): ClipboardContent {
  const payload = parseClipboard(flavours.json ?? null) ?? payloadFromHtml(flavours.html) ?? parseClipboard(flavours.text ?? null);
  if (payload) return { kind: 'fragment', payload };
  if (!flavours.text || !fallback) return { kind: 'nothing' };
  const rows = cardsFromRows(parseTabular(flavours.text), map, fallback, maxTitle);
  return rows.touchpoints.length > 0 ? { kind: 'rows', rows } : { kind: 'nothing' };
}
