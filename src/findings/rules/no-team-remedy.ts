/**
 * High or critical pain points the team has not answered at all. recovery-only speaks when every remedy
 * comes after the fact; this rule speaks when there is none, the worse case.
 */
import { titleList, type Rule } from '../rule';

export const noTeamRemedyRule: Rule = {
  id: 'no-team-remedy',
  severity: 'warning',
  check: ({ index }) => {
    const ids = index.pains
      .filter(({ painPoint }) => (painPoint.severity === 'high' || painPoint.severity === 'critical') && (painPoint.remedies ?? []).length === 0)
      .map(({ painPoint }) => painPoint.id);
    return ids.length === 0 ? [] : [{ ids, params: { count: ids.length } }];
  },
  localParams: (finding, index, locale) => ({ painPoints: titleList(finding.ids, index, locale) }),
};
