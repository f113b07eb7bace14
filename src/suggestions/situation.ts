/**
 * The situation of a pain point, as a consultant reads it before advising: who acts at the step where it is
 * felt and at its cause (and so who can change it), whether the channel is remote, how it fails the customer,
 * where its cause sits relative to the line of visibility, the numbers recorded there and where in the
 * journey it happens. The matcher only ever compares an entry's conditions with these facets.
 */
import type { MapIndex, PainEntry } from '../analysis/map-index';
import type { Category, Channel, Failure, LaneKind, PersonaType, Severity, Stage, Touchpoint } from '../model';
import { inferFailure } from './failure';

/**
 * Who acts at a step, which decides who can change it: the customer (changed by redesigning the step, form,
 * channel or what they are told beforehand), staff in a frontstage with a person, a self-service or digital
 * touchpoint (its product owner), backstage staff or systems (the owner of the step) or a support process
 * (its process owner).
 */
export const ACTORS = ['customer', 'staff', 'self-service', 'backstage', 'support'] as const;
export type Actor = (typeof ACTORS)[number];

export type ChannelMode = 'remote' | 'in-person' | 'unknown';
/** none: no cause named; same-lane: caused in the pain's own lane; visible: above the line; hidden: below it. */
export type CausePosition = 'none' | 'same-lane' | 'visible' | 'hidden';
export type StagePlace = 'first' | 'early' | 'late' | 'last';
export type MetricKey = 'wait' | 'csat' | 'nps' | 'complaints';
export type Marker = 'fail' | 'wait';

/** A self-service kiosk is on site, so it counts as in person; only these reach the customer at a distance. */
const REMOTE: ReadonlySet<Channel> = new Set(['phone', 'web', 'app', 'email', 'chat', 'social', 'mail']);
/** Channels where a product, not a person of ours, serves the customer; a letter is read like any other document the customer holds. */
const DIGITAL: ReadonlySet<Channel> = new Set(['web', 'app', 'email', 'self-service']);

export function channelModeOf(channel: Channel | undefined): ChannelMode {
  if (channel === undefined || channel === 'other') return 'unknown';
  return REMOTE.has(channel) ? 'remote' : 'in-person';
}

/**
 * Lanes that record the customer's inner life (thoughts, emotions, opportunities) count as the customer's.
 * A custom lane or one without a kind cannot say whether a person of ours acts there, so it is read by its
 * channel and never as staffed: advice to "the staff" of a step that may be the customer's is the worse error.
 */
export function actorOf(kind: LaneKind | undefined, channel: Channel | undefined): Actor {
  const digital = channel !== undefined && DIGITAL.has(channel);
  switch (kind) {
    case 'backstage':
      return 'backstage';
    case 'support':
      return 'support';
    case 'frontstage':
      return digital ? 'self-service' : 'staff';
    default:
      return digital ? 'self-service' : 'customer';
  }
}

/** Steps where the company asks the customer how it went: a failed follow-up is not answered with another one. */
const FOLLOW_UP = /follow[- ]?up|survey|feedback|questionnaire|\bnps\b|\bcsat\b|回访|问卷|满意度|评价|调查/i;

/** A step where the company asks the customer how it went (it records an NPS, or its name says so). */
export function isFollowUp(step: Pick<Touchpoint, 'title' | 'metrics'>): boolean {
  return step.metrics?.nps !== undefined || FOLLOW_UP.test(step.title);
}

/** CSAT is stored on a 0–5 or 0–100 scale; below 70% of its top is a low score, as is an NPS under 30. */
export function isLowScore(csat: number | undefined, nps: number | undefined): boolean {
  const lowCsat = csat !== undefined && (csat <= 5 ? csat < 3.5 : csat < 70);
  return lowCsat || (nps !== undefined && nps < 30);
}

export interface PainSituation {
  category: Category;
  severity: Severity;
  failure: Failure;
  /** Whether the failure was recorded on the pain point or inferred. */
  failureGiven: boolean;
  painLane: LaneKind | undefined;
  actor: Actor;
  channelMode: ChannelMode;
  /** The cause touchpoint, when the pain point names one other than its own. */
  cause: Touchpoint | undefined;
  causeLane: LaneKind | undefined;
  causeActor: Actor | undefined;
  causePosition: CausePosition;
  metrics: ReadonlySet<MetricKey>;
  markers: ReadonlySet<Marker>;
  lowScore: boolean;
  atFollowUp: boolean;
  personas: ReadonlySet<PersonaType>;
  stage: Stage | undefined;
  /** early/late: first or second half of the stages; first and last are the ends of the journey. */
  places: ReadonlySet<StagePlace>;
  /** Where to act before the pain: the cause's stage when it comes earlier, else the stage just before. */
  earlierStage: Stage | undefined;
}

function causePositionOf(cause: Touchpoint | undefined, felt: Touchpoint, causeLane: LaneKind | undefined): CausePosition {
  if (!cause) return 'none';
  if (cause.lane === felt.lane) return 'same-lane';
  return causeLane === 'backstage' || causeLane === 'support' ? 'hidden' : 'visible';
}

function placesOf(at: number, count: number): Set<StagePlace> {
  const places = new Set<StagePlace>([at < count / 2 ? 'early' : 'late']);
  if (at === 0) places.add('first');
  if (at === count - 1) places.add('last');
  return places;
}

export function situationOf(index: MapIndex, { painPoint, touchpoint }: PainEntry): PainSituation {
  const { stages } = index.map;
  const found = painPoint.causedBy === undefined ? undefined : index.touchpointById.get(painPoint.causedBy);
  const cause = found && found.id !== touchpoint.id ? found : undefined;
  const at = index.stageIndex.get(touchpoint.stage) ?? 0;
  const causeAt = cause ? index.stageIndex.get(cause.stage) : undefined;
  const earlierAt = causeAt !== undefined && causeAt < at ? causeAt : at - 1;
  const painLane = index.laneKind(touchpoint);
  const causeLane = cause ? index.laneKind(cause) : undefined;
  const m = touchpoint.metrics ?? {};
  const metrics = new Set<MetricKey>();
  if (m.waitMinutes !== undefined) metrics.add('wait');
  if (m.csat !== undefined) metrics.add('csat');
  if (m.nps !== undefined) metrics.add('nps');
  if (m.complaints !== undefined) metrics.add('complaints');
  const markers = new Set<Marker>();
  if (touchpoint.failPoint) markers.add('fail');
  if (touchpoint.waitPoint) markers.add('wait');
  const category = painPoint.category ?? 'other';
  return {
    category,
    severity: painPoint.severity,
    failure: painPoint.failure ?? inferFailure(painPoint, touchpoint),
    failureGiven: painPoint.failure !== undefined,
    painLane,
    actor: actorOf(painLane, touchpoint.channel),
    channelMode: channelModeOf(touchpoint.channel),
    cause,
    causeLane,
    causeActor: cause ? actorOf(causeLane, cause.channel) : undefined,
    causePosition: causePositionOf(cause, touchpoint, causeLane),
    metrics,
    markers,
    lowScore: isLowScore(m.csat, m.nps),
    atFollowUp: isFollowUp(touchpoint),
    personas: new Set((index.map.personas ?? []).flatMap((p) => (p.type ? [p.type] : []))),
    stage: stages[at],
    places: placesOf(at, stages.length),
    earlierStage: earlierAt >= 0 ? stages[earlierAt] : undefined,
  };
}
