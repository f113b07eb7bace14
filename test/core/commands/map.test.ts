import { describe, expect, test } from 'vitest';
import { hiddenLanes } from '../../../src/commands';
import { aftersalesMap } from '../../fixtures/maps';
import { apply, refuse } from './run';

describe('map commands', () => {
  test('sets the title, locale and description', () => {
    let map = apply(aftersalesMap(), 'setMapTitle', { title: '保养之旅' });
    map = apply(map, 'setMapLocale', { locale: 'en' });
    map = apply(map, 'setMapDescription', { description: 'One service visit' });
    expect(map).toMatchObject({ title: '保养之旅', locale: 'en', description: 'One service visit' });
    expect('description' in apply(map, 'setMapDescription', { description: '' })).toBe(false);
  });

  test('adds, edits and deletes personas', () => {
    let map = apply(aftersalesMap(), 'addPersona', { name: '李女士', type: 'loyal', goals: '准时取车' });
    expect(map.personas?.at(-1)).toEqual({ id: 'u2', name: '李女士', type: 'loyal', goals: '准时取车' });
    map = apply(map, 'updatePersona', { id: 'u2', patch: { type: undefined, name: '李老师' } });
    expect(map.personas?.at(-1)).toEqual({ id: 'u2', name: '李老师', goals: '准时取车' });
    map = apply(map, 'deletePersona', { id: 'u1' });
    map = apply(map, 'deletePersona', { id: 'u2' });
    expect('personas' in map).toBe(false);
  });

  test('hides and shows lanes through view.hiddenLanes, in lane order', () => {
    let map = apply(aftersalesMap(), 'setLaneHidden', { laneId: 'l3', hidden: true });
    map = apply(map, 'setLaneHidden', { laneId: 'l1', hidden: true });
    expect(map.view).toEqual({ hiddenLanes: ['l1', 'l3'] });
    expect(hiddenLanes(map)).toEqual(['l1', 'l3']);
    map = apply(map, 'setLaneHidden', { laneId: 'l1', hidden: false });
    map = apply(map, 'setLaneHidden', { laneId: 'l3', hidden: false });
    expect('view' in map).toBe(false);
  });

  test('keeps other view settings when lanes are shown again', () => {
    const map = apply({ ...aftersalesMap(), view: { zoom: 2 } }, 'setLaneHidden', { laneId: 'l2', hidden: true });
    expect(map.view).toEqual({ zoom: 2, hiddenLanes: ['l2'] });
    expect(apply(map, 'setLaneHidden', { laneId: 'l2', hidden: false }).view).toEqual({ zoom: 2 });
  });

  test('reads a malformed hidden-lane list as nothing hidden', () => {
    expect(hiddenLanes({ ...aftersalesMap(), view: { hiddenLanes: 'l1' } })).toEqual([]);
    expect(hiddenLanes({ ...aftersalesMap(), view: { hiddenLanes: ['l9', 3, 'l2'] } })).toEqual(['l2']);
  });

  test('refuses blank titles, unknown locales and lanes, hiding every lane, and no-op changes', () => {
    refuse(aftersalesMap(), 'setMapTitle', { title: '' });
    refuse(aftersalesMap(), 'setMapTitle', { title: '4S 店售后保养' });
    refuse(aftersalesMap(), 'setMapLocale', { locale: 'fr' as never });
    refuse(aftersalesMap(), 'addPersona', { name: ' ' });
    refuse(aftersalesMap(), 'addPersona', { name: 'x', type: 'vip' as never });
    refuse(aftersalesMap(), 'updatePersona', { id: 'u9', patch: { name: 'x' } });
    refuse(aftersalesMap(), 'updatePersona', { id: 'u1', patch: { id: 'u2' } as never });
    refuse(aftersalesMap(), 'deletePersona', { id: 't1' });
    refuse(aftersalesMap(), 'setLaneHidden', { laneId: 'l9', hidden: true });
    refuse(aftersalesMap(), 'setLaneHidden', { laneId: 'l1', hidden: false });
    let map = apply(aftersalesMap(), 'setLaneHidden', { laneId: 'l1', hidden: true });
    map = apply(map, 'setLaneHidden', { laneId: 'l2', hidden: true });
    refuse(map, 'setLaneHidden', { laneId: 'l3', hidden: true });
  });
});
