/**
 * Advice for a subject the pain names in its own words (topic.ts), whatever its category: a price or bill that
 * changed, a coverage check, contact details out of date, a bot that cannot help. Listed first in the knowledge
 * base, so on a tie they lead: the pain's own subject before its kind of trouble.
 */
import { entry } from './define';

export const TOPIC_ENTRIES = [
  // ——— a price, bill or term that changed ———
  entry(
    'prevent.any.explain-change-before',
    { topics: ['change'] },
    ['Explain a change before it takes effect', 'Before a price, bill or term changes, tell every customer it touches, in a message of its own: what changes, why, from when, what it means for their own bill, and what they can do about it (keep it, switch plans, leave) and by when. A change the customer discovers on the bill feels like a trick, however fair it is.'],
    ['变更生效之前先讲清楚', '价格、账单或条款变动之前，单独通知每一位受影响的客户：变什么、为什么变、从哪天起、对他自己的账单意味着什么，以及他可以怎么选（保留、换套餐或退出）、最晚什么时候决定。客户在账单上才发现的变化，再合理也像是被算计。'],
    { measure: 'complaints', fact: 'bian-que', target: 'cause' },
  ),
  entry(
    'detect.any.watch-after-change',
    { topics: ['change'] },
    ['Watch calls and complaints after each change', 'For the first two billing cycles after a price or bill change, count every day the calls, complaints and cancellations it causes, by reason; past an agreed level, rewrite the notice, or hold the change until it has been explained.'],
    ['每次调整后盯住来电和投诉', '价格或账单调整后的头两个账期，每天按原因统计它引来的来电、投诉和退订；一旦超过约定的水平，就改写通知，或者先暂停调整，讲清楚了再执行。'],
    { measure: 'complaints', fact: 'iceberg' },
  ),
  entry(
    'recover.any.explain-change-goodwill',
    { topics: ['change'] },
    ['Explain it plainly, then make a gesture of goodwill', 'Contact each customer the change surprised with a plain explanation of what changed, why and from when, and the choices open to them; offer a gesture that fits (the old price until the next renewal, a credit, a free switch of plan) without making them argue for it.'],
    ['把话讲明白，再拿出诚意', '主动联系被这次调整吓到的客户，用平实的话讲清楚变了什么、为什么、从哪天起，以及他有哪些选择；主动给出相称的补偿（下次续约前保留原价、抵扣一笔费用、免费换套餐），不要等客户去争。'],
    { measure: 'repeat-rate', fact: 'retain-cost' },
  ),
  // ——— a coverage check: does the service reach this address? ———
  entry(
    'prevent.any.coverage-current',
    { topics: ['coverage'] },
    ['Keep the coverage data current, and check the address before the answer', 'An answer such as “not available at your address” is only as good as the data behind it. Ask whoever owns the coverage data to update it from every installation, new line and site survey, with a date on each area, and to check the customer’s exact address against it before anyone sells the service or turns the customer away; where the data is old, a person checks.'],
    ['保持覆盖数据最新，答复之前先核对地址', '“您的地址暂未覆盖”这样的答复，准不准全看背后的数据。请覆盖数据的负责人用每一次安装、每一条新开通的线路和每一次现场勘查来更新数据，给每个区域标上更新日期；无论是卖给客户还是拒绝客户，都先用客户的详细地址核对一遍，数据过旧的由专人核实。'],
    { measure: 'availability', fact: 'no-after-sales', target: 'cause' },
  ),
  entry(
    'detect.any.coverage-disputes',
    { topics: ['coverage'] },
    ['Treat every disputed “not covered” as a data check', 'Log each customer told the service does not reach their address, and each order cancelled at installation because it did not; every week, check a sample against the lines already working nearby, and correct the coverage data wherever the two disagree.'],
    ['把每一次对“不覆盖”的质疑当作一次数据核查', '记录每一位被告知地址不在服务范围的客户，以及每一张因此在安装时被取消的订单；每周抽查一批，与附近已经开通的线路对照，两者对不上的地方立即更正覆盖数据。'],
    { measure: 'disputes' },
  ),
  entry(
    'recover.any.coverage-recheck',
    { topics: ['coverage'] },
    ['Check the address properly, and give a definite answer', 'Have someone check the customer’s address (the records, and a site survey where needed) within two working days and tell them the result with a date: when the service can be installed, or why not and when coverage is planned. If the data was wrong, say so and put the customer first in line.'],
    ['认真核实地址，给一个确定的答复', '请专人在两个工作日内核实客户的地址（查记录，必要时现场勘查），把结果连同日期告诉客户：什么时候能装；或者为什么装不了、计划什么时候覆盖。如果是数据错了，就坦白承认，并优先为这位客户安排。'],
    { measure: 'recovery-time', fact: 'fast-fix' },
  ),
  // ——— contact details out of date ———
  entry(
    'prevent.any.contact-details-current',
    { topics: ['contact-details'] },
    ['Keep contact details current, and confirm them when they change', 'Ask the customer which address and number to use for this order at the moment they order, instead of copying one from an ID card or an old record; show them back in the order confirmation to check, and ask again at the moments they change: a move, a renewal, a new service address.'],
    ['让联系方式保持最新，在它变动的时候当场确认', '在客户下单、预约或登记的那一刻就问清楚这次用哪个地址、哪个电话，而不是从身份证或旧记录里照搬；在确认信息里列出来请客户核对，并在联系方式可能变动的时候（搬家、续约、换了服务地址、隔了很久再来）再确认一次。'],
    { measure: 'defect-rate', fact: 'salon-file', target: 'cause' },
  ),
  entry(
    'detect.any.returned-mail',
    { topics: ['contact-details'] },
    ['Treat returned mail and bounced messages as a signal', 'Flag the same day every letter returned, message bounced and parcel undelivered, and every order whose postal address differs from the service address; someone confirms the right details with the customer before anything else is sent.'],
    ['把退信和发送失败当作信号', '每一封退回的信件、每一条发送失败的短信、每一件无法投递的包裹，以及邮寄地址与服务地址不一致的订单，当天就标出来；再寄任何东西之前，先由专人和客户确认正确的联系方式。'],
    { measure: 'early-warnings' },
  ),
  entry(
    'recover.any.resend-and-correct',
    { topics: ['contact-details'] },
    ['Resend to the right place, and correct the record everywhere', 'Send what went astray again to the address the customer confirms, with a copy by message or email the same day so they have it at once; correct the details in every system that holds them, and tell the customer it is done.'],
    ['重新寄到正确的地址，并在所有系统里改正', '按客户确认的地址重新寄送，同时当天用短信或邮件发一份副本，让客户马上拿到内容；在所有存有这些信息的系统里一并改正，并告诉客户已经改好。'],
    { measure: 'recovery-time' },
  ),
  // ——— more booked than the service can serve ———
  entry(
    'prevent.any.book-to-capacity',
    { topics: ['overbooking'] },
    ['Book only what the service can serve', 'A time given to a customer is a promise the schedule must keep. Ask whoever sets the schedule to size each slot to the real service time and to put extra bookings (add-ons, walk-ins, urgent cases) into buffer slots kept free for them, never on top of times already promised.'],
    ['只约得下能服务的量', '告诉客户的时间，是排程必须兑现的承诺。请制定排程的负责人按真实的服务时长来设每个时段，把临时增加的预约（加号、临时来的、急的）放进专门留出的机动时段，绝不压在已经承诺出去的时间上。'],
    { measure: 'on-time', fact: 'hundred-minus-one', target: 'cause' },
  ),
  entry(
    'detect.any.bookings-against-capacity',
    { topics: ['overbooking'] },
    ['Compare each session’s bookings with what it can serve', 'Before each session, compare what is booked with what the session can serve at its real pace; when it is over, tell the customers booked late in the session before they set out, with a new time or the choice of another day.'],
    ['每个时段开始前，把预约量和服务能力对一对', '每个时段开始之前，按真实的服务速度比较已约的人数和能服务的人数；一旦超出，就在客户出门之前通知排在后面的客户，给出新的时间，或者让他改约别的日子。'],
    { measure: 'on-time', fact: 'preset-plans' },
  ),
  entry(
    'recover.any.overbooked-time-lost',
    { topics: ['overbooking'] },
    ['Own the time it cost, and make it good', 'Tell the customers kept waiting beyond their booked time that it was because more were booked than could be served, not their fault; make the time good in a way that fits (priority at the next visit, a fee waived, a fixed time they choose).'],
    ['承认耽误了客户的时间，并且补回来', '向超过预约时间还在等的客户说明：是因为约进来的人超过了能服务的量，不是他的问题；再用相称的方式把耽误的时间补回来（下次优先、免去一项费用、由他自己挑一个确定的时间）。'],
    { measure: 'repeat-rate', fact: 'twelve-good' },
  ),
  // ——— a bot that cannot help ———
  entry(
    'prevent.any.bot-way-out',
    { topics: ['bot'], actors: ['self-service'] },
    ['Give the bot a way out to a person who can act', 'When the bot at the step {touchpoint} cannot solve the request (two answers that miss, a question outside its scripts, or the customer asks), hand the customer over to a person with the authority to act, and pass the conversation and the customer’s details along so nobody tells the story twice. A bot is judged by how well it hands over.'],
    ['给机器人留一条转到真人的出路', '在{touchpoint}这一环节，机器人解决不了问题时（连续两次答非所问、问题超出它的话术，或者客户主动要求），就把客户转给有权限处理的人，并把对话记录和客户信息一并带过去，让客户不必从头再说一遍。机器人好不好，要看它转交得好不好。'],
    { measure: 'first-contact-resolution', fact: 'empowerment' },
  ),
  entry(
    'detect.any.bot-loops',
    { topics: ['bot'], actors: ['self-service'] },
    ['Watch where the bot goes round in circles', 'Every day, count the conversations at the step {touchpoint} that repeat an answer, end unsolved, ask for a person, or are followed by another contact within a day; read the ten most common and fix the scripts or the hand-over they point to.'],
    ['盯住机器人在哪里兜圈子', '每天统计{touchpoint}这一环节中重复同一个答复、没解决就结束、要求转人工，或者一天之内客户又来联系的对话；读一读最常见的十类，按它们指出的问题修改话术或转人工的规则。'],
    { measure: 'first-contact-resolution' },
  ),
  entry(
    'recover.any.bot-person-follows',
    { topics: ['bot'], actors: ['self-service'] },
    ['Have a person take it over, with the history in hand', 'When a customer leaves the bot at the step {touchpoint} unsolved, have a person who can act contact them the same day through the same channel, the conversation already read, and finish the request; say plainly that the bot could not help.'],
    ['由真人接手，先看完来龙去脉', '客户在{touchpoint}这一环节没能从机器人那里得到解决就离开时，当天由一位能拍板的人通过同一渠道联系他，事先读完对话记录，把事情办完；并坦白说明是机器人没能帮上忙。'],
    { measure: 'recovery-time', fact: 'fast-fix' },
  ),
  // ——— silence while the customer waits for our next move ———
  entry(
    'prevent.any.news-from-cause',
    { topics: ['no-news'], hasCause: true, causeActors: ['staff', 'self-service', 'backstage', 'support'] },
    ['Have the step {cause} tell the customer what happens next, and when', 'The customer hears nothing at the step {touchpoint} because the step {cause} passes the case on in silence. Ask {causeOwner} to send the customer, the moment the case reaches it, what happens next, who will get in touch and by when; and, if that time is going to slip, a message before it passes with the new one. Nobody should have to chase to learn where they stand.'],
    ['让{cause}这一环节主动告诉客户下一步是什么、什么时候', '客户在{touchpoint}这一环节什么消息都没有，是因为{cause}这一环节只管往下办，却不告诉客户。请{causeOwner}一接手就告诉客户：下一步是什么、由谁联系、最晚什么时候；如果这个时间要延误，在它到期之前就发消息说明新的时间。不能让客户靠催才知道进展。'],
    { group: 'news-before-chase', measure: 'chases', fact: 'bian-que', target: 'cause' },
  ),
  entry(
    'prevent.any.news-before-chase',
    { topics: ['no-news'] },
    ['Tell the customer what happens next and when, before they have to chase', 'When the step {touchpoint} leaves the customer waiting for your next move, tell them in the channel they used what happens next, who will get in touch and by when; and, if that time is going to slip, say so before it passes, with the new one.'],
    ['在客户来催之前，先告诉他下一步是什么、什么时候', '客户在{touchpoint}这一环节只能等你们的下一步时，就用他来的那个渠道告诉他：下一步是什么、由谁联系、最晚什么时候；如果这个时间要延误，在它到期之前就说明，并给出新的时间。'],
    { group: 'news-before-chase', measure: 'chases', fact: 'bian-que' },
  ),
  entry(
    'detect.any.silent-past-limit',
    { topics: ['no-news'] },
    ['List every customer who has heard nothing past the limit', 'Set how long a customer may go without news at the step {touchpoint}; every morning, list the cases past that limit, oldest first, and give each a named person who gets in touch that day. Count how many customers chased you first: each one is a message that came too late.'],
    ['每天列出超过时限还没音信的客户', '定下客户在{touchpoint}这一环节最多能多久没有音信；每天早上按时间从长到短列出超过时限的个案，每一个都指定专人当天联系。再统计有多少客户是先来催你们的：每一次催，都是一条发晚了的消息。'],
    { group: 'silent-cases', measure: 'chases', fact: 'complaints-heard' },
  ),
  entry(
    'recover.any.break-the-silence',
    { topics: ['no-news'] },
    ['Break the silence with a date you can keep', 'Get in touch with the customer left without news at the step {touchpoint} before they chase again: a named person apologises for the silence, gives a date they are sure of and a direct way to reach them, confirms it in writing, and keeps the customer posted until it is done.'],
    ['主动打破沉默，给一个能兑现的日期', '在客户再次来催之前，主动联系在{touchpoint}这一环节没等到消息的客户：由一位具名的人为这段沉默道歉，给出有把握的日期和直接联系他的方式，书面确认，并一直告知进展直到办完。'],
    { measure: 'recovery-time', fact: 'fast-fix' },
  ),
  // ——— the customer's time with the service cut short ———
  entry(
    'prevent.any.time-set-at-cause',
    { topics: ['rushed'], hasCause: true, causeActors: ['backstage', 'support'] },
    ['Let the step {cause} give each customer the time the service needs', 'The time the customer gets at the step {touchpoint} is decided at the step {cause}. Ask {causeOwner} to set a minimum time per customer from what the service really takes, to count every extra booking against it instead of squeezing it in, and, when a day overruns, to add hours or move bookings with notice rather than cut each customer short.'],
    ['让{cause}这一环节给每位客户留足服务需要的时间', '客户在{touchpoint}这一环节能得到多少时间，是在{cause}这一环节决定的。请{causeOwner}按服务真正需要的时长定下每位客户的最短时间，每一个临时增加的预约都从这个总量里扣，而不是硬塞进去；当天排不下时，宁可加时段或提前通知改约，也不要把每个人都压短。'],
    { group: 'time-per-customer', measure: 'questions-answered', fact: 'hundred-minus-one', target: 'cause' },
  ),
  entry(
    'prevent.any.time-per-customer',
    { topics: ['rushed'] },
    ['Plan the time each customer needs', 'Set a minimum time per customer at the step {touchpoint} from what the service really takes, plan the day’s bookings to it, and keep a few minutes free in each hour for the customer who needs more, so nobody is hurried out with questions left.'],
    ['按客户真正需要的时间来排', '按{touchpoint}这一环节真正需要的时长定下每位客户的最短时间，当天的预约按这个时长来排，每小时留出几分钟给需要多一点时间的客户，不让任何人带着没问完的问题被请走。'],
    { group: 'time-per-customer', measure: 'questions-answered', fact: 'hundred-minus-one' },
  ),
  entry(
    'prevent.any.questions-ready',
    { topics: ['rushed'] },
    ['Help customers bring their questions ready', 'Before the step {touchpoint}, invite the customer to note what they want to ask (a short list in the booking message, a card while they wait) and hand it over at the start, so the time they get goes to what matters to them.'],
    ['帮客户提前把问题准备好', '在{touchpoint}这一环节之前，请客户先把想问的写下来（预约短信里附一张简短的清单，或者候诊时发一张卡片），开始时交上来，让有限的时间花在他最关心的事情上。'],
    { measure: 'questions-answered' },
  ),
  entry(
    'detect.any.all-questions-answered',
    { topics: ['rushed'] },
    ['Ask at the end: did you get all your questions answered?', 'At the end of the step {touchpoint}, ask one question — did you get everything answered? — and count the noes per session and per person serving; a rising count is the early sign that the time per customer has been squeezed.'],
    ['结束时问一句：您的问题都问完了吗？', '在{touchpoint}这一环节结束时只问一个问题：您想问的都问到了吗？按时段、按接待的人统计回答“没有”的次数；次数上升，就是每位客户的时间被压缩的早期信号。'],
    { measure: 'questions-answered', fact: 'look-ask-listen' },
  ),
  entry(
    'recover.any.finish-what-was-cut',
    { topics: ['rushed'] },
    ['Finish what was cut short', 'Give every customer who left the step {touchpoint} with questions a named person who answers them the same day, by phone or message, and a short written summary of what was decided; if only the expert can answer, book a short slot without a new queue or a new fee.'],
    ['把被打断的事情做完', '给每一位带着没问完的问题离开{touchpoint}这一环节的客户指定一位具名的人，当天通过电话或消息解答，并附一份简短的书面小结，写明定下了什么；如果只有专家才能回答，就安排一个不用重新排队、不另收费的简短时段。'],
    { measure: 'recovery-time', fact: 'fast-fix' },
  ),
  // ——— a survey that asks too much ———
  entry(
    'prevent.any.short-survey',
    { topics: ['long-survey'], atFollowUp: true },
    ['One score question, one open question, and a reply', 'The questionnaire at the step {touchpoint} asks more than customers will answer with care. Cut it to the recommendation question and “What should we improve?”, answer every comment that leaves contact details, and tell customers what changed because of what they wrote, like Hilton’s improvement note.'],
    ['一道打分题、一道开放题，再加一个回复', '{touchpoint}这一环节的问卷问得太多，客户已经没有耐心认真作答。把它压缩成一道推荐意愿题和一句“我们哪里需要改进？”，对每一条留了联系方式的意见都给予回复，并告诉客户因为他们的意见改了什么，就像希尔顿的改进意见卡那样。'],
    { group: 'short-survey', measure: 'improvement-notes', fact: 'hilton' },
  ),
  entry(
    'detect.any.survey-completion',
    { topics: ['long-survey'], atFollowUp: true },
    ['Watch how many finish the survey, and where they stop', 'Count how many customers open the questions at the step {touchpoint}, how many finish, and at which question the others stop; read every written comment within a day and send the ones that need action to someone who can act.'],
    ['看有多少人答完问卷，在哪一题放弃', '统计在{touchpoint}这一环节打开问卷的客户有多少、答完的有多少、其余的在哪一题放弃；每一条文字意见都在一天之内读完，需要处理的交给能处理的人。'],
    { measure: 'improvement-notes', fact: 'complaints-heard' },
  ),
  // ——— a stock reply that misses the question ———
  entry(
    'prevent.any.answer-the-question',
    { topics: ['canned-reply'], actors: ['staff'] },
    ['Answer the question asked, in the first line', 'At the step {touchpoint}, the reply starts from the customer’s message, not from the template: its first line answers the question they asked, in their own words; templates may carry the facts and the next steps, never the answer. Until a writer’s replies answer reliably, a second person reads them before they go.'],
    ['第一句就回答客户问的问题', '在{touchpoint}这一环节，回复从客户的来信出发，而不是从模板出发：第一句就用客户自己的说法回答他问的问题；模板只能提供事实和后续步骤，不能代替回答。在一位员工的回复稳定做到这一点之前，发出前由另一个人先读一遍。'],
    { group: 'answer-the-question', measure: 'first-contact-resolution', fact: 'look-ask-listen' },
  ),
  entry(
    'detect.any.reply-answers-question',
    { topics: ['canned-reply'] },
    ['Each week, check replies against the questions', 'Take ten replies a week from the step {touchpoint}, set each beside the customer’s message and count the ones that answer what was asked; count a second message from the same customer within two days as a reply that did not.'],
    ['每周对照问题检查回复', '每周从{touchpoint}这一环节抽十条回复，逐条和客户的原话放在一起，数一数真正回答了所问问题的有几条；同一位客户两天内再来信，就算作一条没有答到点子上的回复。'],
    { measure: 'repeat-rate', fact: 'complaints-heard' },
  ),
  entry(
    'recover.any.answer-again-named',
    { topics: ['canned-reply'], actors: ['staff'] },
    ['Answer again, properly, from a named person', 'When a reply at the step {touchpoint} missed the question, a named person writes again the same day: the question restated, the answer, what happens next and by when, and a direct line for the rest, without asking the customer to explain it all again.'],
    ['由具名的人当天重新回答', '当{touchpoint}这一环节的回复没有答到所问的问题时，由一位具名的人当天重新回复：复述客户的问题，给出答案，说明接下来怎么办、什么时候办好，并留一个直接联系方式，不要让客户把事情再从头讲一遍。'],
    { measure: 'recovery-time', fact: 'fast-fix' },
  ),
  // ——— more documents asked than the decision needs ———
  entry(
    'prevent.any.ask-only-at-cause',
    { topics: ['paperwork'], hasCause: true, causeActors: ['backstage', 'support'] },
    ['Let the step {cause} ask only for what the decision needs', 'What the customer must send at the step {touchpoint} is set at the step {cause}. Ask {causeOwner} to list what the decision really needs and drop the rest, to fetch what the company already holds or can check itself instead of asking for it, and to publish the short list with an example of each document, accepting a photo.'],
    ['让{cause}这一环节只要做决定真正需要的材料', '客户在{touchpoint}这一环节要交哪些材料，是在{cause}这一环节定下的。请{causeOwner}列出做决定真正需要的材料，其余的一律不再要；公司已有或能自己查到的自己去取，不让客户提供；把精简后的清单公布出来，每样附一个样例，拍照上传即可。'],
    { group: 'ask-only-what-decides', measure: 'first-contact-resolution', fact: 'bian-que', target: 'cause' },
  ),
  entry(
    'prevent.any.ask-only-what-decides',
    { topics: ['paperwork'] },
    ['Ask only for what the decision needs', 'List what the decision at the step {touchpoint} really needs and stop asking for the rest; fetch what you already hold or can check yourself (earlier records, bookings, partners’ data) instead of asking the customer for it; say at the start exactly which documents remain, with an example of each, and accept a photo.'],
    ['只要做决定真正需要的材料', '列出{touchpoint}这一环节做决定真正需要哪些材料，其余的一律不再要；自己已有或能自己查到的（以往记录、订单、合作方的数据）自己去取，不让客户提供；一开始就说清楚还需要哪几样，每样附一个样例，拍照上传即可。'],
    { group: 'ask-only-what-decides', measure: 'first-contact-resolution', fact: 'bian-que' },
  ),
  entry(
    'detect.any.incomplete-on-arrival',
    { topics: ['paperwork'] },
    ['Count the cases that arrive incomplete, and what is missing', 'At the step {touchpoint}, count every week how many submissions arrive incomplete and which item is missing; the items most often missing are the ones to explain better, fetch yourself or stop asking for.'],
    ['统计材料不全的案件，以及缺的是什么', '在{touchpoint}这一环节，每周统计有多少份提交材料不全、缺的是哪一样；最常缺的那几样，要么讲得更清楚，要么自己去取，要么干脆不再要。'],
    { measure: 'repeat-rate', fact: 'iceberg' },
  ),
  entry(
    'recover.any.missing-all-at-once',
    { topics: ['paperwork'] },
    ['Ask once for everything missing, and keep the case moving', 'When a case at the step {touchpoint} lacks documents, ask once for everything still missing, in one message that says how to get each, and go on with what you have meanwhile; never send the customer back to the start.'],
    ['缺什么一次说清，案子别停', '当{touchpoint}这一环节的案件缺材料时，一次性列出还缺的全部材料，并在同一条消息里说明每样怎么取得；同时用手头已有的材料继续往下办，绝不让客户从头再来。'],
    { measure: 'recovery-time', fact: 'fast-fix' },
  ),
  // ——— a channel showing a status that is no longer true ———
  entry(
    'prevent.any.one-status-from-cause',
    { topics: ['status-mismatch'], hasCause: true, causeActors: ['backstage', 'support'] },
    ['Let the step {cause} change the status once, for every channel', 'The status the customer sees at the step {touchpoint} is decided at the step {cause}. Have {causeOwner} record each decision in one place that every channel reads — app, screens, messages, the desk — at the moment it is made, and push it to all of them at once, so no channel keeps saying what is no longer true.'],
    ['让{cause}这一环节只改一次状态，所有渠道同步', '客户在{touchpoint}这一环节看到的状态，是在{cause}这一环节决定的。请{causeOwner}在做出决定的那一刻，把它记在所有渠道都读取的同一个地方——App、屏幕、消息、柜台——并同时推送出去，不让任何渠道继续显示已经不成立的信息。'],
    { group: 'one-status', measure: 'complaints', fact: 'bian-que', target: 'cause' },
  ),
  entry(
    'prevent.any.one-status-everywhere',
    { topics: ['status-mismatch'] },
    ['One status, pushed everywhere the moment it changes', 'Keep the status the customer relies on at the step {touchpoint} in one place that every channel reads — app, screens, messages, the desk and back-office systems — changed once, by the team that decides it, and pushed to all of them at once; a channel that cannot read it says “being updated”, never an old answer.'],
    ['同一个状态，一变就推到所有渠道', '客户在{touchpoint}这一环节依赖的状态，只放在一个地方，所有渠道都从这里读取——App、屏幕、消息、柜台和后台的系统；由做决定的团队改一次，同时推送到所有渠道；读不到的渠道显示“正在更新”，绝不显示过时的答案。'],
    { group: 'one-status', measure: 'complaints', fact: 'bian-que' },
  ),
  entry(
    'detect.any.status-drift',
    { topics: ['status-mismatch'] },
    ['Compare what each channel says with what is true', 'Several times a day, and at once during a disruption, check the status the customer sees at the step {touchpoint} against what is really happening; count every mismatch and how long it lasted, and alert the owner of the status the moment one appears.'],
    ['把各渠道显示的和实际情况对一对', '每天几次、出现异常时立即，把客户在{touchpoint}这一环节看到的状态和实际情况核对一遍；记下每一次不一致及其持续时间，一出现就通知负责这个状态的人。'],
    { measure: 'complaints', fact: 'iceberg' },
  ),
  entry(
    'recover.any.correct-everywhere',
    { topics: ['status-mismatch'] },
    ['Correct it everywhere, and tell those who saw it', 'When a channel showed a wrong status at the step {touchpoint}, send the right one to every customer who saw it, with what it means for them and what you will do about it, and apologise for the wrong information, not only for the event.'],
    ['所有渠道一起更正，并告诉看到过的人', '当某个渠道在{touchpoint}这一环节显示了错误状态时，把正确的状态发给每一位看到过的客户，说明这对他意味着什么、你们会怎么处理，并且为错误的信息本身道歉，而不只是为事件道歉。'],
    { measure: 'recovery-time', fact: 'fast-fix' },
  ),
  // ——— compensation far smaller than the harm ———
  entry(
    'prevent.any.compensation-by-cost',
    { topics: ['token-compensation'] },
    ['Set compensation by what the failure costs the customer', 'Decide in advance what each kind of failure at the step {touchpoint} costs a customer — a meal, a night, a missed connection, a day off work — and let the people on the spot give that at once, in kind where it helps (a real meal, a room, a taxi), instead of a token that buys less than the harm.'],
    ['按失误让客户付出的代价来定补偿', '事先想清楚{touchpoint}这一环节的每一类失误会让客户付出什么——一顿饭、一晚住宿、一次错过的转机、一天的假——并授权现场的人当场给到，能给实物就给实物（一顿像样的饭、一间房、一辆车），而不是一张买不了什么的券。'],
    { group: 'compensation-by-cost', measure: 'repeat-rate', fact: 'retain-cost' },
  ),
  entry(
    'detect.any.compensation-covered',
    { topics: ['token-compensation'] },
    ['Ask whether the compensation covered what they lost', 'After the step {touchpoint}, ask the customers who were compensated one question — did it cover what the problem cost you? — and read the noes by kind of failure: they show where the amounts are set too low.'],
    ['问一句：补偿抵得上损失吗？', '在{touchpoint}这一环节之后，只问获得补偿的客户一个问题：这次补偿抵得上问题给您造成的损失吗？按失误类型统计回答“不够”的比例，就知道哪些补偿标准定低了。'],
    { measure: 'complaints', fact: 'complaints-heard' },
  ),
  entry(
    'recover.any.make-good-in-kind',
    { topics: ['token-compensation'] },
    ['Make good what was lost, then add the gesture', 'For a customer whose compensation at the step {touchpoint} fell short, cover what the failure really cost them (the meal, the night, the fare) without making them argue for it, and only then add the gesture; a token given first reads as a price put on their trouble.'],
    ['先补上实际损失，再表心意', '对于在{touchpoint}这一环节补偿不足的客户，先把失误实际造成的损失补上（那顿饭、那一晚、那张票），不要让客户去争；然后再表心意。先给一张象征性的券，读起来像是给客户的麻烦标了个价。'],
    { measure: 'repeat-rate', fact: 'retain-cost' },
  ),
  // ——— sent on to someone else instead of being helped ———
  entry(
    'prevent.any.own-it-to-the-end',
    { topics: ['sent-elsewhere'], actors: ['staff'] },
    ['Whoever the customer reaches owns it until it is solved', 'At the step {touchpoint}, the first person the customer reaches owns the problem: they solve it there, or take the customer to the person who can (walk them over, or stay on the line and hand over the case in the customer’s hearing), and check it was solved. Give staff the authority and the direct numbers this needs, and drop “go to the other desk” from the script.'],
    ['客户找到谁，谁就负责到底', '在{touchpoint}这一环节，客户找到的第一个人就是这件事的负责人：能当场解决就当场解决，解决不了就把客户带到能解决的人面前（陪他走过去，或者不挂电话、当着客户的面把情况交接清楚），并确认问题确实解决了。为此给员工相应的权限和直线电话，把“去别的窗口问”从话术里删掉。'],
    { group: 'own-it', measure: 'first-contact-resolution', fact: 'hundred-minus-one' },
  ),
  entry(
    'detect.any.hand-offs-counted',
    { topics: ['sent-elsewhere'] },
    ['Count how often a customer is sent on', 'At the step {touchpoint}, record every time a customer is referred to another desk, team or number, and whether the next one solved it; the problems most often passed on show which authority or information is missing where the customer first arrives.'],
    ['统计客户被转走的次数', '在{touchpoint}这一环节，记录每一次把客户转给别的窗口、团队或号码的情况，以及下一处是否解决了；最常被转走的那几类问题，说明客户第一次到达的地方缺了哪些权限或信息。'],
    { measure: 'first-contact-resolution', fact: 'iceberg' },
  ),
  entry(
    'recover.any.one-person-takes-over',
    { topics: ['sent-elsewhere'] },
    ['One named person takes it over and comes back to the customer', 'When a customer was sent on at the step {touchpoint}, one named person takes the case over, gathers what the others said, solves it and comes back to the customer with the result, so they never have to go round again.'],
    ['由一位具名的人接手，并回复客户', '当客户在{touchpoint}这一环节被转来转去时，指定一位具名的人接手这件事，把之前各处的说法收拢，办好之后把结果告诉客户，让他不用再跑一圈。'],
    { measure: 'recovery-time', fact: 'fast-fix' },
  ),
];
