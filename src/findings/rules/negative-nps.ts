/** NPS below zero: more customers warn others off than recommend (seed 004 measures loyalty by NPS). */
import { NPS_NEGATIVE } from '../../analysis/metrics';
import { doubtedIds } from '../loyalty';
import { formatNumber, stageName, type Rule } from '../rule';

export const negativeNpsRule: Rule = {
  id: 'negative-nps',
  severity: 'warning',
  check: ({ index, analysis }) => {
    const doubted = doubtedIds(index, analysis);
    return index.map.touchpoints.flatMap((tp) => {
      const nps = tp.metrics?.nps;
      if (nps === undefined || nps >= NPS_NEGATIVE || doubted.has(tp.id)) return [];
      return [{ ids: [tp.id], params: { touchpoint: tp.title, stage: stageName(index, tp.stage), nps: formatNumber(nps) } }];
    });
  },
};
