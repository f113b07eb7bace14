/**
 * How big a map may be, checked in one place before any costly work. The schema walk, the reference
 * check, analysis, reports and pictures all cost time and memory in proportion to the document, so a
 * hostile file must be refused here, in milliseconds, with the limit and the place named — not after
 * seconds of validation or a stack overflow deep inside a library.
 *
 * Every limit leaves ample room for real work: the largest maps seen in workshops hold a few hundred
 * touchpoints over a dozen stages and eight lanes (docs/format.md lists them for people).
 */
import type { PathSegment, Problem } from './problems';
import type { MapDocument } from './schema';

export const LIMITS = {
  /** Bytes of a map file, and characters of map text: ten times a 2 000-touchpoint map. */
  fileBytes: 20_000_000,
  /** Bracket nesting: a map is about eight levels deep; the free-form `view` gets the rest. */
  depth: 100,
  /** One text value (a description, a note) or one key, in characters. */
  stringChars: 100_000,
  stages: 1_000,
  lanes: 200,
  /** Stages × lanes: the canvas, the report's grid and the pictures draw every cell. */
  gridCells: 20_000,
  touchpoints: 20_000,
  links: 60_000,
  personas: 1_000,
  painPointsPerTouchpoint: 100,
  painPoints: 50_000,
  remediesPerPainPoint: 50,
  remedies: 100_000,
  /** Every JSON value in the document (objects, lists, texts, numbers), `view` included. */
  values: 3_000_000,
} as const;

export type LimitName = keyof typeof LIMITS;

/**
 * What one PDF report covers. A report draws every touchpoint on its map pages and gives every pain
 * point and remedy its own block, so its cost follows these counts (README: 10 000 generated
 * touchpoints take about 18 s of CPU, 2 000 pain points each with its own text about 17 s). A map past
 * them is refused at once instead of running for minutes into a report of thousands of pages; the
 * deadline stops whatever the counts did not foresee. The grid is bounded by LIMITS.gridCells, whose
 * 20 000 empty cells take about 4 s; pictures cost a few seconds even at the map limits.
 */
export const REPORT_LIMITS = {
  touchpoints: 10_000,
  painPoints: 2_000,
  remedies: 4_000,
  /** Of processor time, so that a machine busy with other work does not make a fair report fail. */
  seconds: 60,
} as const;

export type ReportLimitName = Exclude<keyof typeof REPORT_LIMITS, 'seconds'>;

/** The first count of `map` past a report limit, or null. */
export function reportLimitExcess(map: MapDocument): { name: ReportLimitName; count: number; max: number } | null {
  let painPoints = 0;
  let remedies = 0;
  for (const tp of map.touchpoints) {
    for (const pain of tp.painPoints ?? []) {
      painPoints++;
      remedies += pain.remedies?.length ?? 0;
    }
  }
  const counts: Record<ReportLimitName, number> = { touchpoints: map.touchpoints.length, painPoints, remedies };
  for (const name of ['touchpoints', 'painPoints', 'remedies'] as const) {
    if (counts[name] > REPORT_LIMITS[name]) return { name, count: counts[name], max: REPORT_LIMITS[name] };
  }
  return null;
}

/** `1000000` → `1 000 000`: readable in both languages, unlike locale separators that differ by region. */
export function groupDigits(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
}

type Loose = Record<string, unknown>;
const isObject = (v: unknown): v is Loose => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): readonly unknown[] => (Array.isArray(v) ? v : []);

const tooMany = (path: readonly PathSegment[], count: number, max: number): Problem => ({
  path,
  code: 'too-many',
  params: { count: groupDigits(count), max: groupDigits(max) },
});

const TOP_LISTS = ['stages', 'lanes', 'touchpoints', 'links', 'personas'] as const;

/** The collections whose size the limits name, checked by their length alone: O(touchpoints + pain points). */
function checkCollections(doc: Loose): Problem | null {
  for (const key of TOP_LISTS) {
    const items = doc[key];
    if (Array.isArray(items) && items.length > LIMITS[key]) return tooMany([key], items.length, LIMITS[key]);
  }
  const stages = list(doc['stages']).length;
  const lanes = list(doc['lanes']).length;
  if (stages * lanes > LIMITS.gridCells) {
    return {
      path: [],
      code: 'too-many-cells',
      params: { stages: groupDigits(stages), lanes: groupDigits(lanes), cells: groupDigits(stages * lanes), max: groupDigits(LIMITS.gridCells) },
    };
  }
  let painPoints = 0;
  let remedies = 0;
  const touchpoints = list(doc['touchpoints']);
  for (let i = 0; i < touchpoints.length; i++) {
    const tp = touchpoints[i];
    if (!isObject(tp)) continue;
    const pains = list(tp['painPoints']);
    if (pains.length > LIMITS.painPointsPerTouchpoint) return tooMany(['touchpoints', i, 'painPoints'], pains.length, LIMITS.painPointsPerTouchpoint);
    painPoints += pains.length;
    if (painPoints > LIMITS.painPoints) return { path: [], code: 'too-many-pain-points', params: { max: groupDigits(LIMITS.painPoints) } };
    for (let j = 0; j < pains.length; j++) {
      const pain = pains[j];
      if (!isObject(pain)) continue;
      const count = list(pain['remedies']).length;
      if (count > LIMITS.remediesPerPainPoint) return tooMany(['touchpoints', i, 'painPoints', j, 'remedies'], count, LIMITS.remediesPerPainPoint);
      remedies += count;
      if (remedies > LIMITS.remedies) return { path: [], code: 'too-many-remedies', params: { max: groupDigits(LIMITS.remedies) } };
    }
  }
  return null;
}

interface Frame {
  readonly value: unknown;
  readonly key: PathSegment | null;
  readonly parent: Frame | null;
  readonly depth: number;
}

function pathOf(frame: Frame): PathSegment[] {
  const path: PathSegment[] = [];
  for (let f: Frame | null = frame; f !== null && f.key !== null; f = f.parent) path.push(f.key);
  return path.reverse();
}

/**
 * Walks the whole value with an explicit stack (a document can be deeper than the call stack allows)
 * and stops at the first value past a limit. Frames point at their parent, so a path is only built
 * for the value that is reported.
 */
function checkValues(root: unknown): Problem | null {
  const stack: Frame[] = [{ value: root, key: null, parent: null, depth: 0 }];
  let values = 0;
  while (stack.length > 0) {
    const frame = stack.pop()!;
    const { value, depth } = frame;
    if (++values > LIMITS.values) return { path: [], code: 'too-many-values', params: { max: groupDigits(LIMITS.values) } };
    if (typeof value === 'string') {
      if (value.length > LIMITS.stringChars) return { path: pathOf(frame), code: 'text-too-long', params: { count: groupDigits(value.length), max: groupDigits(LIMITS.stringChars) } };
      continue;
    }
    if (typeof value !== 'object' || value === null) continue;
    if (depth >= LIMITS.depth) return { path: pathOf(frame), code: 'value-too-deep', params: { max: LIMITS.depth } };
    if (Array.isArray(value)) {
      // Pushed in reverse so the first offending value in document order is the one reported.
      for (let i = value.length - 1; i >= 0; i--) {
        const item: unknown = value[i];
        // Numbers, booleans and null are only counted: a frame for each would cost more than the check.
        if (item === null || (typeof item !== 'object' && typeof item !== 'string')) {
          if (++values > LIMITS.values) return { path: [], code: 'too-many-values', params: { max: groupDigits(LIMITS.values) } };
        } else stack.push({ value: item, key: i, parent: frame, depth: depth + 1 });
      }
      continue;
    }
    const keys = Object.keys(value);
    for (let k = keys.length - 1; k >= 0; k--) {
      const key = keys[k]!;
      if (key.length > LIMITS.stringChars) return { path: pathOf(frame), code: 'key-too-long', params: { count: groupDigits(key.length), max: groupDigits(LIMITS.stringChars) } };
      stack.push({ value: (value as Loose)[key], key, parent: frame, depth: depth + 1 });
    }
  }
  return null;
}

/**
 * The first limit the parsed document exceeds, or null. Runs before migration and the schema, on
 * any JSON value, in time linear in the value and with no recursion.
 */
export function checkLimits(value: unknown): Problem | null {
  return (isObject(value) ? checkCollections(value) : null) ?? checkValues(value);
}

/** The collection limits alone, for a document a migration has just reshaped (older names such as `edges`). */
export function checkCollectionLimits(doc: Readonly<Record<string, unknown>>): Problem | null {
  return checkCollections(doc);
}
