import { describe, expect, it } from 'vitest';
import { createDocStore } from '../../../src/store';
import { canAddDot, canRemoveDot, dotCommand, dotsLeft, dotsTotal, dotsUsed, startVote } from '../../../src/workshop';
import { buildMap } from '../analysis/build-map';

const map = buildMap({
  touchpoints: [
    { id: 'a', painPoints: [{ id: 'p1', title: 'Queue', severity: 'high', votes: 4 }] },
    { id: 'b', painPoints: [{ id: 'p2', title: 'Rude', severity: 'medium' }] },
  ],
});

/** Applies what a click would do, as the presentation does: through the store. */
function click(store: ReturnType<typeof createDocStore>, session: ReturnType<typeof startVote>, painPointId: string, shift = false): boolean {
  const cmd = dotCommand(session, store.getState().map, painPointId, shift);
  return cmd !== null && store.dispatch(cmd.name, cmd.args);
}

describe('dot voting', () => {
  it('gives every participant their dots and counts what the room has placed since the vote began', () => {
    const store = createDocStore(map);
    const session = startVote(map, 2, 3);
    expect(dotsTotal(session)).toBe(6);
    expect(dotsUsed(session, store.getState().map)).toBe(0);
    expect(click(store, session, 'p1')).toBe(true);
    expect(click(store, session, 'p2')).toBe(true);
    expect(click(store, session, 'p2')).toBe(true);
    const votes = store.getState().map.touchpoints.map((t) => t.painPoints?.[0]?.votes);
    expect(votes).toEqual([5, 2]);
    expect(dotsUsed(session, store.getState().map)).toBe(3);
    expect(dotsLeft(session, store.getState().map)).toBe(3);
  });

  it('refuses a dot once the budget is spent', () => {
    const store = createDocStore(map);
    const session = startVote(map, 1, 2);
    expect(click(store, session, 'p2')).toBe(true);
    expect(click(store, session, 'p2')).toBe(true);
    expect(canAddDot(session, store.getState().map, 'p1')).toBe(false);
    expect(click(store, session, 'p1')).toBe(false);
    expect(store.getState().map.touchpoints[0]!.painPoints![0]!.votes).toBe(4);
  });

  it('takes back only dots placed in this vote (shift-click), freeing them again', () => {
    const store = createDocStore(map);
    const session = startVote(map, 1, 1);
    expect(canRemoveDot(session, map, 'p1')).toBe(false);
    expect(click(store, session, 'p1', true)).toBe(false);
    expect(click(store, session, 'p1')).toBe(true);
    expect(dotsLeft(session, store.getState().map)).toBe(0);
    expect(click(store, session, 'p1', true)).toBe(true);
    expect(store.getState().map.touchpoints[0]!.painPoints![0]!.votes).toBe(4);
    expect(dotsLeft(session, store.getState().map)).toBe(1);
  });

  it('follows undo and redo, since every dot is one undoable command', () => {
    const store = createDocStore(map);
    const session = startVote(map, 3, 1);
    click(store, session, 'p2');
    click(store, session, 'p2');
    expect(dotsUsed(session, store.getState().map)).toBe(2);
    store.undo();
    expect(dotsUsed(session, store.getState().map)).toBe(1);
    store.redo();
    expect(dotsUsed(session, store.getState().map)).toBe(2);
  });

  it('counts dots on a pain point added during the vote from zero; unknown pain points take no dots', () => {
    const store = createDocStore(map);
    const session = startVote(map, 3, 1);
    store.dispatch('addPainPoint', { touchpointId: 'b', title: 'No coffee', severity: 'low', id: 'p3' });
    expect(click(store, session, 'p3')).toBe(true);
    expect(dotsUsed(session, store.getState().map)).toBe(1);
    expect(dotCommand(session, store.getState().map, 'nope', false)).toBeNull();
  });

  it('keeps the budget whole and positive', () => {
    const s = startVote(map, 0, Number.NaN);
    expect(s.dotsPerPerson).toBe(1);
    expect(s.participants).toBeGreaterThanOrEqual(1);
    expect(startVote(map, 2.6, 4.4)).toMatchObject({ dotsPerPerson: 3, participants: 4 });
  });
});
