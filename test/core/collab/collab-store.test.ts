/**
 * The document store in a shared room: two people, each with their own store over their own copy of
 * the room's Yjs document, wired together the way the host relays updates.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { CollabSession, toYDoc } from '../../../src/collab';
import { parseMap, type MapDocument } from '../../../src/model';
import { createCollabStore, createDocStore } from '../../../src/store';

function sample(): MapDocument {
  const parsed = parseMap(readFileSync(new URL('../../../samples/hotel-stay.tpmap.json', import.meta.url), 'utf8'));
  if (!parsed.ok) throw new Error('sample invalid');
  return parsed.map;
}

/** Two replicas of one room; every update one makes reaches the other at once, as over a live connection. */
function room(map = sample()) {
  const a = toYDoc(map);
  const b = new Y.Doc();
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
  let online = true;
  const queued: [Y.Doc, Uint8Array][] = [];
  const relay = (from: Y.Doc, to: Y.Doc) =>
    from.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === 'relay') return;
      if (online) Y.applyUpdate(to, update, 'relay');
      else queued.push([to, update]);
    });
  relay(a, b);
  relay(b, a);
  const me = createCollabStore(new CollabSession(a, 'me'));
  const you = createCollabStore(new CollabSession(b, 'you'));
  return {
    map,
    me,
    you,
    offline: () => (online = false),
    online: () => {
      online = true;
      for (const [to, update] of queued.splice(0)) Y.applyUpdate(to, update, 'relay');
    },
  };
}

const titles = (map: MapDocument) => map.touchpoints.map((t) => t.title);

describe('createCollabStore', () => {
  it("shows the other person's edit without adding it to my undo history", () => {
    const { map, me, you } = room();
    const listener = vi.fn();
    me.subscribe(listener);
    expect(you.dispatch('addTouchpoint', { stage: map.stages[0]!.id, lane: map.lanes[0]!.id, title: 'Theirs' })).toBe(true);
    expect(listener).toHaveBeenCalledTimes(1);
    expect(titles(me.getState().map)).toContain('Theirs');
    expect(me.getState().canUndo).toBe(false);
    expect(me.undo()).toBe(false);
    expect(titles(me.getState().map)).toContain('Theirs');
  });

  it('undoes and redoes only my own edits, naming the command', () => {
    const { map, me, you } = room();
    const first = map.touchpoints[0]!;
    expect(me.dispatch('addTouchpoint', { stage: map.stages[0]!.id, lane: map.lanes[0]!.id, title: 'Mine' })).toBe(true);
    const mine = me.getState().created;
    expect(mine).toHaveLength(1);
    you.dispatch('updateTouchpoint', { id: first.id, patch: { title: 'Their rename' } });
    expect(me.getState()).toMatchObject({ canUndo: true, canRedo: false, undoLabel: 'addTouchpoint', dirty: false, shared: true });

    expect(me.undo()).toBe(true);
    expect(titles(me.getState().map)).not.toContain('Mine');
    expect(titles(you.getState().map)).not.toContain('Mine');
    expect(titles(you.getState().map)).toContain('Their rename');
    expect(me.getState()).toMatchObject({ canUndo: false, canRedo: true, redoLabel: 'addTouchpoint' });

    expect(me.redo()).toBe(true);
    expect(titles(you.getState().map)).toContain('Mine');
    expect(me.getState().undoLabel).toBe('addTouchpoint');
  });

  it('makes consecutive edits with one merge key a single undo step, as typing a title is', () => {
    const { map, me } = room();
    const id = map.touchpoints[0]!.id;
    for (const title of ['C', 'Ch', 'Che', 'Check']) me.dispatch('updateTouchpoint', { id, patch: { title } }, { mergeKey: `title-${id}` });
    me.dispatch('updateTouchpoint', { id, patch: { level: 'memorable' } });
    expect(me.undo()).toBe(true);
    expect(me.getState().map.touchpoints[0]).toMatchObject({ title: 'Check' });
    expect(me.undo()).toBe(true);
    expect(me.getState().map.touchpoints[0]!.title).toBe(map.touchpoints[0]!.title);
    expect(me.getState().canUndo).toBe(false);
  });

  it('keeps unchanged parts of the map as the same objects after a remote edit', () => {
    const { map, me, you } = room();
    const before = me.getState().map;
    you.dispatch('updateTouchpoint', { id: map.touchpoints[1]!.id, patch: { level: 'basic' } });
    const after = me.getState().map;
    expect(after).not.toBe(before);
    expect(after.touchpoints[1]!.level).toBe('basic');
    expect(after.touchpoints[0]).toBe(before.touchpoints[0]);
    expect(after.stages).toBe(before.stages);
  });

  it('merges edits made while disconnected once the connection is back', () => {
    const { map, me, you, offline, online } = room();
    offline();
    me.dispatch('addTouchpoint', { stage: map.stages[0]!.id, lane: map.lanes[0]!.id, title: 'Offline mine' });
    you.dispatch('addTouchpoint', { stage: map.stages[1]!.id, lane: map.lanes[0]!.id, title: 'Offline theirs' });
    expect(titles(me.getState().map)).not.toContain('Offline theirs');
    online();
    for (const store of [me, you]) expect(titles(store.getState().map)).toEqual(expect.arrayContaining(['Offline mine', 'Offline theirs']));
  });

  it('batches remote refreshes through the given scheduler and never loads over the room', () => {
    const map = sample();
    const a = toYDoc(map);
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    const frames: (() => void)[] = [];
    const store = createCollabStore(new CollabSession(a, 'me'), { schedule: (f) => frames.push(f) });
    const other = new CollabSession(b, 'you');
    const listener = vi.fn();
    store.subscribe(listener);
    for (const title of ['One', 'Two', 'Three']) {
      other.run('addTouchpoint', { stage: map.stages[0]!.id, lane: map.lanes[0]!.id, title });
      Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
    }
    expect(frames).toHaveLength(1);
    expect(listener).not.toHaveBeenCalled();
    frames[0]!();
    expect(listener).toHaveBeenCalledTimes(1);
    expect(titles(store.getState().map)).toEqual(expect.arrayContaining(['One', 'Two', 'Three']));

    store.load(createDocStore(map).getState().map);
    expect(titles(store.getState().map)).toContain('Three');
  });
});
