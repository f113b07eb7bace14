/**
 * High or critical pain points that name no cause, on a map that has steps below the line of
 * visibility: without a cause, prevention has nowhere to go but the place where the customer suffers.
 */
import { isHiddenKind } from '../../analysis/map-index';
import { titleList, type Rule } from '../rule';

export const painWithoutCauseRule: Rule = {
  id: 'pain-without-cause',
  severity: 'warning',
  check: ({ index }) => {
    if (!index.map.lanes.some((lane) => isHiddenKind(lane.kind))) return [];
    const ids = index.pains
      .filter(({ painPoint }) => (painPoint.severity === 'high' || painPoint.severity === 'critical') && painPoint.causedBy === undefined)
      .map(({ painPoint }) => painPoint.id);
    return ids.length === 0 ? [] : [{ ids, params: { count: ids.length } }];
  },
  localParams: (finding, index, locale) => ({ painPoints: titleList(finding.ids, index, locale) }),
};
