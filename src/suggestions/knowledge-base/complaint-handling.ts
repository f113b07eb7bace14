/**
 * Complaint handling: a complaint nobody owns, a follow-up that only collects a score, feedback that is never
 * answered. At a follow-up step the answer is action, never another survey or another follow-up call.
 */
import { entry } from './define';

const H = ['complaint-handling'] as const;

export const COMPLAINT_HANDLING = [
  // ——— prevent ———
  entry(
    'prevent.complaint-handling.owner-and-deadline',
    { categories: H },
    ['Every complaint gets an owner and a deadline', 'Whatever a customer raises at the step {touchpoint} gets a named owner and a date before the contact ends, and stays open until the customer agrees it is settled.'],
    ['每一条投诉都有负责人和期限', '客户在{touchpoint}这一环节提出的任何问题，在本次接触结束前就要有明确的负责人和完成日期，直到客户认可解决才能关闭。'],
    { measure: 'recovery-time', fact: 'fast-fix' },
  ),
  entry(
    'prevent.complaint-handling.reward-fixing',
    { categories: H, causePositions: ['hidden', 'visible'], atFollowUp: true },
    ['Make the step {cause} reward fixing, not scoring', 'The step {touchpoint} collects scores because the step {cause} counts scores. Ask {causeOwner} to count problems resolved and promises kept instead, so the script asks what is wrong and someone fixes it.'],
    ['让{cause}这一环节考核解决问题，而不是分数', '{touchpoint}这一环节只收集分数，是因为{cause}这一环节只考核分数。请{causeOwner}改为考核问题解决数和回访落实数，让话术去问哪里有问题，并且有人去解决。'],
    { measure: 'first-contact-resolution', fact: 'internal-customer', target: 'cause' },
  ),
  entry(
    'prevent.complaint-handling.remedy-menu',
    { categories: H },
    ['Set the remedies in advance', 'Write down for the common complaints at the step {touchpoint} what may be offered, up to what value, and by whom, so the first person to hear a complaint can settle it.'],
    ['事先定好补救方案', '针对{touchpoint}这一环节常见的投诉，事先写明可以提供什么、额度多少、由谁决定，让第一个听到投诉的人就能解决。'],
    { measure: 'recovery-time', fact: 'preset-plans' },
  ),
  entry(
    'prevent.complaint-handling.first-person-settles',
    { categories: H, actors: ['staff'] },
    ['Let the first member of staff settle it', 'Give staff at the step {touchpoint} the authority to settle a complaint up to an agreed value without passing it on, and train them on real cases.'],
    ['让第一个接到投诉的员工就能解决', '授权{touchpoint}这一环节的员工在约定额度内直接处理投诉，不必层层转交，并用真实案例来培训。'],
    { measure: 'escalations', fact: 'empowerment' },
  ),
  entry(
    'prevent.complaint-handling.easy-to-complain',
    { categories: H, atFollowUp: false },
    ['Make it easy to complain', 'Offer a simple way to raise a problem at the step {touchpoint} itself, and say you want to hear it: most unhappy customers never complain, they simply leave.'],
    ['让客户容易开口投诉', '就在{touchpoint}这一环节提供简单的反映问题的渠道，并明确表示欢迎：大多数不满的客户从不投诉，只是默默离开。'],
    { measure: 'improvement-notes', fact: 'complaints-heard' },
  ),
  entry(
    'prevent.complaint-handling.one-question',
    { categories: H, atFollowUp: true },
    ['Ask one score question, then one open one', 'Replace the long questionnaire at the step {touchpoint} with the recommendation question and “What should we improve?”, and promise a reply to everyone who writes something.'],
    ['一道打分题，加一道开放题', '把{touchpoint}这一环节冗长的问卷换成一道推荐意愿题和一句“我们哪里需要改进？”，并承诺对每一位写下意见的客户都给予回复。'],
    { group: 'short-survey', measure: 'improvement-notes', fact: 'hilton' },
  ),
  entry(
    'prevent.complaint-handling.reply-promise',
    { categories: H, failures: ['broken-promise', 'unreachable'] },
    ['Promise a reply, and keep it', 'Every comment left with contact details at the step {touchpoint} gets a personal answer within two working days, from someone who can act on it.'],
    ['承诺回复，并且做到', '客户在{touchpoint}这一环节留下联系方式的每一条意见，两个工作日内都要由能处理问题的人亲自回复。'],
    { measure: 'improvement-notes', fact: 'jobs' },
  ),
  entry(
    'prevent.complaint-handling.follow-up-asks-the-problem',
    { categories: H, failures: ['other', 'broken-promise'], atFollowUp: true },
    ['Let the follow-up ask about the problem before the score', 'Script the follow-up at the step {touchpoint} to ask first whether what the customer came for is solved, and to hand every “no” the same day to someone who can act on it, with a time to come back; the score question comes last. A follow-up that only collects a score tells the customer nobody is listening.'],
    ['回访先问问题解决了没有，再问打几分', '把{touchpoint}这一环节的回访话术改成先问客户当初要解决的问题解决了没有，凡是回答“没有”的，当天交给能处理的人，并约定回复时间；打分放在最后。只收分数的回访，等于告诉客户没人在听。'],
    { measure: 'first-contact-resolution', fact: 'complaints-heard' },
  ),
  entry(
    'prevent.complaint-handling.train-recovery',
    { categories: H, failures: ['attitude', 'denied', 'other'] },
    ['Train the recovery, not only the apology', 'Train whoever handles complaints at the step {touchpoint} in the whole recovery: listen to the end, apologise, fix, confirm, and record the cause.'],
    ['训练完整的补救，而不只是道歉', '对{touchpoint}这一环节处理投诉的人进行完整补救流程的培训：听完、致歉、解决、确认、记录原因。'],
    { measure: 'recovery-time', fact: 'trained-staff' },
  ),
  entry(
    'prevent.complaint-handling.reach-another-way',
    { categories: H, failures: ['unreachable'] },
    ['Never close a case as “no answer”', 'When the customer cannot be reached at the step {touchpoint}, reach them another way the same day: a message with a direct number and a choice of times. A case closed as “no answer” is a customer left alone with the problem.'],
    ['绝不以“未接通”结案', '在{touchpoint}这一环节联系不上客户时，当天换一种方式联系：发一条附有直线电话和可选时间的消息。以“未接通”结案，就是把客户和他的问题一起丢下。'],
    { measure: 'recovery-time', fact: 'care' },
  ),
  // ——— detect ———
  entry(
    'detect.complaint-handling.open-by-age',
    { categories: H },
    ['Watch open complaints by age', 'Keep a list of open complaints from the step {touchpoint} sorted by age; anything older than two days goes to a senior person that day.'],
    ['按时长盯住未结的投诉', '把{touchpoint}这一环节未结的投诉按时长排序；超过两天的，当天转给资深负责人。'],
    { measure: 'recovery-time' },
  ),
  entry(
    'detect.complaint-handling.detractor-alert',
    { categories: H, atFollowUp: true },
    ['Alert on every low score within the hour', 'A low score or a worried comment at the step {touchpoint} reaches someone who can act within the hour, with the customer’s history, so the problem is picked up while it is fresh.'],
    ['每一个低分都在一小时内预警', '{touchpoint}这一环节出现的低分或带着担忧的留言，一小时内连同客户的历史记录送到能处理的人手里，趁问题还新鲜就跟进。'],
    { measure: 'nps' },
  ),
  entry(
    'detect.complaint-handling.open-words',
    { categories: H },
    ['Flag the words that mean a problem is still open', 'Flag any note at the step {touchpoint} with words such as “still”, “again”, “noise” or “not fixed”, and send it to the person who can book the fix.'],
    ['标出意味着问题没解决的字眼', '{touchpoint}这一环节的记录中凡是出现“还是”“又”“异响”“没修好”之类字眼的，一律标出，并转给能安排处理的人。'],
    { measure: 'early-warnings' },
  ),
  entry(
    'detect.complaint-handling.iceberg',
    { categories: H, metrics: ['complaints'] },
    ['Read each complaint as twenty-five customers', 'Count the complaints at the step {touchpoint} as the tip of the iceberg: behind each one stand about twenty-five unhappy customers who said nothing.'],
    ['把每一起投诉当作 25 位客户来看', '把{touchpoint}这一环节的投诉数当作冰山一角来看：每一起投诉背后，大约有 25 位不满却没开口的客户。'],
    { measure: 'complaints', fact: 'iceberg' },
  ),
  entry(
    'detect.complaint-handling.ask-the-silent',
    { categories: H, atFollowUp: false },
    ['Ask the customers who do not complain', 'Ask a sample of customers who did not complain how the step {touchpoint} went; most of the unhappy ones will only tell you if asked.'],
    ['问问没有投诉的客户', '抽一部分没投诉的客户问问{touchpoint}这一环节体验如何；大多数不满的客户只有被问到才会说。'],
    { measure: 'improvement-notes', fact: 'complaints-heard' },
  ),
  entry(
    'detect.complaint-handling.listen-to-handling',
    { categories: H, actors: ['staff'] },
    ['Listen to how complaints are handled', 'A team leader reviews a few complaints handled by staff at the step {touchpoint} each week: was the problem solved, or only recorded?'],
    ['抽查投诉是怎样被处理的', '班组长每周抽查几起由{touchpoint}这一环节员工处理的投诉：问题是被解决了，还是只被记录了？'],
    { measure: 'first-contact-resolution' },
  ),
  entry(
    'detect.complaint-handling.cause-shows-open',
    { categories: H, causePositions: ['hidden', 'visible'] },
    ['Let the step {cause} show which issues stay open', 'Have the step {cause} list every issue a customer raised that has no fix booked yet, and show it to the frontstage before the next contact.'],
    ['让{cause}这一环节列出未解决的问题', '让{cause}这一环节列出客户提过但还没安排处理的每一个问题，并在下一次联系前交给前台。'],
    { group: 'signal-from-cause', measure: 'recovery-time', fact: 'internal-customer' },
  ),
  entry(
    'detect.complaint-handling.second-contact',
    { categories: H, failures: ['broken-promise', 'other', 'slow'] },
    ['Catch the second contact', 'A customer who raises the same issue a second time goes straight to a senior person, the same day; a second contact means the first answer failed.'],
    ['抓住第二次反映', '同一问题第二次被反映的客户，当天直接转给资深负责人；第二次反映说明第一次的答复失败了。'],
    { measure: 'first-contact-resolution' },
  ),
  entry(
    'detect.complaint-handling.no-answer-cases',
    { categories: H, failures: ['unreachable'] },
    ['List the cases closed as “no answer”', 'Each week, list the contacts at the step {touchpoint} that ended with no answer, and check that each customer was reached another way and their issue settled.'],
    ['列出以“未接通”告终的个案', '每周列出{touchpoint}这一环节以“未接通”告终的联系，逐一核实：是否已换一种方式联系到客户，问题是否已经解决。'],
    { measure: 'recovery-time' },
  ),
  // ——— recover ———
  entry(
    'recover.complaint-handling.personal-reply',
    { categories: H },
    ['Reply personally, with what you did', 'Answer the customer personally, by name, with what was done about what they said; a personal reply from someone senior is remembered for years.'],
    ['亲自回复，说明做了什么', '署名亲自回复客户，告诉他针对他的意见做了什么；来自高层的亲自回复，客户会记很多年。'],
    { measure: 'nps', fact: 'jobs' },
  ),
  entry(
    'recover.complaint-handling.fix-what-was-left',
    { categories: H, failures: ['broken-promise'] },
    ['Fix what was left open, then close the loop', 'Book the customer in to fix the issue they raised, at no cost and at a time that suits them, apologise for the silence, and confirm afterwards that it is solved.'],
    ['把没解决的问题解决，再闭环', '为客户安排免费处理他反映过的问题，时间由他定；为之前的不了了之道歉，处理后再确认问题已经解决。'],
    { measure: 'recovery-time', fact: 'fast-fix' },
  ),
  entry(
    'recover.complaint-handling.senior-takes-over',
    { categories: H, severities: ['high', 'critical'] },
    ['A senior person takes it over', 'A senior person takes over the case, contacts the customer the same day, and stays the single contact until it is settled.'],
    ['由资深负责人接手', '由资深负责人接手，当天联系客户，并作为唯一的对接人跟到问题解决。'],
    { measure: 'recovery-time', fact: 'twelve-good' },
  ),
  entry(
    'recover.complaint-handling.action-not-survey',
    { categories: H, atFollowUp: true },
    ['Answer with action, not another survey', 'Do not answer a failed follow-up with another follow-up: have someone who can act contact the customer about the specific issue they raised and settle it.'],
    ['用行动回应，而不是再发一次问卷', '不要用又一次回访来回应失败的回访：请能解决问题的人就客户提到的具体问题联系他，把事情解决。'],
    { measure: 'repeat-rate', fact: 'care' },
  ),
  entry(
    'recover.complaint-handling.story',
    { categories: H, severities: ['medium', 'high', 'critical'] },
    ['Turn the complaint into a story', 'Solve it faster and better than the customer expected, so the story they tell is how well you handled it.'],
    ['把投诉变成故事', '解决得比客户预想的更快、更好，让客户日后讲的是你们处理得多漂亮。'],
    { group: 'incident-to-story', measure: 'nps', fact: 'word-of-mouth' },
  ),
  entry(
    'recover.complaint-handling.thank',
    { categories: H },
    ['Thank the customer for complaining', 'Thank the customer for telling you: customers who complain are more willing to stay than those who do not, if the complaint is answered.'],
    ['感谢客户的投诉', '感谢客户告诉你们：只要投诉得到回应，投诉的客户比不投诉的更愿意留下来。'],
    { measure: 'repeat-rate', fact: 'complainers-stay' },
  ),
  entry(
    'recover.complaint-handling.feed-back',
    { categories: H, causePositions: ['hidden', 'visible'] },
    ['Show {causeOwner} what the silence cost', 'After settling with the customer, take the case to {causeOwner}: what was promised, what was not done, and what it cost in trust.'],
    ['让{causeOwner}看到不了了之的代价', '和客户处理好之后，把案例交给{causeOwner}：答应了什么、什么没做、损失了多少信任。'],
    { group: 'feed-back-to-cause', measure: 'complaints', target: 'cause' },
  ),
  entry(
    'recover.complaint-handling.same-day-call',
    { categories: H, channelModes: ['remote'], atFollowUp: false },
    ['Call back the same day', 'Call the customer back the same day with an answer, not an acknowledgement, and a direct contact for anything left.'],
    ['当天回电', '当天给客户回电，带着答案，而不是只说“收到了”，并留下直接联系方式。'],
    { measure: 'recovery-time' },
  ),
];
