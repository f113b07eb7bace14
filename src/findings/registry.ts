/**
 * Every rule of the journey linter, in the order findings of equal severity are listed: what costs
 * customers now (waits, scores, hidden causes) before what the map leaves unanswered. Add new rules here.
 */
import type { Rule } from './rule';
import { allBasicStageRule } from './rules/all-basic-stage';
import { belowBaselineRule } from './rules/below-baseline';
import { failPointWithoutPainRule } from './rules/fail-point-without-pain';
import { hiddenCauseRule } from './rules/hidden-cause';
import { hundredMinusOneRule } from './rules/hundred-minus-one';
import { longWaitRule } from './rules/long-wait';
import { lowCsatRule } from './rules/low-csat';
import { lowNpsRule } from './rules/low-nps';
import { loyaltyContradictedRule } from './rules/loyalty-contradicted';
import { negativeNpsRule } from './rules/negative-nps';
import { noLoyaltyMomentRule } from './rules/no-loyalty-moment';
import { noTeamRemedyRule } from './rules/no-team-remedy';
import { noVoiceOfCustomerRule } from './rules/no-voice-of-customer';
import { painWithoutCauseRule } from './rules/pain-without-cause';
import { recoveryOnlyRule } from './rules/recovery-only';
import { unexplainedEmotionDropRule } from './rules/unexplained-emotion-drop';
import { unownedWaitRule } from './rules/unowned-wait';
import { unratedStageRule } from './rules/unrated-stage';
import { untaggedRule } from './rules/untagged';

export const RULES: readonly Rule[] = [
  hundredMinusOneRule,
  longWaitRule,
  negativeNpsRule,
  lowCsatRule,
  hiddenCauseRule,
  noTeamRemedyRule,
  recoveryOnlyRule,
  painWithoutCauseRule,
  allBasicStageRule,
  belowBaselineRule,
  loyaltyContradictedRule,
  noLoyaltyMomentRule,
  noVoiceOfCustomerRule,
  unownedWaitRule,
  lowNpsRule,
  unratedStageRule,
  untaggedRule,
  failPointWithoutPainRule,
  unexplainedEmotionDropRule,
];
