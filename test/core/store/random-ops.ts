/**
 * Random edits for the property tests: each generated op picks its targets from the current
 * document by index, so most ops are meaningful; `stray` ones name ids or values that do not exist.
 */
import fc from 'fast-check';
import { COMMAND_NAMES, copySelection, type CommandArgs, type CommandName } from '../../../src/commands';
import { CATEGORIES, CHANNELS, LANE_KINDS, LEVELS, SEVERITIES, TIERS, type MapDocument } from '../../../src/model';
import { arbName } from '../../fixtures/arbitrary';

export interface Op {
  name: CommandName;
  picks: [number, number, number, number];
  text: string;
  num: number;
  flag: boolean;
  stray: boolean;
}

export const arbOp: fc.Arbitrary<Op> = fc.record({
  name: fc.constantFrom(...COMMAND_NAMES),
  picks: fc.tuple(fc.nat(), fc.nat(), fc.nat(), fc.nat()),
  text: arbName,
  num: fc.integer({ min: -12, max: 12 }),
  flag: fc.boolean(),
  stray: fc.nat(3).map((n) => n === 0),
});

const pick = <T>(items: readonly T[], n: number): T | undefined => items[n % Math.max(1, items.length)];

export interface Dispatchable<K extends CommandName = CommandName> {
  name: K;
  args: CommandArgs[K];
}

/** Turns an op into concrete command arguments against the current document. */
export function argsFor(op: Op, map: MapDocument): Dispatchable {
  const [a, b, c, d] = op.picks;
  const stray = op.stray ? 'missing' : undefined;
  const tps = map.touchpoints;
  const tp = stray ?? pick(tps, a)?.id ?? 'missing';
  const other = stray ?? pick(tps, b)?.id ?? 'missing';
  const stage = stray ?? pick(map.stages, c)?.id ?? 'missing';
  const lane = stray ?? pick(map.lanes, d)?.id ?? 'missing';
  const pains = tps.flatMap((t) => (t.painPoints ?? []).map((p) => ({ tp: t.id, id: p.id, remedies: p.remedies?.length ?? 0 })));
  const pain = pick(pains, b);
  const painId = stray ?? pain?.id ?? 'missing';
  const link = stray ?? pick(map.links ?? [], c)?.id ?? 'missing';
  const persona = stray ?? pick(map.personas ?? [], a)?.id ?? 'missing';
  const text = op.stray && op.flag ? '   ' : op.text;
  const some = (): string[] => tps.filter((_, i) => (i + a) % 3 === 0).map((t) => t.id).slice(0, 1 + (b % 4));

  const make = <K extends CommandName>(name: K, args: CommandArgs[K]): Dispatchable => ({ name, args }) as Dispatchable;
  switch (op.name) {
    case 'addTouchpoint':
      return make(op.name, {
        stage,
        lane,
        title: text,
        fields: { level: pick(LEVELS, c), emotion: op.num, channel: op.flag ? pick(CHANNELS, d) : undefined },
      });
    case 'updateTouchpoint':
      return make(op.name, {
        id: tp,
        patch: op.flag
          ? { title: text, emotion: op.num }
          : { level: op.num > 0 ? pick(LEVELS, d) : undefined, lane, metrics: { waitMinutes: Math.abs(op.num) } },
      });
    case 'moveTouchpoints':
      return make(op.name, {
        moves: some().map((id, i) => ({
          id,
          stage: i === 0 ? stage : (pick(map.stages, c + i)?.id ?? stage),
          lane,
          ...(op.flag ? { before: op.num > 0 ? (pick(tps, d)?.id ?? null) : null } : {}),
        })),
      });
    case 'deleteElements':
      return make(op.name, op.flag ? { touchpointIds: some() } : { linkIds: [link], touchpointIds: tps.length > 0 && a % 2 ? [tp] : [] });
    case 'pasteTouchpoints': {
      const payload = copySelection(map, some());
      return make(op.name, payload ? { ...payload, ...(op.flag ? { stage, lane } : {}) } : { touchpoints: [], links: [] });
    }
    case 'duplicate':
      return make(op.name, { touchpointIds: some() });
    case 'addLink':
      return make(op.name, { from: tp, to: other, kind: op.flag ? 'support' : 'flow' });
    case 'updateLink':
      return make(op.name, { id: link, patch: op.flag ? { label: text } : { kind: op.num > 0 ? 'support' : 'flow', label: undefined } });
    case 'reverseLink':
      return make(op.name, { id: link });
    case 'addStage':
      return make(op.name, { name: text, index: op.num });
    case 'renameStage':
      return make(op.name, { id: stage, name: text });
    case 'setStageDescription':
      return make(op.name, { id: stage, description: op.flag ? text : '' });
    case 'moveStage':
      return make(op.name, { id: stage, index: a % 8 });
    case 'deleteStage':
      return make(op.name, { id: stage });
    case 'addLane':
      return make(op.name, { name: text, kind: pick(LANE_KINDS, d), index: op.num });
    case 'renameLane':
      return make(op.name, { id: lane, name: text });
    case 'setLaneKind':
      return make(op.name, { id: lane, kind: pick(LANE_KINDS, b)! });
    case 'moveLane':
      return make(op.name, { id: lane, index: b % 8 });
    case 'deleteLane':
      return make(op.name, { id: lane });
    case 'setLaneHidden':
      return make(op.name, { laneId: lane, hidden: op.flag });
    case 'addPainPoint':
      return make(op.name, {
        touchpointId: tp,
        title: text,
        severity: pick(SEVERITIES, c)!,
        category: pick(CATEGORIES, d),
        ...(op.flag ? { causedBy: other } : {}),
      });
    case 'updatePainPoint':
      return make(op.name, {
        touchpointId: stray ?? pain?.tp ?? 'missing',
        painPointId: painId,
        patch: op.flag ? { severity: pick(SEVERITIES, d), causedBy: other } : { title: text, causedBy: undefined, votes: op.num },
      });
    case 'deletePainPoint':
      return make(op.name, { touchpointId: stray ?? pain?.tp ?? 'missing', painPointId: painId });
    case 'addRemedy':
      return make(op.name, { painPointId: painId, tier: pick(TIERS, c)!, text, index: op.num });
    case 'updateRemedy':
      return make(op.name, { painPointId: painId, index: c % Math.max(1, pain?.remedies ?? 1), patch: { tier: pick(TIERS, d)!, text } });
    case 'deleteRemedy':
      return make(op.name, { painPointId: painId, index: c % Math.max(1, pain?.remedies ?? 1) });
    case 'adjustVotes':
      return make(op.name, { painPointId: painId, delta: op.num % 3 });
    case 'setVotes':
      return make(op.name, { painPointId: painId, votes: op.num });
    case 'setMapTitle':
      return make(op.name, { title: text });
    case 'setMapLocale':
      return make(op.name, { locale: op.flag ? 'en' : 'zh-CN' });
    case 'setMapDescription':
      return make(op.name, { description: op.flag ? text : '' });
    case 'addPersona':
      return make(op.name, { name: text, goals: op.flag ? text : '' });
    case 'updatePersona':
      return make(op.name, { id: persona, patch: { name: text, type: undefined } });
    case 'deletePersona':
      return make(op.name, { id: persona });
    case 'recordVoteSession':
      return make(op.name, {
        session: { id: `v${c % 3}`, endedAt: '2026-12-04T18:00:00Z', dotsPerPerson: 3, participants: a % 20, dots: { [painId]: Math.abs(op.num) }, assumed: b % 9, observed: d % 9 },
      });
  }
}
