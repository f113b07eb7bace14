/**
 * Loyalty moments the map's own numbers contradict: a value-added or memorable step that customers
 * rate low, feel bad at, or meet right after a stage a critical failure zeroed. Satisfied is not loyal,
 * but a gift after a failure is not loyalty either: the basics have to hold first (100 − 1 = 0).
 */
import type { MapAnalysis } from '../analysis';
import { csatLimit, csatScale, NPS_LOW } from '../analysis/metrics';
import { servesCustomer, type MapIndex } from '../analysis/map-index';
import type { Touchpoint } from '../model';

export interface LoyaltyDoubt {
  touchpoint: Touchpoint;
  nps?: number;
  csat?: number;
  emotion?: number;
  /** The zeroed stage the moment sits in or right after. */
  zeroedStageId?: string;
}

/** One pass per map: three metric rules and the loyalty rule all ask (checkMap runs them on one index). */
const found = new WeakMap<MapIndex, { analysis: MapAnalysis; doubts: readonly LoyaltyDoubt[] }>();

export function contradictedLoyalty(index: MapIndex, analysis: MapAnalysis): readonly LoyaltyDoubt[] {
  const cached = found.get(index);
  if (cached?.analysis === analysis) return cached.doubts;
  const doubts = findContradictedLoyalty(index, analysis);
  found.set(index, { analysis, doubts });
  return doubts;
}

function findContradictedLoyalty(index: MapIndex, analysis: MapAnalysis): LoyaltyDoubt[] {
  const scale = csatScale(index.map);
  const out: LoyaltyDoubt[] = [];
  for (const tp of index.map.touchpoints) {
    if ((tp.level !== 'value-added' && tp.level !== 'memorable') || !servesCustomer(index, tp)) continue;
    const doubt: LoyaltyDoubt = { touchpoint: tp };
    const { nps, csat } = tp.metrics ?? {};
    if (nps !== undefined && nps < NPS_LOW) doubt.nps = nps;
    if (csat !== undefined && csat < csatLimit(scale)) doubt.csat = csat;
    if (tp.emotion !== undefined && tp.emotion < 0) doubt.emotion = tp.emotion;
    const at = index.stageIndex.get(tp.stage) ?? 0;
    const zeroed = [analysis.stages[at], analysis.stages[at - 1]].find((s) => s !== undefined && s.zeroedBy.length > 0);
    if (zeroed) doubt.zeroedStageId = zeroed.stageId;
    if (Object.keys(doubt).length > 1) out.push(doubt);
  }
  return out;
}

/** Touchpoints whose low scores the loyalty rule already reports: the metric rules leave them to it. */
export function doubtedIds(index: MapIndex, analysis: MapAnalysis): Set<string> {
  return new Set(contradictedLoyalty(index, analysis).map((d) => d.touchpoint.id));
}
