import { describe, expect, test } from 'vitest';
import { deletionImpact, isFilterActive, matchesFilter, matchingTouchpoints, touchpointsInCell } from '../../../src/commands';
import type { Touchpoint } from '../../../src/model';
import { aftersalesMap } from '../../fixtures/maps';

const tp = (fields: Partial<Touchpoint>): Touchpoint => ({ id: 't', stage: 's', lane: 'l', title: 'Check-in desk', ...fields });

describe('matchesFilter', () => {
  test('an empty filter matches everything and is not active', () => {
    expect(matchesFilter(tp({}), {})).toBe(true);
    expect(isFilterActive({})).toBe(false);
    expect(isFilterActive({ text: '   ' })).toBe(false);
    expect(isFilterActive({ text: 'desk' })).toBe(true);
    expect(isFilterActive({ levels: [] })).toBe(true);
  });

  test('only pain points', () => {
    expect(matchesFilter(tp({}), { painPointsOnly: true })).toBe(false);
    expect(matchesFilter(tp({ painPoints: [{ id: 'p', title: 'Queue', severity: 'low' }] }), { painPointsOnly: true })).toBe(true);
  });

  test('only below the baseline: basic, never untagged', () => {
    expect(matchesFilter(tp({ level: 'basic' }), { belowBaseline: true })).toBe(true);
    expect(matchesFilter(tp({ level: 'satisfactory' }), { belowBaseline: true })).toBe(false);
    expect(matchesFilter(tp({}), { belowBaseline: true })).toBe(false);
  });

  test('by level and by evidence, with untagged and unknown', () => {
    expect(matchesFilter(tp({ level: 'memorable' }), { levels: ['value-added', 'memorable'] })).toBe(true);
    expect(matchesFilter(tp({ level: 'basic' }), { levels: ['value-added', 'memorable'] })).toBe(false);
    expect(matchesFilter(tp({}), { levels: ['untagged'] })).toBe(true);
    expect(matchesFilter(tp({ evidence: 'assumed' }), { evidence: ['assumed'] })).toBe(true);
    expect(matchesFilter(tp({ evidence: 'observed' }), { evidence: ['assumed', 'proposed'] })).toBe(false);
    expect(matchesFilter(tp({}), { evidence: ['unknown'] })).toBe(true);
  });

  test('by pain-point severity', () => {
    const critical = tp({ painPoints: [{ id: 'p', title: 'x', severity: 'critical' }] });
    expect(matchesFilter(critical, { severities: ['critical'] })).toBe(true);
    expect(matchesFilter(critical, { severities: ['low', 'medium'] })).toBe(false);
    expect(matchesFilter(tp({}), { severities: ['critical'] })).toBe(false);
  });

  test('text search looks in title, description and pain-point titles, ignoring case and width', () => {
    const hotel = tp({ description: 'Night shift, one clerk', painPoints: [{ id: 'p', title: 'Lost KEY not found', severity: 'high' }] });
    expect(matchesFilter(hotel, { text: 'CHECK' })).toBe(true);
    expect(matchesFilter(hotel, { text: 'night clerk' })).toBe(true);
    expect(matchesFilter(hotel, { text: 'lost key' })).toBe(true);
    expect(matchesFilter(hotel, { text: 'ｋｅｙ' })).toBe(true);
    expect(matchesFilter(hotel, { text: 'night breakfast' })).toBe(false);
  });

  test('text search works for Chinese', () => {
    const map = aftersalesMap();
    expect(matchingTouchpoints(map, { text: '预约' })).toEqual(['t1']);
    expect(matchingTouchpoints(map, { text: '无人接听' })).toEqual(['t1']);
    expect(matchingTouchpoints(map, { text: '顾问 接车' })).toEqual(['t2']);
    expect(matchingTouchpoints(map, { text: '退款' })).toEqual([]);
  });

  test('all conditions must hold together', () => {
    const map = aftersalesMap();
    expect(matchingTouchpoints(map, { painPointsOnly: true, belowBaseline: true, text: '电话' })).toEqual(['t1']);
    expect(matchingTouchpoints(map, { painPointsOnly: true, levels: ['memorable'] })).toEqual([]);
  });
});

describe('deletionImpact', () => {
  test('counts what deleting a stage, a lane or touchpoints takes with it', () => {
    const map = aftersalesMap();
    expect(deletionImpact(map, { stage: 's1' })).toEqual({ touchpoints: 2, painPoints: 1, links: 1, causesCleared: 0 });
    expect(deletionImpact(map, { lane: 'l3' })).toEqual({ touchpoints: 1, painPoints: 0, links: 0, causesCleared: 1 });
    expect(deletionImpact(map, { touchpointIds: ['t2'] })).toEqual({ touchpoints: 1, painPoints: 0, links: 1, causesCleared: 0 });
    expect(deletionImpact(map, { stage: 's9' })).toEqual({ touchpoints: 0, painPoints: 0, links: 0, causesCleared: 0 });
  });
});

describe('touchpointsInCell', () => {
  test('lists a cell in document order', () => {
    expect(touchpointsInCell(aftersalesMap(), 's1', 'l1').map((t) => t.id)).toEqual(['t1']);
    expect(touchpointsInCell(aftersalesMap(), 's2', 'l1')).toEqual([]);
  });
});
