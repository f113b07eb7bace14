import { describe, expect, test } from 'vitest';
import { aftersalesMap } from '../../fixtures/maps';
import { apply, refuse, touchpoint } from './run';

const painOf = (map: ReturnType<typeof aftersalesMap>, tp: string, i = 0) => touchpoint(map, tp).painPoints![i]!;

describe('pain points', () => {
  test('adds a pain point with its cause and category', () => {
    const map = apply(aftersalesMap(), 'addPainPoint', { touchpointId: 't2', title: '等候太久', severity: 'high', category: 'waiting', causedBy: 't9' });
    expect(painOf(map, 't2')).toEqual({ id: 'p2', title: '等候太久', severity: 'high', category: 'waiting', causedBy: 't9' });
  });

  test('updates fields, clears the cause, and clamps votes', () => {
    const map = apply(aftersalesMap(), 'updatePainPoint', {
      touchpointId: 't1',
      painPointId: 'p1',
      patch: { severity: 'high', causedBy: undefined, votes: 3.6 },
    });
    const pain = painOf(map, 't1');
    expect(pain).toMatchObject({ severity: 'high', votes: 4 });
    expect('causedBy' in pain).toBe(false);
  });

  test('deleting the only pain point removes the list', () => {
    const map = apply(aftersalesMap(), 'deletePainPoint', { touchpointId: 't1', painPointId: 'p1' });
    expect('painPoints' in touchpoint(map, 't1')).toBe(false);
  });

  test('refuses unknown touchpoints, the wrong touchpoint, unknown causes and values outside the vocabulary', () => {
    refuse(aftersalesMap(), 'addPainPoint', { touchpointId: 't7', title: 'x', severity: 'low' });
    refuse(aftersalesMap(), 'addPainPoint', { touchpointId: 't1', title: 'x', severity: 'fatal' as never });
    refuse(aftersalesMap(), 'addPainPoint', { touchpointId: 't1', title: 'x', severity: 'low', category: 'luck' as never });
    refuse(aftersalesMap(), 'addPainPoint', { touchpointId: 't1', title: 'x', severity: 'low', causedBy: 'k1' });
    refuse(aftersalesMap(), 'addPainPoint', { touchpointId: 't1', title: '', severity: 'low' });
    refuse(aftersalesMap(), 'updatePainPoint', { touchpointId: 't2', painPointId: 'p1', patch: { title: 'x' } });
    refuse(aftersalesMap(), 'updatePainPoint', { touchpointId: 't1', painPointId: 'p1', patch: { causedBy: 'nowhere' } });
    refuse(aftersalesMap(), 'updatePainPoint', { touchpointId: 't1', painPointId: 'p1', patch: { id: 'p7' } as never });
    refuse(aftersalesMap(), 'deletePainPoint', { touchpointId: 't1', painPointId: 'p9' });
  });
});

describe('remedies and votes', () => {
  test('adds remedies in order or at an index, edits and deletes them', () => {
    let map = apply(aftersalesMap(), 'addRemedy', { painPointId: 'p1', tier: 'recover', text: '回电致歉' });
    map = apply(map, 'addRemedy', { painPointId: 'p1', tier: 'prevent', text: '高峰时段加排班', index: 0 });
    expect(painOf(map, 't1').remedies).toEqual([
      { tier: 'prevent', text: '高峰时段加排班' },
      { tier: 'recover', text: '回电致歉' },
    ]);
    map = apply(map, 'updateRemedy', { painPointId: 'p1', index: 1, patch: { tier: 'detect', text: '监控未接来电' } });
    expect(painOf(map, 't1').remedies?.[1]).toEqual({ tier: 'detect', text: '监控未接来电' });
    map = apply(map, 'deleteRemedy', { painPointId: 'p1', index: 0 });
    map = apply(map, 'deleteRemedy', { painPointId: 'p1', index: 0 });
    expect('remedies' in painOf(map, 't1')).toBe(false);
  });

  test('sets votes, clamped to whole non-negative dots; zero removes them', () => {
    const voted = apply(aftersalesMap(), 'setVotes', { painPointId: 'p1', votes: 5 });
    expect(painOf(voted, 't1').votes).toBe(5);
    expect(painOf(apply(voted, 'setVotes', { painPointId: 'p1', votes: -2 }), 't1').votes).toBeUndefined();
  });

  test('adds and takes back dots, never below zero', () => {
    let map = apply(aftersalesMap(), 'adjustVotes', { painPointId: 'p1', delta: 1 });
    map = apply(map, 'adjustVotes', { painPointId: 'p1', delta: 1 });
    expect(painOf(map, 't1').votes).toBe(2);
    map = apply(map, 'adjustVotes', { painPointId: 'p1', delta: -5 });
    expect('votes' in painOf(map, 't1')).toBe(false);
    refuse(map, 'adjustVotes', { painPointId: 'p1', delta: -1 });
    refuse(map, 'adjustVotes', { painPointId: 'p9', delta: 1 });
    refuse(map, 'adjustVotes', { painPointId: 'p1', delta: Number.POSITIVE_INFINITY });
  });

  test('refuses unknown pain points, bad tiers, blank texts and missing remedies', () => {
    refuse(aftersalesMap(), 'addRemedy', { painPointId: 'p9', tier: 'prevent', text: 'x' });
    refuse(aftersalesMap(), 'addRemedy', { painPointId: 'p1', tier: 'pray' as never, text: 'x' });
    refuse(aftersalesMap(), 'addRemedy', { painPointId: 'p1', tier: 'prevent', text: ' ' });
    refuse(aftersalesMap(), 'updateRemedy', { painPointId: 'p1', index: 0, patch: { text: 'x' } });
    refuse(aftersalesMap(), 'deleteRemedy', { painPointId: 'p1', index: 0 });
    refuse(aftersalesMap(), 'setVotes', { painPointId: 'p1', votes: Number.NaN });
    refuse(aftersalesMap(), 'setVotes', { painPointId: 'p1', votes: 0 });
  });
});
