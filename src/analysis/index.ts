/** Journey analysis: service levels, experience scores (100 − 1 = 0), emotion curve, risks, complaint iceberg. */
import { SEVERITIES, type MapDocument, type Severity } from '../model';
import { emotionCurve, lowestMoment, meanEmotion, type EmotionPoint } from './emotion';
import { complaintIceberg, type Iceberg } from './iceberg';
import { belowBaseline, countLevels, hasLoyaltyMoment, levelShares, type LevelCounts, type LevelKey } from './levels';
import { indexMap } from './map-index';
import { metricsSummary, type MetricsSummary, type ScoreReading, type WaitReading } from './metrics';
import { rankRisks, type PainRisk } from './risk';
import { scoreStage } from './score';

export type { LevelKey, LevelCounts, PainRisk, EmotionPoint, Iceberg, MetricsSummary, ScoreReading, WaitReading };
export { LEVEL_KEYS } from './levels';
export { LEVEL_POINTS, PAIN_PENALTY } from './score';
export { DEFAULT_WAIT_THRESHOLDS, csatScale, waitThreshold } from './metrics';
export { SEVERITY_WEIGHT } from './risk';
export { UNHAPPY_PER_COMPLAINT, SILENT_PER_COMPLAINT, SERIOUS_PER_COMPLAINT } from './iceberg';
export { indexMap, mapIndexBuildCount, type MapIndex, type PainEntry } from './map-index';

export interface StageAnalysis {
  stageId: string;
  name: string;
  index: number;
  touchpointIds: string[];
  levels: LevelCounts;
  /**
   * 0–100 experience score; 0 when a critical pain point sits in the stage (100 − 1 = 0); null when the
   * stage has no data (no level and no emotion recorded): shown as "no data", never as a number.
   */
  score: number | null;
  /** Ids of the critical pain points that zeroed the stage (empty when not zeroed). */
  zeroedBy: string[];
  /** Mean emotion of the stage's touchpoints that have one. */
  meanEmotion: number | null;
  /** The lowest emotion recorded in the stage: the moment the customer remembers. */
  minEmotion: number | null;
  painPointIds: string[];
}

export interface MapAnalysis {
  stages: StageAnalysis[];
  /** Shares sum to 1 (all 0 when no touchpoint is rated). */
  overall: { levels: LevelCounts; shares: Record<LevelKey, number> };
  /** Customer-facing touchpoint ids tagged 'basic' (backstage and support steps left out). */
  belowBaseline: string[];
  emotionCurve: EmotionPoint[];
  /** Sorted by risk desc, then votes desc, then document order. */
  risks: PainRisk[];
  painCounts: Record<Severity, number>;
  /** Null when no touchpoint records complaints. */
  iceberg: Iceberg | null;
  /** Any 'value-added' or 'memorable' touchpoint. */
  hasLoyaltyMoment: boolean;
  /** Lowest-scoring stage that has a score (earliest on ties); null when no stage has one. */
  worstStageId: string | null;
  /** Recorded waits, NPS and CSAT, worst first. */
  metrics: MetricsSummary;
}

const analyses = new WeakMap<MapDocument, MapAnalysis>();
let analysisBuilds = 0;

/** How many analyses have been computed since the program started: lets tests prove the memo holds. */
export const analysisBuildCount = (): number => analysisBuilds;

/**
 * The analysis of a map document, computed once per document: the canvas, the findings, the report and
 * `touchpoint analyze` all ask for it, and documents are immutable (a new revision is a new object).
 */
export function analyzeMap(map: MapDocument): MapAnalysis {
  let analysis = analyses.get(map);
  if (analysis === undefined) {
    analysis = computeAnalysis(map);
    analyses.set(map, analysis);
    analysisBuilds += 1;
  }
  return analysis;
}

function computeAnalysis(map: MapDocument): MapAnalysis {
  const index = indexMap(map);
  const stages = map.stages.map((stage, i): StageAnalysis => {
    const touchpoints = index.touchpointsByStage.get(stage.id) ?? [];
    const { score, zeroedBy } = scoreStage(touchpoints);
    return {
      stageId: stage.id,
      name: stage.name,
      index: i,
      touchpointIds: touchpoints.map((tp) => tp.id),
      levels: countLevels(index, touchpoints),
      score,
      zeroedBy,
      meanEmotion: meanEmotion(touchpoints),
      minEmotion: lowestMoment(touchpoints)?.min ?? null,
      painPointIds: touchpoints.flatMap((tp) => (tp.painPoints ?? []).map((p) => p.id)),
    };
  });
  const levels = countLevels(index, map.touchpoints);
  const painCounts = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  for (const { painPoint } of index.pains) painCounts[painPoint.severity] += 1;
  let worst: { stageId: string; score: number } | null = null;
  for (const { stageId, score } of stages) if (score !== null && (worst === null || score < worst.score)) worst = { stageId, score };
  return {
    stages,
    overall: { levels, shares: levelShares(levels) },
    belowBaseline: belowBaseline(index, map.touchpoints),
    emotionCurve: emotionCurve(index),
    risks: rankRisks(index),
    painCounts,
    iceberg: complaintIceberg(map),
    hasLoyaltyMoment: hasLoyaltyMoment(map.touchpoints),
    worstStageId: worst?.stageId ?? null,
    metrics: metricsSummary(index),
  };
}
