/**
 * The emotion curve per stage, in stage order: the mean emotion (−3…+3) and the lowest moment. The mean
 * alone hides a −3 at one step among contented ones, and the customer remembers that step.
 */
import type { Touchpoint } from '../model';
import type { MapIndex } from './map-index';

export function meanEmotion(touchpoints: readonly Touchpoint[]): number | null {
  const values = touchpoints.flatMap((tp) => (tp.emotion === undefined ? [] : [tp.emotion]));
  if (values.length === 0) return null;
  return values.reduce((a, b) => a + b, 0) / values.length;
}

export interface LowestMoment {
  /** The lowest emotion recorded in the stage. */
  min: number;
  /** The touchpoint where it was recorded (the first in document order on ties). */
  touchpointId: string;
}

export function lowestMoment(touchpoints: readonly Touchpoint[]): LowestMoment | null {
  let lowest: LowestMoment | null = null;
  for (const tp of touchpoints) {
    if (tp.emotion !== undefined && (lowest === null || tp.emotion < lowest.min)) lowest = { min: tp.emotion, touchpointId: tp.id };
  }
  return lowest;
}

export interface EmotionPoint {
  stageId: string;
  name: string;
  mean: number | null;
  /** Null where nobody recorded an emotion in the stage. */
  min: number | null;
  lowestTouchpointId: string | null;
}

export function emotionCurve(index: MapIndex): EmotionPoint[] {
  return index.map.stages.map((s) => {
    const touchpoints = index.touchpointsByStage.get(s.id) ?? [];
    const lowest = lowestMoment(touchpoints);
    return { stageId: s.id, name: s.name, mean: meanEmotion(touchpoints), min: lowest?.min ?? null, lowestTouchpointId: lowest?.touchpointId ?? null };
  });
}
