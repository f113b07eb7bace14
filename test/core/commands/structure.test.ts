import { describe, expect, test } from 'vitest';
import { hiddenLanes } from '../../../src/commands';
import { aftersalesMap, minimalMap } from '../../fixtures/maps';
import { apply, refuse } from './run';

const names = (items: { name: string }[]) => items.map((i) => i.name);

describe('stages', () => {
  test('adds a stage at the end or at an index', () => {
    const end = apply(aftersalesMap(), 'addStage', { name: '交车' });
    expect(end.stages.at(-1)).toEqual({ id: 's3', name: '交车' });
    const first = apply(aftersalesMap(), 'addStage', { name: '提醒', index: 0, description: '保养到期前一周' });
    expect(first.stages[0]).toEqual({ id: 's3', name: '提醒', description: '保养到期前一周' });
  });

  test('renames, describes and reorders', () => {
    const renamed = apply(aftersalesMap(), 'renameStage', { id: 's2', name: '接车' });
    expect(names(renamed.stages)).toEqual(['预约', '接车']);
    const described = apply(renamed, 'setStageDescription', { id: 's2', description: '早上 8 点' });
    expect(described.stages[1]?.description).toBe('早上 8 点');
    expect('description' in apply(described, 'setStageDescription', { id: 's2', description: '' }).stages[1]!).toBe(false);
    const moved = apply(aftersalesMap(), 'moveStage', { id: 's2', index: 0 });
    expect(moved.stages.map((s) => s.id)).toEqual(['s2', 's1']);
    expect(apply(aftersalesMap(), 'moveStage', { id: 's1', index: 99 }).stages.map((s) => s.id)).toEqual(['s2', 's1']);
  });

  test('deleting a stage deletes its touchpoints, their links and causes naming them, in one step', () => {
    const map = apply(aftersalesMap(), 'deleteStage', { id: 's1' });
    expect(map.stages.map((s) => s.id)).toEqual(['s2']);
    expect(map.touchpoints.map((t) => t.id)).toEqual(['t2']);
    expect(map.links).toEqual([]);
  });

  test('refuses blank names, unknown stages, no-op moves and deleting the last stage', () => {
    refuse(aftersalesMap(), 'addStage', { name: ' ' });
    refuse(aftersalesMap(), 'addStage', { name: 'x', id: 't1' });
    refuse(aftersalesMap(), 'renameStage', { id: 's1', name: '' });
    refuse(aftersalesMap(), 'renameStage', { id: 's9', name: 'x' });
    refuse(aftersalesMap(), 'moveStage', { id: 's1', index: 0 });
    refuse(aftersalesMap(), 'moveStage', { id: 's1', index: Number.NaN });
    refuse(minimalMap(), 'deleteStage', { id: 's1' });
    refuse(aftersalesMap(), 'deleteStage', { id: 'l1' });
  });
});

describe('lanes', () => {
  test('adds, renames, retypes and reorders lanes', () => {
    const added = apply(aftersalesMap(), 'addLane', { name: '后台接触', kind: 'backstage', index: 2 });
    expect(added.lanes.map((l) => [l.id, l.kind])).toEqual([
      ['l1', 'customer'],
      ['l2', 'frontstage'],
      ['l4', 'backstage'],
      ['l3', 'support'],
    ]);
    expect(apply(added, 'renameLane', { id: 'l4', name: '后台' }).lanes[2]?.name).toBe('后台');
    expect(apply(added, 'setLaneKind', { id: 'l4', kind: 'custom' }).lanes[2]?.kind).toBe('custom');
    expect(apply(added, 'moveLane', { id: 'l4', index: 3 }).lanes.map((l) => l.id)).toEqual(['l1', 'l2', 'l3', 'l4']);
  });

  test('deleting a lane deletes its touchpoints and forgets that it was hidden', () => {
    const hidden = apply(aftersalesMap(), 'setLaneHidden', { laneId: 'l3', hidden: true });
    const map = apply(hidden, 'deleteLane', { id: 'l3' });
    expect(map.touchpoints.map((t) => t.id)).toEqual(['t1', 't2']);
    expect(map.touchpoints[0]?.painPoints?.[0]?.causedBy).toBeUndefined();
    expect(map.view).toBeUndefined();
  });

  test('when only hidden lanes would remain, they are shown again', () => {
    let map = apply(aftersalesMap(), 'setLaneHidden', { laneId: 'l1', hidden: true });
    map = apply(map, 'setLaneHidden', { laneId: 'l2', hidden: true });
    map = apply(map, 'deleteLane', { id: 'l3' });
    expect(hiddenLanes(map)).toEqual([]);
  });

  test('refuses unknown kinds, unknown lanes and deleting the last lane', () => {
    refuse(aftersalesMap(), 'addLane', { name: 'x', kind: 'cellar' as never });
    refuse(aftersalesMap(), 'setLaneKind', { id: 'l1', kind: 'customer' });
    refuse(aftersalesMap(), 'setLaneKind', { id: 'l1', kind: 'nope' as never });
    refuse(aftersalesMap(), 'renameLane', { id: 'l9', name: 'x' });
    refuse(minimalMap(), 'deleteLane', { id: 'l1' });
  });
});
