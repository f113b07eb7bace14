/** NPS positive but under 30: customers are satisfied rather than loyal (seed 002: satisfied is not loyal). */
import { NPS_LOW, NPS_NEGATIVE } from '../../analysis/metrics';
import { doubtedIds } from '../loyalty';
import { formatNumber, stageName, type Rule } from '../rule';

export const lowNpsRule: Rule = {
  id: 'low-nps',
  severity: 'info',
  check: ({ index, analysis }) => {
    const doubted = doubtedIds(index, analysis);
    return index.map.touchpoints.flatMap((tp) => {
      const nps = tp.metrics?.nps;
      if (nps === undefined || nps < NPS_NEGATIVE || nps >= NPS_LOW || doubted.has(tp.id)) return [];
      return [{ ids: [tp.id], params: { touchpoint: tp.title, stage: stageName(index, tp.stage), nps: formatNumber(nps), low: NPS_LOW } }];
    });
  },
};
