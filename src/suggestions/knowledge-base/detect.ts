/** 事中控制 — how do we notice it the moment it starts, and act before the customer has to ask? */
import type { KnowledgeEntry } from '../types';

export const DETECT: readonly KnowledgeEntry[] = [
  {
    id: 'detect.waiting.cause-signal',
    tier: 'detect',
    when: { categories: ['waiting'], hasCause: true },
    target: 'cause',
    title: { en: 'Let "{cause}" raise the alarm', 'zh-CN': '让“{cause}”提前报警' },
    text: {
      en: 'Have "{cause}" signal as soon as it falls behind, so the people at "{touchpoint}" can tell the customer before the wait grows.',
      'zh-CN': '让“{cause}”一旦落后就立即发出信号，使“{touchpoint}”的员工能在等待变长之前先告知客户。',
    },
    fact: 'long-wait',
  },
  {
    id: 'detect.waiting.watch-time',
    tier: 'detect',
    when: { categories: ['waiting'] },
    title: { en: 'Watch the wait time', 'zh-CN': '盯住等待时长' },
    text: {
      en: 'Record the wait at "{touchpoint}" and set a threshold that alerts the team when it is crossed; tell the waiting customer how long it will be, and why.',
      'zh-CN': '记录“{touchpoint}”的等待时长，设定一个超过即提醒团队的阈值；告诉正在等待的客户还要多久、为什么。',
    },
    fact: 'long-wait',
  },
  {
    id: 'detect.hidden.frontstage-view',
    tier: 'detect',
    when: { causeLanes: ['backstage', 'support'] },
    title: { en: 'Let the frontstage see behind the line', 'zh-CN': '让前台看到可视线以下的状态' },
    text: {
      en: 'Give the people at "{touchpoint}" a live view of "{cause}", so they learn of a problem before the customer tells them.',
      'zh-CN': '让“{touchpoint}”的员工实时看到“{cause}”的状态，在客户开口之前就知道出了问题。',
    },
    fact: 'internal-customer',
  },
  {
    id: 'detect.staff.unspoken-need',
    tier: 'detect',
    when: { categories: ['staff'] },
    title: { en: 'Notice what the customer does not say', 'zh-CN': '察觉客户没说出口的需要' },
    text: {
      en: 'Train staff at "{touchpoint}" to read discomfort and step in before being asked, and to answer with empathy: "if this happened to me, I would be upset too".',
      'zh-CN': '培训“{touchpoint}”的员工察觉客户的不适，不等客户开口就主动上前，并以同理心回应：“如果我遇到这种事，我也会不开心。”',
    },
    fact: 'haidilao',
  },
  {
    id: 'detect.staff.greet-first',
    tier: 'detect',
    when: { categories: ['staff'], position: 'early' },
    title: { en: 'Greet first, before the customer looks for help', 'zh-CN': '在客户找人之前主动招呼' },
    text: {
      en: 'Have whoever is nearest "{touchpoint}" watch for arriving or hesitating customers and greet them first; a customer left looking for someone has already met indifference.',
      'zh-CN': '让离“{touchpoint}”最近的员工留意刚到或犹豫的客户，主动打招呼；一个四处找人的客户，已经感受到了冷漠。',
    },
    fact: 'look-ask-listen',
  },
  {
    id: 'detect.information.check-understanding',
    tier: 'detect',
    when: { categories: ['information'] },
    title: { en: 'Check the customer understood', 'zh-CN': '确认客户真正听懂了' },
    text: {
      en: 'Before the customer leaves "{touchpoint}", ask what they will do next; speak slowly, and treat every repeated question as a sign the explanation failed.',
      'zh-CN': '在客户离开“{touchpoint}”之前，问一问他接下来要做什么；有话慢慢说，把每一个被重复问到的问题都当作说明失败的信号。',
    },
    fact: 'speak-slowly',
  },
  {
    id: 'detect.product.inspect-handover',
    tier: 'detect',
    when: { categories: ['product'] },
    title: { en: 'Inspect before handover', 'zh-CN': '交付之前先检查' },
    text: {
      en: 'Check the result at "{touchpoint}" with the customer’s eyes before they see it, and stop the handover when it is not right.',
      'zh-CN': '在客户看到之前，先以客户的眼光检查“{touchpoint}”的结果，不合格就停止交付。',
    },
    fact: 'hundred-minus-one',
  },
  {
    id: 'detect.price.confirm-first',
    tier: 'detect',
    when: { categories: ['price'] },
    title: { en: 'Confirm the cost before going on', 'zh-CN': '先确认费用再继续' },
    text: {
      en: 'When the cost at "{touchpoint}" turns out higher than the customer was told, stop and ask before continuing; never let the bill be the surprise.',
      'zh-CN': '当“{touchpoint}”的费用超出告知客户的金额时，先停下来征得客户同意再继续，绝不让账单成为“惊喜”。',
    },
    fact: 'service-scene',
  },
  {
    id: 'detect.environment.walk-the-floor',
    tier: 'detect',
    when: { categories: ['environment'] },
    title: { en: 'Walk the floor at set times', 'zh-CN': '定时巡视现场' },
    text: {
      en: 'Have someone walk through "{touchpoint}" at set times with the customer’s eyes — cleanliness, noise, comfort — and fix what they find at once.',
      'zh-CN': '安排专人定时以客户的眼光巡视“{touchpoint}”——清洁、噪音、舒适——发现问题当场处理。',
    },
    fact: 'key-factors',
  },
  {
    id: 'detect.process.bounced',
    tier: 'detect',
    when: { categories: ['process'] },
    title: { en: 'Spot the customer being bounced around', 'zh-CN': '发现被推来推去的客户' },
    text: {
      en: 'Count each time a customer at "{touchpoint}" is sent elsewhere or asked to repeat themselves; the person who notices solves it instead of citing the rule.',
      'zh-CN': '统计客户在“{touchpoint}”被转给别人或被要求重复说明的次数；发现的人当场解决，而不是搬出规定推脱。',
    },
    fact: 'key-factors',
  },
  {
    id: 'detect.complaint.track',
    tier: 'detect',
    when: { categories: ['complaint-handling'] },
    title: { en: 'Track every complaint to closure', 'zh-CN': '每一条投诉都跟踪到关闭' },
    text: {
      en: 'Log each complaint at "{touchpoint}" with an owner and a deadline, and review the open ones daily: each one stands for many who said nothing.',
      'zh-CN': '为“{touchpoint}”的每一条投诉登记责任人和期限，每天检查未关闭的投诉：每一条背后都有许多沉默的客户。',
    },
    fact: 'iceberg',
  },
  {
    id: 'detect.severe.escalate',
    tier: 'detect',
    when: { severities: ['high', 'critical'] },
    title: { en: 'Escalate within minutes', 'zh-CN': '几分钟内升级处理' },
    text: {
      en: 'Agree a trigger: the moment "{painPoint}" appears, someone with the authority to fix it is told, and the customer hears what is being done.',
      'zh-CN': '约定触发条件：“{painPoint}”一出现，立即通知有权解决的人，并让客户知道正在采取什么措施。',
    },
    fact: 'stew-leonard',
  },
  {
    id: 'detect.look-ask-listen',
    tier: 'detect',
    when: {},
    title: { en: 'Look, ask, listen', 'zh-CN': '多看、多问、多听' },
    text: {
      en: 'Have the people at "{touchpoint}" watch for the first signs of "{painPoint}", ask before the customer has to, and listen to the objection with empathy.',
      'zh-CN': '让“{touchpoint}”的员工留意“{painPoint}”的最初迹象，在客户开口前主动询问，用心倾听并共情客户的异议。',
    },
    fact: 'look-ask-listen',
  },
  {
    id: 'detect.empower',
    tier: 'detect',
    when: {},
    title: { en: 'Empower the front line', 'zh-CN': '分级授权给一线' },
    text: {
      en: 'Let the person at "{touchpoint}" put "{painPoint}" right on the spot, up to an agreed limit, without waiting for a superior.',
      'zh-CN': '授权“{touchpoint}”的员工在约定的范围内当场解决“{painPoint}”，不必等待上级命令。',
    },
    fact: 'empowerment',
  },
  {
    id: 'detect.ask-at-the-moment',
    tier: 'detect',
    when: {},
    title: { en: 'Ask right after the moment', 'zh-CN': '在服务之后即时回访' },
    text: {
      en: 'Collect a one-question rating right after "{touchpoint}" — pop-up survey, face to face, a message — and read it weekly, to hear more than the few who complain.',
      'zh-CN': '在“{touchpoint}”之后立即收集一个问题的评分（弹窗问卷、面对面、短信），每周查看，听到投诉者之外更多的声音。',
    },
    fact: 'complaints-heard',
  },
];
