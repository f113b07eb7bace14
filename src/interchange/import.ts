/**
 * Tables → map. Stages and lanes are created in the order they are first seen; every value is
 * checked with its row and column; then the whole document goes through the same validation as
 * opening a file. Either the whole map is returned or every problem found (capped) — never half a map.
 */
import { VOCAB } from '../i18n/vocab';
import { translate } from '../i18n';
import {
  CATEGORIES,
  CHANNELS,
  EMOTION_MAX,
  EMOTION_MIN,
  EVIDENCE,
  FORMAT_ID,
  CURRENT_VERSION,
  LANE_KINDS,
  LEVELS,
  LOCALES,
  MAX_PROBLEMS,
  SEVERITIES,
  TEMPLATES,
  TIERS,
  parseMapValue,
  type Locale,
  type MapDocument,
  type PathSegment,
  type Problem,
} from '../model';
import { normaliseHeader, STRUCTURE_TYPES, TABLES, type Column, type StructureType, type TableKey } from './columns';
import { cellText, isBlankRow, isFormula, type Cell, type ImportProblem, type RawRow, type RawTable } from './table';

/** The model's own limit (src/model/schema.ts): checked on the row count before anything is built. */
export const MAX_ROWS = 100_000;

export type ImportResult = { ok: true; map: MapDocument } | { ok: false; problems: ImportProblem[]; total: number };

type Loose = Record<string, unknown>;

/** Where each built item came from, so a validation problem can be sent back to its row and column. */
interface Origin {
  table: string;
  row: number;
  columns: Map<string, string>;
}

class Collector {
  readonly problems: ImportProblem[] = [];
  add(p: ImportProblem): void {
    this.problems.push(p);
  }
}

/** Accepts the id ("value-added"), or its name in English or Chinese ("Value-added", "超值"), in any case. */
function vocabLookup(group: string, values: readonly string[], extra: Record<string, string | undefined> = {}): Map<string, string | undefined> {
  const out = new Map<string, string | undefined>();
  for (const value of values) {
    out.set(normaliseHeader(value), value);
    for (const locale of LOCALES) {
      const key = `${group}.${value}` as keyof (typeof VOCAB)['en'];
      if (key in VOCAB.en) out.set(normaliseHeader(translate(VOCAB, locale, key)), value);
    }
  }
  for (const [k, v] of Object.entries(extra)) out.set(normaliseHeader(k), v);
  return out;
}

const LOOKUPS = {
  level: vocabLookup('level', LEVELS, { untagged: undefined, [translate(VOCAB, 'en', 'level.untagged')]: undefined, [translate(VOCAB, 'zh-CN', 'level.untagged')]: undefined }),
  channel: vocabLookup('channel', CHANNELS),
  evidence: vocabLookup('evidence', EVIDENCE),
  laneKind: vocabLookup('lane', LANE_KINDS),
  severity: vocabLookup('severity', SEVERITIES),
  category: vocabLookup('category', CATEGORIES),
  tier: vocabLookup('tier', TIERS),
  template: vocabLookup('template', TEMPLATES),
} as const;

const TRUE = new Set(['yes', 'y', 'true', '1', 'x', '是', '✓', '√']);
const FALSE = new Set(['no', 'n', 'false', '0', '否', '']);

/** One table with its headers resolved to column keys. */
class Sheet {
  readonly index = new Map<string, number>();
  readonly headerNames = new Map<string, string>();

  constructor(
    readonly raw: RawTable,
    readonly columns: readonly Column[],
    readonly out: Collector,
  ) {
    const seen = new Map<string, string>();
    raw.header.forEach((cell, i) => {
      const text = cellText(cell).trim();
      if (text === '') return;
      const n = normaliseHeader(text);
      const column = columns.find((c) => [c.en, c.zh, ...(c.aliases ?? [])].some((h) => normaliseHeader(h) === n));
      if (!column) {
        out.add({ table: raw.name, row: raw.headerRow, column: text, code: 'unknown-column', params: { expected: columns.map((c) => c.en).join(', ') } });
        return;
      }
      const earlier = seen.get(column.key);
      if (earlier !== undefined) {
        out.add({ table: raw.name, row: raw.headerRow, column: text, code: 'duplicate-column', params: { first: earlier } });
        return;
      }
      seen.set(column.key, text);
      this.index.set(column.key, i);
      this.headerNames.set(column.key, text);
    });
  }

  has(key: string): boolean {
    return this.index.has(key);
  }

  columnName(key: string): string {
    return this.headerNames.get(key) ?? this.columns.find((c) => c.key === key)?.en ?? key;
  }

  rows(): RawRow[] {
    return this.raw.rows.filter((r) => !isBlankRow(r.cells));
  }

  origin(row: RawRow): Origin {
    return { table: this.raw.name, row: row.row, columns: this.headerNames };
  }

  problem(row: RawRow, key: string, code: string, params: Record<string, string | number> = {}): void {
    this.out.add({ table: this.raw.name, row: row.row, column: this.columnName(key), code, params });
  }

  /** A cell's value; a formula without a saved value is refused here, once. */
  cell(row: RawRow, key: string): string | number | boolean | undefined {
    const i = this.index.get(key);
    if (i === undefined) return undefined;
    const cell: Cell = row.cells[i] ?? null;
    if (cell === null) return undefined;
    if (isFormula(cell)) {
      this.problem(row, key, 'formula', { formula: cell.formula });
      return undefined;
    }
    if (typeof cell === 'string' && cell.trim() === '') return undefined;
    return cell;
  }

  text(row: RawRow, key: string): string | undefined {
    const v = this.cell(row, key);
    return v === undefined ? undefined : String(v);
  }

  required(row: RawRow, key: string): string | undefined {
    const v = this.text(row, key);
    if (v === undefined && this.has(key)) this.problem(row, key, 'required');
    return v;
  }

  choice(row: RawRow, key: string, lookup: Map<string, string | undefined>, options: readonly string[]): string | undefined {
    const v = this.text(row, key);
    if (v === undefined) return undefined;
    const n = normaliseHeader(v);
    if (!lookup.has(n)) {
      this.problem(row, key, 'bad-choice', { value: v, options: options.join(', ') });
      return undefined;
    }
    return lookup.get(n);
  }

  number(row: RawRow, key: string, whole = false): number | undefined {
    const v = this.cell(row, key);
    if (v === undefined) return undefined;
    const n = typeof v === 'number' ? v : typeof v === 'string' && /^\s*[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?\s*$/.test(v) ? Number(v) : NaN;
    if (!Number.isFinite(n)) {
      this.problem(row, key, 'bad-number', { value: String(v) });
      return undefined;
    }
    if (whole && !Number.isInteger(n)) {
      this.problem(row, key, 'bad-whole', { value: String(v) });
      return undefined;
    }
    return n;
  }

  flag(row: RawRow, key: string): boolean | undefined {
    const v = this.cell(row, key);
    if (v === undefined) return undefined;
    if (typeof v === 'boolean') return v;
    const n = normaliseHeader(String(v));
    if (TRUE.has(n)) return true;
    if (FALSE.has(n)) return false;
    this.problem(row, key, 'bad-boolean', { value: String(v) });
    return undefined;
  }
}

/** Ids for rows that give none: short, and never one the file already uses. */
class IdMaker {
  private readonly used = new Set<string>();
  private readonly next = new Map<string, number>();
  claim(id: string): void {
    this.used.add(id);
  }
  make(prefix: string): string {
    let n = this.next.get(prefix) ?? 1;
    while (this.used.has(`${prefix}${n}`)) n++;
    this.next.set(prefix, n + 1);
    const id = `${prefix}${n}`;
    this.used.add(id);
    return id;
  }
}

const set = (target: Loose, key: string, value: unknown) => {
  if (value !== undefined) target[key] = value;
};

export interface ImportOptions {
  /** The map's title when the tables carry none (the file name, usually). */
  fallbackTitle: string;
}

/** Builds a map from the tables of one file. The touchpoint table is required, the others optional. */
export function importTables(tables: readonly RawTable[], options: ImportOptions): ImportResult {
  const out = new Collector();
  const byKey = (key: TableKey) => tables.find((t) => t.key === key);
  const tpTable = byKey('touchpoints');
  if (!tpTable) return { ok: false, problems: [{ code: 'no-touchpoints', params: { columns: 'Stage, Lane, Touchpoint, Level' } }], total: 1 };
  const rowCount = tables.reduce((n, t) => n + t.rows.length, 0);
  if (tpTable.rows.length > MAX_ROWS || rowCount > 4 * MAX_ROWS) {
    return { ok: false, problems: [{ table: tpTable.name, code: 'too-many-rows', params: { count: tpTable.rows.length, max: MAX_ROWS } }], total: 1 };
  }
  const tp = new Sheet(tpTable, TABLES.touchpoints.columns, out);
  for (const key of ['stage', 'title'] as const) {
    if (!tp.has(key) && !(key === 'stage' && tp.has('stageId'))) out.add({ table: tpTable.name, row: tpTable.headerRow, code: 'missing-column', params: { column: TABLES.touchpoints.columns.find((c) => c.key === key)!.en } });
  }
  const zhHeaders = [...tp.headerNames.values()].filter((h) => /[\u4e00-\u9fff]/.test(h)).length;
  if (out.problems.length > 0) return finish(out.problems);

  const ids = new IdMaker();
  const doc: Loose & { stages: Loose[]; lanes: Loose[]; touchpoints: Loose[] } = {
    format: FORMAT_ID,
    version: CURRENT_VERSION,
    title: options.fallbackTitle,
    stages: [],
    lanes: [],
    touchpoints: [],
  };
  if (zhHeaders > tp.headerNames.size / 2) doc['locale'] = 'zh-CN';
  const origins = { stages: [] as Origin[], lanes: [] as Origin[], touchpoints: [] as Origin[], pains: new Map<Loose, Origin>(), remedies: new Map<Loose, Origin>() };

  // Ids a file gives are claimed first, so generated ones never collide with them.
  for (const table of tables) {
    const sheet = new Sheet(table, TABLES[table.key].columns, new Collector());
    for (const row of sheet.rows()) for (const key of ['id', 'stageId', 'laneId']) {
      const v = sheet.index.has(key) ? row.cells[sheet.index.get(key)!] : null;
      if (typeof v === 'string' && v !== '') ids.claim(v);
    }
  }

  const structureTable = byKey('structure');
  if (structureTable) readStructure(new Sheet(structureTable, TABLES.structure.columns, out), doc, origins, ids);

  const stageById = new Map(doc.stages.map((s) => [s['id'] as string, s]));
  const laneById = new Map(doc.lanes.map((l) => [l['id'] as string, l]));
  const stageByName = new Map<string, Loose>();
  const laneByName = new Map<string, Loose>();
  for (const s of doc.stages) if (!stageByName.has(s['name'] as string)) stageByName.set(s['name'] as string, s);
  for (const l of doc.lanes) if (!laneByName.has(l['name'] as string)) laneByName.set(l['name'] as string, l);
  const defaultLaneName = translate(VOCAB, (doc['locale'] as Locale | undefined) ?? 'en', 'lane.customer');

  const place = (
    row: RawRow,
    kind: 'stage' | 'lane',
    name: string | undefined,
    id: string | undefined,
    laneKind: string | undefined,
  ): string | undefined => {
    const byId = kind === 'stage' ? stageById : laneById;
    const byName = kind === 'stage' ? stageByName : laneByName;
    const list = kind === 'stage' ? doc.stages : doc.lanes;
    const found = (id !== undefined ? byId.get(id) : undefined) ?? (id === undefined && name !== undefined ? byName.get(name) : undefined);
    if (found) return found['id'] as string;
    const item: Loose = { id: id ?? ids.make(kind === 'stage' ? 's' : 'l'), name: name ?? id };
    if (kind === 'lane') set(item, 'kind', laneKind ?? (name === undefined || name === defaultLaneName ? 'customer' : undefined));
    list.push(item);
    (kind === 'stage' ? origins.stages : origins.lanes).push(tp.origin(row));
    byId.set(item['id'] as string, item);
    if (name !== undefined && !byName.has(name)) byName.set(name, item);
    return item['id'] as string;
  };

  const tpRows = tp.rows();
  if (tpRows.length === 0 && !byKey('structure')) out.add({ table: tpTable.name, code: 'no-rows', params: {} });
  const touchpointById = new Map<string, Loose>();
  const touchpointsByTitle = new Map<string, Loose[]>();
  for (const row of tpRows) {
    const title = tp.required(row, 'title');
    const stageName = tp.text(row, 'stage');
    const stageId = tp.text(row, 'stageId');
    if (stageName === undefined && stageId === undefined) tp.problem(row, 'stage', 'required');
    const laneKind = tp.choice(row, 'laneKind', LOOKUPS.laneKind, LANE_KINDS);
    const t: Loose = { id: tp.text(row, 'id') ?? ids.make('t') };
    t['stage'] = stageName === undefined && stageId === undefined ? '' : place(row, 'stage', stageName, stageId, undefined);
    t['lane'] = place(row, 'lane', tp.text(row, 'lane') ?? (tp.text(row, 'laneId') === undefined ? defaultLaneName : undefined), tp.text(row, 'laneId'), laneKind);
    t['title'] = title ?? '';
    set(t, 'description', tp.text(row, 'description'));
    set(t, 'channel', tp.choice(row, 'channel', LOOKUPS.channel, CHANNELS));
    set(t, 'level', tp.choice(row, 'level', LOOKUPS.level, LEVELS));
    const emotion = tp.number(row, 'emotion', true);
    if (emotion !== undefined && (emotion < EMOTION_MIN || emotion > EMOTION_MAX)) tp.problem(row, 'emotion', 'out-of-range', { min: EMOTION_MIN, max: EMOTION_MAX, value: emotion });
    else set(t, 'emotion', emotion);
    set(t, 'failPoint', tp.flag(row, 'failPoint'));
    set(t, 'waitPoint', tp.flag(row, 'waitPoint'));
    set(t, 'evidence', tp.choice(row, 'evidence', LOOKUPS.evidence, EVIDENCE));
    const metrics: Loose = {};
    set(metrics, 'waitMinutes', tp.number(row, 'waitMinutes'));
    set(metrics, 'durationMinutes', tp.number(row, 'durationMinutes'));
    set(metrics, 'csat', tp.number(row, 'csat'));
    set(metrics, 'nps', tp.number(row, 'nps'));
    set(metrics, 'complaints', tp.number(row, 'complaints', true));
    if (Object.keys(metrics).length > 0) t['metrics'] = metrics;
    doc.touchpoints.push(t);
    origins.touchpoints.push(tp.origin(row));
    if (!touchpointById.has(t['id'] as string)) touchpointById.set(t['id'] as string, t);
    touchpointsByTitle.set(t['title'] as string, [...(touchpointsByTitle.get(t['title'] as string) ?? []), t]);
  }

  const painTable = byKey('pains');
  const painById = new Map<string, Loose>();
  if (painTable) {
    const sheet = new Sheet(painTable, TABLES.pains.columns, out);
    if (!sheet.has('touchpointId') && !sheet.has('touchpoint')) out.add({ table: painTable.name, row: painTable.headerRow, code: 'missing-column', params: { column: 'Touchpoint ID' } });
    for (const row of sheet.rows()) {
      const ref = sheet.text(row, 'touchpointId');
      const byTitle = sheet.text(row, 'touchpoint');
      let owner: Loose | undefined;
      if (ref !== undefined) {
        owner = touchpointById.get(ref);
        if (!owner) sheet.problem(row, 'touchpointId', 'unknown-touchpoint', { value: ref });
      } else if (byTitle !== undefined) {
        const matches = touchpointsByTitle.get(byTitle) ?? [];
        if (matches.length === 1) owner = matches[0];
        else sheet.problem(row, 'touchpoint', matches.length === 0 ? 'unknown-touchpoint' : 'ambiguous-touchpoint', { value: byTitle });
      } else if (sheet.has('touchpointId') || sheet.has('touchpoint')) {
        sheet.problem(row, sheet.has('touchpointId') ? 'touchpointId' : 'touchpoint', 'required');
      }
      const pain: Loose = { id: sheet.text(row, 'id') ?? ids.make('p'), title: sheet.required(row, 'title') ?? '' };
      if (!sheet.has('title')) sheet.problem(row, 'title', 'required');
      pain['severity'] = sheet.choice(row, 'severity', LOOKUPS.severity, SEVERITIES);
      if (pain['severity'] === undefined && sheet.text(row, 'severity') === undefined) sheet.problem(row, 'severity', 'required');
      set(pain, 'category', sheet.choice(row, 'category', LOOKUPS.category, CATEGORIES));
      set(pain, 'causedBy', sheet.text(row, 'causedBy'));
      set(pain, 'note', sheet.text(row, 'note'));
      const votes = sheet.number(row, 'votes', true);
      set(pain, 'votes', votes);
      if (!owner) continue;
      owner['painPoints'] = [...((owner['painPoints'] as Loose[] | undefined) ?? []), pain];
      origins.pains.set(pain, sheet.origin(row));
      if (!painById.has(pain['id'] as string)) painById.set(pain['id'] as string, pain);
    }
  }

  const remedyTable = byKey('remedies');
  if (remedyTable) {
    const sheet = new Sheet(remedyTable, TABLES.remedies.columns, out);
    for (const row of sheet.rows()) {
      const painId = sheet.required(row, 'painId');
      const pain = painId === undefined ? undefined : painById.get(painId);
      if (painId !== undefined && !pain) sheet.problem(row, 'painId', 'unknown-pain', { value: painId });
      const tier = sheet.choice(row, 'tier', LOOKUPS.tier, TIERS);
      if (tier === undefined && sheet.text(row, 'tier') === undefined) sheet.problem(row, 'tier', 'required');
      const text = sheet.required(row, 'text');
      if (!pain || tier === undefined || text === undefined) continue;
      const remedy: Loose = { tier, text };
      pain['remedies'] = [...((pain['remedies'] as Loose[] | undefined) ?? []), remedy];
      origins.remedies.set(remedy, sheet.origin(row));
    }
  }

  if (out.problems.length > 0) return finish(out.problems);
  const result = parseMapValue(doc);
  if (result.ok) return { ok: true, map: result.map };
  return finish(result.problems.map((p) => locate(p, doc, origins)), result.total);
}

function readStructure(sheet: Sheet, doc: Loose & { stages: Loose[]; lanes: Loose[] }, origins: { stages: Origin[]; lanes: Origin[] }, ids: IdMaker): void {
  const types = new Map<string, StructureType>();
  for (const [type, names] of Object.entries(STRUCTURE_TYPES) as [StructureType, readonly string[]][]) for (const n of names) types.set(normaliseHeader(n), type);
  for (const row of sheet.rows()) {
    const typeText = sheet.required(row, 'type');
    if (typeText === undefined) continue;
    const type = types.get(normaliseHeader(typeText));
    if (!type) {
      sheet.problem(row, 'type', 'bad-choice', { value: typeText, options: Object.keys(STRUCTURE_TYPES).join(', ') });
      continue;
    }
    const name = sheet.text(row, 'name');
    if (type === 'map') {
      if (name !== undefined) doc['title'] = name;
      set(doc, 'template', sheet.choice(row, 'kind', LOOKUPS.template, TEMPLATES));
      set(doc, 'description', sheet.text(row, 'description'));
    } else if (type === 'language') {
      const locale = LOCALES.find((l) => l.toLowerCase() === (name ?? '').toLowerCase());
      if (locale) doc['locale'] = locale;
      else sheet.problem(row, 'name', 'bad-choice', { value: name ?? '', options: LOCALES.join(', ') });
    } else {
      const item: Loose = { id: sheet.text(row, 'id') ?? ids.make(type === 'stage' ? 's' : 'l'), name: sheet.required(row, 'name') ?? '' };
      if (type === 'stage') set(item, 'description', sheet.text(row, 'description'));
      else set(item, 'kind', sheet.choice(row, 'kind', LOOKUPS.laneKind, LANE_KINDS));
      (type === 'stage' ? doc.stages : doc.lanes).push(item);
      (type === 'stage' ? origins.stages : origins.lanes).push(sheet.origin(row));
    }
  }
}

/** Column keys of the spreadsheet for the fields of the document, where they differ. */
const FIELD_COLUMN: Record<string, string> = { stage: 'stage', lane: 'lane', painPoints: 'title', remedies: 'text' };

/** Sends a validation problem on the built document back to the row and column it came from. */
function locate(problem: Problem, doc: Loose, origins: { stages: Origin[]; lanes: Origin[]; touchpoints: Origin[]; pains: Map<Loose, Origin>; remedies: Map<Loose, Origin> }): ImportProblem {
  const path = problem.path;
  let origin: Origin | undefined;
  let field: PathSegment | undefined;
  const at = (i: number) => path[i];
  if ((at(0) === 'stages' || at(0) === 'lanes' || at(0) === 'touchpoints') && typeof at(1) === 'number') {
    origin = origins[at(0) as 'stages' | 'lanes' | 'touchpoints'][at(1) as number];
    field = at(2);
    if (at(0) === 'touchpoints' && at(2) === 'painPoints' && typeof at(3) === 'number') {
      const tp = (doc['touchpoints'] as Loose[])[at(1) as number]!;
      const pain = (tp['painPoints'] as Loose[])[at(3) as number]!;
      origin = origins.pains.get(pain) ?? origin;
      field = at(4);
      if (at(4) === 'remedies' && typeof at(5) === 'number') {
        origin = origins.remedies.get((pain['remedies'] as Loose[])[at(5) as number]!) ?? origin;
        field = at(6);
      }
    } else if (at(0) === 'touchpoints' && at(2) === 'metrics') field = at(3);
  }
  const key = typeof field === 'string' ? (FIELD_COLUMN[field] ?? field) : undefined;
  const column = key === undefined ? undefined : origin?.columns.get(key) ?? key;
  return { ...(origin ? { table: origin.table, row: origin.row } : {}), ...(column !== undefined ? { column } : {}), code: 'invalid', params: {}, detail: problem };
}

function finish(problems: readonly ImportProblem[], total = problems.length): ImportResult {
  return { ok: false, problems: problems.slice(0, MAX_PROBLEMS), total: Math.max(total, problems.length) };
}
