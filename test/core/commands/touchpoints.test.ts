import { describe, expect, test } from 'vitest';
import { runCommand } from '../../../src/commands';
import { aftersalesMap, minimalMap } from '../../fixtures/maps';
import { apply, refuse, touchpoint } from './run';

describe('addTouchpoint', () => {
  test('adds a touchpoint with the next free id in the named cell', () => {
    const map = apply(aftersalesMap(), 'addTouchpoint', { stage: 's2', lane: 'l1', title: '到店', fields: { level: 'satisfactory', channel: 'in-person' } });
    expect(map.touchpoints.at(-1)).toEqual({ id: 't10', stage: 's2', lane: 'l1', title: '到店', level: 'satisfactory', channel: 'in-person' });
  });

  test('reports the created id, and takes a requested id when it is free', () => {
    const result = runCommand(minimalMap(), 'addTouchpoint', { stage: 's1', lane: 'l1', title: 'Pays', id: 'pay' });
    expect(result?.created).toEqual(['pay']);
    expect(result?.map.touchpoints.map((t) => t.id)).toEqual(['t1', 'pay']);
  });

  test('clamps the emotion to the scale', () => {
    const map = apply(minimalMap(), 'addTouchpoint', { stage: 's1', lane: 'l1', title: 'Waits', fields: { emotion: -7.4 } });
    expect(touchpoint(map, 't2').emotion).toBe(-3);
  });

  test('cell fields cannot override the named cell', () => {
    const map = apply(aftersalesMap(), 'addTouchpoint', { stage: 's2', lane: 'l2', title: 'X', fields: { stage: 's1', title: 'Y' } });
    expect(map.touchpoints.at(-1)).toMatchObject({ stage: 's2', lane: 'l2', title: 'X' });
  });

  test('refuses unknown cells, used ids, blank titles and values outside the vocabulary', () => {
    refuse(minimalMap(), 'addTouchpoint', { stage: 's9', lane: 'l1', title: 'A' });
    refuse(minimalMap(), 'addTouchpoint', { stage: 's1', lane: 'l9', title: 'A' });
    refuse(minimalMap(), 'addTouchpoint', { stage: 's1', lane: 'l1', title: 'A', id: 's1' });
    refuse(minimalMap(), 'addTouchpoint', { stage: 's1', lane: 'l1', title: '   ' });
    refuse(minimalMap(), 'addTouchpoint', { stage: 's1', lane: 'l1', title: 'A', fields: { level: 'great' as never } });
    refuse(minimalMap(), 'addTouchpoint', { stage: 's1', lane: 'l1', title: 'A', fields: { painPoints: [] } as never });
  });
});

describe('updateTouchpoint', () => {
  test('changes the given fields and removes the ones set to undefined', () => {
    const map = apply(aftersalesMap(), 'updateTouchpoint', { id: 't1', patch: { title: '网上预约', level: undefined, emotion: 2, channel: 'web' } });
    const tp = touchpoint(map, 't1');
    expect(tp).toMatchObject({ title: '网上预约', emotion: 2, channel: 'web' });
    expect('level' in tp).toBe(false);
  });

  test('moves the touchpoint when the patch names another existing cell', () => {
    const map = apply(aftersalesMap(), 'updateTouchpoint', { id: 't2', patch: { stage: 's1', lane: 'l3' } });
    expect(touchpoint(map, 't2')).toMatchObject({ stage: 's1', lane: 'l3' });
  });

  test('metrics cleared one by one disappear, and an empty metrics object removes them', () => {
    const partly = apply(aftersalesMap(), 'updateTouchpoint', { id: 't1', patch: { metrics: { waitMinutes: 20, csat: undefined } } });
    expect(touchpoint(partly, 't1').metrics).toStrictEqual({ waitMinutes: 20 });
    const map = apply(aftersalesMap(), 'updateTouchpoint', { id: 't1', patch: { metrics: {} } });
    expect('metrics' in touchpoint(map, 't1')).toBe(false);
  });

  test('a patch that changes nothing records nothing', () => {
    expect(runCommand(aftersalesMap(), 'updateTouchpoint', { id: 't1', patch: { title: '电话预约', level: 'basic' } })).toBeNull();
  });

  test('refuses unknown ids, invalid values and protected fields', () => {
    refuse(aftersalesMap(), 'updateTouchpoint', { id: 't7', patch: { title: 'x' } });
    refuse(aftersalesMap(), 'updateTouchpoint', { id: 't1', patch: { title: '' } });
    refuse(aftersalesMap(), 'updateTouchpoint', { id: 't1', patch: { stage: 's9' } });
    refuse(aftersalesMap(), 'updateTouchpoint', { id: 't1', patch: { evidence: 'rumoured' as never } });
    refuse(aftersalesMap(), 'updateTouchpoint', { id: 't1', patch: { metrics: { nps: 300 } } });
    refuse(aftersalesMap(), 'updateTouchpoint', { id: 't1', patch: { id: 't5' } as never });
    refuse(aftersalesMap(), 'updateTouchpoint', { id: 't1', patch: { colour: 'red' } as never });
  });
});

describe('moveTouchpoints', () => {
  test('moves several touchpoints in one command', () => {
    const map = apply(aftersalesMap(), 'moveTouchpoints', {
      moves: [
        { id: 't1', stage: 's2', lane: 'l2' },
        { id: 't9', stage: 's2', lane: 'l3' },
      ],
    });
    expect(touchpoint(map, 't1')).toMatchObject({ stage: 's2', lane: 'l2' });
    expect(touchpoint(map, 't9')).toMatchObject({ stage: 's2', lane: 'l3' });
  });

  test('places dropped cards before a neighbour, or last', () => {
    const ids = (map: ReturnType<typeof aftersalesMap>) => map.touchpoints.map((t) => t.id);
    const first = apply(aftersalesMap(), 'moveTouchpoints', { moves: [{ id: 't9', stage: 's1', lane: 'l1', before: 't1' }] });
    expect(ids(first)).toEqual(['t9', 't1', 't2']);
    expect(touchpoint(first, 't9')).toMatchObject({ stage: 's1', lane: 'l1' });
    const last = apply(aftersalesMap(), 'moveTouchpoints', {
      moves: [
        { id: 't2', stage: 's1', lane: 'l1', before: null },
        { id: 't1', stage: 's1', lane: 'l1', before: null },
      ],
    });
    expect(ids(last)).toEqual(['t9', 't2', 't1']);
    const reordered = apply(aftersalesMap(), 'moveTouchpoints', { moves: [{ id: 't9', stage: 's1', lane: 'l3', before: 't2' }] });
    expect(ids(reordered)).toEqual(['t1', 't9', 't2']);
  });

  test('a drop back into the same cell and place records nothing', () => {
    expect(runCommand(aftersalesMap(), 'moveTouchpoints', { moves: [{ id: 't1', stage: 's1', lane: 'l1', before: 't2' }] })).toBeNull();
    expect(runCommand(aftersalesMap(), 'moveTouchpoints', { moves: [{ id: 't9', stage: 's1', lane: 'l3', before: null }] })).toBeNull();
  });

  test('a drop back into the same cell records nothing', () => {
    expect(runCommand(aftersalesMap(), 'moveTouchpoints', { moves: [{ id: 't1', stage: 's1', lane: 'l1' }] })).toBeNull();
  });

  test('refuses the whole move when one target does not exist', () => {
    refuse(aftersalesMap(), 'moveTouchpoints', {
      moves: [
        { id: 't1', stage: 's2', lane: 'l2' },
        { id: 't2', stage: 's7', lane: 'l2' },
      ],
    });
    refuse(aftersalesMap(), 'moveTouchpoints', { moves: [{ id: 'nope', stage: 's1', lane: 'l1' }] });
    refuse(aftersalesMap(), 'moveTouchpoints', { moves: [] });
    refuse(aftersalesMap(), 'moveTouchpoints', { moves: [{ id: 't1', stage: 's1', lane: 'l1', before: 'k1' }] });
    refuse(aftersalesMap(), 'moveTouchpoints', {
      moves: [
        { id: 't1', stage: 's1', lane: 'l1', before: 't2' },
        { id: 't2', stage: 's1', lane: 'l1' },
      ],
    });
    refuse(aftersalesMap(), 'moveTouchpoints', {
      moves: [
        { id: 't1', stage: 's2', lane: 'l2' },
        { id: 't1', stage: 's1', lane: 'l2' },
      ],
    });
  });
});

describe('deleteElements', () => {
  test('deleting a touchpoint removes its links and the causes that name it', () => {
    const map = apply(aftersalesMap(), 'deleteElements', { touchpointIds: ['t9', 't2'] });
    expect(map.touchpoints.map((t) => t.id)).toEqual(['t1']);
    expect(map.links).toEqual([]);
    const pain = touchpoint(map, 't1').painPoints![0]!;
    expect(pain.id).toBe('p1');
    expect('causedBy' in pain).toBe(false);
  });

  test('deletes links on their own', () => {
    const map = apply(aftersalesMap(), 'deleteElements', { linkIds: ['k1'] });
    expect(map.links).toEqual([]);
    expect(map.touchpoints).toHaveLength(3);
  });

  test('refuses an empty selection and unknown ids', () => {
    refuse(aftersalesMap(), 'deleteElements', {});
    refuse(aftersalesMap(), 'deleteElements', { touchpointIds: ['t1', 'ghost'] });
    refuse(aftersalesMap(), 'deleteElements', { linkIds: ['t1'] });
  });
});
