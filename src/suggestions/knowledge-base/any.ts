/**
 * Entries for every category: the cause-first trio (prevent at the cause, an early signal from it, the lesson
 * fed back to it), the control point for critical pains, the voice-of-customer ideas (improvement note, the
 * recommendation question) and the unconditional fallbacks that give every pain point all three tiers.
 */
import { entry } from './define';

export const ANY = [
  // ——— prevent ———
  entry(
    'prevent.any.fix-at-cause',
    { hasCause: true },
    ['Fix it where it starts: the step {cause}', 'The customer feels {painPoint} at the step {touchpoint}, but it starts at the step {cause}. Ask {causeOwner} to change that step so the problem is gone before it shows, like Bian Que’s eldest brother, who cured illness before it appeared.'],
    ['在源头{cause}这一环节解决', '客户在{touchpoint}这一环节感受到{painPoint}，问题却始于{cause}这一环节。请{causeOwner}改造这一环节，在问题显现之前就把它消除，就像扁鹊的长兄，治病于病情发作之前。'],
    { group: 'serve-the-frontstage', measure: 'complaints', fact: 'bian-que', target: 'cause' },
  ),
  entry(
    'prevent.any.ask-once-from-cause',
    { askedAgain: true, hasCause: true, causeActors: ['staff', 'self-service', 'backstage', 'support'] },
    ['Have the step {cause} pass on what the customer already gave', 'The customer is asked at the step {touchpoint} for what they already gave, because the step {cause} does not pass it on. Ask {causeOwner} to hand those details to the step {touchpoint}, filled in for the customer to confirm, so it asks only for what is new; the hair salon that keeps a file on each client never asks again.'],
    ['让{cause}这一环节把客户给过的信息传下去', '客户在{touchpoint}这一环节被要求重新提供已经给过的信息，是因为{cause}这一环节没有把它传下去。请{causeOwner}把这些信息带到{touchpoint}这一环节，预先填好，客户只需确认，只问新的内容；为每位客人建档的美发店从不让客人再说一遍。'],
    { group: 'ask-once', measure: 'self-service-completion', fact: 'salon-file', target: 'cause' },
  ),
  entry(
    'prevent.any.internal-customer',
    { causePositions: ['hidden'] },
    ['Serve the frontstage as an internal customer', 'Customers never see the step {cause}, only its result at the step {touchpoint}. Ask {causeOwner} to take {painPoint} as its own target, with a check before its work leaves it.'],
    ['把前台当作内部客户来服务', '客户看不到{cause}这一环节，只看到它在{touchpoint}这一环节造成的结果。请{causeOwner}把{painPoint}当作自己的指标，交付之前先自检。'],
    { group: 'serve-the-frontstage', measure: 'complaints', fact: 'internal-customer', target: 'cause' },
  ),
  entry(
    'prevent.any.act-earlier',
    { earlierStage: true },
    ['Act in the {earlierStage} stage', 'Deal with what leads to {painPoint} already in the {earlierStage} stage, before the customer reaches the step {touchpoint}: a question asked, a check made, a time agreed.'],
    ['在{earlierStage}阶段就动手', '在客户来到{touchpoint}这一环节之前，早在{earlierStage}阶段就处理好导致{painPoint}的原因：问一句、查一下、约好时间。'],
    { measure: 'complaints', fact: 'no-after-sales' },
  ),
  entry(
    'prevent.any.control-point',
    { severities: ['critical'] },
    ['Make it a control point: 100 − 1 = 0', 'A critical failure wipes out the whole stage. Give {owner} a check that must pass before the customer reaches the step, and a pre-set plan for when it does not.'],
    ['设为关键控制点：100 − 1 = 0', '一次严重失误会让整个阶段的努力归零。请{owner}设一道客户到达之前必须通过的检查，并为检查不通过的情况准备好预案。'],
    { measure: 'complaints', fact: 'hundred-minus-one' },
  ),
  entry(
    'prevent.any.preset-plans',
    {},
    ['Decide the response before it is needed', 'Write down how {painPoint} is to be handled (what is said, what may be offered, who decides) before it happens again, and rehearse it with whoever meets the customer.'],
    ['事先定好应对办法', '在{painPoint}再次发生之前写好处理办法（怎么说、可以提供什么、由谁决定），并和接触客户的人一起演练。'],
    { measure: 'recovery-time', fact: 'preset-plans' },
  ),
  entry(
    'prevent.any.ask-five-customers',
    {},
    ['Ask five customers who met it', 'Ask five customers who met {painPoint} what would have prevented it; most good improvements come from customers’ own suggestions.'],
    ['问问五位遇到过的客户', '请五位遇到过{painPoint}的客户说说怎样本可以避免；大多数好的改进都来自客户自己的建议。'],
    { measure: 'complaints', fact: 'user-suggestions' },
  ),
  entry(
    'prevent.any.owner-and-measure',
    {},
    ['Give it an owner and a number', 'Name one owner for {painPoint} at the step {touchpoint} and one number to watch, and review the number with them every month until the pain is gone.'],
    ['指定负责人和指标', '为{touchpoint}这一环节的{painPoint}指定一位负责人和一个要盯的指标，每月一起复盘，直到问题消失。'],
    { measure: 'complaints' },
  ),
  // ——— detect ———
  entry(
    'detect.any.signal-from-cause',
    { causePositions: ['hidden'], atDelivery: false },
    ['Give the frontstage an early signal from the step {cause}', 'When the step {cause} goes wrong, the frontstage at the step {touchpoint} should hear it first: agree the signal (a backlog, a missed time, a failed check) and who acts on it.'],
    ['让{cause}这一环节给前台发出预警', '{cause}这一环节一出问题，{touchpoint}这一环节的前台应当第一个知道：约定预警信号（积压、超时、检查不通过）以及由谁来处理。'],
    { group: 'signal-from-cause', measure: 'early-warnings', fact: 'internal-customer' },
  ),
  entry(
    'detect.any.fail-point',
    { markers: ['fail'] },
    ['Watch the fail point every day', 'The step {touchpoint} is marked as a fail point: count its failures every day and make someone answerable for reacting the same day.'],
    ['每天盯住这个失误点', '{touchpoint}这一环节被标为失误点：每天统计失误次数，并指定专人当天作出反应。'],
    { measure: 'early-warnings' },
  ),
  entry(
    'detect.any.low-nps',
    { metrics: ['nps'], lowScore: true },
    ['Read an NPS of {nps} as a warning', 'An NPS of {nps} at the step {touchpoint} says more customers would warn others than recommend you. Contact each detractor within a day, in the channel they prefer, and ask what happened.'],
    ['把 NPS {nps} 当作警报', '{touchpoint}这一环节的 NPS 只有 {nps}，说明愿意劝阻别人的客户多于愿意推荐的。一天之内通过客户习惯的渠道联系每一位给出低分的客户，问清发生了什么。'],
    { measure: 'nps', fact: 'word-of-mouth' },
  ),
  entry(
    'detect.any.low-csat',
    { metrics: ['csat'], lowScore: true },
    ['Read the CSAT of {csat} by visit', 'The step {touchpoint} scores a CSAT of {csat}. Look at the low scores one visit at a time, not as an average, and contact each low scorer while they can still be won back.'],
    ['逐次查看 {csat} 的满意度', '{touchpoint}这一环节的满意度只有 {csat}。逐次查看低分，而不是只看平均值，并趁还能挽回时联系每一位打低分的客户。'],
    { measure: 'csat' },
  ),
  entry(
    'detect.any.iceberg',
    { metrics: ['complaints'] },
    ['Count the complaints you do not hear', 'The complaints recorded at the step {touchpoint} are the tip of the iceberg; multiply them by twenty-five to see how many customers are unhappy.'],
    ['算一算没听到的抱怨', '{touchpoint}这一环节记录到的投诉只是冰山一角；乘以 25，才是不满客户的大致人数。'],
    { measure: 'complaints', fact: 'iceberg' },
  ),
  entry(
    'detect.any.delivery-confirmed',
    { channelModes: ['delivered'] },
    ['Track it until it is in the customer’s hands', 'What is sent at the step {touchpoint} is not delivered until the customer has it. Confirm each delivery against the date it is needed (the appointment, the due date) and, when it is not confirmed two days before, contact the customer and resend or rearrange; a parcel left at a locker or a letter at an old address is a failure nobody sees.'],
    ['一直跟踪到客户亲手拿到', '{touchpoint}这一环节寄出的东西，客户拿到手才算送达。按需要它的日期（预约日、截止日）逐件确认签收；提前两天还没确认，就主动联系客户，补寄或改约：放进驿站没人通知的包裹、寄到旧地址的信，都是没人看见的失误。'],
    { measure: 'on-time', fact: 'complaints-heard' },
  ),
  entry(
    'detect.any.ask-after-step',
    { actors: ['customer', 'staff', 'self-service'], atDelivery: false },
    ['Ask one question right after the step', 'Ask customers one question right after the step {touchpoint} and read the answers every week; you hear only a small share of complaints.'],
    ['这一步一结束就问一个问题', '在{touchpoint}这一环节刚结束时问客户一个问题，每周读一遍回答；你们平时只听得到很少一部分抱怨。'],
    { measure: 'csat', fact: 'complaints-heard' },
  ),
  entry(
    'detect.any.threshold',
    {},
    ['Agree the signal and who acts on it', 'Agree what signal shows that {painPoint} is starting at the step {touchpoint}, who watches it, and what they may do at once without asking.'],
    ['约定预警信号和处理人', '约定什么信号说明{touchpoint}这一环节正在出现{painPoint}，由谁盯着，以及他不必请示就能立即做什么。'],
    { measure: 'early-warnings', fact: 'empowerment' },
  ),
  entry(
    'detect.any.weekly-review',
    {},
    ['Review it every week', 'Review every case of {painPoint} each week with {owner}: when, why and what was done, so a pattern is seen before it becomes a trend.'],
    ['每周复盘', '每周与{owner}一起复盘每一起{painPoint}：什么时候、为什么、做了什么，在它成为趋势之前看出规律。'],
    { measure: 'complaints' },
  ),
  // ——— recover ———
  entry(
    'recover.any.fast-and-sincere',
    {},
    ['Resolve it fast and sincerely', 'Apologise sincerely and fix it the same day if you can; speed matters more than the size of the gesture.'],
    ['快速、真诚地解决', '真诚道歉，能当天解决就当天解决；速度比补偿的大小更重要。'],
    { measure: 'recovery-time', fact: 'fast-fix' },
  ),
  entry(
    'recover.any.feed-back-to-cause',
    { causePositions: ['hidden'] },
    ['Repair with the customer, then feed it back to the step {cause}', 'Put it right with the customer first; then send the case to {causeOwner} with what it cost, so the next customer never meets it.'],
    ['先为客户补救，再反馈给{cause}这一环节', '先为客户把事情处理好；再把案例和造成的损失交给{causeOwner}，让下一位客户不再遇到。'],
    { group: 'feed-back-to-cause', measure: 'complaints', fact: 'internal-customer', target: 'cause' },
  ),
  entry(
    'recover.any.improvement-note',
    { atFollowUp: false, lowScore: true, metrics: ['complaints'], severities: ['medium', 'high', 'critical'] },
    ['Invite an improvement note', 'The step {touchpoint} already draws complaints and low scores: ask every customer who met {painPoint} to leave an improvement note, not only those who complain, answer each one personally, and tell them what changed before their next visit.'],
    ['请客户留下改进意见', '{touchpoint}这一环节已经有投诉和低分：请每一位遇到{painPoint}的客户留下改进意见，而不只是投诉的人；逐条亲自回复，并在他下次光临之前告诉他改了什么。'],
    { measure: 'improvement-notes', fact: 'hilton' },
  ),
  entry(
    'recover.any.recommend-question',
    { atFollowUp: false, severities: ['medium', 'high', 'critical'] },
    ['Ask the recommendation question after the fix', 'A few days after putting it right, ask the customer how likely they are to recommend you, and have someone contact every low score within a day.'],
    ['补救之后问一句推荐意愿', '补救几天之后，问客户有多大可能向别人推荐你们；每一个低分都要有人在一天之内联系。'],
    { measure: 'nps' },
  ),
  entry(
    'recover.any.senior-apology',
    { severities: ['high', 'critical'] },
    ['A senior person apologises', 'For a serious failure, a senior person contacts the customer personally, apologises, puts it right, and stays their contact until it is settled.'],
    ['由资深负责人致歉', '对严重的失误，由资深负责人亲自联系客户，致歉、处理，并作为他的联系人一直跟到解决。'],
    { measure: 'repeat-rate', fact: 'twelve-good' },
  ),
  entry(
    'recover.any.incident-to-story',
    {},
    ['Turn the incident into a story', 'Repair beyond what was lost, so what the customer retells is how you rescued it rather than what went wrong.'],
    ['把事故变成故事', '补救要超过损失，让客户日后讲的是你们怎样挽回，而不是出了什么错。'],
    { group: 'incident-to-story', measure: 'nps', fact: 'word-of-mouth' },
  ),
  entry(
    'recover.any.win-back-before-leaving',
    { places: ['late', 'last'] },
    ['Win the customer back before they leave', 'The journey is nearly over: settle it before the customer leaves the {stage} stage, because afterwards most unhappy customers simply vanish.'],
    ['在客户离开之前把他赢回来', '旅程已近尾声：要在客户走完{stage}阶段之前把问题解决，因为过后大多数不满的客户会就此消失。'],
    { measure: 'repeat-rate', fact: 'complaints-heard' },
  ),
];
