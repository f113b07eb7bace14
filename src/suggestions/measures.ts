/**
 * How the owner of a step would know a suggestion worked: one measure per entry, worded once here.
 * {touchpoint} and {painPoint} are filled with the quoted names, as in the entries.
 */
import type { Localized, MeasureId } from './types';

export const MEASURES: Readonly<Record<MeasureId, Localized>> = {
  'wait-minutes': {
    en: 'Wait minutes at the step {touchpoint}, median and slowest tenth, week by week.',
    'zh-CN': '{touchpoint}这一环节的等待分钟数（中位数和最慢的 10%），按周对比。',
  },
  'answer-rate': {
    en: 'Share of contacts answered within a minute, hour by hour, and the share who give up.',
    'zh-CN': '每个时段一分钟内接通的比例，以及中途放弃的比例。',
  },
  'first-contact-resolution': {
    en: 'First-contact resolution: share of customers whose issue is settled the first time they raise it.',
    'zh-CN': '一次解决率：客户第一次提出就得到解决的比例。',
  },
  csat: {
    en: 'CSAT at the step {touchpoint}, asked right after it.',
    'zh-CN': '{touchpoint}这一环节结束后随即收集的满意度（CSAT）。',
  },
  nps: {
    en: 'NPS of the customers who met {painPoint}, compared with those who did not.',
    'zh-CN': '遇到过{painPoint}的客户的 NPS，并与没遇到的客户对比。',
  },
  complaints: {
    en: 'Complaints about {painPoint} per 100 customers, month by month.',
    'zh-CN': '每百位客户中关于{painPoint}的投诉数，按月对比。',
  },
  'repeat-rate': {
    en: 'Share of these customers who come back or buy again within the usual cycle.',
    'zh-CN': '这些客户在正常周期内再次光顾或复购的比例。',
  },
  'defect-rate': {
    en: 'Defects per 100 orders that reach the customer, and the share caught before they do.',
    'zh-CN': '每百单中到达客户手里的缺陷数，以及在此之前被拦截的比例。',
  },
  'on-time': {
    en: 'Share of promised times kept (ready, delivered or called back when we said).',
    'zh-CN': '按承诺时间兑现的比例（按时备好、交付或回电）。',
  },
  'recovery-time': {
    en: 'Hours from the first word of the problem to a remedy the customer accepts.',
    'zh-CN': '从客户第一次反映问题到客户认可补救方案所用的小时数。',
  },
  'self-service-completion': {
    en: 'Share of customers who finish the step {touchpoint} without having to call or ask.',
    'zh-CN': '无需打电话或询问就能完成{touchpoint}这一步的客户比例。',
  },
  availability: {
    en: 'Share of requests where what the customer needs is there the first time.',
    'zh-CN': '客户所需之物第一次就有现货或空位的比例。',
  },
  questions: {
    en: 'Questions asked about {painPoint} per 100 customers.',
    'zh-CN': '每百位客户中就{painPoint}提出疑问的次数。',
  },
  disputes: {
    en: 'Bills or charges disputed per 100 customers.',
    'zh-CN': '每百位客户中对账单或收费提出异议的次数。',
  },
  'improvement-notes': {
    en: 'Improvement notes received per 100 customers, and the share answered within a week.',
    'zh-CN': '每百位客户留下的改进意见数，以及一周内得到答复的比例。',
  },
  'early-warnings': {
    en: 'Share of problems the frontline knew about before the customer told them.',
    'zh-CN': '在客户开口之前一线就已知道的问题所占的比例。',
  },
  'questions-answered': {
    en: 'Share of customers who leave the step {touchpoint} with every question answered (asked as they leave).',
    'zh-CN': '离开{touchpoint}这一环节时问题都已得到解答的客户比例（离开时询问）。',
  },
  chases: {
    en: 'Share of customers who had to chase before they heard from you, and the days they went without news.',
    'zh-CN': '在你们联系之前不得不来催的客户比例，以及他们没有音信的天数。',
  },
    escalations: {
    en: 'Share of problems solved on the spot, without waiting for a manager.',
    'zh-CN': '不必等上级、当场解决的问题所占的比例。',
  },
};
