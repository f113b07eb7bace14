import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { applyMapToYDoc, CollabSession, fromYDoc, readYDoc, rootOf, toYDoc } from '../../../src/collab';
import { runCommand } from '../../../src/commands';
import { parseMap, serializeMap, type MapDocument } from '../../../src/model';

function sample(name: string): MapDocument {
  const parsed = parseMap(readFileSync(new URL(`../../../samples/${name}.tpmap.json`, import.meta.url), 'utf8'));
  if (!parsed.ok) throw new Error(`sample ${name} is invalid`);
  return parsed.map;
}

/** Two peers wired together directly (updates delivered synchronously). */
function pair(map: MapDocument): [Y.Doc, Y.Doc] {
  const a = toYDoc(map);
  const b = new Y.Doc();
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
  a.on('update', (u: Uint8Array, origin: unknown) => origin !== 'remote' && Y.applyUpdate(b, u, 'remote'));
  b.on('update', (u: Uint8Array, origin: unknown) => origin !== 'remote' && Y.applyUpdate(a, u, 'remote'));
  return [a, b];
}

describe('map <-> Yjs', () => {
  it.each(['hotel-stay', 'car-dealer-aftersales', 'haidilao-hotpot-dinner'])('round-trips the %s sample exactly', (name) => {
    const map = sample(name);
    expect(serializeMap(fromYDoc(toYDoc(map)))).toBe(serializeMap(map));
  });

  it('turns one command into updates that reproduce its result on another peer', () => {
    const map = sample('hotel-stay');
    const [a, b] = pair(map);
    const t = map.touchpoints[0]!;
    const result = runCommand(map, 'updateTouchpoint', { id: t.id, patch: { title: 'Renamed', level: 'memorable' } })!;
    applyMapToYDoc(a, map, result.map, 'me');
    expect(serializeMap(fromYDoc(b))).toBe(serializeMap(result.map));
  });

  it('writes only what changed: a retag is one small update', () => {
    const map = sample('hotel-stay');
    const ydoc = toYDoc(map);
    const updates: Uint8Array[] = [];
    ydoc.on('update', (u: Uint8Array) => updates.push(u));
    const t = map.touchpoints[3]!;
    const next = runCommand(map, 'updateTouchpoint', { id: t.id, patch: { level: t.level === 'basic' ? 'memorable' : 'basic' } })!.map;
    applyMapToYDoc(ydoc, map, next, 'me');
    expect(updates).toHaveLength(1);
    expect(updates[0]!.length).toBeLessThan(120);
  });

  it('merges concurrent edits to different fields of one touchpoint and to different touchpoints', () => {
    const map = sample('hotel-stay');
    const a = toYDoc(map);
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    const [t0, t1] = map.touchpoints;
    applyMapToYDoc(a, map, runCommand(map, 'updateTouchpoint', { id: t0!.id, patch: { title: 'From A' } })!.map, 'a');
    applyMapToYDoc(b, map, runCommand(map, 'updateTouchpoint', { id: t0!.id, patch: { level: 'memorable' } })!.map, 'b');
    applyMapToYDoc(b, map, runCommand(map, 'updateTouchpoint', { id: t1!.id, patch: { title: 'From B' } })!.map, 'b');
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
    const merged = fromYDoc(a);
    expect(serializeMap(fromYDoc(b))).toBe(serializeMap(merged));
    expect(merged.touchpoints[0]).toMatchObject({ title: 'From A', level: 'memorable' });
    expect(merged.touchpoints[1]!.title).toBe('From B');
  });

  it('drops a touchpoint added to a stage someone deleted at the same time, on every peer alike', () => {
    const map = sample('hotel-stay');
    const a = toYDoc(map);
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    const stage = map.stages[1]!;
    applyMapToYDoc(a, map, runCommand(map, 'deleteStage', { id: stage.id })!.map, 'a');
    applyMapToYDoc(b, map, runCommand(map, 'addTouchpoint', { stage: stage.id, lane: map.lanes[0]!.id, title: 'Orphan', id: 'tnew' })!.map, 'b');
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    const merged = readYDoc(a);
    expect(merged.problems).toEqual([]);
    expect(merged.map!.stages.map((s) => s.id)).not.toContain(stage.id);
    expect(merged.map!.touchpoints.map((t) => t.id)).not.toContain('tnew');
    expect(serializeMap(fromYDoc(b))).toBe(serializeMap(merged.map!));
  });

  it('never returns an invalid merged state: a bad value leaves the last valid map and names the problem', () => {
    const map = sample('hotel-stay');
    const ydoc = toYDoc(map);
    expect(readYDoc(ydoc).problems).toEqual([]);
    const t = map.touchpoints[0]!;
    const fields = (rootOf(ydoc).get('touchpoints') as Y.Map<Y.Map<unknown>>).get(t.id)!;
    fields.set('level', 'legendary');
    const result = readYDoc(ydoc);
    expect(result.problems[0]).toMatchObject({ path: ['touchpoints', 0, 'level'] });
    expect(result.map!.touchpoints[0]!.level).toBe(t.level);
  });

  it('has no map for an empty, unsynced document', () => {
    expect(readYDoc(new Y.Doc()).map).toBeNull();
    expect(() => fromYDoc(new Y.Doc())).toThrow(/no valid map/);
  });

  it('keeps a reorder and a concurrent edit of the moved stage', () => {
    const map = sample('hotel-stay');
    const a = toYDoc(map);
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    const last = map.stages[map.stages.length - 1]!;
    applyMapToYDoc(a, map, runCommand(map, 'moveStage', { id: last.id, index: 0 })!.map, 'a');
    applyMapToYDoc(b, map, runCommand(map, 'renameStage', { id: last.id, name: 'Checkout (renamed)' })!.map, 'b');
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    const merged = fromYDoc(b);
    expect(merged.stages[0]).toMatchObject({ id: last.id, name: 'Checkout (renamed)' });
    expect(merged.stages).toHaveLength(map.stages.length);
  });
});

describe('per-person undo', () => {
  it('undoes my edit and leaves the other person\'s edit alone', () => {
    const map = sample('hotel-stay');
    const [a, b] = pair(map);
    const me = new CollabSession(a, 'me');
    const other = new CollabSession(b, 'you');
    const stage = map.stages[0]!.id;
    const lane = map.lanes[0]!.id;
    me.run('addTouchpoint', { stage, lane, title: 'Mine' });
    other.run('addTouchpoint', { stage, lane, title: 'Theirs' });
    other.run('updateTouchpoint', { id: map.touchpoints[0]!.id, patch: { title: 'Their rename' } });
    expect(me.undo()).toBe(true);
    const titles = fromYDoc(b).touchpoints.map((t) => t.title);
    expect(titles).not.toContain('Mine');
    expect(titles).toContain('Theirs');
    expect(titles).toContain('Their rename');
    expect(me.undo()).toBe(false);
    expect(me.redo()).toBe(true);
    expect(fromYDoc(b).touchpoints.map((t) => t.title)).toContain('Mine');
  });

  it('gives each person ids that cannot collide', () => {
    const map = sample('hotel-stay');
    const a = toYDoc(map);
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    const stage = map.stages[0]!.id;
    const lane = map.lanes[0]!.id;
    const idA = new CollabSession(a).run('addTouchpoint', { stage, lane, title: 'A' })!.created[0];
    const idB = new CollabSession(b).run('addTouchpoint', { stage, lane, title: 'B' })!.created[0];
    expect(idA).not.toBe(idB);
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    expect(fromYDoc(a).touchpoints.map((t) => t.title)).toEqual(expect.arrayContaining(['A', 'B']));
  });
});

describe('patchMap (following other people\'s edits without reading the whole map)', () => {
  /** A peer's raw Yjs change arriving in `doc`; the patched map must equal a fresh reading. */
  function follow(map: MapDocument, change: (root: Y.Map<unknown>) => void) {
    const doc = toYDoc(map);
    const view = new CollabSession(doc, 'me');
    const before = view.map;
    const peer = new Y.Doc();
    Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc));
    const sv = Y.encodeStateVector(peer);
    peer.transact(() => change(rootOf(peer)));
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(peer, sv), 'net');
    return { before, after: view.map, fresh: readYDoc(doc).map! };
  }
  const touchpointFields = (root: Y.Map<unknown>, id: string, fields: Record<string, unknown>) => {
    const y = new Y.Map<unknown>();
    for (const [k, v] of Object.entries(fields)) y.set(k, v);
    y.set('painPoints', new Y.Map());
    y.set('painPointOrder', new Y.Array());
    (root.get('touchpoints') as Y.Map<unknown>).set(id, y);
    (root.get('touchpointsOrder') as Y.Array<string>).push([id]);
  };

  it('agrees with a fresh reading when a peer adds a card under an id another element already has', () => {
    const map = sample('hotel-stay');
    const { after, fresh } = follow(map, (root) => touchpointFields(root, map.stages[0]!.id, { title: 'Impostor', stage: map.stages[0]!.id, lane: map.lanes[0]!.id }));
    expect(after).toEqual(fresh);
    expect(after.touchpoints.map((t) => t.title)).not.toContain('Impostor');
  });

  it('agrees with a fresh reading when a peer adds a card to a stage that does not exist', () => {
    const map = sample('hotel-stay');
    const { after, fresh } = follow(map, (root) => touchpointFields(root, 'tpZ', { title: 'Lost', stage: 'no-such-stage', lane: map.lanes[0]!.id }));
    expect(after).toEqual(fresh);
  });

  it('keeps every untouched card as the same object when one card is retitled', () => {
    const map = sample('hotel-stay');
    const target = map.touchpoints[3]!.id;
    const { before, after, fresh } = follow(map, (root) => ((root.get('touchpoints') as Y.Map<Y.Map<unknown>>).get(target)!).set('title', 'Retitled'));
    expect(after).toEqual(fresh);
    after.touchpoints.forEach((t, i) => (t.id === target ? expect(t.title).toBe('Retitled') : expect(t).toBe(before.touchpoints[i])));
    expect(after.stages).toBe(before.stages);
  });
});
