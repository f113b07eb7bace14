/** Checks that go past shape: one id space for the whole document, and every reference resolves. */
import type { MapDocument } from './schema';
import { formatPath, type PathSegment, type Problem } from './problems';

export function checkReferences(map: MapDocument): Problem[] {
  const problems: Problem[] = [];
  const seen = new Map<string, readonly PathSegment[]>();
  const claim = (id: string, path: readonly PathSegment[]) => {
    const first = seen.get(id);
    if (first) problems.push({ path, code: 'duplicate-id', params: { id, first: formatPath(first) } });
    else seen.set(id, path);
  };

  map.stages.forEach((s, i) => claim(s.id, ['stages', i, 'id']));
  map.lanes.forEach((l, i) => claim(l.id, ['lanes', i, 'id']));
  map.touchpoints.forEach((t, i) => {
    claim(t.id, ['touchpoints', i, 'id']);
    t.painPoints?.forEach((p, j) => claim(p.id, ['touchpoints', i, 'painPoints', j, 'id']));
  });
  map.links?.forEach((k, i) => claim(k.id, ['links', i, 'id']));
  map.personas?.forEach((p, i) => claim(p.id, ['personas', i, 'id']));

  const stages = new Set(map.stages.map((s) => s.id));
  const lanes = new Set(map.lanes.map((l) => l.id));
  const touchpoints = new Set(map.touchpoints.map((t) => t.id));

  map.touchpoints.forEach((t, i) => {
    if (!stages.has(t.stage)) problems.push({ path: ['touchpoints', i, 'stage'], code: 'missing-stage', params: { id: t.stage } });
    if (!lanes.has(t.lane)) problems.push({ path: ['touchpoints', i, 'lane'], code: 'missing-lane', params: { id: t.lane } });
    t.painPoints?.forEach((p, j) => {
      if (p.causedBy !== undefined && !touchpoints.has(p.causedBy)) {
        problems.push({
          path: ['touchpoints', i, 'painPoints', j, 'causedBy'],
          code: 'missing-touchpoint',
          params: { id: p.causedBy },
        });
      }
    });
  });
  map.links?.forEach((k, i) => {
    if (!touchpoints.has(k.from)) problems.push({ path: ['links', i, 'from'], code: 'missing-touchpoint', params: { id: k.from } });
    if (!touchpoints.has(k.to)) problems.push({ path: ['links', i, 'to'], code: 'missing-touchpoint', params: { id: k.to } });
    if (k.from === k.to) problems.push({ path: ['links', i], code: 'self-link', params: { id: k.from } });
  });
  return problems;
}
