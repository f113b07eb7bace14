import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { runCommand, workshopSessions } from '../../../src/commands';
import {
  addSticky,
  castDot,
  clockTimer,
  createTimer,
  dotsLeftFor,
  endSession,
  evidenceLedger,
  planAccept,
  publishClock,
  readRoom,
  remainingMs,
  resolveSticky,
  ROOM_ROOT,
  sessionRecord,
  setRevealed,
  startSession,
  takeDot,
  tally,
  timerReducer,
  visibleTally,
} from '../../../src/workshop';
import { buildMap } from '../analysis/build-map';

/** Brings every document up to date with every other, as a relay would once all are connected. */
function sync(...docs: Y.Doc[]): void {
  for (const from of docs) {
    const update = Y.encodeStateAsUpdate(from);
    for (const to of docs) if (to !== from) Y.applyUpdate(to, update);
  }
}

/** A facilitator and participants. */
function room(participants: number): Y.Doc[] {
  const docs = [new Y.Doc(), ...Array.from({ length: participants }, () => new Y.Doc())];
  sync(...docs);
  return docs;
}

const map = buildMap({
  stages: ['Book', 'Arrive'],
  touchpoints: [
    { id: 't1', stage: 's1', lane: 'customer', evidence: 'observed', painPoints: [{ id: 'p1', title: 'Nobody answers', severity: 'critical' }] },
    { id: 't2', stage: 's2', lane: 'front', painPoints: [{ id: 'p2', title: 'Queue', severity: 'medium', votes: 2 }] },
  ],
});

describe('the room on Yjs', () => {
  it('carries a participant sticky to the facilitator, assumed and signed or anonymous', () => {
    const [host, phone, laptop] = room(2);
    expect(addSticky(phone!, { kind: 'idea', stageId: 's1', text: '  Text us when the car is ready ', author: 'Li Wei' }, 'a1', 1)).not.toBeNull();
    expect(addSticky(laptop!, { kind: 'pain', stageId: 's1', text: 'Hold music for 20 minutes', author: '   ' }, 'b1', 2)).not.toBeNull();
    sync(host!, phone!, laptop!);
    const stickies = readRoom(host!).stickies;
    expect(stickies.map((s) => [s.text, s.author, s.evidence, s.status])).toEqual([
      ['Text us when the car is ready', 'Li Wei', 'assumed', 'new'],
      ['Hold music for 20 minutes', null, 'assumed', 'new'],
    ]);
    expect(readRoom(laptop!).stickies).toEqual(stickies);
  });

  it('keeps stickies posted by devices that had never synced, offline at the door', () => {
    const [host, phone, laptop] = [new Y.Doc(), new Y.Doc(), new Y.Doc()];
    addSticky(phone, { kind: 'idea', stageId: 's1', text: 'From the phone' }, 'a', 1);
    addSticky(laptop, { kind: 'pain', stageId: 's1', text: 'From the laptop' }, 'b', 2);
    startSession(host, 'v1', 3, 0);
    sync(host, phone, laptop);
    expect(readRoom(host).stickies.map((s) => s.text)).toEqual(['From the phone', 'From the laptop']);
    expect(readRoom(phone).session?.id).toBe('v1');
  });

  it('refuses a blank or overlong sticky, and skips malformed entries a peer wrote', () => {
    const [host, phone] = room(1);
    expect(addSticky(phone!, { kind: 'idea', stageId: 's1', text: '   ' }, 'x', 1)).toBeNull();
    expect(addSticky(phone!, { kind: 'idea', stageId: 's1', text: 'x'.repeat(281) }, 'y', 1)).toBeNull();
    expect(addSticky(phone!, { kind: 'rant' as 'idea', stageId: 's1', text: 'hi' }, 'z', 1)).toBeNull();
    // A hostile or outdated client writes straight into the shared map.
    const stickies = phone!.getMap(`${ROOM_ROOT}.stickies`);
    stickies.set('evil', { id: 'evil', kind: 'idea', stageId: 's1', text: 'observed!', author: null, evidence: 'observed', status: 'accepted', createdAt: 0 });
    stickies.set('other', { id: 'not-other', kind: 'idea', stageId: 's1', text: 'claims another id', author: null, evidence: 'assumed', status: 'new', createdAt: 0 });
    phone!.getMap(ROOM_ROOT).set('session', { id: 'v', dotsPerPerson: 'many' });
    sync(host!, phone!);
    const r = readRoom(host!);
    expect(r.stickies).toEqual([]);
    expect(r.session).toBeNull();
  });

  it('counts concurrent votes from everyone, hidden until the facilitator reveals them', () => {
    const [host, a, b] = room(2);
    startSession(host!, 'v1', 3, 10);
    sync(host!, a!, b!);
    // Offline from each other: both vote at the same moment.
    expect(castDot(a!, 'ana', 'p1')).toBe(true);
    expect(castDot(a!, 'ana', 'p1')).toBe(true);
    expect(castDot(b!, 'bo', 'p1')).toBe(true);
    expect(castDot(b!, 'bo', 'p2')).toBe(true);
    sync(host!, a!, b!);
    const r = readRoom(host!);
    expect(tally(r)).toEqual({ p1: 3, p2: 1 });
    expect(visibleTally(readRoom(a!))).toBeNull();
    expect(dotsLeftFor(readRoom(a!), 'ana')).toBe(1);
    setRevealed(host!, true);
    sync(host!, a!, b!);
    expect(visibleTally(readRoom(b!))).toEqual({ p1: 3, p2: 1 });
  });

  it('holds a participant to their dots, even one voting from two devices or an old client writing more', () => {
    const [host, phone, laptop] = room(2);
    startSession(host!, 'v1', 2, 0);
    sync(host!, phone!, laptop!);
    expect(castDot(phone!, 'ana', 'p1')).toBe(true);
    expect(castDot(phone!, 'ana', 'p2')).toBe(true);
    expect(castDot(phone!, 'ana', 'p2')).toBe(false);
    // The same person on a second device, before it heard of the first: one entry wins, never both.
    expect(castDot(laptop!, 'ana', 'p1')).toBe(true);
    sync(host!, phone!, laptop!);
    expect(readRoom(host!).dots.get('ana')!.length).toBeLessThanOrEqual(2);
    // An old client ignores the budget and writes five dots: only the first two count.
    host!.getMap(`${ROOM_ROOT}.votes`).set('v1/cheat', ['p1', 'p1', 'p1', 'p1', 'p1']);
    sync(host!, phone!, laptop!);
    expect(readRoom(laptop!).dots.get('cheat')).toEqual(['p1', 'p1']);
    expect(takeDot(phone!, 'ana', 'p9')).toBe(false);
  });

  it('never lets any participant exceed the budget, whatever the order of votes and syncs', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }),
        fc.array(fc.record({ device: fc.nat(2), who: fc.constantFrom('ana', 'bo'), pain: fc.constantFrom('p1', 'p2'), remove: fc.boolean(), sync: fc.boolean() }), { maxLength: 30 }),
        (budget, steps) => {
          const docs = room(3);
          startSession(docs[0]!, 'v', budget, 0);
          sync(...docs);
          for (const s of steps) {
            const doc = docs[s.device + 1]!;
            if (s.remove) takeDot(doc, s.who, s.pain);
            else castDot(doc, s.who, s.pain);
            if (s.sync) sync(...docs);
          }
          sync(...docs);
          for (const d of docs) expect(tally(readRoom(d))).toEqual(tally(readRoom(docs[0]!)));
          for (const list of readRoom(docs[0]!).dots.values()) expect(list.length).toBeLessThanOrEqual(budget);
        },
      ),
    );
  });

  it('starts a new vote from zero: earlier dots and the reveal do not carry over', () => {
    const [host, a] = room(1);
    startSession(host!, 'v1', 3, 0);
    sync(host!, a!);
    castDot(a!, 'ana', 'p1');
    sync(host!, a!);
    setRevealed(host!, true);
    startSession(host!, 'v2', 3, 100);
    sync(host!, a!);
    const r = readRoom(a!);
    expect(r.session).toMatchObject({ id: 'v2', revealed: false });
    expect(tally(r)).toEqual({});
    expect(dotsLeftFor(r, 'ana')).toBe(3);
    endSession(host!);
    sync(host!, a!);
    expect(castDot(a!, 'ana', 'p1')).toBe(false);
  });

  it('shows participants the projector\'s stage and clock', () => {
    const [host, phone] = room(1);
    let timer = timerReducer(createTimer(5, 's2'), { type: 'start', now: 1_000 });
    publishClock(host!, timer);
    sync(host!, phone!);
    const clock = readRoom(phone!).clock!;
    expect(clock.stageId).toBe('s2');
    expect(remainingMs(clockTimer(clock), 61_000)).toBe(4 * 60_000);
    timer = timerReducer(timer, { type: 'pause', now: 61_000 });
    publishClock(host!, timer);
    sync(host!, phone!);
    expect(remainingMs(clockTimer(readRoom(phone!).clock!), 999_000)).toBe(4 * 60_000);
  });
});

describe('the facilitator takes the room\'s stickies into the map', () => {
  it('accepts an idea as a card marked assumed, and a pain point onto the card pointed at', () => {
    const [host, phone] = room(1);
    addSticky(phone!, { kind: 'idea', stageId: 's2', text: 'Text us when ready', author: 'Li' }, 'a', 1);
    addSticky(phone!, { kind: 'pain', stageId: 's1', text: 'Hold music', author: null }, 'b', 2);
    sync(host!, phone!);
    const [idea, pain] = readRoom(host!).stickies;
    const planIdea = planAccept(map, idea!, null);
    if (!planIdea.ok) throw new Error(planIdea.reason);
    const withIdea = runCommand(map, planIdea.command, planIdea.args)!;
    const card = withIdea.map.touchpoints.find((tp) => tp.id === withIdea.created[0])!;
    expect(card).toMatchObject({ title: 'Text us when ready', stage: 's2', evidence: 'assumed' });
    expect(planAccept(map, pain!, null)).toEqual({ ok: false, reason: 'no-card' });
    const planPain = planAccept(withIdea.map, pain!, 't1');
    if (!planPain.ok) throw new Error(planPain.reason);
    const withPain = runCommand(withIdea.map, planPain.command, planPain.args)!.map;
    expect(withPain.touchpoints.find((tp) => tp.id === 't1')!.painPoints!.map((p) => p.title)).toContain('Hold music');
    resolveSticky(host!, idea!.id, 'accepted', card.id);
    resolveSticky(host!, pain!.id, 'hidden');
    sync(host!, phone!);
    expect(readRoom(phone!).stickies.map((s) => [s.status, s.target])).toEqual([
      ['accepted', card.id],
      ['hidden', undefined],
    ]);
  });

  it('keeps each session\'s results in the map, adds them to the totals, and counts observations since', () => {
    const [host, a, b] = room(2);
    startSession(host!, 'v1', 3, 0);
    sync(host!, a!, b!);
    castDot(a!, 'ana', 'p1');
    castDot(a!, 'ana', 'p2');
    castDot(b!, 'bo', 'p2');
    castDot(b!, 'bo', 'gone');
    sync(host!, a!, b!);
    const record = sessionRecord(readRoom(host!), map, new Date('2026-12-04T18:00:00Z'))!;
    expect(record).toEqual({ id: 'v1', endedAt: '2026-12-04T18:00:00.000Z', dotsPerPerson: 3, participants: 2, dots: { p1: 1, p2: 2 }, assumed: 0, observed: 1 });
    const after = runCommand(map, 'recordVoteSession', { session: record })!.map;
    expect(after.touchpoints.flatMap((tp) => tp.painPoints ?? []).map((p) => [p.id, p.votes])).toEqual([
      ['p1', 1],
      ['p2', 4],
    ]);
    expect(workshopSessions(after)).toEqual([record]);
    expect(evidenceLedger(map).observedSinceLastSession).toBeNull();
    // Research after the workshop: t2 was seen happening.
    const observed = runCommand(after, 'updateTouchpoint', { id: 't2', patch: { evidence: 'observed' } })!.map;
    expect(evidenceLedger(observed)).toMatchObject({ observed: 2, observedSinceLastSession: 1, lastSessionAt: record.endedAt });
  });
});
