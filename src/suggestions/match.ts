/**
 * The matcher: compares an entry's conditions with a pain point's situation (situation.ts) and ranks the
 * entries that apply, most specific first.
 */
import type { Tier } from '../model';
import type { PainSituation } from './situation';
import type { Topic } from './topic';
import type { Condition, KnowledgeEntry } from './types';

export { situationOf, type PainSituation } from './situation';

const within = <T>(list: readonly T[] | undefined, value: T | undefined): boolean =>
  list === undefined || (value !== undefined && list.includes(value));

const allIn = <T>(list: readonly T[] | undefined, set: ReadonlySet<T>): boolean => list === undefined || list.every((v) => set.has(v));
const anyIn = <T>(list: readonly T[] | undefined, set: ReadonlySet<T>): boolean => list === undefined || list.some((v) => set.has(v));

export function matches(when: Condition, s: PainSituation): boolean {
  return (
    within(when.categories, s.category) &&
    within(when.severities, s.severity) &&
    within(when.failures, s.failure) &&
    within(when.actors, s.actor) &&
    within(when.causeActors, s.causeActor) &&
    within(when.causePositions, s.causePosition) &&
    within(when.channelModes, s.channelMode) &&
    within(when.painLanes, s.painLane) &&
    within(when.causeLanes, s.causeLane) &&
    within(when.causeKinds, s.causeKind) &&
    (when.position === undefined || s.places.has(when.position)) &&
    anyIn(when.places, s.places) &&
    allIn(when.metrics, s.metrics) &&
    allIn(when.markers, s.markers) &&
    (when.lowScore === undefined || s.lowScore) &&
    (when.atFollowUp === undefined || when.atFollowUp === s.atFollowUp) &&
    (when.atDelivery === undefined || when.atDelivery === (s.channelMode === 'delivered')) &&
    (when.atCustomerSite === undefined || when.atCustomerSite === s.atCustomerSite) &&
    (when.awaiting === undefined || when.awaiting === s.awaiting) &&
    (when.atMenu === undefined || when.atMenu === s.atMenu) &&
    (when.askedAgain === undefined || s.askedAgain) &&
    anyIn(when.topics, s.topics) &&
    anyIn(when.personas, s.personas) &&
    (when.hasCause === undefined || s.cause !== undefined) &&
    (when.earlierStage === undefined || s.earlierStage !== undefined)
  );
}

/**
 * How specific an entry is. The category and the failure say the most about what will help (3 points
 * each), and so does a low score the team recorded at the step (the customers have already said it), and so does a pain that says the customer was asked again;
 * who acts at the step and where its cause is decide who must act (2 each); every other facet adds 1. A topic
 * the pain names in its own words (a price change, a coverage check, an old address, a bot) weighs 3 among
 * the entries written for a topic, which lead their tier whatever else matches (see orderedTier). Stage position and whether the step is a follow-up only filter: they say when an idea fits,
 * not that it fits better. So an entry written for this failure in this category at this kind of step
 * always outranks a general one.
 */
export function specificity(when: Condition): number {
  const one = (v: unknown) => (v === undefined ? 0 : 1);
  return (
    (when.categories ? 3 : 0) +
    (when.failures ? 3 : 0) +
    (when.actors ? 2 : 0) +
    (when.causeActors || when.causeLanes || when.causePositions ? 2 : 0) +
    one(when.severities) +
    one(when.channelModes) +
    one(when.painLanes) +
    one(when.metrics) +
    one(when.markers) +
    (when.lowScore ? 3 : 0) +
    (when.askedAgain ? 3 : 0) +
    (when.topics ? 3 : 0) +
    one(when.personas) +
    one(when.hasCause) +
    one(when.earlierStage) +
    (when.atCustomerSite ? 1 : 0) +
    (when.awaiting ? 1 : 0) +
    (when.atMenu ? 1 : 0)
  );
}

/**
 * Each tier's entries, sorted once per knowledge base rather than once per pain point: entries written for a
 * topic first (the pain names its subject, so the advice for that subject comes before advice for its kind
 * of trouble), then most specific first.
 */
const ordered = new WeakMap<readonly KnowledgeEntry[], Map<Tier, KnowledgeEntry[]>>();

function orderedTier(kb: readonly KnowledgeEntry[], tier: Tier): readonly KnowledgeEntry[] {
  let tiers = ordered.get(kb);
  if (!tiers) {
    tiers = new Map();
    const sorted = kb
      .map((entry, order) => ({ entry, order, topic: entry.when.topics ? 1 : 0, rank: specificity(entry.when) }))
      .sort((a, b) => b.topic - a.topic || b.rank - a.rank || a.order - b.order)
      .map(({ entry }) => entry);
    for (const entry of sorted) tiers.set(entry.tier, [...(tiers.get(entry.tier) ?? []), entry]);
    ordered.set(kb, tiers);
  }
  return tiers.get(tier) ?? [];
}

/**
 * When a pain names several subjects, those its title names lead those only its note names ("Nobody mentioned a
 * fee … the refund took 19 days and she had to chase it": the wrong charge, not the silence). Stable otherwise.
 */
function titleFirst(ranked: KnowledgeEntry[], titleTopics: ReadonlySet<Topic> | undefined): KnowledgeEntry[] {
  if (!titleTopics?.size) return ranked;
  const named = (e: KnowledgeEntry) => e.when.topics?.some((t) => titleTopics.has(t)) ?? false;
  const fromTitle = ranked.filter(named);
  return fromTitle.length === 0 || fromTitle.length === ranked.length ? ranked : [...fromTitle, ...ranked.filter((e) => !named(e))];
}

/**
 * The entries of one tier that apply, most specific first; equally specific ones keep knowledge-base order.
 * When the cause sits below the line of visibility, prevention starts there: the best entry aimed at the
 * cause leads the prevent tier even if a frontstage entry is more specific.
 */
export function rankEntries(kb: readonly KnowledgeEntry[], s: PainSituation, tier: Tier): KnowledgeEntry[] {
  const ranked = titleFirst(
    orderedTier(kb, tier).filter((entry) => matches(entry.when, s)),
    s.titleTopics,
  );
  if (tier !== 'prevent') return ranked;
  const general = ranked.filter((e) => !e.when.causeKinds);
  const atCause = s.causePosition === 'hidden' ? general.findIndex((e) => e.target === 'cause') : -1;
  const led = atCause <= 0 ? general : [general[atCause]!, ...general.slice(0, atCause), ...general.slice(atCause + 1)];
  return withCauseKind(led, ranked);
}

/**
 * The general cause entries: what a pain gets first when nothing it names, and nothing about its kind of
 * trouble, has advice of its own ("serve the frontstage as an internal customer").
 */
export const GENERAL_CAUSE_ENTRIES: ReadonlySet<string> = new Set(['prevent.any.internal-customer', 'prevent.process.redesign-cause', 'prevent.staff.hidden-cause']);

/**
 * Where the first prevention would be a general cause entry, the reading of the cause step's own kind (a target,
 * a rota, a rule …) leads, with the general entry after it; elsewhere entries for a cause kind are left out, so
 * advice written for a subject or a kind of trouble is never displaced.
 */
function withCauseKind(led: KnowledgeEntry[], ranked: readonly KnowledgeEntry[]): KnowledgeEntry[] {
  const byKind = ranked.find((e) => e.when.causeKinds);
  if (!byKind || !led[0] || !GENERAL_CAUSE_ENTRIES.has(led[0].id)) return led;
  return [byKind, ...led];
}
