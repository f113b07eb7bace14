/**
 * Felt above the line of visibility, caused below it (DOMAIN.md §4): the people who hear the complaint
 * cannot fix it, so prevention has to go to the backstage or support step.
 */
import { isHiddenKind, isVisibleKind } from '../../analysis/map-index';
import type { Rule } from '../rule';

export const hiddenCauseRule: Rule = {
  id: 'hidden-cause',
  severity: 'info',
  check: ({ index }) =>
    index.pains.flatMap(({ painPoint, touchpoint }) => {
      const cause = painPoint.causedBy === undefined ? undefined : index.touchpointById.get(painPoint.causedBy);
      if (!cause || !isVisibleKind(index.laneKind(touchpoint)) || !isHiddenKind(index.laneKind(cause))) return [];
      const laneName = (id: string) => index.map.lanes.find((l) => l.id === id)?.name ?? id;
      return [
        {
          ids: [painPoint.id, touchpoint.id, cause.id],
          params: {
            painPoint: painPoint.title,
            touchpoint: touchpoint.title,
            lane: laneName(touchpoint.lane),
            cause: cause.title,
            causeLane: laneName(cause.lane),
          },
        },
      ];
    }),
};
