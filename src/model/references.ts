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

  eachObject(map['stages'], (s, i) => claim(s['id'], place(STAGES, i)));
  eachObject(map['lanes'], (l, i) => claim(l['id'], place(LANES, i)));
  eachObject(map['touchpoints'], (t, i) => {
    claim(t['id'], place(TOUCHPOINTS, i));
    eachObject(t['painPoints'], (p, j) => claim(p['id'], place(PAIN_POINTS, i, j)));
  });
  eachObject(map['links'], (k, i) => claim(k['id'], place(LINKS, i)));
  eachObject(map['personas'], (p, i) => claim(p['id'], place(PERSONAS, i)));

  // A missing or malformed collection is reported by the schema; checking references against it would only add noise.
  const known = (key: string) => Array.isArray(map[key]);
  // Stages and lanes are few, and their own small sets are the quickest to look up. Touchpoints are
  // many: with every id used once, the place an id was claimed says whether a touchpoint holds it.
  const stageIds = idsOf(map['stages']);
  const laneIds = idsOf(map['lanes']);
  const touchpointIds: { has: (id: string) => boolean } =
    problems.length > 0
      ? idsOf(map['touchpoints'])
      : {
          has: (id) => {
            const code = seen.get(id);
            return code !== undefined && listOf(code) === TOUCHPOINTS;
          },
        };

  eachObject(map['touchpoints'], (t, i) => {
    const stage = str(t['stage']);
    const lane = str(t['lane']);
    if (stage !== undefined && known('stages') && !stageIds.has(stage)) problems.push({ path: ['touchpoints', i, 'stage'], code: 'missing-stage', params: { id: stage } });
    if (lane !== undefined && known('lanes') && !laneIds.has(lane)) problems.push({ path: ['touchpoints', i, 'lane'], code: 'missing-lane', params: { id: lane } });
    eachObject(t['painPoints'], (p, j) => {
      const cause = str(p['causedBy']);
      if (cause !== undefined && known('touchpoints') && !touchpointIds.has(cause)) {
        problems.push({ path: ['touchpoints', i, 'painPoints', j, 'causedBy'], code: 'missing-touchpoint', params: { id: cause } });
      }
    });
  });
  eachObject(map['links'], (k, i) => {
    const from = str(k['from']);
    const to = str(k['to']);
    if (from !== undefined && known('touchpoints') && !touchpointIds.has(from)) problems.push({ path: ['links', i, 'from'], code: 'missing-touchpoint', params: { id: from } });
    if (to !== undefined && known('touchpoints') && !touchpointIds.has(to)) problems.push({ path: ['links', i, 'to'], code: 'missing-touchpoint', params: { id: to } });
    if (from !== undefined && from === to) problems.push({ path: ['links', i], code: 'self-link', params: { id: from } });
  });
  return problems;
}
