/** Customer-facing touchpoints without a service level leave holes in the distribution and the scores. */
import { isRated } from '../../analysis/map-index';
import { titleList, type Rule } from '../rule';

export const untaggedRule: Rule = {
  id: 'untagged',
  severity: 'info',
  check: ({ index }) => {
    const ids = index.map.touchpoints.filter((tp) => tp.level === undefined && isRated(index, tp)).map((tp) => tp.id);
    return ids.length === 0 ? [] : [{ ids, params: { count: ids.length } }];
  },
  localParams: (finding, index, locale) => ({ touchpoints: titleList(finding.ids, index, locale) }),
};
