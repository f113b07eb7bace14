import { describe, expect, test, vi } from 'vitest';
import { createDocStore } from '../../../src/store';
import { aftersalesMap, minimalMap } from '../../fixtures/maps';

const add = (title: string) => ['addTouchpoint', { stage: 's1', lane: 'l1', title }] as const;

describe('createDocStore', () => {
  test('keeps the same state object until something changes', () => {
    const store = createDocStore(minimalMap());
    const first = store.getState();
    expect(store.getState()).toBe(first);
    expect(store.dispatch('renameStage', { id: 's9', name: 'x' })).toBe(false);
    expect(store.getState()).toBe(first);
    expect(store.dispatch(...add('Pays'))).toBe(true);
    const second = store.getState();
    expect(second).not.toBe(first);
    expect(second.revision).toBe(first.revision + 1);
    expect(second.map.stages).toBe(first.map.stages);
  });

  test('notifies subscribers on every change until they unsubscribe', () => {
    const store = createDocStore(minimalMap());
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);
    store.dispatch(...add('A'));
    store.undo();
    store.redo();
    store.dispatch('deleteStage', { id: 's1' });
    expect(listener).toHaveBeenCalledTimes(3);
    unsubscribe();
    store.dispatch(...add('B'));
    expect(listener).toHaveBeenCalledTimes(3);
  });

  test('does not share the document with the caller, and hands out a frozen one', () => {
    const input = minimalMap();
    const store = createDocStore(input);
    input.title = 'changed outside';
    expect(store.getState().map.title).toBe('Coffee to go');
    expect(Object.isFrozen(store.getState().map.touchpoints)).toBe(true);
  });

  test('undo and redo step through the history with labels', () => {
    const store = createDocStore(aftersalesMap());
    store.dispatch('moveTouchpoints', { moves: [{ id: 't1', stage: 's2', lane: 'l1' }] });
    store.dispatch('deleteElements', { touchpointIds: ['t2', 't9'] });
    expect(store.getState()).toMatchObject({ canUndo: true, canRedo: false, undoLabel: 'deleteElements', redoLabel: null });
    expect(store.undo()).toBe(true);
    expect(store.getState().map.touchpoints).toHaveLength(3);
    expect(store.getState()).toMatchObject({ canRedo: true, undoLabel: 'moveTouchpoints', redoLabel: 'deleteElements' });
    expect(store.undo()).toBe(true);
    expect(store.getState().map).toEqual(aftersalesMap());
    expect(store.undo()).toBe(false);
    expect(store.redo()).toBe(true);
    expect(store.redo()).toBe(true);
    expect(store.redo()).toBe(false);
    expect(store.getState().map.touchpoints.map((t) => t.id)).toEqual(['t1']);
  });

  test('undo and redo keep the identity of everything they did not change', () => {
    const store = createDocStore(aftersalesMap());
    const [t1, t2, t9] = store.getState().map.touchpoints;
    store.dispatch('deleteElements', { touchpointIds: ['t2'] });
    store.undo();
    const restored = store.getState().map.touchpoints;
    expect(restored[0]).toBe(t1);
    expect(restored[1]).toBe(t2);
    expect(restored[2]).toBe(t9);
    store.dispatch('updateTouchpoint', { id: 't9', patch: { level: 'basic' } });
    store.undo();
    store.redo();
    expect(store.getState().map.touchpoints[0]).toBe(t1);
    expect(store.getState().map.touchpoints[2]).not.toBe(t9);
    expect(Object.isFrozen(store.getState().map.touchpoints[2])).toBe(true);
  });

  test('a multi-delete is one undo step', () => {
    const store = createDocStore(aftersalesMap());
    store.dispatch('deleteElements', { touchpointIds: ['t1', 't2', 't9'], linkIds: ['k1'] });
    store.undo();
    expect(store.getState().map).toEqual(aftersalesMap());
    expect(store.getState().canUndo).toBe(false);
  });

  test('a new edit clears the redo stack', () => {
    const store = createDocStore(minimalMap());
    store.dispatch(...add('A'));
    store.undo();
    store.dispatch(...add('B'));
    expect(store.getState().canRedo).toBe(false);
    expect(store.getState().map.touchpoints.map((t) => t.title)).toEqual(['Orders at the counter', 'B']);
  });

  test('reports what the last dispatch created, for selection', () => {
    const store = createDocStore(aftersalesMap());
    store.dispatch('duplicate', { touchpointIds: ['t1', 't2'] });
    expect(store.getState().created).toEqual(['t10', 't11']);
    store.undo();
    expect(store.getState().created).toEqual([]);
  });

  test('uses the injected id generator', () => {
    const store = createDocStore(minimalMap(), { newId: (prefix) => `${prefix}-42` });
    store.dispatch(...add('A'));
    expect(store.getState().created).toEqual(['t-42']);
  });

  test('load replaces the document, clears history and is clean', () => {
    const store = createDocStore(minimalMap());
    store.dispatch(...add('A'));
    store.load(aftersalesMap());
    expect(store.getState()).toMatchObject({ canUndo: false, canRedo: false, dirty: false, undoLabel: null });
    expect(store.getState().map).toEqual(aftersalesMap());
    expect(store.undo()).toBe(false);
  });
});

describe('loading a recovered draft', () => {
  test('stays dirty through undo and redo until it is saved', () => {
    const store = createDocStore(minimalMap());
    store.load(aftersalesMap(), { dirty: true });
    expect(store.getState()).toMatchObject({ dirty: true, canUndo: false });
    store.dispatch('setMapTitle', { title: '草稿' });
    store.undo();
    expect(store.getState().dirty).toBe(true);
    store.markSaved();
    expect(store.getState().dirty).toBe(false);
  });
});

describe('merged steps', () => {
  test('dispatches with the same merge key are one undo step', () => {
    const store = createDocStore(minimalMap());
    for (const title of ['O', 'Or', 'Ord']) store.dispatch('updateTouchpoint', { id: 't1', patch: { title } }, { mergeKey: 'title:t1' });
    expect(store.getState().map.touchpoints[0]?.title).toBe('Ord');
    store.undo();
    expect(store.getState().map).toEqual(minimalMap());
    store.redo();
    expect(store.getState().map.touchpoints[0]?.title).toBe('Ord');
  });

  test('a different key, a save or an undo in between starts a new step', () => {
    const store = createDocStore(minimalMap());
    const retitle = (title: string, mergeKey: string) => store.dispatch('updateTouchpoint', { id: 't1', patch: { title } }, { mergeKey });
    retitle('A', 'x');
    retitle('B', 'y');
    store.markSaved();
    retitle('C', 'y');
    store.undo();
    expect(store.getState().map.touchpoints[0]?.title).toBe('B');
    expect(store.getState().dirty).toBe(false);
    store.undo();
    expect(store.getState().map.touchpoints[0]?.title).toBe('A');
    retitle('D', 'x');
    store.undo();
    expect(store.getState().map.touchpoints[0]?.title).toBe('A');
  });
});
