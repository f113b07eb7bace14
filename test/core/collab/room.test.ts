import { readFileSync, mkdtempSync, rmSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { afterAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { CollabSession, readYDoc } from '../../../src/collab';
import { conflictCopyPath, startCollabHost } from '../../../src/collab/node/host';
import { Room, type DropReason, type Peer } from '../../../src/collab/node/room';
import { parseMap, type MapDocument } from '../../../src/model';
import { nodeFiles } from '../../../src/platform/node';

const SAMPLE = new URL('../../../samples/hotel-stay.tpmap.json', import.meta.url);
const parsed = parseMap(readFileSync(SAMPLE, 'utf8'));
if (!parsed.ok) throw new Error('sample invalid');
const START: MapDocument = parsed.map;

function message(write: (e: encoding.Encoder) => void): Uint8Array {
  const e = encoding.createEncoder();
  write(e);
  return encoding.toUint8Array(e);
}
const updateMessage = (update: Uint8Array) => message((e) => (encoding.writeVarUint(e, 0), syncProtocol.writeUpdate(e, update)));

class FakePeer implements Peer {
  readonly received: Uint8Array[] = [];
  send(data: Uint8Array) {
    this.received.push(data);
  }
  close() {}
  /** Sync updates the room relayed to this peer, applied to a document. */
  applyTo(doc: Y.Doc) {
    for (const m of this.received) {
      const d = decoding.createDecoder(m);
      if (decoding.readVarUint(d) !== 0) continue;
      syncProtocol.readSyncMessage(d, encoding.createEncoder(), doc, 'room');
    }
  }
}

function setup() {
  const drops: DropReason[] = [];
  let changes = 0;
  const room = new Room(START, { dropped: (r) => drops.push(r), changed: () => changes++ });
  const a = new FakePeer();
  const b = new FakePeer();
  room.join(a);
  room.join(b);
  const docA = new Y.Doc();
  Y.applyUpdate(docA, Y.encodeStateAsUpdate(room.doc));
  return { room, a, b, docA, drops, changes: () => changes };
}

describe('the room gate', () => {
  it('applies a valid update and relays it to the others, not back to the sender', () => {
    const { room, a, b, docA, drops, changes } = setup();
    const sent: Uint8Array[] = [];
    docA.on('update', (u: Uint8Array) => sent.push(u));
    new CollabSession(docA, 'ax').run('addTouchpoint', { stage: START.stages[0]!.id, lane: START.lanes[0]!.id, title: 'From A' });
    const before = a.received.length;
    for (const u of sent) room.receive(a, updateMessage(u));
    expect(drops).toEqual([]);
    expect(changes()).toBeGreaterThan(0);
    expect(room.map.touchpoints.map((t) => t.title)).toContain('From A');
    expect(a.received.length).toBe(before);
    const docB = new Y.Doc();
    Y.applyUpdate(docB, Y.encodeStateAsUpdate(room.doc));
    expect(readYDoc(docB).map!.touchpoints.map((t) => t.title)).toContain('From A');
    expect(b.received.length).toBeGreaterThan(1);
  });

  it('drops random bytes, an update with missing history and a schema-violating update, keeping the document', () => {
    const { room, a, docA, drops } = setup();
    const good = Y.encodeStateAsUpdate(room.doc);
    room.receive(a, new Uint8Array([0, 2, 200, 1, 2, 3]));
    room.receive(a, new Uint8Array([9, 9, 9]));
    // The second of two edits, without the first: it depends on history the room never got.
    const sent: Uint8Array[] = [];
    docA.on('update', (u: Uint8Array) => sent.push(u));
    const s = new CollabSession(docA, 'ax');
    s.run('addTouchpoint', { stage: START.stages[0]!.id, lane: START.lanes[0]!.id, title: 'first' });
    s.run('addTouchpoint', { stage: START.stages[0]!.id, lane: START.lanes[0]!.id, title: 'second' });
    room.receive(a, updateMessage(sent[1]!));
    // A well-formed edit from a fresh peer that sets a value the format forbids.
    const evil = new Y.Doc();
    Y.applyUpdate(evil, good);
    const sv = Y.encodeStateVector(evil);
    (evil.getMap('map').get('touchpoints') as Y.Map<Y.Map<unknown>>).get(START.touchpoints[0]!.id)!.set('emotion', 99);
    room.receive(a, updateMessage(Y.encodeStateAsUpdate(evil, sv)));
    expect(drops.map((d) => d.code)).toEqual(['malformed', 'malformed', 'incomplete', 'invalid']);
    expect(drops[3]).toEqual({ code: 'invalid', path: 'touchpoints[0].emotion' });
    expect(Y.encodeStateAsUpdate(room.doc)).toEqual(good);
    // The gate recovers: the first edit, then the second, are accepted in order.
    room.receive(a, updateMessage(sent[0]!));
    room.receive(a, updateMessage(sent[1]!));
    expect(room.map.touchpoints.map((t) => t.title)).toEqual(expect.arrayContaining(['first', 'second']));
  });
});

describe('the host', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tp-host-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('names the conflict copy beside the file', () => {
    expect(conflictCopyPath('/x/hotel.tpmap.json')).toBe('/x/hotel.room.tpmap.json');
    expect(conflictCopyPath('/x/hotel.tpmap')).toBe('/x/hotel.room.tpmap');
    expect(conflictCopyPath('/x/hotel')).toBe('/x/hotel.room.tpmap.json');
  });

  it('drops a flood of messages from one connection and says so once', async () => {
    const file = join(dir, 'rate.tpmap.json');
    copyFileSync(SAMPLE, file);
    const lines: string[] = [];
    const host = await startCollabHost({ file, files: nodeFiles, locale: 'en', log: (l) => lines.push(l) });
    try {
      const { room, token } = Object.fromEntries(new URLSearchParams(host.joinUrl.split('#')[1])) as { room: string; token: string };
      const ws = new WebSocket(`ws://127.0.0.1:${host.port}/collab/${room}?token=${token}`);
      await new Promise((r) => ws.once('open', r));
      let answers = 0;
      ws.on('message', () => answers++);
      // Each "query awareness" message asks for an answer: a flood of them must not all be served.
      for (let i = 0; i < 2000; i++) ws.send(new Uint8Array([3]));
      await new Promise((r) => setTimeout(r, 500));
      expect(lines.filter((l) => l.includes('sends too fast'))).toHaveLength(1);
      expect(answers).toBeLessThan(1000);
      ws.close();
    } finally {
      await host.close();
    }
  });

  it('merges the edits of a participant who was offline when they reconnect, and saves them', async () => {
    const file = join(dir, 'offline.tpmap.json');
    copyFileSync(SAMPLE, file);
    const host = await startCollabHost({ file, files: nodeFiles, locale: 'en', log: () => undefined });
    const { room, token } = Object.fromEntries(new URLSearchParams(host.joinUrl.split('#')[1])) as { room: string; token: string };
    const docs = [new Y.Doc(), new Y.Doc()];
    // BroadcastChannel off: in one process it would carry updates past the host.
    const providers = docs.map((d) => new WebsocketProvider(`ws://127.0.0.1:${host.port}/collab`, room, d, { WebSocketPolyfill: WebSocket as never, params: { token }, disableBc: true }));
    try {
      await Promise.all(providers.map((p) => new Promise<void>((r) => (p.synced ? r() : p.once('sync', () => r())))));
      const [away, here] = docs.map((d, i) => new CollabSession(d, `o${i}x`));
      providers[0]!.disconnect();
      const m = away!.map;
      away!.run('addTouchpoint', { stage: m.stages[0]!.id, lane: m.lanes[0]!.id, title: 'Written offline' });
      here!.run('updateTouchpoint', { id: m.touchpoints[0]!.id, patch: { title: 'Renamed in the room' } });
      await new Promise((r) => setTimeout(r, 200));
      expect(readYDoc(docs[1]!).map!.touchpoints.map((t) => t.title)).not.toContain('Written offline');
      providers[0]!.connect();
      const deadline = Date.now() + 5000;
      const both = (d: Y.Doc) => ['Written offline', 'Renamed in the room'].every((t) => readYDoc(d).map!.touchpoints.some((x) => x.title === t));
      while (!(both(docs[0]!) && both(docs[1]!)) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 25));
      expect(both(docs[0]!) && both(docs[1]!)).toBe(true);
      await host.flush();
      const saved = parseMap(readFileSync(file, 'utf8'));
      expect(saved.ok && saved.map.touchpoints.map((t) => t.title)).toEqual(expect.arrayContaining(['Written offline', 'Renamed in the room']));
    } finally {
      providers.forEach((p) => p.destroy());
      await host.close();
    }
  });

  it('refuses to start on an invalid map', async () => {
    const file = join(dir, 'bad.tpmap.json');
    const bad = readFileSync(SAMPLE, 'utf8').replace('"level": "basic"', '"level": "legendary"');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(file, bad);
    await expect(startCollabHost({ file, files: nodeFiles, locale: 'zh-CN', log: () => undefined })).rejects.toThrow(/不是有效的地图/);
  });
});
