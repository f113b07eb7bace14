/** Environment: cleanliness, comfort, crowding, a space that does not explain itself (screens count as spaces). */
import { entry } from './define';

const E = ['environment'] as const;

export const ENVIRONMENT = [
  // ——— prevent ———
  entry(
    'prevent.environment.walk-as-customer',
    { categories: E },
    ['Walk the space as a customer, every week', 'Once a week, {owner} goes through the step {touchpoint} as a customer would, with a short checklist (clean, comfortable, easy to find, nothing to ask for), and fixes what fails within the day.'],
    ['每周以客户身份走一遍', '{owner}每周一次以客户的身份走一遍{touchpoint}这一环节，对照一份简短的清单（干净、舒适、好找、什么都不用开口要），当天修好不合格的地方。'],
    { measure: 'csat', fact: 'key-factors' },
  ),
  entry(
    'prevent.environment.size-for-peak',
    { categories: E, failures: ['unavailable'] },
    ['Size the space for the peak', 'Count how many customers are at the step {touchpoint} at the busiest hour, and provide seats and room for that number, not the average; those who cannot stand long come first.'],
    ['按高峰来配置空间', '统计{touchpoint}这一环节最忙时段有多少客户，按这个人数而不是平均数来配座位和空间；不能久站的客户优先。'],
    { measure: 'csat' },
  ),
  entry(
    'prevent.environment.clean-by-hour',
    { categories: E, failures: ['wrong'] },
    ['Clean by the hour, not by the day', 'Set a cleaning and tidying round for the step {touchpoint} by the hour at busy times, signed on a sheet the customer can see.'],
    ['按小时清洁，而不是按天', '在繁忙时段为{touchpoint}这一环节安排每小时一次的清洁整理，并在客户看得到的签到表上签名确认。'],
    { measure: 'complaints', fact: 'key-factors' },
  ),
  entry(
    'prevent.environment.self-explaining',
    { categories: E, failures: ['unclear', 'other'] },
    ['Put the answer where the question arises', 'Whatever customers must ask for or work out for themselves at the step {touchpoint} (where to go, how something works, what happens next) is shown right where they need it, on a sign, a label or the screen.'],
    ['把答案放在疑问出现的地方', '客户在{touchpoint}这一环节不得不开口问或自己摸索的东西（往哪里走、东西怎么用、接下来会怎样），都在他们需要的地方讲清楚：指示牌、标签或屏幕上。'],
    { measure: 'questions', fact: 'no-after-sales' },
  ),
  entry(
    'prevent.environment.for-the-vulnerable',
    { categories: E, channelModes: ['in-person'] },
    ['Design for older customers, children and prams', 'Go through the step {touchpoint} as an older customer, a parent with small children and anyone who cannot stand long or manage alone would, and give them what they need there (a seat, a shorter path, clear signs, someone to help), first in line for a fix when something fails them.'],
    ['为老人、孩子和推婴儿车的客户设计', '以老人、带小孩的家长、不能久站或难以独自应付的客户的身份走一遍{touchpoint}这一环节，给他们在这里需要的东西（座位、更短的动线、清楚的指引、有人帮忙），出了问题时优先为他们解决。'],
    { measure: 'csat', fact: 'care' },
  ),
  entry(
    'prevent.environment.plan-from-forecast',
    // Seats and bookings fit a space that ran out (crowding), not a fault or a wrong skill behind the scenes.
    { categories: E, causePositions: ['hidden'], failures: ['unavailable'] },
    ['Let the step {cause} plan the space from the forecast', 'Ask {causeOwner} to plan seats, people and supplies for the step {touchpoint} from the bookings and the forecast for each hour, not from yesterday.'],
    ['让{cause}这一环节按预测安排空间', '请{causeOwner}根据预约和每小时的客流预测，而不是凭昨天的经验，为{touchpoint}这一环节安排座位、人手和物资。'],
    { measure: 'csat', fact: 'internal-customer', target: 'cause' },
  ),
  entry(
    'prevent.environment.evidence-carries-promise',
    { categories: E, painLanes: ['evidence'] },
    ['Make the physical evidence keep the promise', 'What the customer sees and touches at the step {touchpoint} tells them what to expect of the service; go over each item (signs, tables, printed matter) and remove whatever contradicts the promise.'],
    ['让有形展示兑现承诺', '客户在{touchpoint}这一环节看到、摸到的东西，告诉他这家服务值得怎样的期待；逐一检查标识、桌椅、印刷品，去掉一切与承诺相矛盾的东西。'],
    { measure: 'csat', fact: 'service-scene' },
  ),
  entry(
    'prevent.environment.screen-as-room',
    { categories: E, channelModes: ['remote'] },
    ['Treat the screen as the room', 'For a remote step, the screen is the environment: ask {owner} to keep the step {touchpoint} uncluttered, readable on a small phone and quiet of pop-ups while the customer is busy.'],
    ['把屏幕当作门店来打理', '对远程环节来说，屏幕就是服务环境：请{owner}让{touchpoint}这一步界面简洁、在小屏手机上也看得清，客户操作时不要弹窗打扰。'],
    { measure: 'self-service-completion' },
  ),
  // ——— detect ———
  entry(
    'detect.environment.round',
    { categories: E, channelModes: ['in-person'] },
    ['A round every hour at busy times', 'Someone named checks the step {touchpoint} on a fixed round at busy times (seats, cleanliness, temperature, noise) and acts on what they find before a customer has to ask.'],
    ['繁忙时段每小时巡查一次', '指定专人在繁忙时段按固定路线巡查{touchpoint}这一环节（座位、卫生、温度、噪音），在客户开口之前就处理发现的问题。'],
    { measure: 'complaints' },
  ),
  entry(
    'detect.environment.fill-alert',
    { categories: E, failures: ['unavailable'] },
    ['Alert when the space fills', 'Count the customers at the step {touchpoint} and raise an alert at 80% of the seats, so extra seats are opened or arrivals are asked to come later before anyone has to stand.'],
    ['空间快满时提前预警', '统计{touchpoint}这一环节的人数，达到座位数的 80% 就预警：及时加开座位，或提醒后来的客户稍晚再到，不要等到有人只能站着。'],
    { measure: 'csat' },
  ),
  entry(
    'detect.environment.report-a-problem',
    { categories: E },
    ['One tap to report a problem in the space', 'Put a code or button at the step {touchpoint} to report a problem with the space in one step, answered within fifteen minutes.'],
    ['一步就能报告环境问题', '在{touchpoint}这一环节放一个二维码或按钮，客户一步就能报告环境问题，十五分钟内响应。'],
    { measure: 'early-warnings', fact: 'complaints-heard' },
  ),
  entry(
    'detect.environment.staff-eyes',
    { categories: E, actors: ['staff'], channelModes: ['in-person'] },
    ['See the space through the customer’s eyes', 'Staff at the step {touchpoint} glance at the space from where the customer sits or stands each time they pass, and fix the small things at once.'],
    ['用客户的眼睛看环境', '{touchpoint}这一环节的员工每次经过时，都从客户坐着或站着的位置看一眼环境，小问题随手解决。'],
    { measure: 'early-warnings', fact: 'look-ask-listen' },
  ),
  entry(
    'detect.environment.measure-comfort',
    { categories: E, failures: ['other', 'unavailable', 'wrong'] },
    ['Measure what the customer feels', 'Measure at the step {touchpoint} what customers feel (crowding, noise, temperature, safety, what is out of order) at the busy hours, and set a limit for each that triggers action.'],
    ['测量客户感受到的环境', '在繁忙时段测量{touchpoint}这一环节客户能感受到的东西（拥挤、噪音、温度、安全、有什么坏着没修），并为每一项设定触发行动的上限。'],
    { measure: 'csat' },
  ),
  entry(
    'detect.environment.cause-sees-room',
    { categories: E, causePositions: ['hidden'] },
    ['Let the step {cause} see the room', 'Give {causeOwner} a live view of how full the step {touchpoint} is, so they move people or seats before the crowd builds.'],
    ['让{cause}这一环节看得到现场', '让{causeOwner}实时看到{touchpoint}这一环节有多满，在人群聚集之前就调配人手或座位。'],
    { group: 'signal-from-cause', measure: 'early-warnings', fact: 'internal-customer' },
  ),
  entry(
    'detect.environment.repeat-asks',
    { categories: E, failures: ['unclear', 'other'] },
    ['Count what customers have to ask for', 'Tally what customers ask for or ask about at the step {touchpoint}; anything asked for daily should be there, or be explained, without asking.'],
    ['统计客户不得不开口要的东西', '记下客户在{touchpoint}这一环节开口要或开口问的东西；每天都有人要、有人问的，就应该不用开口就准备好或说清楚。'],
    { measure: 'questions' },
  ),
  entry(
    'detect.environment.read-reviews',
    { categories: E },
    ['Read what reviews say about the space', 'Each week, read the public reviews and survey comments that mention the step {touchpoint} and note every remark about comfort or cleanliness.'],
    ['每周读一读评价里关于环境的话', '每周阅读提到{touchpoint}这一环节的公开评价和问卷留言，把关于舒适和卫生的每一句都记下来。'],
    { measure: 'complaints' },
  ),
  // ——— recover ———
  entry(
    'recover.environment.fix-at-once',
    { categories: E },
    ['Fix it while the customer can see', 'Put it right immediately, where the customer can see it being done, and tell them it is done.'],
    ['当着客户的面立即处理', '立即处理，让客户看得到你们在做，做完再告诉他一声。'],
    { measure: 'recovery-time', fact: 'fast-fix' },
  ),
  entry(
    'recover.environment.better-place',
    { categories: E, channelModes: ['in-person'], failures: ['unavailable', 'wrong'] },
    ['Offer a way round it, in person', 'Go to the customer in person with an apology and offer a way round the problem on the spot (another place, another time, another way to get what they came for), before they ask.'],
    ['当面为客户提供补救办法', '在客户开口之前就当面致歉，并当场提供绕开问题的办法（换一个地方、换一个时间、换一种方式办成他要办的事）。'],
    { measure: 'csat' },
  ),
  entry(
    'recover.environment.seat-first',
    { categories: E, failures: ['unavailable'], channelModes: ['in-person'] },
    ['Seat those who cannot stand, first', 'When seats run out, bring chairs first to older customers, parents with prams and anyone unwell, and offer the rest a drink and an honest estimate.'],
    ['先让不能久站的人坐下', '座位不够时，先给老人、推婴儿车的家长和身体不适的客户搬椅子，再为其他人送上饮品和实在的预计时间。'],
    { measure: 'csat', fact: 'care' },
  ),
  entry(
    'recover.environment.apologise-and-change',
    { categories: E },
    ['Apologise, and say what will change', 'Apologise for the condition of the step {touchpoint} and tell the customer the one thing that will be different next time.'],
    ['致歉，并说明会改变什么', '为{touchpoint}这一环节的环境问题致歉，并告诉客户下次会有哪一点不同。'],
    { measure: 'complaints' },
  ),
  entry(
    'recover.environment.gesture',
    { categories: E, severities: ['medium', 'high', 'critical'] },
    ['A gesture in proportion', 'Add a gesture in proportion to the trouble caused (a part of the price back, a discount on the next time, something extra of your own service), offered without the customer having to argue for it.'],
    ['按不便的程度表一点心意', '按给客户带来的麻烦给一点心意（退回部分费用、下次的折扣、额外送一项你们自己的服务），主动提供，不要让客户去争取。'],
    { measure: 'repeat-rate', fact: 'twelve-good' },
  ),
  entry(
    'recover.environment.feed-back',
    { categories: E, causePositions: ['hidden', 'visible'] },
    ['Send the case to {causeOwner}', 'After looking after the customer, send the case to {causeOwner} with the time, the number of customers and what was missing, so the next plan covers it.'],
    ['把情况反馈给{causeOwner}', '照顾好客户之后，把时间、人数和缺了什么反馈给{causeOwner}，让下一次的安排把它考虑进去。'],
    { group: 'feed-back-to-cause', measure: 'complaints', target: 'cause' },
  ),
  entry(
    'recover.environment.thank-the-reporter',
    { categories: E, atFollowUp: false },
    ['Thank the customer who told you', 'Thank the customer who pointed it out, tell them what was done, and invite them to leave an improvement note whenever something could be better.'],
    ['感谢告诉你们的客户', '感谢指出问题的客户，告诉他你们做了什么，并欢迎他以后随时留下改进意见。'],
    { measure: 'improvement-notes', fact: 'hilton' },
  ),
  entry(
    'recover.environment.remote-fix',
    { categories: E, channelModes: ['remote'] },
    ['Fix the screen, then tell the customer', 'Fix what made the step {touchpoint} hard to use, and write back to the customer who reported it with what was changed.'],
    ['改好界面，再回复客户', '改掉让{touchpoint}这一步难用的地方，并回复反映问题的客户改了什么。'],
    { measure: 'recovery-time' },
  ),
];
