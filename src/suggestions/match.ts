/**
 * The matcher: describes a pain point's situation (category, severity, lanes of the pain and its cause,
 * stage position) and ranks the knowledge-base entries whose conditions it meets, most specific first.
 */
import type { MapIndex, PainEntry } from '../analysis/map-index';
import type { Category, LaneKind, Severity, Stage, Tier, Touchpoint } from '../model';
import type { Condition, KnowledgeEntry, StagePosition } from './types';

export interface PainSituation {
  category: Category;
  severity: Severity;
  painLane: LaneKind | undefined;
  causeLane: LaneKind | undefined;
  /** The cause touchpoint, when the pain point names one other than its own. */
  cause: Touchpoint | undefined;
  stage: Stage | undefined;
  position: StagePosition;
  /** Where to act before the pain: the cause's stage when it comes earlier, else the stage just before. */
  earlierStage: Stage | undefined;
}

export function situationOf(index: MapIndex, { painPoint, touchpoint }: PainEntry): PainSituation {
  const { stages } = index.map;
  const found = painPoint.causedBy === undefined ? undefined : index.touchpointById.get(painPoint.causedBy);
  const cause = found && found.id !== touchpoint.id ? found : undefined;
  const at = index.stageIndex.get(touchpoint.stage) ?? 0;
  const causeAt = cause ? index.stageIndex.get(cause.stage) : undefined;
  const earlierAt = causeAt !== undefined && causeAt < at ? causeAt : at - 1;
  return {
    category: painPoint.category ?? 'other',
    severity: painPoint.severity,
    painLane: index.laneKind(touchpoint),
    causeLane: cause ? index.laneKind(cause) : undefined,
    cause,
    stage: stages[at],
    position: at < stages.length / 2 ? 'early' : 'late',
    earlierStage: earlierAt >= 0 ? stages[earlierAt] : undefined,
  };
}

const within = <T>(list: readonly T[] | undefined, value: T | undefined): boolean =>
  list === undefined || (value !== undefined && list.includes(value));

export function matches(when: Condition, s: PainSituation): boolean {
  return (
    within(when.categories, s.category) &&
    within(when.severities, s.severity) &&
    within(when.painLanes, s.painLane) &&
    within(when.causeLanes, s.causeLane) &&
    (when.position === undefined || when.position === s.position) &&
    (when.hasCause === undefined || s.cause !== undefined) &&
    (when.earlierStage === undefined || s.earlierStage !== undefined)
  );
}

/**
 * How specific an entry is. The category says the most about what will help (3 points), then the
 * lane of the cause (2: it decides where prevention goes); severity, the pain's lane, having a cause
 * or an earlier stage add 1 each. Stage position only filters: it says when an idea fits, not that it
 * fits better than the category's core advice. So a category entry always outranks a generic one.
 */
export function specificity(when: Condition): number {
  return (
    (when.categories ? 3 : 0) +
    (when.causeLanes ? 2 : 0) +
    (when.severities ? 1 : 0) +
    (when.painLanes ? 1 : 0) +
    (when.hasCause ? 1 : 0) +
    (when.earlierStage ? 1 : 0)
  );
}

/** The entries of one tier that apply, most specific first; equally specific ones keep knowledge-base order. */
export function rankEntries(kb: readonly KnowledgeEntry[], s: PainSituation, tier: Tier): KnowledgeEntry[] {
  return kb
    .map((entry, order) => ({ entry, order }))
    .filter(({ entry }) => entry.tier === tier && matches(entry.when, s))
    .sort((a, b) => specificity(b.entry.when) - specificity(a.entry.when) || a.order - b.order)
    .map(({ entry }) => entry);
}
