/** Satisfied is not loyal (DOMAIN.md §1): loyalty needs value-added or memorable moments. */
import type { Rule } from '../rule';

export const noLoyaltyMomentRule: Rule = {
  id: 'no-loyalty-moment',
  severity: 'warning',
  check: ({ index, analysis }) =>
    index.map.touchpoints.length === 0 || analysis.hasLoyaltyMoment ? [] : [{ ids: [], params: { title: index.map.title } }],
};
