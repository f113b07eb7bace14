/** Every rule of the journey linter, in the order findings of equal severity are listed. Add new rules here. */
import type { Rule } from './rule';
import { belowBaselineRule } from './rules/below-baseline';
import { failPointWithoutPainRule } from './rules/fail-point-without-pain';
import { hiddenCauseRule } from './rules/hidden-cause';
import { hundredMinusOneRule } from './rules/hundred-minus-one';
import { noLoyaltyMomentRule } from './rules/no-loyalty-moment';
import { recoveryOnlyRule } from './rules/recovery-only';
import { unexplainedEmotionDropRule } from './rules/unexplained-emotion-drop';
import { untaggedRule } from './rules/untagged';
import { unownedWaitRule } from './rules/unowned-wait';

export const RULES: readonly Rule[] = [
  hundredMinusOneRule,
  belowBaselineRule,
  noLoyaltyMomentRule,
  recoveryOnlyRule,
  unownedWaitRule,
  hiddenCauseRule,
  untaggedRule,
  failPointWithoutPainRule,
  unexplainedEmotionDropRule,
];
