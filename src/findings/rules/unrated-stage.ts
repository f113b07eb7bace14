/** A stage with no score (nothing rated, no emotion): the report shows "no data" there, and says why. */
import { translate } from '../../i18n';
import { findingMessages } from '../../i18n/findings';
import type { Rule } from '../rule';

export const unratedStageRule: Rule = {
  id: 'unrated-stage',
  severity: 'info',
  // A blank map has nothing to rate yet: saying so for every stage would only be noise.
  check: ({ index, analysis }) =>
    index.map.touchpoints.length === 0
      ? []
      : analysis.stages.filter((s) => s.score === null).map((s) => ({ ids: [s.stageId], params: { stage: s.name, count: s.touchpointIds.length } })),
  localParams: (finding, _index, locale) => ({
    detail: translate(findingMessages, locale, finding.params['count'] === 0 ? 'unrated-stage.empty' : 'unrated-stage.unrated', finding.params),
  }),
};
