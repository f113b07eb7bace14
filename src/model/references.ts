/**
 * Checks that go past shape: one id space for the whole document, and every reference resolves.
 * Runs on unvalidated data too, so a file with a bad level AND a dangling link reports both at once.
 */
import { formatPath, type PathSegment, type Problem } from './problems';

type Loose = Record<string, unknown>;

const isObject = (v: unknown): v is Loose => typeof v === 'object' && v !== null && !Array.isArray(v);
const items = (v: unknown): Loose[] => (Array.isArray(v) ? v.map((x) => (isObject(x) ? x : {})) : []);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

export function checkReferences(map: unknown): Problem[] {
  if (!isObject(map)) return [];
  const problems: Problem[] = [];
  const seen = new Map<string, readonly PathSegment[]>();
  const claim = (id: unknown, path: readonly PathSegment[]) => {
    if (typeof id !== 'string') return;
    const first = seen.get(id);
    if (first) problems.push({ path, code: 'duplicate-id', params: { id, first: formatPath(first) } });
    else seen.set(id, path);
  };

  const stages = items(map['stages']);
  const lanes = items(map['lanes']);
  const touchpoints = items(map['touchpoints']);
  const links = items(map['links']);

  stages.forEach((s, i) => claim(s['id'], ['stages', i, 'id']));
  lanes.forEach((l, i) => claim(l['id'], ['lanes', i, 'id']));
  touchpoints.forEach((t, i) => {
    claim(t['id'], ['touchpoints', i, 'id']);
    items(t['painPoints']).forEach((p, j) => claim(p['id'], ['touchpoints', i, 'painPoints', j, 'id']));
  });
  links.forEach((k, i) => claim(k['id'], ['links', i, 'id']));
  items(map['personas']).forEach((p, i) => claim(p['id'], ['personas', i, 'id']));

  // A missing or malformed collection is reported by the schema; checking references against it would only add noise.
  const known = (key: string) => Array.isArray(map[key]);
  const stageIds = new Set(stages.map((s) => s['id']));
  const laneIds = new Set(lanes.map((l) => l['id']));
  const touchpointIds = new Set(touchpoints.map((t) => t['id']));

  touchpoints.forEach((t, i) => {
    const stage = str(t['stage']);
    const lane = str(t['lane']);
    if (stage !== undefined && known('stages') && !stageIds.has(stage)) problems.push({ path: ['touchpoints', i, 'stage'], code: 'missing-stage', params: { id: stage } });
    if (lane !== undefined && known('lanes') && !laneIds.has(lane)) problems.push({ path: ['touchpoints', i, 'lane'], code: 'missing-lane', params: { id: lane } });
    items(t['painPoints']).forEach((p, j) => {
      const cause = str(p['causedBy']);
      if (cause !== undefined && known('touchpoints') && !touchpointIds.has(cause)) {
        problems.push({ path: ['touchpoints', i, 'painPoints', j, 'causedBy'], code: 'missing-touchpoint', params: { id: cause } });
      }
    });
  });
  links.forEach((k, i) => {
    const from = str(k['from']);
    const to = str(k['to']);
    if (from !== undefined && known('touchpoints') && !touchpointIds.has(from)) problems.push({ path: ['links', i, 'from'], code: 'missing-touchpoint', params: { id: from } });
    if (to !== undefined && known('touchpoints') && !touchpointIds.has(to)) problems.push({ path: ['links', i, 'to'], code: 'missing-touchpoint', params: { id: to } });
    if (from !== undefined && from === to) problems.push({ path: ['links', i], code: 'self-link', params: { id: from } });
  });
  return problems;
}
