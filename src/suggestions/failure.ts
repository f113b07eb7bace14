/**
 * Inferring how a pain point fails the customer when the team did not say (`failure` on the pain point).
 * Words in the pain's title decide first, then words in its note, then the category, then the step's
 * fail/wait markers and a recorded wait. The table is short on purpose: a wrong guess costs a wrong remedy,
 * so only words that say one failure and no other are listed. The order of the table is the order of
 * precedence: "说好 11 点交车，还没人通知" is a broken promise before it is a wait.
 */
import type { Category, Failure, PainPoint, Touchpoint } from '../model';

export interface FailureWords {
  failure: Failure;
  /** English, matched case-insensitively at the start of a word. */
  en: readonly string[];
  /** Chinese, matched as substrings (Chinese has no spaces to mark words). */
  zh: readonly string[];
}

export const FAILURE_WORDS: readonly FailureWords[] = [
  {
    failure: 'unreachable',
    en: ['no answer', 'nobody answer', 'no one answer', 'unanswered', 'not answered', "can't get through", 'cannot get through', 'could not get through', 'no one picks up', 'nobody picks up', 'line busy', 'engaged tone', 'unreachable'],
    zh: ['无人接听', '没人接', '打不通', '占线', '接通率', '联系不上', '找不到人'],
  },
  {
    failure: 'denied',
    en: ['without checking', 'refus', 'denied', 'turned away', 'said no', 'says no', 'not allowed', "won't accept", 'reject', "can't be", 'no exceptions'],
    zh: ['拒绝', '不给办', '不让', '不予', '没查', '不查', '没有核实', '不受理', '一口回绝', '不允许'],
  },
  {
    failure: 'broken-promise',
    en: ['promised', 'as promised', 'was told', 'were told', 'supposed to', 'vanish', 'never came back', 'no follow-up', 'not followed up', 'still not', 'forgot', 'no reply', 'nobody replies', 'no response', 'not in the quote', 'not quoted', 'arrived late', 'turned up late', 'came late', 'no-show', 'no show', 'missed the appointment', 'did not turn up', "didn't turn up", 'extra charge', 'surcharge', 'despite an appointment', 'despite a booking', 'despite booking', 'booked for', 'appointment was for', 'appointment was at'],
    zh: ['说好', '承诺', '答应', '没下文', '没人跟进', '石沉大海', '不了了之', '照样', '忘了', '没人回复', '无人回复', '报价里没有', '冒出', '迟到', '晚到', '爽约', '另收', '加收', '额外收费', '约好', '预约的是', '约的是'],
  },
  {
    failure: 'unavailable',
    en: ['out of stock', 'stock-out', 'stockout', 'sold out', 'no room', 'no rooms', 'no slot', 'fully booked', 'unavailable', 'not available', 'no seat', 'no parking', 'shortage', 'backorder', "can't book", 'cannot book'],
    zh: ['缺货', '没货', '售罄', '订满', '约满', '没有空位', '没处坐', '没有座位', '没车位', '断货', '没有现货', '不能预订', '订不到', '约不上'],
  },
  {
    failure: 'attitude',
    en: ['rude', 'indifferent', 'canned', 'copy-paste', 'scripted reply', 'ignored', 'impatient', 'unfriendly', 'condescending', 'shrug', 'did not look', "didn't look", 'no eye contact', 'without looking up'],
    zh: ['冷漠', '态度', '不耐烦', '没正眼', '爱理不理', '甩脸', '敷衍', '只会回复', '套话', '推诿', '不在乎', '头也不抬', '不抬头', '爱答不理', '冷冰冰'],
  },
  {
    failure: 'wrong',
    en: ['wrong', 'error', 'mistake', 'defect', 'broken', 'faulty', 'wiped', 'logs her out', 'logs him out', 'logs out', 'crash', 'never took', 'overcharg', 'double charg', 'hair in', 'dirty', 'damaged', 'fails', 'does not match', "doesn't match", "doesn't work", 'does not work', 'not working', "won't read"],
    zh: ['错误', '弄错', '出错', '算错', '搞错', '错了', '故障', '坏了', '失灵', '掉线', '吃出', '异物', '多收', '没做过', '返修', '异响', '脏', '破损', '重复扣费', '不符', '对不上', '划痕', '刷不了', '用不了', '无法使用', '报错', '失败'],
  },
  {
    failure: 'unclear',
    en: ['unclear', 'confus', "don't know", "didn't know", 'not told', 'nobody told', 'no one told', 'nobody explain', 'no one explain', 'not explained', 'hidden', 'no information', 'hard to find', 'not shown', 'small print', 'have to ask', 'must ask', 'not mentioned', 'nobody mentioned', 'never mentioned', 'without telling', 'no explanation', 'without explanation', 'without explaining', 'unexplained', 'nothing mentioned', 'mentioned nothing', 'nothing before that mentioned', 'nothing beforehand'],
    zh: ['不清楚', '不知道', '看不出', '没人解释', '没说', '没人说', '没人通知', '没有通知', '看不懂', '搞不清', '找不到', '没写', '没有列出', '没标', '去问', '要问', '没有解释', '没解释', '不解释', '没说明', '没有说明', '没有任何说明', '没有任何解释', '莫名其妙'],
  },
  {
    // Too much of a good thing (service that interrupts): none of the failures above, and not indifference either.
    failure: 'other',
    en: ['interrupt', 'intrusive', 'too often', 'too attentive', 'pushy'],
    zh: ['打断', '打扰', '太勤', '过度', '硬推'],
  },
  {
    failure: 'slow',
    en: ['wait', 'queue', 'slow', 'late', 'delay', 'takes ages', 'too long', 'chase'],
    zh: ['等了', '等待', '等候', '等位', '等车', '等着', '要等', '还在等', '排队', '慢', '迟迟', '推迟', '延迟', '延误', '拖延', '拖了', '催'],
  },
];

const CATEGORY_FAILURE: Readonly<Partial<Record<Category, Failure>>> = {
  waiting: 'slow',
  staff: 'attitude',
  product: 'wrong',
  information: 'unclear',
};

const compiled = FAILURE_WORDS.map(({ failure, en, zh }) => ({
  failure,
  en: en.map((w) => new RegExp(`(^|[^a-z])${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'i')),
  zh,
}));

/** The failure the words of one text name, if any. */
export function failureInText(text: string | undefined): Failure | undefined {
  if (!text) return undefined;
  for (const { failure, en, zh } of compiled) {
    if (en.some((re) => re.test(text)) || zh.some((w) => text.includes(w))) return failure;
  }
  return undefined;
}

export function inferFailure(pain: Pick<PainPoint, 'title' | 'note' | 'category'>, step: Pick<Touchpoint, 'failPoint' | 'waitPoint' | 'metrics'>): Failure {
  return (
    failureInText(pain.title) ??
    failureInText(pain.note) ??
    (pain.category ? CATEGORY_FAILURE[pain.category] : undefined) ??
    (step.waitPoint || step.metrics?.waitMinutes !== undefined ? 'slow' : undefined) ??
    (step.failPoint ? 'wrong' : undefined) ??
    'other'
  );
}
