/**
 * Prevention-first suggestions (DOMAIN.md §2): every pain point gets Prevent (事前预防), Detect (事中控制)
 * and Recover (事后补救) suggestions, always in that order. Within a tier the team's own remedies come
 * first — they are what the team has committed to — followed by up to three knowledge-base entries,
 * most specific first.
 */
import { indexMap, type MapIndex, type PainEntry } from '../analysis/map-index';
import { interpolate, translate, type Locale } from '../i18n';
import { suggestionMessages } from '../i18n/suggestions';
import { TIERS, type MapDocument, type Tier } from '../model';
import { FACTS } from './facts';
import { KNOWLEDGE_BASE } from './knowledge-base';
import { rankEntries, situationOf, type PainSituation } from './match';
import type { KnowledgeEntry } from './types';

export { KNOWLEDGE_BASE, FACTS };
export type { KnowledgeEntry };
export type { Condition, FactId, Localized, StagePosition } from './types';

export const TIER_ORDER: readonly Tier[] = TIERS;
/** Knowledge-base suggestions per tier: enough to choose from, few enough to read. */
export const PER_TIER = 3;

export interface Suggestion {
  tier: Tier;
  /** Already in the requested locale. */
  title: string;
  text: string;
  /** The touchpoint the suggestion acts on: the cause where known (prevent), else the pain point's own touchpoint. */
  targetId: string;
  /** The seed fact that motivates it, localised. */
  fact?: string;
  source: 'knowledge-base' | 'team';
  /** The knowledge-base entry it came from (absent for the team's remedies). */
  entryId?: string;
  /** The stage to act in, when the suggestion moves work to an earlier stage than the pain's own. */
  stageId?: string;
}

function targetOf(target: 'cause' | 'pain', pain: PainEntry, s: PainSituation): string {
  return target === 'cause' && s.cause ? s.cause.id : pain.touchpoint.id;
}

function fromEntry(entry: KnowledgeEntry, pain: PainEntry, s: PainSituation, locale: Locale): Suggestion {
  const params = {
    painPoint: pain.painPoint.title,
    touchpoint: pain.touchpoint.title,
    stage: s.stage?.name ?? '',
    ...(s.cause ? { cause: s.cause.title } : {}),
    ...(s.earlierStage ? { earlierStage: s.earlierStage.name } : {}),
  };
  const suggestion: Suggestion = {
    tier: entry.tier,
    title: interpolate(entry.title[locale], params),
    text: interpolate(entry.text[locale], params),
    targetId: targetOf(entry.target ?? 'pain', pain, s),
    source: 'knowledge-base',
    entryId: entry.id,
  };
  if (entry.fact) suggestion.fact = FACTS[entry.fact][locale];
  if (entry.when.earlierStage && s.earlierStage) suggestion.stageId = s.earlierStage.id;
  return suggestion;
}

function suggest(index: MapIndex, pain: PainEntry, locale: Locale, kb: readonly KnowledgeEntry[]): Suggestion[] {
  const s = situationOf(index, pain);
  return TIER_ORDER.flatMap((tier) => {
    const team = (pain.painPoint.remedies ?? [])
      .filter((r) => r.tier === tier)
      .map(
        (r): Suggestion => ({
          tier,
          title: translate(suggestionMessages, locale, 'team.title'),
          text: r.text,
          // The team's own prevention acts where the problem starts; its detection and recovery where it is felt.
          targetId: targetOf(tier === 'prevent' ? 'cause' : 'pain', pain, s),
          source: 'team',
        }),
      );
    const known = rankEntries(kb, s, tier)
      .slice(0, PER_TIER)
      .map((entry) => fromEntry(entry, pain, s, locale));
    return [...team, ...known];
  });
}

/** Suggestions for one pain point, ordered prevent, detect, recover; empty when the id names no pain point. */
export function suggestionsFor(map: MapDocument, painPointId: string, locale: Locale, kb: readonly KnowledgeEntry[] = KNOWLEDGE_BASE): Suggestion[] {
  const index = indexMap(map);
  const pain = index.painById.get(painPointId);
  return pain ? suggest(index, pain, locale, kb) : [];
}

/** Suggestions for every pain point of a map, keyed by pain point id (one index for the whole map: for reports). */
export function suggestionsForMap(map: MapDocument, locale: Locale, kb: readonly KnowledgeEntry[] = KNOWLEDGE_BASE): Map<string, Suggestion[]> {
  const index = indexMap(map);
  return new Map(index.pains.map((pain) => [pain.painPoint.id, suggest(index, pain, locale, kb)]));
}

export function tierLabel(tier: Tier, locale: Locale): string {
  return translate(suggestionMessages, locale, `tier.${tier}`);
}
