/** The emotion curve: mean emotion (−3…+3) per stage, in stage order. */
import type { Touchpoint } from '../model';
import type { MapIndex } from './map-index';

export function meanEmotion(touchpoints: readonly Touchpoint[]): number | null {
  const values = touchpoints.flatMap((tp) => (tp.emotion === undefined ? [] : [tp.emotion]));
  if (values.length === 0) return null;
  return values.reduce((a, b) => a + b, 0) / values.length;
}

export interface EmotionPoint {
  stageId: string;
  name: string;
  mean: number | null;
}

export function emotionCurve(index: MapIndex): EmotionPoint[] {
  return index.map.stages.map((s) => ({ stageId: s.id, name: s.name, mean: meanEmotion(index.touchpointsByStage.get(s.id) ?? []) }));
}
