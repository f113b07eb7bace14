/** Remedies only after the fact: the "service only after a complaint" anti-pattern of seed 003 (亡羊补牢). */
import type { Rule } from '../rule';

export const recoveryOnlyRule: Rule = {
  id: 'recovery-only',
  severity: 'warning',
  check: ({ index }) =>
    index.pains
      .filter(({ painPoint }) => {
        const remedies = painPoint.remedies ?? [];
        return remedies.length > 0 && remedies.every((r) => r.tier === 'recover');
      })
      .map(({ painPoint, touchpoint }) => ({
        ids: [painPoint.id, touchpoint.id],
        params: { painPoint: painPoint.title, touchpoint: touchpoint.title },
      })),
};
