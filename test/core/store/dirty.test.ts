import { describe, expect, test } from 'vitest';
import { createDocStore } from '../../../src/store';
import { minimalMap } from '../../fixtures/maps';

function storeWith(steps: number, historyLimit?: number) {
  const store = createDocStore(minimalMap(), historyLimit === undefined ? {} : { historyLimit });
  for (let i = 0; i < steps; i++) store.dispatch('addTouchpoint', { stage: 's1', lane: 'l1', title: `Step ${i + 1}` });
  return store;
}

const dirty = (store: ReturnType<typeof storeWith>) => store.getState().dirty;

describe('dirty follows the undo stack', () => {
  test('a new store is clean; an edit makes it dirty; undoing it makes it clean again', () => {
    const store = storeWith(0);
    expect(dirty(store)).toBe(false);
    store.dispatch('setMapTitle', { title: 'Coffee' });
    expect(dirty(store)).toBe(true);
    store.undo();
    expect(dirty(store)).toBe(false);
    store.redo();
    expect(dirty(store)).toBe(true);
  });

  test('a refused command leaves a clean store clean', () => {
    const store = storeWith(0);
    store.dispatch('deleteStage', { id: 's1' });
    expect(dirty(store)).toBe(false);
  });

  test('after a save, undoing away is dirty and redoing back is clean', () => {
    const store = storeWith(2);
    store.markSaved();
    expect(dirty(store)).toBe(false);
    store.undo();
    expect(dirty(store)).toBe(true);
    store.redo();
    expect(dirty(store)).toBe(false);
    store.dispatch('setMapTitle', { title: 'After save' });
    expect(dirty(store)).toBe(true);
    store.undo();
    expect(dirty(store)).toBe(false);
  });

  test('a new edit after undoing past the saved point makes it unreachable: dirty until saved', () => {
    const store = storeWith(2);
    store.markSaved();
    store.undo();
    store.dispatch('setMapTitle', { title: 'Other branch' });
    expect(dirty(store)).toBe(true);
    store.undo();
    expect(dirty(store)).toBe(true);
    store.undo();
    expect(dirty(store)).toBe(true);
    expect(store.redo()).toBe(true);
    store.dispatch('setMapTitle', { title: 'Another' });
    expect(dirty(store)).toBe(true);
    store.markSaved();
    expect(dirty(store)).toBe(false);
  });

  test('an edit made while a save was being written stays dirty', () => {
    const store = storeWith(1);
    const writing = store.getState().map;
    store.dispatch('setMapTitle', { title: 'Typed during the save' });
    store.markSaved(writing);
    expect(dirty(store)).toBe(true);
    store.undo();
    expect(dirty(store)).toBe(false);
  });

  test('a save of a state the user has undone past is reached again by redo', () => {
    const store = storeWith(2);
    const writing = store.getState().map;
    store.undo();
    store.markSaved(writing);
    expect(dirty(store)).toBe(true);
    store.redo();
    expect(dirty(store)).toBe(false);
  });

  test('a save of a document from before a load, or from elsewhere, is ignored', () => {
    const store = storeWith(1);
    const old = store.getState().map;
    store.load(minimalMap());
    store.dispatch('setMapTitle', { title: 'New' });
    store.markSaved(old);
    store.markSaved(minimalMap());
    expect(dirty(store)).toBe(true);
  });

  test('a merged step is a new state: saving the state before the merge does not make it clean', () => {
    const store = storeWith(0);
    store.dispatch('setMapTitle', { title: 'Co' }, { mergeKey: 'title' });
    const writing = store.getState().map;
    store.dispatch('setMapTitle', { title: 'Coffee' }, { mergeKey: 'title' });
    store.markSaved(writing);
    expect(dirty(store)).toBe(true);
    // What is on disk ("Co") is no longer any state in the history, so even the start is dirty.
    store.undo();
    expect(dirty(store)).toBe(true);
  });

  test('markSaved on a clean store changes nothing', () => {
    const store = storeWith(0);
    const state = store.getState();
    store.markSaved();
    expect(store.getState()).toBe(state);
  });
});

describe('history limit', () => {
  test('keeps only the newest steps', () => {
    const store = storeWith(8, 5);
    let undone = 0;
    while (store.undo()) undone++;
    expect(undone).toBe(5);
    expect(store.getState().map.touchpoints.map((t) => t.title)).toEqual(['Orders at the counter', 'Step 1', 'Step 2', 'Step 3']);
  });

  test('defaults to 500 steps', () => {
    const store = storeWith(503);
    let undone = 0;
    while (store.undo()) undone++;
    expect(undone).toBe(500);
  });

  test('a saved point that fell off the history stays unreachable, so the store never claims to be clean', () => {
    const store = storeWith(0, 3);
    store.markSaved();
    for (let i = 0; i < 5; i++) store.dispatch('setMapTitle', { title: `Title ${i}` });
    while (store.undo()) expect(dirty(store)).toBe(true);
    expect(dirty(store)).toBe(true);
  });

  test('a saved point inside the kept history is still reached', () => {
    const store = storeWith(4, 3);
    store.markSaved();
    store.dispatch('setMapTitle', { title: 'x' });
    store.dispatch('setMapTitle', { title: 'y' });
    store.undo();
    store.undo();
    expect(dirty(store)).toBe(false);
  });
});
