/**
 * Prevention-first suggestions (docs/analysis.md): every pain point gets Prevent (事前预防), Detect (事中控制)
 * and Recover (事后补救) suggestions, always in that order. Within a tier the team's own remedies come
 * first — they are what the team has committed to — followed by up to three knowledge-base entries,
 * most specific first. Each suggestion is addressed to whoever can act at its step, fits the channel and
 * the way the pain fails, and says how its owner would know it worked.
 */
import { indexMap, type MapIndex, type PainEntry } from '../analysis/map-index';
import { interpolate, translate, type Locale, type Params } from '../i18n';
import { formatDuration } from '../i18n/duration';
import { suggestionMessages } from '../i18n/suggestions';
import { TIERS, type MapDocument, type Tier } from '../model';
import { FACTS } from './facts';
import { KNOWLEDGE_BASE } from './knowledge-base';
import { rankEntries, situationOf, type PainSituation } from './match';
import { MEASURES } from './measures';
import type { KnowledgeEntry } from './types';

export { KNOWLEDGE_BASE, FACTS };
export type { KnowledgeEntry };
export type { Condition, FactId, Localized, MeasureId, StagePosition } from './types';
export { MEASURES };
export { inferFailure, failureInText, FAILURE_WORDS } from './failure';
export { situationOf, actorOf, channelModeOf, ACTORS, type Actor, type ChannelMode, type CausePosition, type PainSituation } from './situation';
export { loyaltyIdeas, type LoyaltyIdea } from './loyalty';
export { topicsOf, TOPICS, type Topic } from './topic';
export { causeKindOf, CAUSE_KINDS, type CauseKind } from './cause-kind';

type SuggestionKey = keyof (typeof suggestionMessages)['en'];

export const TIER_ORDER: readonly Tier[] = TIERS;
/** Knowledge-base suggestions per tier: enough to choose from, few enough to read. */
export const PER_TIER = 3;

export interface Suggestion {
  /** Stable: the knowledge-base entry's id, or `team.<n>` for the pain point's n-th team remedy (from 1). */
  id: string;
  tier: Tier;
  /** 1 for the best of its tier, then 2, 3 …; the team's own remedies rank first. */
  rank: number;
  /** Already in the requested locale. */
  title: string;
  text: string;
  /** The touchpoint the suggestion acts on: the cause where known (prevent), else the pain point's own touchpoint. */
  targetId: string;
  /** The seed fact that motivates it, localised; given once per pain point, with the first suggestion that cites it. */
  fact?: string;
  /** How the owner would know it worked, localised (knowledge-base suggestions only). */
  measure?: string;
  source: 'knowledge-base' | 'team';
  /** The knowledge-base entry it came from (absent for the team's remedies). */
  entryId?: string;
  /** The stage to act in, when the suggestion moves work to an earlier stage than the pain's own. */
  stageId?: string;
}

function targetOf(target: 'cause' | 'pain', pain: PainEntry, s: PainSituation): string {
  return target === 'cause' && s.cause ? s.cause.id : pain.touchpoint.id;
}

/** The values of the placeholders: names quoted in the language's one style, owners named by who acts. */
function paramsOf(pain: PainEntry, s: PainSituation, locale: Locale): Params {
  const say = (key: SuggestionKey, params?: Params) => translate(suggestionMessages, locale, key, params);
  const quote = (name: string) => say('quote', { name });
  const m = pain.touchpoint.metrics ?? {};
  return {
    painPoint: quote(pain.painPoint.title),
    touchpoint: quote(pain.touchpoint.title),
    stage: quote(s.stage?.name ?? ''),
    owner: say(`owner.${s.actor}`, { step: quote(pain.touchpoint.title) }),
    ...(s.cause && s.causeActor ? { cause: quote(s.cause.title), causeOwner: say(`owner.${s.causeActor}`, { step: quote(s.cause.title) }) } : {}),
    ...(s.earlierStage ? { earlierStage: quote(s.earlierStage.name) } : {}),
    ...(m.waitMinutes !== undefined ? { wait: formatDuration(m.waitMinutes, locale) } : {}),
    ...(m.csat !== undefined ? { csat: m.csat } : {}),
    ...(m.nps !== undefined ? { nps: m.nps } : {}),
  };
}

function fromEntry(entry: KnowledgeEntry, pain: PainEntry, s: PainSituation, params: Params, locale: Locale): Suggestion {
  const suggestion: Suggestion = {
    id: entry.id,
    tier: entry.tier,
    rank: 0,
    title: interpolate(entry.title[locale], params),
    text: interpolate(entry.text[locale], params),
    targetId: targetOf(entry.target ?? 'pain', pain, s),
    measure: interpolate(MEASURES[entry.measure][locale], params),
    source: 'knowledge-base',
    entryId: entry.id,
  };
  if (entry.fact) suggestion.fact = FACTS[entry.fact][locale];
  if (entry.when.earlierStage && s.earlierStage) suggestion.stageId = s.earlierStage.id;
  return suggestion;
}

function suggest(index: MapIndex, pain: PainEntry, locale: Locale, kb: readonly KnowledgeEntry[]): Suggestion[] {
  const s = situationOf(index, pain);
  const params = paramsOf(pain, s, locale);
  const factsGiven = new Set<string>();
  return TIER_ORDER.flatMap((tier) => {
    const team = (pain.painPoint.remedies ?? []).flatMap((r, n): Suggestion[] =>
      r.tier !== tier
        ? []
        : [
            {
              id: `team.${n + 1}`,
              tier,
              rank: 0,
              title: translate(suggestionMessages, locale, 'team.title'),
              text: r.text,
              // The team's own prevention acts where the problem starts; its detection and recovery where it is felt.
              targetId: targetOf(tier === 'prevent' ? 'cause' : 'pain', pain, s),
              source: 'team',
            },
          ],
    );
    const groups = new Set<string>();
    const known = rankEntries(kb, s, tier)
      .filter((entry) => entry.group === undefined || (!groups.has(entry.group) && groups.add(entry.group)))
      .slice(0, PER_TIER)
      .map((entry) => fromEntry(entry, pain, s, params, locale));
    return [...team, ...known].map((sg, i) => {
      const out = { ...sg, rank: i + 1 };
      // One fact is told once per pain point: the reader has it already from the suggestion above.
      if (out.fact !== undefined) {
        if (factsGiven.has(out.fact)) delete out.fact;
        else factsGiven.add(out.fact);
      }
      return out;
    });
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

/**
 * What an executive reads and what goes to the appendix: the best `perTier` suggestions of each tier
 * (the team's own remedies always, counting towards the share), the rest in their order.
 */
export interface RegisterPick {
  /** What the register prints beside the pain point. */
  main: Suggestion[];
  /** The rest, for the appendix. */
  appendix: Suggestion[];
}

export function pickForRegister(list: readonly Suggestion[], perTier = 2): RegisterPick {
  const main: Suggestion[] = [];
  const appendix: Suggestion[] = [];
  for (const tier of TIER_ORDER) {
    let kept = 0;
    // The team's own remedies always stay beside the pain point (they are what the team committed to) and count towards the share.
    for (const sg of list.filter((x) => x.tier === tier).sort((a, b) => a.rank - b.rank)) {
      if (sg.source === 'team' || kept < perTier) {
        main.push(sg);
        kept++;
      } else appendix.push(sg);
    }
  }
  return { main, appendix };
}

export function tierLabel(tier: Tier, locale: Locale): string {
  return translate(suggestionMessages, locale, `tier.${tier}`);
}
