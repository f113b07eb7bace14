/** A touchpoint at 'basic' service is below the seed's baseline of satisfactory service (DOMAIN.md §1). */
import { stageName, type Rule } from '../rule';

export const belowBaselineRule: Rule = {
  id: 'below-baseline',
  severity: 'warning',
  check: ({ index, analysis }) =>
    analysis.belowBaseline.map((id) => {
      const tp = index.touchpointById.get(id)!;
      return { ids: [id], params: { touchpoint: tp.title, stage: stageName(index, tp.stage) } };
    }),
};

