/**
 * The per-stage experience score, 0–100.
 *
 *   quality = 0.6 × level points + 0.4 × emotion points   (whichever exists alone counts fully;
 *                                                           with neither, no score: null)
 *     level points   = mean over the stage's tagged touchpoints of
 *                      basic 40 · satisfactory 70 · value-added 85 · memorable 100
 *     emotion points = 50 + 50 × mean emotion / 3          (−3 → 0, 0 → 50, +3 → 100)
 *   score = clamp(round(quality − Σ pain penalties), 0, 100)
 *     penalty per pain point felt in the stage: low 5 · medium 10 · high 20
 *   100 − 1 = 0: any critical pain point felt in the stage makes the score 0, however good the rest
 *   is (seed 000: the customer judges the result, not the effort).
 *
 * Satisfactory is worth 70, not 100, because the seed calls it the baseline, not the goal: only
 * value-added and memorable moments build loyalty. A stage with nothing to judge (no level, no emotion)
 * has no score at all rather than a made-up one: a default number would rank an empty stage above every
 * real one. A critical pain point still zeroes it — that failure is data enough. See docs/analysis.md.
 */
import type { Level, Severity, Touchpoint } from '../model';
import { meanEmotion } from './emotion';

export const LEVEL_POINTS: Readonly<Record<Level, number>> = { basic: 40, satisfactory: 70, 'value-added': 85, memorable: 100 };
export const PAIN_PENALTY: Readonly<Record<Exclude<Severity, 'critical'>, number>> = { low: 5, medium: 10, high: 20 };
const LEVEL_WEIGHT = 0.6;

export const emotionPoints = (mean: number): number => 50 + (50 * mean) / 3;

export interface StageScore {
  /** Null when the stage has nothing to judge: no tagged level, no emotion, no critical pain point. */
  score: number | null;
  zeroedBy: string[];
}

function blend(levelScore: number | null, emotionScore: number | null): number | null {
  if (levelScore === null) return emotionScore;
  if (emotionScore === null) return levelScore;
  return LEVEL_WEIGHT * levelScore + (1 - LEVEL_WEIGHT) * emotionScore;
}

export function scoreStage(touchpoints: readonly Touchpoint[]): StageScore {
  const pains = touchpoints.flatMap((tp) => tp.painPoints ?? []);
  const zeroedBy = pains.filter((p) => p.severity === 'critical').map((p) => p.id);
  if (zeroedBy.length > 0) return { score: 0, zeroedBy };

  const levels = touchpoints.flatMap((tp) => (tp.level === undefined ? [] : [LEVEL_POINTS[tp.level]]));
  const levelScore = levels.length > 0 ? levels.reduce((a, b) => a + b, 0) / levels.length : null;
  const emotion = meanEmotion(touchpoints);
  const emotionScore = emotion === null ? null : emotionPoints(emotion);
  const quality = blend(levelScore, emotionScore);
  if (quality === null) return { score: null, zeroedBy: [] };
  const penalty = pains.reduce((sum, p) => sum + (p.severity === 'critical' ? 0 : PAIN_PENALTY[p.severity]), 0);
  return { score: Math.min(100, Math.max(0, Math.round(quality - penalty))), zeroedBy: [] };
}
