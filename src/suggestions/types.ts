/** The shape of the knowledge base: entries a service designer can read, copy and extend. */
import type { Category, LaneKind, Locale, Severity, Tier } from '../model';

export type Localized = Readonly<Record<Locale, string>>;

/** Early = the first half of the journey's stages (aware, consider, buy); late = the rest. */
export type StagePosition = 'early' | 'late';

/**
 * When an entry applies. Every condition given must hold; an absent condition matches anything.
 * Lists match when the pain point's value is one of them.
 */
export interface Condition {
  categories?: readonly Category[];
  severities?: readonly Severity[];
  /** Lane kind of the touchpoint where the pain is felt. */
  painLanes?: readonly LaneKind[];
  /** Lane kind of the pain point's cause (implies that the pain point names a cause). */
  causeLanes?: readonly LaneKind[];
  position?: StagePosition;
  /** The pain point names a cause touchpoint other than its own. */
  hasCause?: true;
  /** There is a stage before the pain's own in which to act (the cause's, if earlier, else the previous one). */
  earlierStage?: true;
}

export interface KnowledgeEntry {
  /** Stable id, for tests and for designers to refer to an entry. */
  id: string;
  tier: Tier;
  when: Condition;
  /** Which touchpoint the suggestion acts on: 'cause' (falls back to the pain's own when none is named) or, by default, 'pain'. */
  target?: 'cause' | 'pain';
  /**
   * Placeholders: {painPoint}, {touchpoint} (where it is felt), {stage}, {cause}, {earlierStage}.
   * Use {cause} only with hasCause or causeLanes, {earlierStage} only with earlierStage.
   */
  title: Localized;
  text: Localized;
  /** Key of the seed fact that motivates the suggestion (see facts.ts). */
  fact?: FactId;
}

export type FactId =
  | 'staff-indifference'
  | 'controllable'
  | 'complaints-heard'
  | 'iceberg'
  | 'fast-fix'
  | 'complainers-stay'
  | 'twelve-good'
  | 'word-of-mouth'
  | 'retain-cost'
  | 'satisfied-not-loyal'
  | 'hundred-minus-one'
  | 'bian-que'
  | 'no-after-sales'
  | 'preset-plans'
  | 'empowerment'
  | 'hilton'
  | 'user-suggestions'
  | 'stew-leonard'
  | 'care'
  | 'look-ask-listen'
  | 'haidilao'
  | 'rice-bowl'
  | 'long-wait'
  | 'hotline'
  | 'jobs'
  | 'key-factors'
  | 'internal-customer'
  | 'service-scene'
  | 'trained-staff'
  | 'salon-file'
  | 'speak-slowly'
  | 'do-a-little-more';
