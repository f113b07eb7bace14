/**
 * What a pain point is about, when its own words name a subject that has advice of its own, whatever its
 * category: a price or bill that changed, a coverage check that said "not available here", contact details
 * out of date, a bot that cannot help, more booked than the service can serve, silence while the customer
 * waits for news, a service cut short, a survey that asks too much, a stock reply that misses the question, proof the
 * customer cannot have, a "no" that does not say what to put right, a call-back that never came, goods signed for
 * before they could be checked, a notice in legal or technical wording, goods damaged in transit, a case that changed
 * hands and lost what was agreed, our own deadline slipping onto the customer, a binding term nobody pointed out before
 * the customer signed, a status stuck on the same words for days, a fault left unrepaired for weeks, a thing that is not
 * what its photos or description showed, personal details handled beyond what they were given for, a fact that came to
 * light only after the customer signed, a system down at the busiest moment, a customer made to work to leave, a list
 * handed out that its rules have outgrown, a debt collector sent in error, an estimate the real figure far exceeded, a
 * reasonable request refused by pointing at the narrow job, the customer blamed in a harsh tone, a promise about what
 * someone else decides, a payment taken after the customer stopped it, an answer that comes only once they complain in
 * public, a survey sent while the problem is still open, money paid into a person's own account, a sale pressed on a customer
 * who said no, a charge resting on a condition nobody recorded with the customer, something other than what was agreed
 * supplied unasked, a booking the customer holds not found, a stop or change allowed in one channel only, an answer about
 * the customer's own case from someone who cannot see its record or is not qualified to give it, too few on duty for a rush
 * that could be seen coming, an agent the customer pays who does not stand with them. A category says the kind of
 * trouble; a topic says the thing that went wrong, and a consultant answers the thing ("explain a change
 * before it takes effect", not "show the value").
 * Like the failure words (failure.ts), the lists are short: only words that name the subject and nothing else.
 */
import type { PainPoint, Touchpoint } from '../model';

export const TOPICS = ['change', 'coverage', 'contact-details', 'bot', 'overbooking', 'no-news', 'rushed', 'long-survey', 'canned-reply', 'paperwork', 'status-mismatch', 'token-compensation', 'sent-elsewhere', 'proof', 'vague-refusal', 'call-back', 'sign-first', 'jargon', 'transit-damage', 'handover', 'deadline-slip', 'hidden-term', 'stuck-status', 'long-broken', 'not-as-described', 'privacy', 'checked-too-late', 'outage', 'hard-to-leave', 'outdated-list', 'collections', 'estimate-off', 'narrow-remit', 'blame', 'overpromise', 'charged-after-stop', 'public-only', 'survey-before-fix', 'personal-account', 'pressure-sale', 'condition-evidence', 'substituted', 'booking-lost', 'one-channel', 'unqualified-advice', 'thin-cover', 'agent-not-ours', 'skipped-check', 'held-as-leverage', 'wrong-skill', 'lost-input'] as const;
export type Topic = (typeof TOPICS)[number];

const TOPIC_WORDS: Readonly<Record<Topic, RegExp>> = {
  // A price, bill, fee or term that moved: the customer meets the change before anyone explained it.
  change:
    /\b(price|bill|fee|premium|rate|tariff|charge|subscription|plan|renewal|terms)s?\b[^.;,，。；]{0,40}\b(goes up|went up|gone up|rises?|rose|risen|increas\w*|higher|doubl\w*|jump\w*|chang\w*)|\b(price|fee|premium|rate|tariff) (rise|increase|hike|change)|涨价|提价|调价|上调|价格变|资费变|费用变|月租(涨|变|上调)|账单(突然)?(多了|变了|涨|翻倍)|保费(涨|上调|变)|突然多扣|(费|价格|资费|月租|保费|票价|房租|租金)[^，。；,]{0,8}(涨了|上涨|上调|提高了|翻倍|变贵|贵了)/i,
  // Whether the service reaches the customer's address or area: an answer only as good as the coverage data.
  coverage:
    /(?<!\b(full|insurance|medical|travel|health|dental|comprehensive|extra|excess|rental|damage|breakdown)\s['"‘“]?)\bcoverage\b(?!['"’”]?\s(insurance|policy|plan|add-on))|\bnot covered at\b|\bservice area\b|\bout of (the )?area\b|\bnot available (at|in) (this|your|the|her|his|their|our) (address|area|building)|覆盖|服务范围|不在范围内|该地址(无法|不能|不支持)|地址(无法|不能)(安装|开通)/i,
  // Contact details out of date: a letter to a former address, a message to an old number.
  'contact-details':
    /\b(old|previous|former|wrong|outdated|out-of-date) (home |postal |billing )?(address|number|phone number|email)\b|\bsince (moving|she moved|he moved|they moved)\b|老地址|旧地址|原地址|地址不对|地址错|错的地址|旧号码|老号码|旧手机号|换了号|搬家/i,
  // A bot or a voice menu answering the customer: it needs a way out to a person who can act.
  // More booked than the service can serve (add-on appointments, oversold seats): the booked time cannot hold.
  overbooking: /overbook|over-?sold|double[- ]booked|squeezed in|extra (appointments|bookings) (were )?added|\b(\d+|ten|eleven|twelve|fifteen|twenty) (patients|people|customers|guests|clients) (were )?(booked|given|sent) (for|into|at) the same (slot|time|hour)\b|\bbooked (\d+|eight|ten|twelve) (operations|surgeries|procedures|appointments|jobs) (in|on|for|into) (one|the same|a single) (day|morning|afternoon)\b|加号|加了\s*\d*\s*个号|超约|超售|超卖|同一(个)?(时段|时间|钟点)[^。；]{0,4}约了\s*\d+\s*(位|个|人)|(当天|一天|上午|下午)[^。；，,]{0,8}排了\s*\d+\s*(台|个|位|场)[^。；，,]{0,4}(手术|面诊|号|预约|诊)/i,
  bot: /\bbots?\b|chatbot|virtual assistant|\bIVR\b|auto-?repl|机器人|智能客服|语音导航|自动回复/i,
  // Silence while the customer waits for our next move: nobody got in touch, no news. Not a reply to something the
  // customer wrote (没人回复, "no reply"): that is complaint handling, answered by a reply.
  'no-news':
    /\b(no one|nobody|no-one|never) (has )?(contacted|called|rang|phoned|got in touch|gets in touch|came back)|\bno (contact|call|word|news|update)s?\b|heard nothing|hears nothing|nothing (was )?heard|not contacted|had to chase|has to chase|\b(never (came|showed up|turned up|arrived)|did ?n[o']t (come|show up|turn up)|no-?show)\b[^.;]{0,30}\b(nobody|no one|no-one) (told|warned|rang|called|texted)\b|\bno (text|email|call|message), no (text|email|call|message)\b|(没来|没上门|没到|放了?鸽子)[^。；]{0,12}(也)?(没人|没有人|没有任何人)(通知|告诉|说一声|打电话)|没人联系|没有人联系|没有联系|无人联系|没人打电话|没消息|没有消息|没动静|杳无音信|音讯全无/i,
  // The customer's time with the service cut short: hurried through, questions left unasked.
  rushed:
    /\brushed\b|\bhurried\b|\bcut short\b|\bno time (to|for) (ask|question)|before (she|he|I|they|we) could (ask|finish|explain)|\bonly (\d+|a few|two|three|five) minutes? (with|for|of)\b|没问完|没说完|被请出|请了出去|赶出|匆匆|草草|三言两语|没说几句|催着走|被打发|(看|诊|聊|问|谈|咨询|讲)[^，。；,]{0,4}不到\s*\d+\s*分钟|(就|只)(看|诊|聊|问|谈|讲)了\s*([一两三四五\d]|几)\s*分钟|\b(looked|spoke|talked|saw (me|us|her|him|them)) (for )?(only |just )?(two|three|a few|\d) minutes\b/i,
  // A survey that asks too much: the customer gives up, or answers without care.
  'long-survey':
    /too many questions|\b(survey|questionnaire)s? (is |was |are |were )?(far |much |too |very )*long\b|\blong (survey|questionnaire)|\b(survey|questionnaire) (of|with) \d+ questions|题目太多|问题太多|题太多|问卷太长|问卷[^，。；,]{0,6}(太多|太长|很长|好长|几十)|\d+\s*道题/i,
  // A stock reply that does not answer what the customer asked: the answer has to come from a person who read it.
  'canned-reply':
    /\b(copy[- ]?past\w*|templated|canned|boilerplate|form letter|stock (reply|answer|response|email)|(template|standard) (reply|answer|response|email))\b|\bignor\w* (the|my|her|his|their|our) (question|request)|(did ?n[o']t|does ?n[o']t|never) answer (the|my|her|his|their) question|答非所问|套话|模板(回复|化|式)|复制粘贴|千篇一律的(回复|答复)|(没|没有|不)回答(我|他|她|客户)?的?问题/i,
  // More documents, forms or proofs asked of the customer than the decision needs.
  paperwork:
    /\b(\d+|too many|a dozen|dozens of|endless|so many) (documents|forms|papers|proofs|attachments|receipts|copies|certificates)\b|\b(asks?|asked|asking) for (\d+|so many|too many|a dozen|dozens of) (documents|forms|proofs|papers|receipts)|\bpaperwork\b|材料太多|要的材料|(\d+|十几|几十|一大堆|一堆)\s*(份|种|样|项)?(材料|证明|文件|单据|复印件)|(交|提供|准备|补)[^，。；,]{0,6}(一堆|很多|大量|各种)(材料|证明|文件|单据)|反复补(材料|资料)/i,
  // One channel shows a status that is no longer true (the app says on time, the site says in stock).
  'status-mismatch':
    /\b(app|website|site|screen|board|display|tracker|tracking( page)?|portal|status)\b[^.;,]{0,20}\b(still )?(says?|said|shows?|showed|displays?|displayed|reads?)\b[^.;,]{0,12}\b(on time|available|in stock|delivered|open|confirmed|paid|on schedule|dispatched|shipped)\b|(App|网站|官网|小程序|系统|屏幕|大屏|页面)[^，。；,]{0,6}(还|仍然|依然|却)?显示[^，。；,]{0,6}(准点|正常|有货|已送达|已签收|营业中|已发货|可预约|有号)/i,
  // Compensation far smaller than the harm: a token voucher for a lost day.
  'token-compensation':
    /\b(voucher|coupon|compensation|credit|goodwill gesture)\b[^.;]{0,40}\b(too small|not enough|barely|covers? nothing|insult\w*|buys (only )?a (sandwich|coffee|snack)|a sandwich|a coffee)\b|\b(only|just|a mere)( an?)? ((€|\$|£|¥)\s?\d+|\d+ (euro|eur|dollar|pound|yuan)s?)[^.;]{0,10}(voucher|coupon|credit|compensation)|\b\d+ (euro|eur|dollar|pound)s? (voucher|coupon)\b[^.;]{0,40}\b(buys|sandwich|coffee|nothing)|补偿(太少|不够|只有|就\d+)|只(赔|补偿?|给)了?\s*\d+\s*(元|块)|(代金券|优惠券|积分)[^，。；,]{0,8}(打发|太少|不够)/i,
  // Sent on to another desk, team or number instead of being helped: the customer carries the problem around.
  'sent-elsewhere':
    /\b(says?|said|told (her|him|them|me|us)) (to )?["“'‘]?(go|call|ask|try|contact|write|email) (to )?(the |another |a different |your |your local |head )(desk|counter|department|team|number|office|branch|hotline|club|store|shop)|\b(says?|said|told (her|him|them|me|us))( to)? ["“'‘]?(contact|call|ask|email|write to|ring) the (supplier|broker|manufacturer|maker|insurer|landlord|seller|vendor|agency|bank|provider|carrier|retailer|courier|airline|hotel|platform|merchant|dealer|branch|other (company|party|firm))\b|\bnot (my|our) (department|job|responsibility|problem)\b|\b(passed|pushed|bounced|shunted|sent) (back and forth|from (desk|department|team) to (desk|department|team)|around)|\bwalks? away\b|\btold (to|her|him|them|me|us)( to)? (contact|call|ring|chase|ask|go to) [^.;]{0,30}\b(themselves|herself|himself|myself|ourselves|yourself)\b|\bsaid (it|this|that) (was|is) (a matter for|up to|for) (the|another|a different)\b|\b(said|says) it('s| is| was) (the )?[\w' -]{1,30}'s (job|problem|responsibility|department)\b|踢皮球|推来推去|让(我|他|她|客户|用户)?(去)?找(商家|平台|厂家|厂商|供应商|保险公司|物业|开发商|快递公司|银行|中介|经销商)|让(我|他|她|客户)?(去)?找(别的|其他|另一个)?(部门|窗口|柜台|人)|让(我|他|她|客户|用户|寄件人|收件人|患者|乘客|家属)?自己(去)?(联系|找|打给|问)|(又|却|反而)说[^，。；,]{0,14}是[^，。；,]{0,12}的事|不归(我们|我)管|不是我们(部门)?(负责|管)|去(别的|另一个|其他)(窗口|柜台|部门)/i,
  // Proof the customer cannot have, or was never told to keep: a receipt never given, a document nobody said to keep.
  proof:
    /\bno (receipt|invoice|proof of purchase)\b|\bwithout (a |an |the )?(receipt|invoice|proof of purchase)\b|\b(could|can)(not|n't) (provide|produce|show|find) (a |an |the |any )?(receipt|invoice|proof|evidence)\b|\b(lack|missing|absence) (of )?(a |an |the )?(receipt|invoice|proof of purchase)\b|\bnever (got|had|kept|received) (a |an |the )?(receipt|invoice)\b|\b(receipt|invoice|proof of purchase)s? (that )?(they|she|he|we|I|the customer) (could ?n[o']t|could not|can ?n[o']t|cannot|did ?n[o']t|never)\b|没有(购买|购物)?(发票|凭证|收据|小票)|无(购买|购物)?(发票|凭证|收据|小票)|(缺|缺少|没有|无)[^，。；,]{0,4}(购买凭证|购物凭证|付款凭证)|(发票|凭证|收据|证明)[^，。；,]{0,4}(拿不出|开不出|提供不了|补不了|无法提供)|(拿不出|开不出|提供不了|无法提供)[^，。；,]{0,6}(发票|凭证|收据|证明)|没(有)?录(视频|像)|(没写|没说|没告诉|没提|未说明|没有说明|没讲)[^，。；,]{0,14}(凭证|单据|发票|收据)|\b(not|never|nobody|no one|nothing) (told|said|mentioned|explained|says?)\b[^.;]{0,30}\b(receipts?|invoices?|proof of purchase)\b/i,
  // A "no" that does not say what to put right: a rejection letter, a returned form, an error message.
  'vague-refusal':
    /\b(reject\w*|refus\w*|declin\w*|invalid|returned|turned down|bounced)\b[^.]{0,100}\b(without (saying|explaining|stating|specifying|telling (her|him|them|us|me))|nothing (about|on) (what|why|which|how)|did ?n[o']t say (what|why|which|how)|didn't say (what|why|which|how)|no reason (was )?given|not say(ing)? (what|why|which))|(驳回|退回|不通过|不合格|拒收|拒绝|无效|失败|报错|被拒)[^。；]{0,24}(没|没有|不|未)(说|写|告诉|注明|讲|提示)(明|清|清楚)?(是)?(哪里|哪儿|什么|具体|为什么|原因|缺)/i,
  // A call-back promised and never made.
  'call-back':
    /\bcall-?backs?\b[^.;]{0,40}\b(never|not|no one|nobody|did ?n[o']t|didn't)\b|\b(never|did ?n[o']t|didn't|nobody|no one) (call|ring|phone)(ed)? (her |him |them |us |me )?back\b|\bpromised (to )?(call|ring|phone) (her |him |them |us |me )?back\b|(说好|答应|承诺|说会|说)[^，。；,]{0,6}(回电|回电话|打回来|回拨)[^。；]{0,12}(没|没有|一直没|再也没|始终没|至今没)|(回电|回拨)[^，。；,]{0,6}(没|没有|一直没|始终没)(来|等到|打)|等不到(回电|回拨)|没(有)?(人)?回电/i,
  // Made to sign for goods before checking them: any damage found later becomes the customer's to prove.
  'sign-first':
    /\bsign(ed|s|ing)? (for (it|them|the \w+) )?(before|without) (opening|checking|inspecting|looking)|\bnot (allowed|able|let) to (open|check|inspect)\b[^.;]{0,30}\bbefore (signing|accepting)|\b(refused|wouldn't let|would not let|won't let|did ?n[o']t let)\b[^.;]{0,30}\b(open|check|inspect)\b[^.;]{0,30}\bbefore (signing|accepting|taking)|先签(收|字)?再(拆|验|看|检查|开箱)|(不让|不给|不允许|拒绝)[^，。；,]{0,6}(验货|开箱|当面验|当面检查)|签收(前|之前)(不让|不能|不给)(拆|验|看|开)/i,
  // A notice in legal or technical wording: the customer cannot tell what they must do.
  jargon:
    /\b(legal|technical|official|bureaucratic|legalistic) (wording|language|jargon|terms|phrasing)\b|\blegalese\b|\bjargon\b|法律(用语|条文|术语|语言)|专业术语|术语太多|满篇(术语|条文)|官腔|公文腔/i,
  // Goods damaged on their way to the customer: the handling, not the product, broke them.
  'transit-damage':
    /\b(damaged|crushed|broken|smashed|dented|cracked) (in transit|in the post|during (delivery|shipping|transport))\b|\b(arrived|delivered|came|turned up) (damaged|broken|crushed|smashed|cracked|dented)\b|\b(box|parcel|package|crate|carton)\b[^.;]{0,30}\b(crushed|dented|caved in|squashed|torn open)\b|(外箱|箱子|包裹|纸箱|外包装)[^，。；,]{0,8}(压塌|压扁|压坏|破损|摔坏|被压|变形)|(运输|途中|路上|中转)[^，。；,]{0,4}(压坏|摔坏|碰坏|损坏|摔碎)|(到货|收到时|送到时|送到)[^，。；,]{0,6}(已经)?(坏了|碎了|破了|摔坏了)/i,
  // A case that changed hands and lost what was agreed on the way.
  handover:
    /\b(case officer|caseworker|case worker|adviser|advisor|handler|account manager|agent|doctor|engineer) (changed|was changed|was replaced|left)\b|\b(new|third|another|a different) (case officer|caseworker|adviser|advisor|handler|account manager) (had|has|knew|did)\b|\b(doctor|dentist|consultant|adviser|advisor|agent|case officer|caseworker|account manager|engineer) (had |has )?(left|quit|moved on)\b|(主治医生|医生|顾问|经办人|对接人|负责人|客户经理|专员|销售|律师)[^，。；,]{0,4}(已经)?(离职|调走|调岗)|换了(一个|个|三个|两个|几个)?(客服|专员|经办人|顾问|医生|工程师|对接人|负责人)|(经办人|对接人|专员|负责人)(换|变)了|(新来的|接手的)(客服|专员|经办人|顾问|对接人)[^，。；,]{0,6}(不知道|不清楚|没有记录)/i,
  // Our own deadline about to pass, and the customer asked to accept the delay (or pressed: agree, or be refused).
  'deadline-slip':
    /\bextension of time\b|\b(asked|asking|asks|pressed|pressured) (the \w+ |her |him |them |us |me )?to (agree|accept|sign)\b[^.;]{0,20}\b(extension|delay|later (date|deadline)|longer deadline)\b|\botherwise (it|the \w+) would (have to )?be (refused|rejected|closed|withdrawn)\b|(要求|让|请)(我们|客户|申请人)?(同意|签字同意|接受)[^，。；,]{0,6}(延期|延长(期限|时限)?|推迟)|不同意(延期|延长)?就(驳回|拒绝|不予|关闭|撤销|作废)/i,
  // A term that binds the customer (a minimum term, a fee never refunded, a notice period) that nobody pointed out before
  // they signed: they meet it when it costs them.
  'hidden-term':
    /\b(minimum term|\d+-month minimum|minimum (contract|period)|notice period|cancellation fee|exit fee|early termination|non-refundable|lock-in|tie-in|auto-?renew\w*|penalty clause)\b[^.;]{0,60}\b(nobody|no one|never|not) (was )?(said|say|says|told|tell|mentioned|explained|pointed (it )?out)\b|\b(nobody|no one|never|not) (said|told|mentioned|explained|pointed out)\b[^.;]{0,40}\b(minimum term|\d+-month minimum|minimum (contract|period)|notice period|cancellation fee|exit fee|early termination|non-refundable|lock-in|tie-in|auto-?renew\w*|penalty clause)|\b(on page \d+|in the small print|in the fine print|buried)\b[^.;]{0,20}\b(of|in) the (terms|contract|agreement|conditions)\b|(条款|合同|协议|细则)[^。；]{0,30}(写着|规定|约定|写明)[^。；]{0,40}(没人提|没人说|没人讲|没人提醒|没有人提|没提|没说|没告诉|没有提醒|没解释)|(不退|不予退还|违约金|最短期限|最低期限|自动续[费约]|解约费)[^。；]{0,30}(没人提|没人说|没人提醒|没提|没告诉|没说)|(藏在|埋在)[^。；]{0,10}(条款|合同|协议|细则)|\b(small|fine) print\b[^.;]{0,60}\b(nobody|no one|never|not) (was )?(said|told|mentioned|explained|pointed)|\b(never (saw|got to read|was shown|was given)|did ?n[o']t (see|get to read)|wasn't shown|was not shown) (the |a copy of the )?(contract|terms|agreement)\b|\bsigned (it )?on (his|her|the agent's|the salesman's|the seller's) (phone|tablet|iPad)\b|(小字|细则|附加条款)[^。；]{0,60}(没人提|没人说|没人讲|没人提醒|没有人提|没提|没说|没告诉|没解释|没人解释)|(合同|协议|条款)[^。；]{0,12}(在(她|他|销售|咨询师|店员|业务员)的?手机上|根本没看到|没给我看|没让我看)/i,
  // A status that says the same words for days ("processing", 审核中): it tells the customer nothing, and nobody sees that
  // the case has stopped. Not a status that is untrue (status-mismatch).
  'stuck-status':
    /\b(still|always|kept|keeps|for (days|weeks))\b[^.;]{0,20}\b(says?|saying|shows?|showing|reads?|reading|said)\b[^.;]{0,6}["“'‘]?(processing|pending|in progress|under review|in transit|being processed|awaiting approval)|\b(every|each) time\b[^.;]{0,30}\b(it'?s|it is|was|being|just) ["“'‘]?(processing|pending|in progress|under review|being processed)|(一直|还是|始终|仍然|依然|每次都|总是|好几天都|几天都)[^，。；,]{0,8}(显示|是|说)?[“‘"']?(运输中|审核中|处理中|在走流程|走流程|审批中|受理中|排队中|待处理)/i,
  // A fault left unrepaired for weeks or months: an "out of order" sign is a promise nobody keeps.
  'long-broken':
    /\b(out of order|broken|not working|(has|have)(n['’]t| not) (worked|been (fixed|repaired))|not been (fixed|repaired)|unrepaired|faulty)\b[^.;]{0,40}\b(since (january|february|march|april|may|june|july|august|september|october|november|december|the (spring|summer|autumn|fall|winter)|last (week|month|year|spring|summer|autumn|winter))|for (weeks|months|\d+ (weeks|months)))\b|(坏了|故障|停用|报修|不能用|用不了|失灵)[^。；]{0,12}(好几个月|几个月|半年|\d+\s*(个月|周|个星期)|几周|一直没(人)?修|至今没修|还没修)|(一直|至今|始终|几个月都)(没|没有)(人)?(修|维修|修好)/i,
  // The thing is not what its photos or description showed: the customer finds out only on arrival.
  'not-as-described':
    /\bnot as (described|advertised|pictured|shown)\b|\b(nothing|not) like (the|its|their) (photos?|pictures?|description|listing|advert|ad)\b|\b(photos?|pictures?|description|listing|advert)\b[^.;]{0,30}\b(did ?n[o']t|does ?n[o']t|do ?n[o']t|didn't|doesn't|don't) match (the )?(reality|real (room|flat|house|car|item|product|place)|(room|flat|house|car|item|product|place))\b|(照片|图片|描述|宣传|广告|房源信息|详情页)[^。；]{0,12}(与|和|跟)?实(际|物|景)(不符|不一样|不一致|差很多|相差|差距)|货不对板|与描述不符|(照片|图片|视频)上(说|写|看着|显示|是)[^。；]{0,30}(到了|实际|现场|收到|去了)[^。；]{0,6}(才发现|却|发现)/i,
  // Personal details used beyond what the customer gave them for: a document copied on a personal phone, a number passed
  // to several sellers at once.
  privacy:
    /\b(photographed|photocopied|copied|scanned|read out|shared|forwarded|sent)\b[^.;]{0,40}\b(diagnosis|medical (letter|record|details)|passport|ID (card|document)|bank details|personal (data|details|information))|\b(diagnosis|medical (letter|records?|details)|passport|personal (data|details|information)|bank details)\b[^.;]{0,60}\b(own phone|personal phone|WhatsApp|in front of (other|the)|overheard|read out|leaked|sold)\b|\b(\d+|three|four|five|six|seven|eight|several|multiple) (different )?(agents|salespeople|sales people|brokers|dealers|sales reps|companies) (all )?(called|rang|phoned|messaged|texted|contacted)\b|\bwhy (do|did|would) (they|you|a \w+) (need|want|ask for) (my |her |his |our )?(ID|passport|home address|date of birth|bank details|national insurance number)\b|\b(calls?|texts?|messages?) from (another|other|a different|a rival) (company|clinic|firm|agency|dealer|shop|practice)\b|为什么要[^。；？?]{0,4}(身份证|家庭住址|住址|工作单位|收入|银行卡)|(接到|接了|收到)了?(另一家|别家|其他|别的)[^。；，,]{0,6}(的)?(推销)?(电话|短信)|(隐私|个人信息|身份证|病历|诊断|银行卡号)[^。；]{0,20}(泄露|外泄|被卖|私人手机|个人手机|用微信发|拍照|当众|大声念)|(泄露|倒卖|卖给)[^。；]{0,8}(信息|号码|电话|隐私)|(把|将)(我|我们|客户|业主|用户)的[^。；]{0,8}(电话|号码|手机号|地址|住址|信息)[^。；]{0,6}(给了|发给了?|告诉了?|透露给)(另外|另一|别的|其他)[^。；，,]{0,2}(业主|客户|用户|人|家)|\b(gave|passed|sent|showed|shared|disclosed)\b[^.;]{0,10}\b(my|our|her|his|their) (phone number|number|address|details|name and address)\b[^.;]{0,10}\bto (another|other|a different) (customer|owner|client|tenant|resident|patient)s?\b|(接了|接到|来了)[^。；]{0,4}(\d+|[两三四五六七八九十几]+)个(不同的?)?(经纪人|中介|销售|顾问|推销)的?(电话|微信|短信)/i,
  // A fact that decides the deal came to light only after the customer had signed or paid: the check came too late.
  'checked-too-late':
    /\b(only|days|weeks|a week|months) after (I|we|she|he|they) (had )?(signed|paid|committed|exchanged|moved in)\b[^.;]{0,30}\b(told|found out|learned|discovered|turned out|came to light)\b|\b(told|found out|learned|discovered)\b[^.;]{0,50}\bonly after (signing|paying|payment|I signed|we signed|moving in)\b|(签完|签约后|签了合同后|签完合同|付完|付款后|交了定金后|交完定金|交房后|过户后|入住后)[^。；]{0,10}(才告诉|才知道|才发现|才查出|才说)/i,
  // The system the step runs on went down, at the busiest moment, and nobody said what was happening.
  outage:
    /\b(system|app|site|website|server|portal|booking system)\b[^.;]{0,20}\b(went down|was down|is down|goes down|crash(ed|es)?|fell over|froze)\b|\boutage\b|\b(under maintenance|offline)\b[^.;]{0,30}\b(for )?(\d+|two|three|four|five|several) (days|weeks)( running| in a row)?\b|\b(\d+|two|three|four|five|several) (days|weeks) (running|in a row)\b[^.;]{0,30}\b(under maintenance|offline)\b|宕机|(系统维护|维护中|离线|掉线)[^。；]{0,12}(连续|整整|一连)[^。；]{0,2}(\d+|[两三四五六七八九十几])\s*(天|周|个星期)|(连续|整整|一连)[^。；]{0,2}(\d+|[两三四五六七八九十几])\s*(天|周|个星期)[^。；]{0,6}(系统维护|维护中|离线|掉线)|系统(崩了|崩溃|瘫痪|故障|坏了|出问题)|(App|APP|网站|系统|小程序)[^，。；,]{0,6}(崩了|崩溃|闪退|卡死)/i,
  // Made to work to leave: offers pressed again and again before a cancellation is taken.
  'hard-to-leave':
    /\bbefore (he|she|they|it|the agent)( would|'d|’d) (take|accept|process|let me|let us)\b[^.;]{0,10}\b(cancel\w*|leave)|\b(wouldn't|would not|won't|refused to) (let (me|us|her|him|them) )?(cancel|leave)\b|\boffered\b[^.;]{0,50}\b(two|three|four|several|\d) times before\b|(反复|一再|连续|三番五次|好几次)(挽留|劝我别|劝我不要)|挽留[^，。；,]{0,8}(\d+|两|三|几)(次|遍)|(才肯|才给|才让)(我)?(退订|解约|取消|注销|退会)/i,
  // A list, form or guide handed to customers that the rules behind it have outgrown: they follow it and are sent back.
  'outdated-list':
    /\b(out of date|out-of-date|outdated|old|last year's|superseded) (list|checklist|form|leaflet|guide|price list|version|rules|instructions)\b|\b(list|checklist|form|leaflet|guide|instructions)\b[^.;]{0,20}\b(was|is) (out of date|outdated|(\d+|two|three|several) years old)\b|(\d+|两|三|几|半)年前的(版本|清单|表格|资料|规定|说明)|旧版(的)?(清单|表格|资料|规定|说明)|(清单|资料|表格|说明|指南)[^。；]{0,6}(过时|是旧的|没更新|没有更新)/i,
  // A debt collector sent after a customer who owed nothing, or whose case was still open.
  collections:
    /\bdebt[- ]collect\w*|\bcollection agency\b|\bbailiffs?\b|\bsent (to|for) collections?\b|催收|催债|讨债|上征信|影响征信/i,
  // An estimate given before the customer committed that the real figure then far exceeded.
  'estimate-off':
    /\b(estimated?|quoted|told (us|me|her|him|them)|said)\b[^.;]{0,20}\b(about|around|roughly|approximately|approx\.?)\s*[£$€¥]?\s?\d[\d,.]*\s*(k|thousand|pounds|dollars|euros)?\b[^.]{0,40}\b(actually|turned out|came to|in the end|the final)\b|(说|估|报|预计|测算)[^，。；,]{0,6}(大概|大约|约|差不多)\s*\d[^。；]{0,20}(一算|实际|结果|最后)[^。；]{0,8}\d/i,
  // A reasonable request refused by pointing at the narrow job ("we only carry it"): the remit, not the person, says no.
  'narrow-remit':
    /\bwe only (deliver|carry|sell|install|fit|take|do|handle|ship)\b[^.;]{0,40}\b(your (problem|job|responsibility)|up to you|yourself)\b|\b(that's|that is|it's|it is) (your|the customer's) (own )?(problem|responsibility|job)\b|我们只(管|负责)[^。；]{0,16}(你|您)(自己)?(负责|管|处理|搞定)|(不是|不在)(我们|我)的?(服务|工作)范围/i,
  // The customer blamed, in a harsh tone, by the person who should help: fault argued before anything was checked.
  blame:
    /\b(blamed|blaming|blames) (me|us|her|him|them|the customer)\b|\b(your|her|his|their) own fault\b|\b(said|told (me|us|her|him|them))\b[^.;]{0,20}\b(it was|it's|it is) (my|our|her|his|their) (own )?fault\b|\bin an? (harsh|hostile|accusing|sharp|rude|aggressive) tone\b|(你|您)自己[^，。；,？?]{0,8}(不当|不对|的错|的问题|没弄好|造成的|没[刷洗擦弄做装包放保][^，。；,？?]{0,2}(好|干净|对))|(反而|倒|反倒)怪(我|我们|客户|她|他)|说是(我|我们|客户)(自己)?的(错|责任)|(还想|凭什么)[^，。；,？?]{0,6}(全额)?(赔|退)|\b(said|told (me|us|her|him|them)|insisted)\b[^.;]{0,10}\b(I|we|she|he|they) ['‘]?must have (misread|mis-read|misreported|got it wrong|made a mistake|entered it wrong|typed it wrong)\b|\bcalled (me|us|her|him|them) a liar\b|说(我|我们|客户)[^，。；,]{0,2}(一定|肯定)?是?(看错|读错|抄错|填错|记错|报错)了|语气(很冲|很凶|很差|恶劣)|指责(我|客户)/i,
  // A promise about what someone else decides (a valuation, an approval, a loan): the customer plans on it and is let down.
  overpromise:
    /\b(assured|promised|guaranteed|swore to|told) (us|me|her|him|them)\b[^.;]{0,40}\b(would|will|'d) (definitely |certainly |surely |easily )?(be approved|get approved|pass|value at|be valued at|come through|get the (loan|mortgage))\b|\b(said|says) (it|the \w+) would (definitely|certainly|easily|surely) (be approved|pass|value)\b|(说|保证|打包票|拍胸脯|承诺)[^。；]{0,10}(肯定|一定|都能|绝对|百分之百|没问题)[^，。；,]{0,6}(评到|批下来|批|通过|贷到|贷下来|办下来)/i,
  // A payment taken after the customer stopped, paused or cancelled: the request reached billing too late.
  'charged-after-stop':
    /\b(did ?n[o']t|didn't|did not|never) (even )?stop the (direct debit|payment|subscription|billing|standing order)\b|\b(still|kept) (took|taking|charged|charging|debited|debiting|billed|billing)\b[^.;]{0,30}\bafter (I|we|she|he|they) (had )?(cancell?ed|froze|stopped|paused|closed)\b|\bcharged (me |us |her |him |them )?(again )?after (cancell?ing|I cancell?ed|we cancell?ed|the cancell?ation)\b|(取消|暂停|冻结|退订|注销|停用)了?[^。；]{0,10}(还|照样|仍然|依然|又)(被)?(扣|扣了|扣费|扣款|收费|收了)/i,
  // An answer that comes only once the customer complains in public: the quiet channels wait.
  'public-only':
    /\b(until|only when|only after|once) (I|we|she|he|they) (posted|tweeted|wrote|complained|commented) (it )?(on|to) (their |the |a )?(Facebook|Twitter|X|Instagram|TikTok|LinkedIn|social media|review site|Trustpilot)\b|(发到|发在|发了|晒到|曝光到|投诉到)[^。；]{0,4}(微博|朋友圈|抖音|小红书|网上|黑猫投诉|业主群|群里)[^。；]{0,10}(才|马上|立刻|很快)(就)?(有人)?(回|理|处理|联系|解决)/i,
  // A satisfaction survey sent while the problem is still open: the score is asked before anyone has fixed anything.
  'survey-before-fix':
    /\b(survey|rating request|feedback (request|form)|satisfaction (text|sms|email|survey)|asked (me |us |her |him |them )?to rate)\b[^.;]{0,40}\b(before|while|although|even though)\b[^.;]{0,30}\b(solved|resolved|fixed|sorted|still open|nothing (had|has) been done)\b|\b(instead of|rather than) (a |the )?(call-?back|fix|solution|answer)\b[^.;]{0,20}\b(survey|rating|feedback)\b|(满意度|打分|评价)(短信|问卷|调查|回访)?[^。；]{0,12}(还没解决|没解决|问题还在|还没处理|没处理)|(没解决|还没解决|没人跟进|没人处理)[^。；]{0,20}(满意度|打分|评价)(短信|问卷|调查)|等来的(是|只是|却是)[^。；]{0,8}(满意度|打分|评价)/i,
  // Money paid into a person's own account instead of the company's: the customer carries a risk nobody should.
  'personal-account':
    /\b(pay|paid|transfer\w*|send|sent)\b[^.;]{0,30}\b(into|to) (his|her|their|the agent's|the driver's|a) ((own|personal|private) )+(account|bank account|phone|card|wallet)\b|\b(cash|money) (straight )?to (the agent|the driver|him|her) personally\b|(转|付|打|交)(到|给|进)[^。；]{0,6}(他|她|经纪人|销售|业务员|师傅|司机)?(的)?(个人|私人)(微信|支付宝|账户|账号|银行卡|卡)/i,
  // Pressed to buy: a "no" not taken, an offer that ends today, calls that do not stop, an untrue claim that sells. The
  // rule or target behind the seller decides it, not the seller's manners.
  'pressure-sale':
    /\bmis-?sold\b|\bsold (me|us|her|him|them)\b[^.;]{0,30}\b(didn't|did not|never) need(ed)?\b|\b(isn't|is not|wasn't|was not) valid\b[^.]{0,30}\.\s*(It|They) (was|were|is|are)\b|(误导|忽悠)(我|我们|客户)?(买|购买|办|加购)|说(我的|你的|客户的)?[^。；]{0,10}(无效|不管用|不能用)[^。；]{0,6}(其实|结果|后来)[^。；]{0,6}(有效|能用|管用)|\bsaid no (twice|three times|four times|\d+ times|several times|again and again|repeatedly)\b|\b(hard|pushy|aggressive|high-pressure) (sell|sales|selling|pitch|salesman|salesperson|sales ?pitch)\b|\b(today only|only (valid )?today|if (I|we|you) sign(ed)? today|offer (ends|expires) (today|tonight))\b|\bpressured (me|us|her|him|them) (in)?to\b|\b(\d+|three|four|five|six|several) (calls|times) a day\b|今天(签|交|定|订)[^，。；,]{0,2}(才有|才能|才享|就有|才给)|\b(if|unless) (I|we|you|she|he|they) (didn't|did not|don't|do not) sign (it |up )?(today|tonight|on the spot)\b|今天不(签|交|定|订)[^，。；,”"]{0,6}(就没了|就没有了|就取消|就作废|就不给|就恢复原价)|只(给|剩|留)今天|只限今天|仅限今天|过了今天就|明天就恢复原价|被逼着|逼着(我|客户)?(当场|马上)?(交|签|付|买)|(一天|每天)(打了?|打)\s*[\d两三四五六七八九十几]+\s*(个|通|次)电话|不接就换号码|天天推|(反复|一直|不停)(推销|打电话|劝我买)|强行推销|硬推/i,
  // What the customer is charged for after a hand-over or a return rests on a record nobody made with them: no
  // marks noted, no dated photos, nobody there to look.
  'condition-evidence':
    /\b(nothing|no way) to prove\b|\b(no one|nobody) (looked at|checked|inspected) (the \w+|it) with (me|us|her|him|them)\b|\b(blurry|undated|unclear) (photo|picture)s?\b|\b(photo|picture)s?\b[^.;]{0,20}\b(blurry|undated|(with )?no (date|timestamp|time stamp)|without a (date|timestamp))\b|\b(didn't|did not|never|did ?n[o']t) (mark|note|record) (them|it|the (scratch|scratches|dent|dents|damage|marks))\b|(没有|没)(人)?(和|跟|陪)(我|我们|客户)[^，。；,]{0,4}(一起)?(验|检查|查看|核对)|(照片|图片|证据)[^，。；,]{0,8}(模糊|没有日期|没有时间|无日期|无时间)|(没|没有)(标|标记|登记|记录)[^，。；,]{0,2}(划痕|损伤|刮痕|瑕疵|磕碰)|(划痕|损伤|刮痕|瑕疵|磕碰)[^，。；,]{0,6}(没|没有)(标|记|登记)|(拿不出|没有)[^，。；,]{0,4}证据证明/i,
  // Something other than what was agreed supplied without asking first: a brand, a model, a part swapped.
  substituted:
    /\b(swapped|substituted|switched|replaced)\b[^.;]{0,30}\b(without (asking|telling|consent|our consent|my consent)|for a (cheaper|different|another|lower) (brand|make|model|one|part|spec))\b|\b(different|cheaper|another) (brand|make|model)\b[^.;]{0,30}\b(than|from) (the one )?(we|I|she|he|they) (paid for|ordered|booked|signed for|chose)\b|(才发现|发现)(是|换成了?)[^，。；,]{0,8}(的)?(牌子|品牌|型号|材料)|(换成|换了|改用)了?[^，。；,]{0,6}(牌子|品牌|型号|材料)|缺货了?[^。；]{0,12}(换|效果一样|一样的)|不是(合同|订单|约定|报价单)(里|上|中)?(的|写的|约定的|签的)(型号|品牌|牌子|材料|款式|规格|系列)|\bnot the (model|brand|make|spec|specification|series|range) (in|on|named in|listed in|agreed in) the (contract|order|quote)\b/i,
  // The booking the customer holds is not found where it should be served: they are charged again or turned away.
  'booking-lost':
    /\bno record of (my|our|the|her|his|their) (booking|reservation|appointment|order)\b|\b(couldn'?t|could not|can'?t|cannot) find (my|our|the|her|his|their) (booking|reservation|appointment|order)\b(?! (page|form|site|link|button|app))|\b(booking|reservation|appointment|order) (wasn'?t|was not|isn'?t|is not) (in|on) (the|their) system\b|(查不到|找不到)(我的|我们的|客户的)?(预约|订单|预订)|(没有|没)(我的|我们的)(预约|订单|预订)(记录)?|(预约|订单|预订)记录[^，。；,]{0,4}(没有|查不到|找不到)/i,
  // A stop, pause or change the customer can ask for in only one channel (in person, by letter), though they joined in any.
  'one-channel':
    /\b(cancel\w*|freez\w*|paus\w*|terminat\w*|clos\w*) (is |are |was |were )?(only )?(online|in person|by (letter|post|phone)|in writing) only\b|\b(cancel\w*|freez\w*|paus\w*|terminat\w*)\b[^.;]{0,10}\bin person\b[^.;]{0,30}\b(or (send |write )?a letter|by letter|by post|in writing)\b|\bonly (cancel\w*|freez\w*|paus\w*|terminat\w*) (in person|by (letter|post|phone)|in writing|online|at the (club|branch|store|desk|counter))\b|\bonly (in person|by letter|by post|in writing|at the (club|branch|store|desk|counter)|by phone|online)\b[^.;]{0,30}\b(cancel\w*|freez\w*|paus\w*|terminat\w*)|\b(cancel\w*|freez\w*|paus\w*|terminat\w*)\b[^.;]{0,30}\bonly (in person|by letter|by post|in writing|at the (club|branch|store|desk|counter)|by phone|online)\b|(取消|退订|注销|冻结|暂停|解约|退会|销户)[^。；]{0,12}(只能|必须)(本人)?(到店|到门店|到营业厅|到窗口|到柜台|到网点|线下|当面|亲自|邮寄|寄信|书面|打电话|线上|在(App|APP|网上))|(只能|必须)(本人)?(到店|到门店|到营业厅|到窗口|到柜台|到网点|线下|当面|亲自|邮寄|书面|线上)[^。；]{0,8}(取消|退订|注销|冻结|暂停|解约|退会|销户)|\bno way to (change|lower|reduce|raise|cancel|pause|stop|update|amend)\b[^.;]{0,40}\bwithout (a )?(phone call|calling|ringing|phoning|visiting|a visit|going in)\b|(修改|调整|降低|调低|变更|取消|暂停)[^。；]{0,10}只能(在工作(日|时间))?(打电话|致电|打客服电话)/i,
  // An answer about the customer's own case from someone who cannot see its record or is not qualified to give it.
  'unqualified-advice':
    /\b(isn't|is not|wasn't|was not) (even )?(a|the) (doctor|dentist|nurse|engineer|lawyer|solicitor|mechanic|pharmacist|surveyor)\b[^.;]{0,40}\b(said|told|says|decided|advised|insisted)\b|\b(couldn't|could not|can't|cannot|did ?n[o']t) see (my|the|her|his|their) (medical )?(records?|notes|file|history)\b|\bwithout (seeing|access to|reading) (my|the|her|his|their) (medical )?(records?|notes|file|history)\b|不是(医生|大夫|医师|律师|工程师|技师)[^。；]{0,4}(却|也|就|还)?(说|让|定|判断|要求)|看不到[^。；，,]{0,8}(病历|记录|档案|检查结果|诊疗记录)|(没有|无)(病历|档案|记录)(权限|可查)/i,
  // Too few people on for a rush that could be seen coming (a desk or two open as several flights land).
  'thin-cover':
    /\bonly (one|1|a single|two) (desk|counter|till|checkout|window|agent|cashier|lane|gate)s? (was |were )?(open|staffed|working|on duty)\b|\b(one|1|a single) (desk|counter|till|checkout|window|cashier) open\b|\b(\d+|two|three|four|five) (flights|trains|coaches|ferries) (had )?(just )?(landed|arrived|came in|got in)\b|只开了?\s*(一|1|两|2)\s*个(窗口|柜台|收银台|通道|诊室)|(一个|1个)(窗口|柜台|收银台)[^。；]{0,4}(开着|在办)|(几|\d+|两|三|四)\s*(个)?(航班|班车|趟车|班火车)[^。；]{0,4}(同时|刚|一起)(到|落地|到站)/i,
  // An intermediary the customer pays (an agent, a broker) who does not stand with them when the other party moves.
  'agent-not-ours':
    /\b(agent|broker|estate agent|intermediary|middleman|letting agent)\b[^.;]{0,20}\b(only|just) (said|told (us|me|her|him|them)|kept saying|suggested)\b[^.;]{0,30}\b(pay|add|offer|accept|give in|more|up|agree)\b|\b(agent|broker|intermediary)\b[^.;]{0,30}\b(sided|took the side|was on the side) (with|of) the (seller|landlord|buyer|vendor|supplier|insurer|owner)\b|(经纪人|中介|代理人|代理|经纪)[^。；]{0,4}(只会|只是|就只|光|只)(说|劝|让)[^。；]{0,12}(加点|再加|让一让|算了|接受|认了|多付|让步)|(经纪人|中介|代理人|经纪)[^。；]{0,10}(帮着|向着|站在)(房东|卖家|卖方|业主|对方)/i,
  // A test or check the standard requires, waived on site or signed off without its figures: the customer cannot
  // know the work is sound.
  'skipped-check':
    /\b(said|told (me|us|her|him|them))\b[^.;]{0,20}\b(the |a )?(\w+ )?(test|check|inspection)s? (was|is|were|are)(n['’]t| not) (needed|necessary|required)\b|\b(skipped|waived|left out|did ?n[o']t do) the (\w+ ){0,2}(test|check|inspection|commissioning)\b|\b(signed off|passed|stamped|certified)\b[^.;]{0,30}\b(with no|without( any)?) (test )?(readings|results|figures|data|measurements)\b|(试验|测试|检测|检查|验收)[^。；，,]{0,2}(不用做|不必做|不需要做|没必要做?|可以不做|省了)|(只有|只盖了?)[^。；]{0,6}(合格|章)[^。；]{0,10}(没有|没)[^。；]{0,6}(数据|读数|记录|报告)|(没有|没)(打压|检测|测试|试验|验收)(数据|记录|报告|读数)/i,
  // Work stopped, or what the customer is owed (a warranty, a certificate, an invoice) held back, until they pay or
  // sign: the customer's need made a lever in a dispute.
  'held-as-leverage':
    /\b(won['’]t|will not|wouldn['’]t|would not|refused to) (give|hand over|release|send|issue)\b[^.;]{0,30}\b(warranty|guarantee|certificate|invoice|receipt|documents?|papers)\b[^.;]{0,20}\b(until|unless) (I|we|she|he|they|the customer) (pay|paid|sign|signed|settle|settled)\b|\b(stopped|stop|halted|downed tools)\b[^.;]{0,20}\b(until|unless) (I|we|she|he|they|the customer) (paid|pay|signed|sign|agreed)\b|(质保书|保修卡|保修书|发票|合格证|证书|钥匙|资料)[^。；]{0,12}(付清|付完|结清|交了?尾款|签了?字)[^。；]{0,4}(才能|才给|才出|才发|才交|才肯|再给|再出)|(不签|不付|不交)(字|款|钱)?[^。；，,]{0,4}就(停工|不给|不交|不发)/i,
  // The person sent cannot do the whole job booked: the qualification it needs was not matched when it was booked.
  'wrong-skill':
    /\b(engineer|technician|fitter|plumber|electrician|mechanic|installer|worker|nurse|doctor|surveyor)\b[^.;]{0,20}\b(was not|wasn['’]t|is not|isn['’]t|not) ([a-z]+-)?(qualified|certified|licensed|registered)\b(?! to (say|comment|judge))|\b(needed|needs|required) a (different|second|another|specialist|qualified) (engineer|technician|fitter|plumber|electrician|mechanic|installer|nurse|doctor)\b|(师傅|工程师|技师|电工|水电工|安装工|维修工|医生)[^。；]{0,8}(没有|没|不具备)(相应的?)?(资质|资格|上岗证|证书)|(做不了|修不了|装不了|不会[做修装])[^。；]{0,10}(得|要|需要)(另|再|换)(派|找|来|约)(一个|一位|个)?(师傅|工程师|技师|人)/i,
  // What the customer typed in a form lost to a time-out or an error: they must start again.
  'lost-input':
    /\b(times? out|timed out|session expired|crashed|froze)\b[^.;]{0,40}\b(los(t|es|ing) (everything|all (my|the|her|his|their) (answers|details|data|work|progress))|(had|have|has) to start (again|over|from (the )?scratch))\b|\b(los(t|es|ing)) everything (I|we|she|he|they) (had )?(typed|entered|filled in)\b|(超时|闪退|卡死|报错|会话过期|自动退出)[^。；]{0,12}(填的|写的|输入的)?[^。；]{0,4}(全没了|都没了|全部清空|清空了|白填了|要重新填|得重新填|从头再填|从头填)/i,
};

/** The topics a pain point names in its title or note (the bot also in the name or description of its step). */
export function topicsOf(pain: Pick<PainPoint, 'title' | 'note'>, step: Pick<Touchpoint, 'title' | 'description'>): Set<Topic> {
  const said = `${pain.title} ${pain.note ?? ''}`;
  const topics = new Set<Topic>();
  for (const topic of TOPICS) {
    const text = topic === 'bot' ? `${said} ${step.title} ${step.description ?? ''}` : said;
    if (TOPIC_WORDS[topic].test(text)) topics.add(topic);
  }
  return topics;
}
