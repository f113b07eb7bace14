/**
 * Nothing in the journey listens to the customer: no NPS or CSAT recorded and no follow-up, survey or
 * feedback step. Seed 001: only about 4% of unhappy customers complain; the rest leave without a word,
 * so a journey that waits for complaints hears almost nothing (seed 004 collects NPS by 回访).
 */
import type { Touchpoint } from '../../model';
import type { Rule } from '../rule';

/** Steps that ask the customer, by the words teams name them with, in English and Chinese. */
const LISTENING =
  /follow[\s-]?up|survey|feedback|questionnaire|\bnps\b|\bcsat\b|satisfaction|comment card|improvement note|回访|调查|问卷|反馈|评价|满意度|意见|留言/i;

export const listensToCustomer = (tp: Touchpoint): boolean =>
  tp.metrics?.nps !== undefined || tp.metrics?.csat !== undefined || LISTENING.test(tp.title) || LISTENING.test(tp.description ?? '');

export const noVoiceOfCustomerRule: Rule = {
  id: 'no-voice-of-customer',
  severity: 'warning',
  check: ({ index }) =>
    index.map.touchpoints.length === 0 || index.map.touchpoints.some(listensToCustomer) ? [] : [{ ids: [], params: { title: index.map.title } }],
};
