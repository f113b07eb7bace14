/** The emotion curve falls sharply into a stage that names no pain point: the cause is missing from the map. */
import type { Rule } from '../rule';

/** Two points on the −3…+3 scale: a third of the range, more than a mood wobble. */
export const EMOTION_DROP = 2;

const fmt = (n: number): string => String(Math.round(n * 10) / 10);

export const unexplainedEmotionDropRule: Rule = {
  id: 'unexplained-emotion-drop',
  severity: 'info',
  check: ({ analysis }) => {
    const out = [];
    let previous: { name: string; mean: number } | null = null;
    for (const [i, point] of analysis.emotionCurve.entries()) {
      if (point.mean === null) continue;
      const stage = analysis.stages[i]!;
      if (previous && previous.mean - point.mean >= EMOTION_DROP && stage.painPointIds.length === 0) {
        out.push({ ids: [stage.stageId], params: { stage: stage.name, previous: previous.name, from: fmt(previous.mean), to: fmt(point.mean) } });
      }
      previous = { name: point.name, mean: point.mean };
    }
    return out;
  },
};
