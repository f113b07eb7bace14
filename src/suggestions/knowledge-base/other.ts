/**
 * Pain points without a category (or "other"): the failure says what helps, so these entries are written per
 * failure. Each names no industry, because the category does not say which one it is.
 */
import { entry } from './define';

const O = ['other'] as const;

export const OTHER = [
  // ——— prevent ———
  entry(
    'prevent.other.unreachable',
    { categories: O, failures: ['unreachable'], atFollowUp: false, atDelivery: false },
    ['Plan capacity for the hour customers come', 'Plan the people or capacity behind the step {touchpoint} hour by hour from real contact volumes, and give customers a way to be called back rather than left unanswered.'],
    ['按客户来的时段安排产能', '根据真实的来访、来电量，逐小时安排{touchpoint}这一环节背后的人手或产能，并给客户一个预约回电的选择，而不是让他们无人应答。'],
    { measure: 'answer-rate', fact: 'hotline' },
  ),
  entry(
    'prevent.other.slow',
    { categories: O, failures: ['slow'] },
    ['Set a time standard for the step', 'Agree with {owner} how long the step {touchpoint} may take, plan for it, and tell customers the time up front.'],
    ['为这一步定下时限', '与{owner}约定{touchpoint}这一环节最长需要多久，按此安排，并提前告诉客户。'],
    { measure: 'wait-minutes', fact: 'long-wait' },
  ),
  entry(
    'prevent.other.wrong',
    { categories: O, failures: ['wrong'] },
    ['Check before it reaches the customer', 'Add one check before the result of the step {touchpoint} reaches the customer, by someone with the authority to stop it.'],
    ['送到客户之前先检查', '在{touchpoint}这一环节的结果到达客户之前加一道检查，由有权叫停的人来做。'],
    { measure: 'defect-rate', fact: 'hundred-minus-one' },
  ),
  entry(
    'prevent.other.denied',
    { categories: O, failures: ['denied'] },
    ['No “no” before a check', 'Make it the rule at the step {touchpoint} that nothing is refused before it is checked, and that every refusal offers an alternative.'],
    ['没有核实，就不能说“不”', '在{touchpoint}这一环节立下规矩：没有核实就不拒绝，每一次拒绝都要给出替代办法。'],
    { measure: 'first-contact-resolution', fact: 'empowerment' },
  ),
  entry(
    'prevent.other.unavailable',
    { categories: O, failures: ['unavailable'] },
    ['Hold what customers predictably need', 'Forecast what customers will need at the step {touchpoint} from bookings and history, keep it available, and check it when they book.'],
    ['备好客户可预见会需要的东西', '根据预约和历史数据预测客户在{touchpoint}这一环节需要什么，备足，并在客户预约时就核对。'],
    { measure: 'availability', fact: 'no-after-sales' },
  ),
  entry(
    'prevent.other.unclear',
    { categories: O, failures: ['unclear'] },
    ['Tell customers before they need to ask', 'Give customers what they need to know about the step {touchpoint} before they reach it, in their own words.'],
    ['在客户开口之前告诉他', '在客户到达{touchpoint}这一环节之前，用他听得懂的话把需要知道的事告诉他。'],
    { measure: 'questions', fact: 'no-after-sales' },
  ),
  entry(
    'prevent.other.attitude',
    { categories: O, failures: ['attitude'], actors: ['staff'] },
    ['Make warmth part of the standard', 'Write greeting, the customer’s name and the next step into the standard of the step {touchpoint}, and train and recognise the staff who deliver it.'],
    ['把热情写进标准', '把主动问候、称呼姓名、说明下一步写进{touchpoint}这一环节的服务标准，并培训和表彰做到的员工。'],
    { measure: 'csat', fact: 'staff-indifference' },
  ),
  entry(
    'prevent.other.broken-promise',
    { categories: O, failures: ['broken-promise'] },
    ['Promise only what the process can keep', 'Check every promise made at the step {touchpoint} against what the steps behind it can deliver, and change the promise or the process until they agree.'],
    ['只承诺流程做得到的事', '把{touchpoint}这一环节做出的每一个承诺，与后面各环节实际能交付的对照；承诺和流程对不上，就改到一致为止。'],
    { measure: 'on-time', fact: 'do-a-little-more' },
  ),
  entry(
    'prevent.other.plan',
    { categories: O },
    ['Write a pre-set plan for it', 'Write down what is said, offered and decided, and by whom, when {painPoint} happens, so nobody has to improvise.'],
    ['为它写好预案', '写明一旦发生{painPoint}该说什么、提供什么、由谁决定，让谁都不必临场发挥。'],
    { measure: 'recovery-time', fact: 'preset-plans' },
  ),
  // ——— detect ———
  entry(
    'detect.other.unreachable',
    { categories: O, failures: ['unreachable'], atFollowUp: false, atDelivery: false },
    ['Count who cannot get through', 'Measure how many customers fail to reach the step {touchpoint}, hour by hour, and call back those who gave up.'],
    ['统计联系不上的客户', '逐小时统计联系不上{touchpoint}这一环节的客户，并给放弃的客户回电。'],
    { measure: 'answer-rate' },
  ),
  entry(
    'detect.other.slow',
    { categories: O, failures: ['slow'] },
    ['Measure the time live', 'Time the step {touchpoint} as it happens, and name one person who acts when it passes the standard.'],
    ['实时计时', '对{touchpoint}这一环节实时计时，并指定一个人在超过标准时立即处理。'],
    { measure: 'wait-minutes' },
  ),
  entry(
    'detect.other.wrong',
    { categories: O, failures: ['wrong'] },
    ['Catch the error before the customer does', 'Put a last check on the result of the step {touchpoint} and count what it catches; the count shows whether prevention works.'],
    ['在客户发现之前发现错误', '对{touchpoint}这一环节的结果设最后一道检查，并统计拦下了多少；这个数字能说明预防是否见效。'],
    { measure: 'defect-rate' },
  ),
  entry(
    'detect.other.denied',
    { categories: O, failures: ['denied'] },
    ['Review every refusal', 'Log every refusal at the step {touchpoint} and have a second person review it within a day.'],
    ['复核每一次拒绝', '记录{touchpoint}这一环节的每一次拒绝，由另一个人在一天内复核。'],
    { measure: 'first-contact-resolution' },
  ),
  entry(
    'detect.other.unavailable',
    { categories: O, failures: ['unavailable'] },
    ['Alarm before it runs out', 'Set a minimum level on what customers need at the step {touchpoint} and alert the person who replenishes it.'],
    ['用完之前就报警', '为客户在{touchpoint}这一环节需要的东西设最低水位，一低于就提醒负责补充的人。'],
    { measure: 'availability' },
  ),
  entry(
    'detect.other.unclear',
    { categories: O, failures: ['unclear'] },
    ['Count the questions', 'Tally what customers ask at the step {touchpoint}; a question asked daily is information to give up front.'],
    ['统计客户的问题', '记下客户在{touchpoint}这一环节问的问题；每天都有人问的，就是应该提前告知的信息。'],
    { measure: 'questions' },
  ),
  entry(
    'detect.other.attitude',
    { categories: O, failures: ['attitude'] },
    ['Ask how they were treated', 'Ask one question right after the step {touchpoint} (“How were you treated?”) and route a low mark to the team leader within the hour.'],
    ['问一句接待得怎么样', '在{touchpoint}这一环节刚结束时问一句“您觉得我们的接待怎么样？”，低分一小时内转给班组长。'],
    { measure: 'csat' },
  ),
  entry(
    'detect.other.broken-promise',
    { categories: O, failures: ['broken-promise'] },
    ['Flag a promise at risk before it is broken', 'Keep every promise made at the step {touchpoint} on one list with its due time, and warn the customer before a promise is missed.'],
    ['承诺有风险时提前预警', '把{touchpoint}这一环节做出的每一个承诺连同到期时间放进同一张清单，在承诺落空之前就提醒客户。'],
    { measure: 'on-time' },
  ),
  entry(
    'detect.other.ask',
    { categories: O, atDelivery: false },
    ['Ask one question right after the step', 'Ask one question right after the step {touchpoint} and read the answers every week; you hear only a small share of what customers think.'],
    ['这一步一结束就问一个问题', '在{touchpoint}这一环节刚结束时问一个问题，每周读一遍回答；客户的想法，你们平时只听得到很小一部分。'],
    { measure: 'csat', fact: 'complaints-heard' },
  ),
  // ——— recover ———
  entry(
    'recover.other.unreachable',
    { categories: O, failures: ['unreachable'], atFollowUp: false, atDelivery: false },
    ['Call back those you missed', 'Call back the same day every customer who could not get through at the step {touchpoint}, apologise and settle their request in that call.'],
    ['给没联系上的客户回电', '当天给每一位在{touchpoint}这一环节没联系上的客户回电，致歉，并在这通电话里把事办完。'],
    { measure: 'first-contact-resolution' },
  ),
  entry(
    'recover.other.slow',
    { categories: O, failures: ['slow'] },
    ['Own the delay and give time back', 'Acknowledge the delay before the customer raises it, say why and what happens next, and give something back in proportion.'],
    ['主动承认延误，并作出补偿', '在客户提出之前就承认延误，说明原因和接下来怎么办，并按延误程度给予补偿。'],
    { measure: 'csat', fact: 'fast-fix' },
  ),
  entry(
    'recover.other.wrong',
    { categories: O, failures: ['wrong'] },
    ['Put it right at once, then do more', 'Correct the error at once, apologise, and add something the customer did not expect.'],
    ['立即纠正，再多做一点', '立即纠正错误并致歉，再加一点客户意想不到的心意。'],
    { measure: 'repeat-rate', fact: 'rice-bowl' },
  ),
  entry(
    'recover.other.denied',
    { categories: O, failures: ['denied'] },
    ['Check, then reverse the “no”', 'Check at once, and if the refusal was wrong, bring the customer the solution instead of asking them to come back.'],
    ['核实之后，收回那个“不”', '立即核实；如果拒绝错了，把解决办法送到客户手上，而不是让客户再跑一趟。'],
    { measure: 'recovery-time', fact: 'twelve-good' },
  ),
  entry(
    'recover.other.unavailable',
    { categories: O, failures: ['unavailable'] },
    ['Offer a choice that costs the customer nothing', 'Say at once what is missing and when it will be there, and offer alternatives that cost the customer neither money nor another wait.'],
    ['给出不让客户吃亏的选择', '立即说明缺什么、什么时候有，并提供既不让客户多花钱、也不让他再等的替代方案。'],
    { measure: 'recovery-time' },
  ),
  entry(
    'recover.other.unclear',
    { categories: O, failures: ['unclear'] },
    ['Explain fully and fix the source', 'Explain what was missing, let the customer change their decision without cost, and fix the wording behind it the same day.'],
    ['讲清楚，并从源头改正', '把缺失的信息讲清楚，允许客户无代价地改变决定，并在当天改掉背后的说明。'],
    { measure: 'questions' },
  ),
  entry(
    'recover.other.attitude',
    { categories: O, failures: ['attitude'] },
    ['Acknowledge, apologise, act', 'Acknowledge the feeling, apologise without excuses, fix what can be fixed now, and say what will change.'],
    ['先认同，再致歉，马上行动', '先认同客户的感受，不找借口地道歉，能解决的立即解决，并说明以后会怎样改。'],
    { measure: 'recovery-time', fact: 'staff-indifference' },
  ),
  entry(
    'recover.other.broken-promise',
    { categories: O, failures: ['broken-promise'] },
    ['Own the broken promise', 'Tell the customer before they chase it, give a new commitment you are sure of, and make up for the one that was broken.'],
    ['承认没兑现的承诺', '在客户追问之前主动告知，给出有把握的新承诺，并为没兑现的那一次作出补偿。'],
    { measure: 'on-time', fact: 'fast-fix' },
  ),
  entry(
    'recover.other.ask',
    { categories: O },
    ['Ask what would make it right', 'Ask the customer what would make it right, and do it when it is reasonable.'],
    ['问客户怎样才算弥补到位', '直接问客户怎样做他才觉得弥补到位，合理的就照办。'],
    { group: 'ask-what-helps', measure: 'recovery-time', fact: 'complainers-stay' },
  ),
];
