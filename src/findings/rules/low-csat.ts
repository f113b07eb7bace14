/**
 * CSAT below "satisfied" on the map's scale (set in `settings.csatScale` or inferred from the values),
 * one finding per stage listing its touchpoints with their scores.
 */
import { csatLimit, csatScale } from '../../analysis/metrics';
import { doubtedIds } from '../loyalty';
import { formatNumber, quote, shortList, type RawFinding, type Rule } from '../rule';

export const lowCsatRule: Rule = {
  id: 'low-csat',
  severity: 'warning',
  check: ({ index, analysis }) => {
    const scale = csatScale(index.map);
    const limit = csatLimit(scale);
    const doubted = doubtedIds(index, analysis);
    const out: RawFinding[] = [];
    for (const stage of index.map.stages) {
      const low = (index.touchpointsByStage.get(stage.id) ?? []).filter(
        (tp) => tp.metrics?.csat !== undefined && tp.metrics.csat < limit && !doubted.has(tp.id),
      );
      if (low.length > 0) out.push({ ids: [stage.id, ...low.map((tp) => tp.id)], params: { stage: stage.name, scale, limit: formatNumber(limit) } });
    }
    return out;
  },
  localParams: (finding, index, locale) => {
    const items = finding.ids.slice(1).map((id) => {
      const tp = index.touchpointById.get(id);
      const value = formatNumber(tp?.metrics?.csat ?? 0);
      return locale === 'zh-CN' ? `${quote(tp?.title ?? id, locale)}（${value}）` : `${quote(tp?.title ?? id, locale)} (${value})`;
    });
    return { touchpoints: shortList(items, locale) };
  },
};
