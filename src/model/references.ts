/**
 * Checks that go past shape: one id space for the whole document, and every reference resolves.
 * Runs on unvalidated data too, so a file with a bad level AND a dangling link reports both at once.
 */
import { formatPath, type PathSegment, type Problem } from './problems';

type Loose = Record<string, unknown>;

const isObject = (v: unknown): v is Loose => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** Calls `visit` for each object in a list; anything else in it (or a non-list) is the schema's to report. */
function eachObject(list: unknown, visit: (item: Loose, index: number) => void): void {
  if (!Array.isArray(list)) return;
  for (let i = 0; i < list.length; i++) {
    const item: unknown = list[i];
    if (isObject(item)) visit(item, i);
  }
}

/** The ids of a list's objects, for lookups. */
function idsOf(list: unknown): Set<unknown> {
  const ids = new Set<unknown>();
  eachObject(list, (item) => ids.add(item['id']));
  return ids;
}

/**
 * Where an id was first claimed, packed into one number (list, item, pain point) so that claiming
 * every id of a large map allocates nothing; a path is made only for a duplicate.
 */
const LISTS = ['stages', 'lanes', 'touchpoints', 'painPoints', 'links', 'personas'] as const;
const [STAGES, LANES, TOUCHPOINTS, PAIN_POINTS, LINKS, PERSONAS] = [0, 1, 2, 3, 4, 5];
const ITEM = 8;
/** Room for two million pain points per touchpoint, far past the limit; items fill the rest of a safe integer. */
const PAIN = 2 ** 21;
const place = (list: number, i: number, j = 0) => list + ITEM * (j + PAIN * i);
const listOf = (code: number) => code % ITEM;

function pathOf(code: number): readonly PathSegment[] {
  const rest = Math.floor(code / ITEM);
  const i = Math.floor(rest / PAIN);
  const list = listOf(code);
  return list === PAIN_POINTS ? ['touchpoints', i, 'painPoints', rest % PAIN, 'id'] : [LISTS[list]!, i, 'id'];
}

/** The objects of a list with their indices; anything else in it (or a non-list) is the schema's to report. */
function objectsOf(list: unknown): [Loose, number][] {
  const out: [Loose, number][] = [];
  if (!Array.isArray(list)) return out;
  for (let i = 0; i < list.length; i++) {
    const item: unknown = list[i];
    if (isObject(item)) out.push([item, i]);
  }
  return out;
}

export function checkReferences(map: unknown): Problem[] {
  if (!isObject(map)) return [];
  const problems: Problem[] = [];
  const seen = new Map<string, number>();
  const claim = (id: unknown, code: number) => {
    if (typeof id !== 'string') return;
    const first = seen.get(id);
    if (first !== undefined) problems.push({ path: pathOf(code), code: 'duplicate-id', params: { id, first: formatPath(pathOf(first)) } });
    else seen.set(id, code);
  };

  // Plain loops: this runs for every map opened, and a callback per item cost a large map more than the lookups.
  const touchpoints = objectsOf(map['touchpoints']);
  const links = objectsOf(map['links']);
  for (const [s, i] of objectsOf(map['stages'])) claim(s['id'], place(STAGES, i));
  for (const [l, i] of objectsOf(map['lanes'])) claim(l['id'], place(LANES, i));
  for (const [t, i] of touchpoints) {
    claim(t['id'], place(TOUCHPOINTS, i));
    const pains = t['painPoints'];
    if (!Array.isArray(pains)) continue;
    for (let j = 0; j < pains.length; j++) {
      const p: unknown = pains[j];
      if (isObject(p)) claim(p['id'], place(PAIN_POINTS, i, j));
    }
  }
  for (const [k, i] of links) claim(k['id'], place(LINKS, i));
  for (const [p, i] of objectsOf(map['personas'])) claim(p['id'], place(PERSONAS, i));

  // A missing or malformed collection is reported by the schema; checking references against it would only add noise.
  const knownStages = Array.isArray(map['stages']);
  const knownLanes = Array.isArray(map['lanes']);
  const knownTouchpoints = Array.isArray(map['touchpoints']);
  // Stages and lanes are few, and their own small sets are the quickest to look up. Touchpoints are
  // many: with every id used once, the place an id was claimed says whether a touchpoint holds it.
  const stageIds = idsOf(map['stages']);
  const laneIds = idsOf(map['lanes']);
  const unique = problems.length === 0;
  const touchpointIdsIfDuplicates = unique ? null : idsOf(map['touchpoints']);
  const isTouchpoint = (id: string) => {
    if (touchpointIdsIfDuplicates) return touchpointIdsIfDuplicates.has(id);
    const code = seen.get(id);
    return code !== undefined && listOf(code) === TOUCHPOINTS;
  };

  for (const [t, i] of touchpoints) {
    const stage = str(t['stage']);
    const lane = str(t['lane']);
    if (stage !== undefined && knownStages && !stageIds.has(stage)) problems.push({ path: ['touchpoints', i, 'stage'], code: 'missing-stage', params: { id: stage } });
    if (lane !== undefined && knownLanes && !laneIds.has(lane)) problems.push({ path: ['touchpoints', i, 'lane'], code: 'missing-lane', params: { id: lane } });
    const pains = t['painPoints'];
    if (!Array.isArray(pains)) continue;
    for (let j = 0; j < pains.length; j++) {
      const p: unknown = pains[j];
      if (!isObject(p)) continue;
      const cause = str(p['causedBy']);
      if (cause !== undefined && knownTouchpoints && !isTouchpoint(cause)) {
        problems.push({ path: ['touchpoints', i, 'painPoints', j, 'causedBy'], code: 'missing-touchpoint', params: { id: cause } });
      }
    }
  }
  for (const [k, i] of links) {
    const from = str(k['from']);
    const to = str(k['to']);
    if (from !== undefined && knownTouchpoints && !isTouchpoint(from)) problems.push({ path: ['links', i, 'from'], code: 'missing-touchpoint', params: { id: from } });
    if (to !== undefined && knownTouchpoints && !isTouchpoint(to)) problems.push({ path: ['links', i, 'to'], code: 'missing-touchpoint', params: { id: to } });
    if (from !== undefined && from === to) problems.push({ path: ['links', i], code: 'self-link', params: { id: from } });
  }
  return problems;
}
