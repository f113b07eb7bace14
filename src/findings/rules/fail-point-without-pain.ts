/** A fail point with no pain point: the map knows something breaks here but not what it does to the customer. */
import { stageName, type Rule } from '../rule';

export const failPointWithoutPainRule: Rule = {
  id: 'fail-point-without-pain',
  severity: 'info',
  check: ({ index }) =>
    index.map.touchpoints
      .filter((tp) => tp.failPoint === true && (tp.painPoints ?? []).length === 0)
      .map((tp) => ({ ids: [tp.id], params: { touchpoint: tp.title, stage: stageName(index, tp.stage) } })),
};
