/**
 * One call of `entry` per idea: id, conditions, English and Chinese (title, text), then how to know it
 * worked, the fact behind it and what it targets. The tier is the id's first part (`tier.category.slug`).
 */
import type { Tier } from '../../model';
import type { Condition, FactId, KnowledgeEntry, MeasureId } from '../types';

export interface EntryExtras {
  measure: MeasureId;
  fact?: FactId;
  /** Entries giving the same advice for different settings (types.ts). */
  group?: string;
  /** 'cause': acts on the pain's cause (its own step when it names none). */
  target?: 'cause';
}

export function entry(id: string, when: Condition, en: readonly [string, string], zh: readonly [string, string], extras: EntryExtras): KnowledgeEntry {
  return {
    id,
    tier: id.slice(0, id.indexOf('.')) as Tier,
    when,
    ...(extras.target ? { target: extras.target } : {}),
    ...(extras.group ? { group: extras.group } : {}),
    title: { en: en[0], 'zh-CN': zh[0] },
    text: { en: en[1], 'zh-CN': zh[1] },
    measure: extras.measure,
    ...(extras.fact ? { fact: extras.fact } : {}),
  };
}
