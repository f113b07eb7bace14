/**
 * The one place the advice and the report read suggestions from. The suggestions module is growing
 * stable ids and its own register pick; until then this adapter derives both from today's
 * `suggestionsForMap`, so taking the new API changes this file only.
 */
import type { Locale } from '../i18n';
import type { MapDocument, Tier } from '../model';
import { suggestionsForMap, TIER_ORDER, type Suggestion } from '../suggestions';

export interface Advice {
  /** Stable within a map: the knowledge-base entry, or the team remedy's place in its pain point. */
  id: string;
  tier: Tier;
  title: string;
  text: string;
  fact?: string;
  /** The touchpoint the work happens at (the cause, for prevention that targets it). */
  targetId: string;
  source: 'knowledge-base' | 'team';
  /** The stage to act in, when the work moves to an earlier stage than the pain's own. */
  stageId?: string;
}

function toAdvice(s: Suggestion, painPointId: string, teamIndex: number): Advice {
  const advice: Advice = {
    id: s.entryId ?? `team:${painPointId}:${teamIndex}`,
    tier: s.tier,
    title: s.title,
    text: s.text,
    targetId: s.targetId,
    source: s.source,
  };
  if (s.fact) advice.fact = s.fact;
  if (s.stageId) advice.stageId = s.stageId;
  return advice;
}

/** Every pain point's suggestions, prevent → detect → recover, team remedies first within a tier. */
export function adviceForMap(map: MapDocument, locale: Locale): Map<string, Advice[]> {
  const out = new Map<string, Advice[]>();
  for (const [painPointId, list] of suggestionsForMap(map, locale)) {
    let team = 0;
    out.set(painPointId, list.map((s) => toAdvice(s, painPointId, s.source === 'team' ? team++ : -1)));
  }
  return out;
}

export interface RegisterPick {
  /** What the register prints beside the pain point. */
  main: Advice[];
  /** The rest, for the appendix. */
  appendix: Advice[];
}

/**
 * The best `perTier` suggestions of each tier for the register, the rest for the appendix. The team's
 * own remedies always stay in the main list (they are what the team has committed to) and count
 * towards the tier's share.
 */
export function pickForRegister(list: readonly Advice[], perTier: number): RegisterPick {
  const main: Advice[] = [];
  const appendix: Advice[] = [];
  for (const tier of TIER_ORDER) {
    let kept = 0;
    for (const a of list.filter((x) => x.tier === tier)) {
      if (a.source === 'team' || kept < perTier) {
        main.push(a);
        kept++;
      } else appendix.push(a);
    }
  }
  return { main, appendix };
}
