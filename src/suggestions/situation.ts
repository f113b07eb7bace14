/**
 * The situation of a pain point, as a consultant reads it before advising: who acts at the step where it is
 * felt and at its cause (and so who can change it), whether the channel is remote, how it fails the customer,
 * where its cause sits relative to the line of visibility, the numbers recorded there and where in the
 * journey it happens. The matcher only ever compares an entry's conditions with these facets.
 */
import type { MapIndex, PainEntry } from '../analysis/map-index';
import type { Category, Channel, Failure, LaneKind, PainPoint, PersonaType, Severity, Stage, Touchpoint } from '../model';
import { causeKindOf, type CauseKind } from './cause-kind';
import { inferFailure } from './failure';
import { topicsOf, type Topic } from './topic';

/**
 * Who acts at a step, which decides who can change it: the customer (changed by redesigning the step, form,
 * channel or what they are told beforehand), staff in a frontstage with a person, a self-service or digital
 * touchpoint (its product owner), backstage staff or systems (the owner of the step) or a support process
 * (its process owner).
 */
export const ACTORS = ['customer', 'staff', 'self-service', 'backstage', 'support'] as const;
export type Actor = (typeof ACTORS)[number];

/**
 * remote: a live or digital channel at a distance; in-person: face to face or at our kiosk; delivered: post,
 * courier or goods handed over by a carrier, where the customer meets a thing and nobody of ours (no call
 * to return, no face to apologise to).
 */
export type ChannelMode = 'remote' | 'in-person' | 'delivered' | 'unknown';
/** none: no cause named; same-lane: caused in the pain's own lane; visible: above the line; hidden: below it. */
export type CausePosition = 'none' | 'same-lane' | 'visible' | 'hidden';
export type StagePlace = 'first' | 'early' | 'late' | 'last';
export type MetricKey = 'wait' | 'csat' | 'nps' | 'complaints';
export type Marker = 'fail' | 'wait';

/** A self-service kiosk is on site, so it counts as in person; only these reach the customer at a distance. */
const REMOTE: ReadonlySet<Channel> = new Set(['phone', 'web', 'app', 'email', 'chat', 'social']);
/** Channels where a product, not a person of ours, serves the customer; a letter is read like any other document the customer holds. */
const DIGITAL: ReadonlySet<Channel> = new Set(['web', 'app', 'email', 'self-service']);

export function channelModeOf(channel: Channel | undefined): ChannelMode {
  if (channel === undefined || channel === 'other') return 'unknown';
  if (channel === 'mail') return 'delivered';
  return REMOTE.has(channel) ? 'remote' : 'in-person';
}

/**
 * Lanes that record the customer's inner life (thoughts, emotions, opportunities) count as the customer's.
 * A custom lane or one without a kind cannot say whether a person of ours acts there, so it is read by its
 * channel and never as staffed: advice to "the staff" of a step that may be the customer's is the worse error.
 */
export function actorOf(kind: LaneKind | undefined, channel: Channel | undefined, automated = false, byPerson = false): Actor {
  const digital = automated || (channel !== undefined && DIGITAL.has(channel) && !byPerson);
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

/**
 * A frontstage step its name says a person of ours does, even by email or in an app (a claims agent replies,
 * an adviser writes): the person and their standards change it, not a product owner.
 */
const BY_PERSON = /\b(agent|adviser|advisor|officer|handler|clerk|consultant|host|staff|nurse|doctor|manager)s?\b|客服专员|专员|顾问|坐席|柜员|经理|人工/i;

export function isByPerson(step: Pick<Touchpoint, 'title'>): boolean {
  return BY_PERSON.test(step.title);
}

/** A frontstage answered by a machine (a chatbot, an IVR, an auto-reply) is a product to fix, not staff to train. */
const AUTOMATED = /\bbots?\b|chatbot|automated|auto-?repl|\bIVR\b|机器人|智能客服|自动回复|语音导航/i;

/** Whether the step, or the pain felt there, says a machine answers the customer. */
export function isAutomated(step: Pick<Touchpoint, 'title' | 'description'>, painTitle = ''): boolean {
  return AUTOMATED.test(`${step.title} ${step.description ?? ''} ${painTitle}`);
}

/**
 * Service taken to the customer (a home visit, an installation, a delivery by our people): there is no queue
 * to show, no counter to open and no arrival to prepare for; the promise is the visit's time.
 */
const AT_CUSTOMER_SITE = /home visit|on[- ]site|at (the customer's|their|her|his) home|house call|technician visit|上门|入户|到府|到家/i;

export function isAtCustomerSite(step: Pick<Touchpoint, 'title' | 'description'>): boolean {
  return AT_CUSTOMER_SITE.test(`${step.title} ${step.description ?? ''}`);
}

/**
 * A step where the customer can only wait for us to make the next move (an appointment call, a reply, a
 * visit): nothing there to choose, press or fill in, so advice about ordering a menu, cutting fields or
 * watching drop-outs has nothing to act on. Said by the step's name (waiting for …, 等待…) or by the pain
 * (nobody got in touch, 没人联系).
 */
const AWAITING_STEP = /\b(a?wait(s|ing)? for|awaiting)\b|等待|等候|等着/i;
const NO_CONTACT =
  /\b(no one|nobody|no-one|never) (contacted|called|rang|got in touch|replied|responded|came back)|\bno (contact|call|word|news|update|reply|response)\b|heard nothing|not contacted|没人联系|没有联系|无人联系|没人打电话|没人回应|没有回应|无人回应|没消息|没有消息|没动静|杳无音信|没人回复|无人回复/i;

/** A menu the customer works through: a phone tree, an IVR, options to tap through before reaching what they came for. */
const MENU = /\bmenus?\b|\bIVR\b|phone tree|keypad|press(es|ing)? (\d|one|two|three|four|five)\b|菜单|按键|次键|语音导航|转人工/i;

/** Whether the step, or the pain felt there, names a menu: only then is ordering a menu advice that can be acted on. */
export function isMenu(step: Pick<Touchpoint, 'title' | 'description'>, painTitle = ''): boolean {
  return MENU.test(`${step.title} ${step.description ?? ''} ${painTitle}`);
}

/** The customer is asked again for what they already gave: the pain says so in its own words. */
const ASKED_AGAIN =
  /\b(ask|asks|asked|asking|enter|type|fill|provide|give|repeat|explain|describe|describing)\w*\b(\s+\S+){0,3}\s+(again|twice|from (the )?(start|beginning|scratch))\b|\bstart(s|ed|ing)? (all )?over\b|\bre-?(enter|type)|\balready (given|provided|told|gave|sent)\b|\bsame (details|information|questions)\b|重复填|重复提供|重复提交|再填一遍|又要填|又问|再问一遍|再次提供|重新填写|已经提供过|已经填过|再输一遍|再输入一遍|明明填过|明明提供过|从头(再)?(说|讲|报|描述|解释|交代|介绍)(了)?一遍|(让|要)(我|他|她|客户|用户)?(再|又)(说|讲|报|描述|解释)(了)?一遍|重新(说|讲|报|描述|解释)(了)?一遍/i;

export function isAskedAgain(pain: Pick<PainPoint, 'title' | 'note'>): boolean {
  return ASKED_AGAIN.test(`${pain.title} ${pain.note ?? ''}`);
}

/** Whether the customer, at this step, waits for the company to get in touch or act. */
export function isAwaiting(step: Pick<Touchpoint, 'title'>, pain: Pick<PainPoint, 'title' | 'note'>): boolean {
  return AWAITING_STEP.test(step.title) || NO_CONTACT.test(`${pain.title} ${pain.note ?? ''}`);
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
  /** What kind of thing the cause step is (a target, a rota, a rule …), from its own words (cause-kind.ts). */
  causeKind: CauseKind | undefined;
  metrics: ReadonlySet<MetricKey>;
  markers: ReadonlySet<Marker>;
  lowScore: boolean;
  atFollowUp: boolean;
  /** Our people go to the customer (see isAtCustomerSite). */
  atCustomerSite: boolean;
  /** The customer can only wait for our next move here (see isAwaiting). */
  awaiting: boolean;
  /** The step is a menu the customer works through (see isMenu). */
  atMenu: boolean;
  /** The pain says the customer was asked again for what they had given (see isAskedAgain). */
  askedAgain: boolean;
  /** The subjects the pain names in its own words (see topic.ts). */
  topics: ReadonlySet<Topic>;
  /** Of those, the ones its title names: the title says what the pain is about, the note adds context. */
  titleTopics?: ReadonlySet<Topic>;
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
    actor: actorOf(painLane, touchpoint.channel, isAutomated(touchpoint, painPoint.title), isByPerson(touchpoint)),
    channelMode: channelModeOf(touchpoint.channel),
    cause,
    causeLane,
    causeActor: cause ? actorOf(causeLane, cause.channel, isAutomated(cause), isByPerson(cause)) : undefined,
    causePosition: causePositionOf(cause, touchpoint, causeLane),
    causeKind: causeKindOf(cause),
    metrics,
    markers,
    lowScore: isLowScore(m.csat, m.nps),
    atFollowUp: isFollowUp(touchpoint),
    atCustomerSite: isAtCustomerSite(touchpoint),
    awaiting: isAwaiting(touchpoint, painPoint),
    atMenu: isMenu(touchpoint, painPoint.title),
    askedAgain: isAskedAgain(painPoint),
    topics: topicsOf(painPoint, touchpoint),
    titleTopics: topicsOf({ title: painPoint.title }, touchpoint),
    personas: new Set((index.map.personas ?? []).flatMap((p) => (p.type ? [p.type] : []))),
    stage: stages[at],
    places: placesOf(at, stages.length),
    earlierStage: earlierAt >= 0 ? stages[earlierAt] : undefined,
  };
}
