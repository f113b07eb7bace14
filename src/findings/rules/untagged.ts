/** Customer-facing touchpoints without a service level leave holes in the distribution and the scores. */
import { isRated } from '../../analysis/map-index';
import { joinList } from '../../i18n';
import { quote, type Rule } from '../rule';

/** Enough titles to find them on the canvas without turning the message into a wall. */
const SHOWN = 5;

export const untaggedRule: Rule = {
  id: 'untagged',
  severity: 'info',
  check: ({ index }) => {
    const ids = index.map.touchpoints.filter((tp) => tp.level === undefined && isRated(index, tp)).map((tp) => tp.id);
    return ids.length === 0 ? [] : [{ ids, params: { count: ids.length } }];
  },
  localParams: (finding, index, locale) => {
    const titles = finding.ids.slice(0, SHOWN).map((id) => quote(index.touchpointById.get(id)?.title ?? id, locale));
    const more = finding.ids.length - SHOWN;
    // With more to come the shown titles are a plain list: "A, B, C and 3 more".
    const list = joinList(titles, locale, more > 0 ? 'enumeration' : 'sentence');
    if (more <= 0) return { touchpoints: list };
    return { touchpoints: locale === 'zh-CN' ? `${list}等（另有 ${more} 个）` : `${list} and ${more} more` };
  },
};
