/**
 * Loyalty ideas: where a value-added or memorable moment would matter most on this map, for stages that
 * have none. Satisfied is not loyal, so a map without such moments deserves a proposal of where to put
 * one, not only a warning: after a failure that was put right, at the hand-over, at the follow-up, and
 * at the end of the journey.
 */
import { indexMap, isVisibleKind, type MapIndex } from '../analysis/map-index';
import { interpolate, translate, type Locale } from '../i18n';
import { suggestionMessages } from '../i18n/suggestions';
import { SEVERITIES, type Level, type MapDocument, type Touchpoint } from '../model';
import { FACTS } from './facts';
import { isFollowUp } from './situation';
import type { Localized } from './types';

export const LOYALTY_KINDS = ['after-recovery', 'hand-over', 'follow-up', 'last-stage'] as const;
export type LoyaltyKind = (typeof LOYALTY_KINDS)[number];

export interface LoyaltyIdea {
  /** Stable: `loyalty.<kind>.<stage id>`. */
  id: string;
  kind: LoyaltyKind;
  stageId: string;
  /** The touchpoint to raise to the suggested level. */
  targetId: string;
  level: Extract<Level, 'value-added' | 'memorable'>;
  title: string;
  text: string;
  fact: string;
}

const TEXT: Readonly<Record<LoyaltyKind, { title: Localized; text: Localized }>> = {
  'after-recovery': {
    title: { en: 'Make the recovery of {painPoint} memorable', 'zh-CN': '让{painPoint}之后的补救令人难忘' },
    text: {
      en: 'Once {painPoint} has been put right in the {stage} stage, add something the customer did not expect: a personal note from whoever leads the team, priority next time, a small gift that fits the occasion. A failure put right generously is remembered longer than a smooth visit.',
      'zh-CN': '在{stage}阶段把{painPoint}处理好之后，再加一点客户意想不到的东西：负责人的一张亲笔便条、下次优先、一份应景的小礼物。处理得大方的失误，比一次顺利的服务更让人记得住。',
    },
  },
  'hand-over': {
    title: { en: 'Turn the hand-over at the step {touchpoint} into a moment', 'zh-CN': '把{touchpoint}这一交付时刻做成亮点' },
    text: {
      en: 'Customers remember the hand-over. At the step {touchpoint}, show what was done and that it works, and add one extra they did not pay for: a tip that saves them trouble later, something ready earlier than promised.',
      'zh-CN': '客户记得住交付的那一刻。在{touchpoint}这一环节，展示做了什么、证明一切正常，再多做一点客户没有付钱的事：一句以后能省麻烦的提醒，比约定时间更早备好。',
    },
  },
  'follow-up': {
    title: { en: 'Make the follow-up at the step {touchpoint} give, not only ask', 'zh-CN': '让{touchpoint}这次回访不只是提问，还要给予' },
    text: {
      en: 'Use the step {touchpoint} to give something: remember what the customer told you last time, settle anything still open, and offer what fits them, such as a reminder before the next service or their preferred time kept for them.',
      'zh-CN': '借{touchpoint}这一环节给客户带去一点东西：记得他上次说过的话，把没了结的事了结，再提供适合他的服务，比如下次保养前的提醒，或者为他保留习惯的时段。',
    },
  },
  'last-stage': {
    title: { en: 'End the journey on a high in the {stage} stage', 'zh-CN': '在{stage}阶段让旅程以高光收尾' },
    text: {
      en: 'Customers judge a journey by its best moment and its end. Plan one value-added moment in the {stage} stage: a personal thank-you, a small surprise for a returning customer, or help they did not ask for.',
      'zh-CN': '客户评价一段旅程，看的是最好的时刻和结尾。在{stage}阶段设计一个超值的时刻：一句亲自的感谢、给老客户的小惊喜，或者客户没开口就提供的帮助。',
    },
  },
};

/** Steps where the customer receives the result: hand-over, collection, check-out, delivery. */
const HAND_OVER = /hand[- ]?over|collect|pick[- ]?up|deliver|check[- ]?out|交车|交付|取车|提车|取机|取货|取件|领取|离店|退房|送达/i;

const LOYALTY_LEVELS: ReadonlySet<Level | undefined> = new Set<Level | undefined>(['value-added', 'memorable']);

/** Steps the customer meets: above the line of visibility, or in a lane that does not say. */
function isCustomerFacing(index: MapIndex, tp: Touchpoint): boolean {
  const kind = index.laneKind(tp);
  return kind === undefined || kind === 'custom' || isVisibleKind(kind);
}

function facing(index: MapIndex, stageId: string): Touchpoint[] {
  return index.map.touchpoints.filter((tp) => tp.stage === stageId && isCustomerFacing(index, tp));
}

/** The ideas for a map, in journey order; none for a stage that already has a value-added or memorable moment. */
export function loyaltyIdeas(map: MapDocument, locale: Locale): LoyaltyIdea[] {
  const index = indexMap(map);
  const quote = (name: string) => translate(suggestionMessages, locale, 'quote', { name });
  const ideas = new Map<string, LoyaltyIdea>();
  const add = (kind: LoyaltyKind, target: Touchpoint, level: LoyaltyIdea['level'], painTitle?: string) => {
    const stage = map.stages[index.stageIndex.get(target.stage) ?? -1];
    if (!stage || ideas.has(stage.id)) return;
    if (facing(index, stage.id).some((tp) => LOYALTY_LEVELS.has(tp.level))) return;
    const params = { touchpoint: quote(target.title), stage: quote(stage.name), painPoint: quote(painTitle ?? '') };
    ideas.set(stage.id, {
      id: `loyalty.${kind}.${stage.id}`,
      kind,
      stageId: stage.id,
      targetId: target.id,
      level,
      title: interpolate(TEXT[kind].title[locale], params),
      text: interpolate(TEXT[kind].text[locale], params),
      fact: FACTS['satisfied-not-loyal'][locale],
    });
  };
  const severe = index.pains
    .filter(({ painPoint }) => SEVERITIES.indexOf(painPoint.severity) >= SEVERITIES.indexOf('high'))
    .sort((a, b) => SEVERITIES.indexOf(b.painPoint.severity) - SEVERITIES.indexOf(a.painPoint.severity));
  for (const { painPoint, touchpoint } of severe) if (isCustomerFacing(index, touchpoint)) add('after-recovery', touchpoint, 'memorable', painPoint.title);
  const facingAll = map.touchpoints.filter((tp) => isCustomerFacing(index, tp));
  for (const tp of facingAll) if (HAND_OVER.test(tp.title) && !isFollowUp(tp)) add('hand-over', tp, 'value-added');
  for (const tp of facingAll) if (isFollowUp(tp)) add('follow-up', tp, 'value-added');
  const last = map.stages.at(-1);
  const lastStep = last ? facing(index, last.id)[0] : undefined;
  if (lastStep) add('last-stage', lastStep, 'memorable');
  return [...ideas.values()].sort((a, b) => (index.stageIndex.get(a.stageId) ?? 0) - (index.stageIndex.get(b.stageId) ?? 0));
}
