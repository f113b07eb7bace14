/** Satisfied is not loyal (满意不等于忠诚, seed 002): loyalty needs value-added or memorable moments. */
import type { Rule } from '../rule';

export const noLoyaltyMomentRule: Rule = {
  id: 'no-loyalty-moment',
  severity: 'warning',
  check: ({ index, analysis }) =>
    index.map.touchpoints.length === 0 || analysis.hasLoyaltyMoment ? [] : [{ ids: [], params: { title: index.map.title } }],
};
