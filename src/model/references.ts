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

export function checkReferences(map: unknown): Problem[] {
  if (!isObject(map)) return [];
  const problems: Problem[] = [];
  // Every id of a large map is claimed, so the first place of each is kept as a closure and made a path only for a duplicate.
  const seen = new Map<string, () => readonly PathSegment[]>();
  const claim = (id: unknown, path: () => readonly PathSegment[]) => {
    if (typeof id !== 'string') return;
    const first = seen.get(id);
    if (first) problems.push({ path: path(), code: 'duplicate-id', params: { id, first: formatPath(first()) } });
    else seen.set(id, path);
  };

  eachObject(map['stages'], (s, i) => claim(s['id'], () => ['stages', i, 'id']));
  eachObject(map['lanes'], (l, i) => claim(l['id'], () => ['lanes', i, 'id']));
  eachObject(map['touchpoints'], (t, i) => {
    claim(t['id'], () => ['touchpoints', i, 'id']);
    eachObject(t['painPoints'], (p, j) => claim(p['id'], () => ['touchpoints', i, 'painPoints', j, 'id']));
  });
  eachObject(map['links'], (k, i) => claim(k['id'], () => ['links', i, 'id']));
  eachObject(map['personas'], (p, i) => claim(p['id'], () => ['personas', i, 'id']));

  // A missing or malformed collection is reported by the schema; checking references against it would only add noise.
  const known = (key: string) => Array.isArray(map[key]);
  const stageIds = idsOf(map['stages']);
  const laneIds = idsOf(map['lanes']);
  const touchpointIds = idsOf(map['touchpoints']);

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
