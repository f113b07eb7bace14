/**
 * What the summary slide shows, from analyzeMap: the score of every stage (the 100 − 1 = 0 stages
 * marked with the critical pain point that zeroed them), the top risks with the room's votes, and
 * the emotion curve as drawable geometry.
 */
import { analyzeMap, type MapAnalysis, type PainRisk } from '../analysis';
import { BASELINE_LEVEL, EMOTION_MAX, EMOTION_MIN, LEVELS, type MapDocument } from '../model';

export const TOP_RISKS = 5;

export interface SummaryStage {
  stageId: string;
  name: string;
  /** Null when the stage has no data to score. */
  score: number | null;
  touchpoints: number;
  /** Titles of the critical pain points that set the score to 0 (100 − 1 = 0); empty otherwise. */
  zeroedBy: string[];
  worst: boolean;
}

export interface SummaryRisk extends PainRisk {
  stageName: string;
  touchpointTitle: string;
}

export interface SummaryData {
  stages: SummaryStage[];
  zeroedStages: SummaryStage[];
  topRisks: SummaryRisk[];
  emotion: { stageId: string; name: string; mean: number | null }[];
  painPoints: number;
  belowBaseline: number;
  votes: number;
}

/**
 * The risks the summary lists, in the analysis's order. A critical pain point sets its stage's score
 * to 0 (100 − 1 = 0), so it is on the list whatever its reach: a fresh one touches a single card and
 * would otherwise rank below older, wider-reaching pains while the scores above already show its 0.
 */
export function topRisksOf(analysis: MapAnalysis, limit: number): PainRisk[] {
  const max = Math.max(0, limit);
  const zeroing = new Set(analysis.stages.flatMap((s) => s.zeroedBy));
  const chosen = new Set<string>();
  for (const r of analysis.risks) if (zeroing.has(r.painPointId) && chosen.size < max) chosen.add(r.painPointId);
  for (const r of analysis.risks) if (chosen.size < max) chosen.add(r.painPointId);
  return analysis.risks.filter((r) => chosen.has(r.painPointId));
}

export function summaryData(map: MapDocument, topRisks: number = TOP_RISKS): SummaryData {
  const analysis = analyzeMap(map);
  const painTitle = new Map<string, string>();
  const tpTitle = new Map<string, string>();
  for (const tp of map.touchpoints) {
    tpTitle.set(tp.id, tp.title);
    for (const p of tp.painPoints ?? []) painTitle.set(p.id, p.title);
  }
  const stageName = new Map(map.stages.map((s) => [s.id, s.name]));
  const stages = analysis.stages.map(
    (s): SummaryStage => ({
      stageId: s.stageId,
      name: s.name,
      score: s.score,
      touchpoints: s.touchpointIds.length,
      zeroedBy: s.zeroedBy.map((id) => painTitle.get(id) ?? id),
      worst: s.stageId === analysis.worstStageId,
    }),
  );
  return {
    stages,
    zeroedStages: stages.filter((s) => s.zeroedBy.length > 0),
    topRisks: topRisksOf(analysis, topRisks).map((r) => ({
      ...r,
      stageName: stageName.get(r.stageId) ?? '',
      touchpointTitle: tpTitle.get(r.touchpointId) ?? '',
    })),
    emotion: analysis.emotionCurve,
    painPoints: Object.values(analysis.painCounts).reduce((a, b) => a + b, 0),
    belowBaseline: analysis.belowBaseline.length,
    votes: analysis.risks.reduce((sum, r) => sum + r.votes, 0),
  };
}

export interface CurvePoint {
  x: number;
  y: number;
  stageId: string;
  mean: number;
}

/**
 * The emotion curve laid out in a `width` × `height` box: one x slot per stage (centred), y from
 * +3 at the top to −3 at the bottom. Stages without emotions break the line into segments.
 */
export function emotionGeometry(
  emotion: SummaryData['emotion'],
  width: number,
  height: number,
): { points: CurvePoint[]; segments: CurvePoint[][]; zeroY: number; slotX: number[] } {
  const n = Math.max(1, emotion.length);
  const slot = width / n;
  const y = (v: number): number => ((EMOTION_MAX - v) / (EMOTION_MAX - EMOTION_MIN)) * height;
  const slotX = emotion.map((_, i) => slot * i + slot / 2);
  const points: CurvePoint[] = [];
  const segments: CurvePoint[][] = [];
  let run: CurvePoint[] = [];
  emotion.forEach((e, i) => {
    if (e.mean === null) {
      if (run.length > 0) segments.push(run);
      run = [];
      return;
    }
    const p = { x: slotX[i]!, y: y(e.mean), stageId: e.stageId, mean: e.mean };
    points.push(p);
    run.push(p);
  });
  if (run.length > 0) segments.push(run);
  return { points, segments, zeroY: y(0), slotX };
}

/** Pain points to highlight in focus mode and touchpoints below the satisfactory baseline. */
export function focusTargets(map: MapDocument): { painTouchpoints: Set<string>; belowBaseline: Set<string> } {
  const painTouchpoints = new Set<string>();
  const belowBaseline = new Set<string>();
  for (const tp of map.touchpoints) {
    if ((tp.painPoints ?? []).length > 0) painTouchpoints.add(tp.id);
    if (tp.level !== undefined && LEVELS.indexOf(tp.level) < LEVELS.indexOf(BASELINE_LEVEL)) belowBaseline.add(tp.id);
  }
  return { painTouchpoints, belowBaseline };
}
