/**
 * Prevention read from the kind of the cause step itself (cause-kind.ts): offered only where the first prevention
 * would otherwise be a general cause entry (match.ts). One of the serve-the-frontstage group, so it takes the
 * general entry's place rather than standing beside it.
 */
import { CATEGORIES } from '../../model';
import { entry } from './define';

const G = { group: 'serve-the-frontstage', target: 'cause' } as const;

export const CAUSE_KIND_ENTRIES = [
  entry(
    'prevent.any.cause-target',
    { causeKinds: ['target'] },
    ['Change what the step {cause} rewards', 'The customer meets {painPoint} at the step {touchpoint} because the step {cause} rewards something else. Ask {causeOwner} to count what the customer ended up with, not only what was sold or closed, and to take out of the result whatever the customer was pressed into or left waiting for; a target that pays for the wrong thing undoes any training.'],
    ['改变{cause}这一环节奖励的东西', '客户在{touchpoint}这一环节遇到{painPoint}，是因为{cause}这一环节奖励的是别的东西。请{causeOwner}把客户最终得到的结果算进去，而不只是卖出多少、成交多少；客户被硬推的、被晾着的，要从成绩里扣掉。奖励错了的指标，培训多少次也扳不回来。'],
    { ...G, measure: 'complaints' },
  ),
  entry(
    'prevent.any.cause-rota',
    { causeKinds: ['rota'] },
    ['Plan the step {cause} from demand', '{painPoint} at the step {touchpoint} follows from the step {cause}, set without the demand it has to meet. Ask {causeOwner} to plan it from the recorded demand by day and hour (the peaks, the busy days known in advance), and to name who steps in when demand runs above the plan.'],
    ['按需求安排{cause}这一环节', '{touchpoint}这一环节的{painPoint}，源于{cause}这一环节的安排没有对照它要应对的需求。请{causeOwner}按记录下来的每天、每小时的需求（高峰、事先知道的忙日）来安排，并写明需求超出安排时由谁顶上。'],
    { ...G, measure: 'wait-minutes' },
  ),
  entry(
    'prevent.any.cause-rule',
    { causeKinds: ['rule'] },
    ['Rewrite the rule at the step {cause}, with a check before any “no”', 'The customer meets at the step {touchpoint} a rule set at the step {cause}. Ask {causeOwner} to rewrite it from the cases where it failed customers, in words a customer can read, and to require a check of the customer’s own case before the rule is used to say “no”.'],
    ['改写{cause}这一环节的规定，说“不”之前先核查', '客户在{touchpoint}这一环节碰到的，是{cause}这一环节定下的规定。请{causeOwner}对照规定让客户吃亏的那些案例来改写，用客户读得懂的话写，并规定：拿规定说“不”之前，先核查客户自己的情况。'],
    { ...G, measure: 'disputes' },
  ),
  entry(
    'prevent.any.cause-supplier',
    { causeKinds: ['supplier'] },
    ['Check what the step {cause} hands over, and put it in the contract', '{painPoint} at the step {touchpoint} comes from the step {cause}, done outside the company. Ask {causeOwner} to check what it hands over before it reaches the customer, and to write that standard into the contract, with what happens when it is missed.'],
    ['{cause}这一环节交付时先验收，并写进合同', '{touchpoint}这一环节的{painPoint}，来自外部完成的{cause}这一环节。请{causeOwner}在交到客户手上之前先验收，并把这个标准写进合同，写明达不到时怎么办。'],
    { ...G, measure: 'defect-rate', fact: 'internal-customer' },
  ),
  entry(
    'prevent.any.cause-script',
    { causeKinds: ['script'] },
    ['Rewrite the script of the step {cause} from real cases', 'What is said at the step {touchpoint} comes from the step {cause}. Ask {causeOwner} to rewrite it from real cases of {painPoint}: what the customer asked, what answered it, and when to stop following the script and find out.'],
    ['用真实案例改写{cause}这一环节的话术', '{touchpoint}这一环节说的话，来自{cause}这一环节。请{causeOwner}用{painPoint}的真实案例来改写：客户问了什么、怎样回答才真正解决，以及什么时候该放下话术、先去查清楚。'],
    { ...G, measure: 'first-contact-resolution' },
  ),
  entry(
    'prevent.any.cause-handoff',
    { causeKinds: ['handoff'] },
    ['Let each case leave the step {cause} with its history and an owner', '{painPoint} at the step {touchpoint} starts where the step {cause} passes the case on. Ask {causeOwner} to send each case on with its history, a named owner and the time by which the customer will hear from them, and to flag a case nobody has taken before the customer has to chase it.'],
    ['让每一单带着记录和负责人离开{cause}这一环节', '{touchpoint}这一环节的{painPoint}，始于{cause}这一环节把事情转出去的时候。请{causeOwner}让每一单都带着完整记录、一位具名负责人和联系客户的时限一起转出；没人接的单，要在客户催之前就被标出来。'],
    { ...G, measure: 'chases', fact: 'internal-customer' },
  ),
  entry(
    'prevent.any.cause-system',
    // Not for a process pain: there the general entry already redesigns the system's set-up from the customer's side.
    { causeKinds: ['system'], categories: CATEGORIES.filter((c) => c !== 'process') },
    ['Fix the step {cause}, and check by hand when it may be wrong', 'What the customer meets at the step {touchpoint} depends on what the step {cause} shows. Ask {causeOwner} to put right what it gets wrong or does not show at the step {touchpoint}, to test each change before it goes live, and to set a fallback for when it fails or cannot be trusted: a check by hand (the record, the customer’s own papers) before the customer hears a “no” or is charged.'],
    ['修好{cause}这一环节，拿不准时先人工核查', '客户在{touchpoint}这一环节碰到什么，取决于{cause}这一环节显示了什么。请{causeOwner}把它显示错的、在{touchpoint}这一环节看不到的改过来，每次改动上线之前先测试，并为它出错或不可信时备好兜底：在客户听到“不行”或被扣费之前，先人工核查一遍（记录、客户自己的凭证）。'],
    { ...G, measure: 'complaints' },
  ),
];
