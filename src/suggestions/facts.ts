/**
 * The seed facts behind the suggestions, each with the seed it comes from (../shared/seeds/):
 * 000 100 − 1 = 0 and Haidilao · 001 why customers leave, the complaint iceberg · 002 service levels,
 * word of mouth, empowerment · 003 Bian Que, after-sales · 004 look, ask, listen.
 */
import type { FactId, Localized } from './types';

export const FACTS: Readonly<Record<FactId, Localized>> = {
  'staff-indifference': {
    en: '68% of customers who leave do so because staff seemed indifferent to them.',
    'zh-CN': '68% 的客户流失是因为对服务人员不满：客服对他们漠不关心。',
  },
  controllable: {
    en: 'Only 4% of lost customers are beyond a company’s control (they died or moved away); the other 96% could have been kept.',
    'zh-CN': '只有客户死亡、搬迁这 4% 的流失是无法控制的，其余 96% 都可以通过努力加以控制。',
  },
  'complaints-heard': {
    en: 'We hear only about 4% of complaints; 81% of unhappy customers simply vanish.',
    'zh-CN': '一般来说我们只听到 4% 的抱怨声，81% 的不满客户会永远地消失。',
  },
  iceberg: {
    en: 'Behind each complaint stand 25 unhappy customers: 24 never complain, and 6 of them have serious problems.',
    'zh-CN': '一个投诉的客户背后有 25 个不满的顾客：24 个不投诉，其中 6 个的问题比较严重。',
  },
  'fast-fix': {
    en: 'About 60% of complainants stay when their problem is resolved; 90–95% stay when it is resolved quickly.',
    'zh-CN': '投诉问题得到满意解决，约 60% 的投诉者愿意留下；及时快捷地解决，90%–95% 的人会留下。',
  },
  'complainers-stay': {
    en: 'Customers who complain are more willing to stay with the company than those who do not.',
    'zh-CN': '投诉的顾客一般比不投诉的顾客更有意愿与公司保持关系。',
  },
  'twelve-good': {
    en: 'One bad experience takes about 12 good ones to repair.',
    'zh-CN': '一次不好的服务需要 12 次好的服务来修正。',
  },
  'word-of-mouth': {
    en: 'A customer served badly tells about 10 people (one in five tells 20); one served well tells about 5.',
    'zh-CN': '劣质服务平均会被客户告诉 10 个人，其中 20% 的客户会告诉 20 个人；优质服务只会被转告约 5 个人。',
  },
  'retain-cost': {
    en: 'Winning a new customer costs about five times as much as keeping one.',
    'zh-CN': '吸引新顾客的成本至少是保持老顾客的 5 倍。',
  },
  'satisfied-not-loyal': {
    en: 'In the seeds’ example of car buyers, 90% said they were satisfied, yet only 40% bought again: satisfied is not loyal.',
    'zh-CN': '在汽车顾客这个案例中，90% 的人声称满意，重购率却只有 40%：满意不等于忠诚。',
  },
  'hundred-minus-one': {
    en: '100 − 1 = 0: customers judge the result, not the effort; one failure undoes everything before it.',
    'zh-CN': '一百减一等于零：一切以结果为导向，只要出一次错，前面付出再多努力也白搭。',
  },
  'bian-que': {
    en: 'Bian Que ranked his eldest brother, who cured illness before it showed, the best physician: control before the event beats control during it, which beats control after it.',
    'zh-CN': '扁鹊说长兄“治病于病情发作之前”，医术最好：事后控制不如事中控制，事中控制不如事前控制。',
  },
  'no-after-sales': {
    en: 'The best after-sales service is no after-sales service: foresee what could go wrong and set things up so it never appears.',
    'zh-CN': '最好的服务是售后没有服务：事先就为用户周到地想到可能会出的问题，设置好“不让它出现”的售前服务。',
  },
  'preset-plans': {
    en: 'Without handling principles set beforehand, designed plans and rules that ensure they are carried out, frontline improvisation alone rarely satisfies the customer.',
    'zh-CN': '没有事前拟定的处理原则、设计好的预案和确保执行的制度，很难仅仅依靠现场服务人员的应变去回应顾客令其满意。',
  },
  empowerment: {
    en: 'If the people doing the work have no authority to decide and must wait for a superior’s order, customer satisfaction cannot be guaranteed.',
    'zh-CN': '如果执行工作的人员没有充分的处理决定权，什么问题都须等待上级命令，顾客满意是无法保证的（分级授权）。',
  },
  hilton: {
    en: 'Hilton’s secret: “Leave me an improvement note when you go; when you come back you will not have the same complaint.”',
    'zh-CN': '希尔顿的经营诀窍：“请你在离开时留下改进意见，当你再次光临时就不会再有相同的意见。”',
  },
  'user-suggestions': {
    en: '60–80% of successful innovations and new products came from users’ suggestions.',
    'zh-CN': '成功的技术革新和民用新产品中有 60%–80% 来自用户的建议。',
  },
  'stew-leonard': {
    en: 'Stew Leonard saw $50,000 walk out of his supermarket with every angry customer: $100 a week, 50 weeks a year, for 10 years.',
    'zh-CN': '斯图·伦纳德每看到一位愠怒的顾客，就像看到 5 万美元从店中流走：每周 100 美元，一年 50 次，持续 10 年。',
  },
  care: {
    en: 'Two thirds of customers leave because they feel the company does not really care about their interests.',
    'zh-CN': '2/3 的顾客是由于感觉企业不是真正关心他们的利益而远离原来的卖主。',
  },
  'look-ask-listen': {
    en: 'Look, ask, listen: watch the customer and greet first; approach and ask; hear the objection and empathise.',
    'zh-CN': '多看、多问、多听：观察顾客、主动打招呼；接近顾客、巧妙询问；听取异议、用心共情。',
  },
  haidilao: {
    en: 'At Haidilao a waiter brings a glasses cloth when the hot-pot steam fogs a diner’s glasses — before the diner says a word.',
    'zh-CN': '海底捞的服务员在火锅雾气模糊了客人的眼镜时，不等客人开口就送上眼镜布。',
  },
  'rice-bowl': {
    en: 'A restaurant whose guest found something in the rice only offered a new bowl; the guest paid, left and never came back.',
    'zh-CN': '饭里吃出“惊喜”，老板只问了一句“可以换一碗吗？”——客人买单走人，再也不会去了。',
  },
  'long-wait': {
    en: 'A restaurant with good food but a long wait still spoils the customer’s experience.',
    'zh-CN': '去一家酒店吃饭，味道很不错，但是等待的时间很长，同样影响客户的感受。',
  },
  hotline: {
    en: 'A laptop maker’s hotline rang unanswered and its repair desks shrugged; customers organised a national protest.',
    'zh-CN': '某笔记本厂商的 800 电话连拨多次无人接听，维修点三番五次不解决问题，消费者最终自发组织维权。',
  },
  jobs: {
    en: 'Apple customers who got a personal reply from Steve Jobs to a complaint kept the email for years.',
    'zh-CN': '收到史蒂夫·乔布斯亲自回复投诉邮件的苹果用户，把那封信永久保存了下来。',
  },
  'key-factors': {
    en: 'Key service factors customers name: good value, courtesy, a clean and relaxed environment, seeing things from the customer’s side, listening, no hidden rules that obstruct the customer.',
    'zh-CN': '效劳的关键因素：物廉价美的感觉、优雅礼貌、清洁的环境、令人轻松愉快的环境、站在客户的角度看问题、倾听、没有刁难客户的隐性制度。',
  },
  'internal-customer': {
    en: 'Internal service is one department serving another: the team that uses your work is your customer too.',
    'zh-CN': '内部客户服务：接受和使用上游工序劳动成果和服务的部门、岗位和员工，也是你的客户。',
  },
  'service-scene': {
    en: 'The service scene carries the brand: posted prices, fair charges and genuine parts as much as decor and uniforms.',
    'zh-CN': '服务场景和有形展示：除了装修和着装，服务价格的公示、收费的合理性、原厂配件的品质都在传递品牌价值。',
  },
  'trained-staff': {
    en: 'Every customer likes staff who are warm, listen, and are authorised and trained to solve the problem; a resentful employee cannot give good service.',
    'zh-CN': '没有顾客不喜欢热情、善于倾听、有权利解决问题、经过培训知道如何解决问题的服务人员；满腹怨言的员工很难提供优质服务。',
  },
  'salon-file': {
    en: 'Japanese hair salons keep a file on each customer’s hair and past treatments, so the next visit feels like coming home.',
    'zh-CN': '日本的美发店会为每位客人建立档案，记录发质和做过的保养，下次来时客人便感到宾至如归。',
  },
  'speak-slowly': {
    en: 'Speak slowly: being heard and understood is the whole point of talking to the customer.',
    'zh-CN': '有话慢慢说：听得懂、听明白，才是交流的根本目的。',
  },
  'do-a-little-more': {
    en: 'Doing a little more — a tip after answering the question, the car ready before the agreed time — wins the customer’s goodwill.',
    'zh-CN': '多做一点点就会增加客户的好感：解答问题后再提示注意事项和预防措施，比约定时间提前交车。',
  },
};
