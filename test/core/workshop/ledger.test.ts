import { describe, expect, it } from 'vitest';
import { MAX_KEPT_SESSIONS, runCommand, workshopSessions, type WorkshopSession } from '../../../src/commands';
import { parseMapValue, serializeMap, parseMap } from '../../../src/model';
import { evidenceLedger } from '../../../src/workshop';
import { buildMap } from '../analysis/build-map';

const map = buildMap({
  touchpoints: [
    { id: 't1', evidence: 'observed', painPoints: [{ id: 'p1', title: 'Queue', severity: 'high', votes: 3 }] },
    { id: 't2', evidence: 'assumed' },
    { id: 't3', evidence: 'assumed' },
    { id: 't4', evidence: 'proposed' },
    { id: 't5' },
  ],
});

const session = (id: string, observed: number, dots: Record<string, number> = {}): WorkshopSession => ({
  id,
  endedAt: '2026-12-04T18:00:00.000Z',
  dotsPerPerson: 3,
  participants: 4,
  dots,
  assumed: 2,
  observed,
});

describe('evidence ledger', () => {
  it('counts the map by evidence, with no comparison before the first session', () => {
    expect(evidenceLedger(map)).toEqual({ assumed: 2, observed: 1, proposed: 1, unmarked: 1, observedSinceLastSession: null, lastSessionAt: null });
  });

  it('compares with the last kept session, never below zero', () => {
    const kept = runCommand(map, 'recordVoteSession', { session: session('v1', 0) })!.map;
    expect(evidenceLedger(kept).observedSinceLastSession).toBe(1);
    const later = runCommand(kept, 'recordVoteSession', { session: session('v2', 5) })!.map;
    expect(evidenceLedger(later)).toMatchObject({ observedSinceLastSession: 0, lastSessionAt: '2026-12-04T18:00:00.000Z' });
  });

  it('skips malformed session entries written by hand or by another tool', () => {
    const raw = { ...map, view: { workshop: { sessions: [{ id: 'x', observed: 'many' }, session('ok', 0), 'nonsense'] } } };
    const parsed = parseMapValue(raw);
    if (!parsed.ok) throw new Error('view is free-form: the map must still parse');
    expect(workshopSessions(parsed.map).map((s) => s.id)).toEqual(['ok']);
    expect(evidenceLedger(parsed.map).observedSinceLastSession).toBe(1);
  });
});

describe('keeping a vote session in the map', () => {
  it('adds the session\'s dots to the totals and records it, in one undoable command that survives a save', () => {
    const result = runCommand(map, 'recordVoteSession', { session: session('v1', 1, { p1: 2, gone: 4 }) })!;
    expect(result.map.touchpoints[0]!.painPoints![0]!.votes).toBe(5);
    const reread = parseMap(serializeMap(result.map));
    if (!reread.ok) throw new Error('saved map does not parse');
    expect(workshopSessions(reread.map)).toEqual([session('v1', 1, { p1: 2, gone: 4 })]);
    expect(result.inversePatches.length).toBeGreaterThan(0);
  });

  it('adds only the new dots when the same session is kept again', () => {
    const first = runCommand(map, 'recordVoteSession', { session: session('v1', 1, { p1: 2 }) })!.map;
    const again = runCommand(first, 'recordVoteSession', { session: session('v1', 1, { p1: 5 }) })!.map;
    expect(again.touchpoints[0]!.painPoints![0]!.votes).toBe(3 + 5);
    expect(workshopSessions(again)).toEqual([session('v1', 1, { p1: 5 })]);
  });

  it('refuses a malformed session and replaces one kept twice; keeps the last fifty', () => {
    expect(runCommand(map, 'recordVoteSession', { session: { ...session('v1', 1), dots: { p1: -3 } } })).toBeNull();
    let m = map;
    for (let i = 0; i < MAX_KEPT_SESSIONS + 5; i++) m = runCommand(m, 'recordVoteSession', { session: session(`v${i}`, i) })!.map;
    const kept = workshopSessions(m);
    expect(kept).toHaveLength(MAX_KEPT_SESSIONS);
    expect(kept.at(-1)!.id).toBe(`v${MAX_KEPT_SESSIONS + 4}`);
    const again = runCommand(m, 'recordVoteSession', { session: session(`v${MAX_KEPT_SESSIONS + 4}`, 99) })!.map;
    expect(workshopSessions(again).filter((s) => s.id === `v${MAX_KEPT_SESSIONS + 4}`)).toEqual([session(`v${MAX_KEPT_SESSIONS + 4}`, 99)]);
  });
});
