/** 事后补救 — if it still happens, how do we win the customer back? Listed last, never alone. */
import type { KnowledgeEntry } from '../types';

export const RECOVER: readonly KnowledgeEntry[] = [
  {
    id: 'recover.hidden.close-loop',
    tier: 'recover',
    when: { causeLanes: ['backstage', 'support'] },
    target: 'cause',
    title: { en: 'Carry the lesson back to "{cause}"', 'zh-CN': '把教训带回“{cause}”' },
    text: {
      en: 'After winning the customer back at "{touchpoint}", tell the team behind "{cause}" what happened, so the fix reaches the place the problem started.',
      'zh-CN': '在“{touchpoint}”挽回客户之后，把经过告诉“{cause}”背后的团队，让改进落到问题开始的地方。',
    },
    fact: 'internal-customer',
  },
  {
    id: 'recover.waiting.give-time-back',
    tier: 'recover',
    when: { categories: ['waiting'] },
    title: { en: 'Give the time back', 'zh-CN': '补偿客户的时间' },
    text: {
      en: 'Acknowledge the wait at "{touchpoint}" in person and give something that returns the time: priority next visit, delivery instead of a second trip, the job finished earlier than promised.',
      'zh-CN': '当面为“{touchpoint}”的等待致歉，并给出能“还回时间”的补偿：下次优先、送货上门免去再跑一趟、比承诺时间提前完成。',
    },
    fact: 'do-a-little-more',
  },
  {
    id: 'recover.staff.empathy',
    tier: 'recover',
    when: { categories: ['staff'] },
    title: { en: 'Apologise as a person, not a policy', 'zh-CN': '以同理心真诚道歉' },
    text: {
      en: 'Have someone apologise for how the customer was treated at "{touchpoint}" as they would to a friend, and show what changes; never argue — winning the argument loses the customer.',
      'zh-CN': '请人像对待朋友一样为客户在“{touchpoint}”受到的对待道歉，并说明会做出什么改变；不与客户争辩——嘴上占了上风，也许就是失去客户之时。',
    },
    fact: 'staff-indifference',
  },
  {
    id: 'recover.product.more-than-replace',
    tier: 'recover',
    when: { categories: ['product'] },
    title: { en: 'Do more than replace it', 'zh-CN': '不止于换一个' },
    text: {
      en: 'Replacing what failed at "{touchpoint}" is the minimum the customer expects; add an apology and a gesture that shows the failure mattered to you.',
      'zh-CN': '更换“{touchpoint}”出问题的东西只是客户心中的底线；再加上真诚的道歉和一份补偿，让客户看到你在乎这次失误。',
    },
    fact: 'rice-bowl',
  },
  {
    id: 'recover.price.refund-without-fight',
    tier: 'recover',
    when: { categories: ['price'] },
    title: { en: 'Refund the difference without a fight', 'zh-CN': '不争辩，退还差价' },
    text: {
      en: 'When the customer feels overcharged at "{touchpoint}", settle it at once and explain the charge; the argument you win costs far more than the difference.',
      'zh-CN': '当客户觉得在“{touchpoint}”多付了钱，立即处理并解释收费；争赢的那一点差价，远抵不上失去的客户。',
    },
    fact: 'stew-leonard',
  },
  {
    id: 'recover.information.do-a-little-more',
    tier: 'recover',
    when: { categories: ['information'] },
    title: { en: 'Answer, then add the tip', 'zh-CN': '解答之后再多提示一点' },
    text: {
      en: 'When a customer comes back confused about "{touchpoint}", answer patiently, then add the precautions that stop the next question — and put them into the instructions.',
      'zh-CN': '当客户因“{touchpoint}”困惑而再来询问时，耐心解答，再提示注意事项和预防措施，并把它们补进说明里。',
    },
    fact: 'do-a-little-more',
  },
  {
    id: 'recover.environment.move-and-fix',
    tier: 'recover',
    when: { categories: ['environment'] },
    title: { en: 'Move the customer, then fix the place', 'zh-CN': '先安顿客户，再整改现场' },
    text: {
      en: 'Offer the customer a better place at once and apologise; fix "{touchpoint}" before the next customer meets it.',
      'zh-CN': '立即为客户换一个更好的位置并致歉；在下一位客户到来之前把“{touchpoint}”整改好。',
    },
    fact: 'key-factors',
  },
  {
    id: 'recover.process.bend-the-rule',
    tier: 'recover',
    when: { categories: ['process'] },
    title: { en: 'Bend the rule for this customer', 'zh-CN': '为这位客户灵活变通' },
    text: {
      en: 'When a rule at "{touchpoint}" has failed the customer, let staff make the exception on the spot, then review whether the rule should exist at all.',
      'zh-CN': '当“{touchpoint}”的规定让客户受了委屈，让员工当场破例解决，事后再检讨这条规定是否应该存在。',
    },
    fact: 'stew-leonard',
  },
  {
    id: 'recover.complaint.call-back',
    tier: 'recover',
    when: { categories: ['complaint-handling'] },
    title: { en: 'Call the complainant back', 'zh-CN': '回访投诉的客户' },
    text: {
      en: 'After solving the complaint at "{touchpoint}", call the customer back to check they are satisfied: a complainant handled well is more likely to stay than one who never complained.',
      'zh-CN': '解决“{touchpoint}”的投诉之后，回访客户确认是否满意：处理得好的投诉者，比从不投诉的客户更愿意留下。',
    },
    fact: 'complainers-stay',
  },
  {
    id: 'recover.severe.senior-apology',
    tier: 'recover',
    when: { severities: ['critical'] },
    title: { en: 'A senior person apologises in person', 'zh-CN': '由管理者亲自致歉' },
    text: {
      en: 'For a failure this severe, someone senior contacts the customer personally, owns the failure and says what will change.',
      'zh-CN': '对如此严重的失误，由管理者亲自联系客户，承担责任，并说明将做出哪些改变。',
    },
    fact: 'jobs',
  },
  {
    id: 'recover.late.win-back',
    tier: 'recover',
    when: { position: 'late' },
    title: { en: 'Reach out before they leave for good', 'zh-CN': '在客户彻底离开之前主动联系' },
    text: {
      en: 'After "{painPoint}" late in the journey, contact the customer before their next decision to buy: say what was fixed and invite them back.',
      'zh-CN': '旅程后段出现“{painPoint}”之后，要在客户下一次做购买决定之前主动联系：告诉他问题已经改正，并邀请他再来。',
    },
    fact: 'retain-cost',
  },
  {
    id: 'recover.apologise-fast',
    tier: 'recover',
    when: {},
    title: { en: 'Apologise sincerely and fix it fast', 'zh-CN': '真诚道歉，迅速解决' },
    text: {
      en: 'When "{painPoint}" happens at "{touchpoint}", apologise sincerely and solve it on the spot instead of deflecting or looking for excuses.',
      'zh-CN': '当“{touchpoint}”出现“{painPoint}”时，真诚道歉并当场解决，而不是推脱逃避、寻找借口。',
    },
    fact: 'fast-fix',
  },
  {
    id: 'recover.incident-to-story',
    tier: 'recover',
    when: {},
    title: { en: 'Turn the incident into a story', 'zh-CN': '将事故变成故事' },
    text: {
      en: 'Go beyond putting "{painPoint}" right: do a little more than the customer expects, so they retell it as a story about how well they were treated.',
      'zh-CN': '不止于弥补“{painPoint}”：多做一点点，超出客户的预期，让他把这次经历当作被善待的故事讲给别人听。',
    },
    fact: 'twelve-good',
  },
  {
    id: 'recover.improvement-note',
    tier: 'recover',
    when: {},
    title: { en: 'Ask for an improvement note', 'zh-CN': '请客户留下改进意见' },
    text: {
      en: 'Ask the customer what should change at "{touchpoint}", and make sure the next customer does not meet "{painPoint}" again.',
      'zh-CN': '请客户说说“{touchpoint}”应该改进什么，并确保下一位客户不会再遇到“{painPoint}”。',
    },
    fact: 'hilton',
  },
];
