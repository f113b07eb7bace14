/** A wait point nobody measures: the seeds' "watch wait times" (事中控制) needs a number to watch. */
import { stageName, type Rule } from '../rule';

export const unownedWaitRule: Rule = {
  id: 'unowned-wait',
  severity: 'warning',
  check: ({ index }) =>
    index.map.touchpoints
      .filter((tp) => tp.waitPoint === true && tp.metrics?.waitMinutes === undefined)
      .map((tp) => ({ ids: [tp.id], params: { touchpoint: tp.title, stage: stageName(index, tp.stage) } })),
};
