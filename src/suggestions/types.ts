/** The shape of the knowledge base: entries a service designer can read, copy and extend. */
import type { Category, Failure, LaneKind, Locale, PersonaType, Severity, Tier } from '../model';
import type { Actor, CausePosition, ChannelMode, Marker, MetricKey, StagePlace } from './situation';
import type { Topic } from './topic';
import type { CauseKind } from './cause-kind';

export type Localized = Readonly<Record<Locale, string>>;

/** Early = the first half of the journey's stages (aware, consider, buy); late = the rest. */
export type StagePosition = 'early' | 'late';

/**
 * When an entry applies. Every condition given must hold; an absent condition matches anything.
 * Lists match when the pain point's value is one of them (see situation.ts for how each facet is read).
 */
export interface Condition {
  categories?: readonly Category[];
  severities?: readonly Severity[];
  failures?: readonly Failure[];
  /** Who acts at the step where the pain is felt. Advice to staff requires ['staff']. */
  actors?: readonly Actor[];
  /** Who acts at the cause (implies that the pain point names a cause). */
  causeActors?: readonly Actor[];
  /**
   * What kind of thing the cause step is, from its own words (implies a cause). Such an entry leads the prevent
   * tier only where the first would otherwise be a general cause entry; elsewhere it is not offered (match.ts).
   */
  causeKinds?: readonly CauseKind[];
  /** Where the cause sits: none, in the pain's own lane, elsewhere above the line, hidden below it. */
  causePositions?: readonly CausePosition[];
  /** Channel of the step where the pain is felt. In-person gestures require ['in-person']. */
  channelModes?: readonly ChannelMode[];
  /** Lane kind of the touchpoint where the pain is felt. */
  painLanes?: readonly LaneKind[];
  /** Lane kind of the pain point's cause (implies that the pain point names a cause). */
  causeLanes?: readonly LaneKind[];
  position?: StagePosition;
  /** Where in the journey: matches when the pain's stage is any of these. */
  places?: readonly StagePlace[];
  /** Metrics the step records; all must be present (their values fill {wait}, {csat}, {nps}). */
  metrics?: readonly MetricKey[];
  /** Markers the step carries; all must be set. */
  markers?: readonly Marker[];
  /** The step's recorded CSAT or NPS is low (see isLowScore). */
  lowScore?: true;
  /** Whether the pain is felt at a follow-up or survey step: false keeps follow-up-call advice away from one. */
  atFollowUp?: boolean;
  /** Whether the step is delivered (post, courier): false keeps "ask at this step" advice away from a letter or a parcel. */
  atDelivery?: boolean;
  /** Whether our people serve at the customer's place (home visit, installation): false keeps queue and counter advice away from one. */
  atCustomerSite?: boolean;
  /** Whether the customer can only wait for our next move at the step: false keeps menu and form advice away from one. */
  awaiting?: boolean;
  /** Whether the step is a menu the customer works through (a phone tree, an IVR): true keeps menu advice to one. */
  atMenu?: boolean;
  /** The pain says the customer was asked again for what they had already given. */
  askedAgain?: true;
  /** The pain names one of these subjects in its own words: a price change, a coverage check, contact details, a bot. */
  topics?: readonly Topic[];
  /** The map has a persona of one of these types. */
  personas?: readonly PersonaType[];
  /** The pain point names a cause touchpoint other than its own. */
  hasCause?: true;
  /** There is a stage before the pain's own in which to act (the cause's, if earlier, else the previous one). */
  earlierStage?: true;
}

export interface KnowledgeEntry {
  /** Stable id `tier.category.slug` (category `any` for entries that fit every category). */
  id: string;
  tier: Tier;
  when: Condition;
  /** Which touchpoint the suggestion acts on: 'cause' (falls back to the pain's own when none is named) or, by default, 'pain'. */
  target?: 'cause' | 'pain';
  /**
   * Placeholders, filled with quoted names: {painPoint}, {touchpoint} (where it is felt), {stage}, {cause},
   * {earlierStage}; owner phrases {owner} (who can change the step where it is felt) and {causeOwner};
   * figures {wait}, {csat}, {nps}. A test checks each is used only under the condition that fills it.
   * Names may be noun or verb phrases: write "the step {touchpoint}" / "在{touchpoint}这一环节", never a
   * name in a slot only a noun fits.
   */
  title: Localized;
  text: Localized;
  /**
   * Entries of one group give the same advice for different settings (the early signal from the cause, the
   * lesson fed back to it, the incident turned into a story); a pain point gets only the best of each group.
   */
  group?: string;
  /** How the owner would know it worked (measures.ts). */
  measure: MeasureId;
  /** Key of the seed fact that motivates the suggestion (see facts.ts). */
  fact?: FactId;
}

export type MeasureId =
  | 'wait-minutes'
  | 'answer-rate'
  | 'first-contact-resolution'
  | 'csat'
  | 'nps'
  | 'complaints'
  | 'repeat-rate'
  | 'defect-rate'
  | 'on-time'
  | 'recovery-time'
  | 'self-service-completion'
  | 'availability'
  | 'questions'
  | 'disputes'
  | 'improvement-notes'
  | 'early-warnings'
  | 'escalations'
  | 'questions-answered'
  | 'chases';

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
