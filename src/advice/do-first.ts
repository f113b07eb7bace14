/**
 * "Do first": the three actions an executive should fund, and the recorded numbers that justify them.
 * Walks the pain points from the highest risk down and takes, for each, the action that prevents it
 * (detection, then recovery, only when no prevention exists), placed at the step where the work
 * happens: the cause when one is recorded, since a pain felt frontstage is usually made backstage.
 * Two pain points fixed by the same action at the same step make one action that removes both.
 * Critical pain points come first whatever their reach: each zeroes its stage (100 − 1 = 0), so one added a
 * moment ago on a single step, with no remedy yet, still outranks a widespread high one.
 */
import type { MapAnalysis, PainRisk } from '../analysis';
import type { MapDocument, Tier, Touchpoint } from '../model';
import type { Suggestion } from '../suggestions';

export const DO_FIRST_COUNT = 3;
/** Evidence lines per kind: enough to make the case, few enough to read in a glance. */
const EVIDENCE_PER_KIND = 3;

export interface DoFirstAction {
  advice: Suggestion;
  /** The step where the work must happen (the cause, for prevention at the cause). */
  stepId: string;
  /** The stage to act in: the step's own, or an earlier one when the advice moves the work there. */
  stageId: string;
  /** The lane that owns the step. */
  laneId: string;
  /** The step sits below the line of visibility while the pain is felt above it. */
  atHiddenCause: boolean;
  /** The pain points the action removes, highest risk first. */
  removes: PainRisk[];
}

export interface WaitEvidence {
  touchpointId: string;
  minutes: number;
}

export interface ScoreEvidence {
  touchpointId: string;
  nps?: number;
  csat?: number;
}

export interface ZeroedEvidence {
  stageId: string;
  painPointIds: string[];
}

export interface DoFirst {
  actions: DoFirstAction[];
  waits: WaitEvidence[];
  scores: ScoreEvidence[];
  zeroed: ZeroedEvidence[];
}

const TIER_PREFERENCE: readonly Tier[] = ['prevent', 'detect', 'recover'];

/** The action for one pain point: the first tier that has one; within it, one acting at the cause first. */
function bestAdvice(list: readonly Suggestion[], risk: PainRisk): Suggestion | undefined {
  for (const tier of TIER_PREFERENCE) {
    const inTier = list.filter((a) => a.tier === tier);
    if (inTier.length === 0) continue;
    return (risk.causeId === undefined ? undefined : inTier.find((a) => a.targetId === risk.causeId)) ?? inTier[0];
  }
  return undefined;
}

export function selectDoFirst(
  map: MapDocument,
  analysis: MapAnalysis,
  advice: ReadonlyMap<string, readonly Suggestion[]>,
  count: number = DO_FIRST_COUNT,
): DoFirst {
  const touchpoints = new Map(map.touchpoints.map((tp) => [tp.id, tp]));
  const actions: DoFirstAction[] = [];
  const critical = analysis.risks.filter((r) => r.severity === 'critical');
  for (const risk of [...critical, ...analysis.risks.filter((r) => r.severity !== 'critical')]) {
    const chosen = bestAdvice(advice.get(risk.painPointId) ?? [], risk);
    if (!chosen) continue;
    const step = touchpoints.get(chosen.targetId) ?? touchpoints.get(risk.touchpointId);
    if (!step) continue;
    const same = actions.find((a) => a.stepId === step.id && a.advice.id === chosen.id);
    if (same) {
      same.removes.push(risk);
      continue;
    }
    if (actions.length === count) continue;
    actions.push({
      advice: chosen,
      stepId: step.id,
      stageId: chosen.stageId ?? step.stage,
      laneId: step.lane,
      atHiddenCause: risk.hiddenCause && step.id === risk.causeId,
      removes: [risk],
    });
  }
  return { actions, waits: worstWaits(analysis), scores: recordedScores(map.touchpoints), zeroed: zeroedStages(analysis) };
}

/**
 * Waits over their channel's limit, furthest over first (the analysis's order): three days for a parcel is
 * within what post allows, three hours for a visit the customer stayed home for is eighteen times over.
 */
function worstWaits(analysis: MapAnalysis): WaitEvidence[] {
  return analysis.metrics.waits
    .filter((w) => w.minutes > w.threshold)
    .slice(0, EVIDENCE_PER_KIND)
    .map((w) => ({ touchpointId: w.touchpointId, minutes: w.minutes }));
}

/** NPS and CSAT where the team recorded them, worst first (NPS ranks before CSAT: it predicts leaving). */
function recordedScores(touchpoints: readonly Touchpoint[]): ScoreEvidence[] {
  const out: ScoreEvidence[] = [];
  for (const tp of touchpoints) {
    const { nps, csat } = tp.metrics ?? {};
    if (nps === undefined && csat === undefined) continue;
    const e: ScoreEvidence = { touchpointId: tp.id };
    if (nps !== undefined) e.nps = nps;
    if (csat !== undefined) e.csat = csat;
    out.push(e);
  }
  const asc = (a: number | undefined, b: number | undefined) => (a === b ? 0 : a === undefined ? 1 : b === undefined ? -1 : a - b);
  return out.sort((a, b) => asc(a.nps, b.nps) || asc(a.csat, b.csat)).slice(0, EVIDENCE_PER_KIND);
}

function zeroedStages(analysis: MapAnalysis): ZeroedEvidence[] {
  return analysis.stages.filter((s) => s.zeroedBy.length > 0).map((s) => ({ stageId: s.stageId, painPointIds: [...s.zeroedBy] }));
}
