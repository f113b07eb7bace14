/**
 * Felt above the line of visibility, caused below it (docs/analysis.md, "hidden cause"): the people who
 * hear the complaint cannot fix it, so prevention has to go to the backstage or support step. One finding
 * per cause, naming every pain it produces: on a blueprint the same rota or stock often causes several.
 */
import { isHiddenKind, isVisibleKind } from '../../analysis/map-index';
import { titleList, type RawFinding, type Rule } from '../rule';

export const hiddenCauseRule: Rule = {
  id: 'hidden-cause',
  severity: 'warning',
  check: ({ index }) => {
    const byCause = new Map<string, { pains: string[]; felt: string[] }>();
    for (const { painPoint, touchpoint } of index.pains) {
      const cause = painPoint.causedBy === undefined ? undefined : index.touchpointById.get(painPoint.causedBy);
      if (!cause || !isVisibleKind(index.laneKind(touchpoint)) || !isHiddenKind(index.laneKind(cause))) continue;
      const entry = byCause.get(cause.id) ?? { pains: [], felt: [] };
      entry.pains.push(painPoint.id);
      if (!entry.felt.includes(touchpoint.id)) entry.felt.push(touchpoint.id);
      byCause.set(cause.id, entry);
    }
    const laneName = (id: string) => index.map.lanes.find((l) => l.id === id)?.name ?? id;
    const out: RawFinding[] = [];
    for (const [causeId, { pains, felt }] of byCause) {
      const cause = index.touchpointById.get(causeId)!;
      out.push({ ids: [causeId, ...pains, ...felt], params: { cause: cause.title, causeLane: laneName(cause.lane), count: pains.length } });
    }
    return out;
  },
  localParams: (finding, index, locale) => {
    const rest = finding.ids.slice(1);
    return {
      painPoints: titleList(rest.filter((id) => index.painById.has(id)), index, locale),
      touchpoints: titleList(rest.filter((id) => index.touchpointById.has(id)), index, locale),
    };
  },
};
