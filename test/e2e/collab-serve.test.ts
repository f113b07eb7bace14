/**
 * `touchpoint serve` end to end, without a browser: the built command line hosts a copy of a sample,
 * three y-websocket clients (the provider a browser page uses, over Node's `ws`) edit it at once.
 */
import type { ChildProcess } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { CollabSession, readYDoc } from '../../src/collab';
import { parseMap, type MapDocument } from '../../src/model';
import { freePort, serve, type Hosted } from './collab-host';

const SAMPLE = join(process.cwd(), 'samples/hotel-stay.tpmap.json');
const dir = mkdtempSync(join(tmpdir(), 'tp-serve-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const providers: WebsocketProvider[] = [];
const children: ChildProcess[] = [];
afterEach(() => {
  for (const p of providers.splice(0)) p.destroy();
  for (const c of children.splice(0)) c.kill('SIGKILL');
});

function join_(h: Hosted, token = h.token): { doc: Y.Doc; provider: WebsocketProvider } {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(h.wsUrl, h.room, doc, { WebSocketPolyfill: WebSocket as never, params: { token }, maxBackoffTime: 200, disableBc: true /* in one process y-websocket would otherwise pass updates directly, bypassing the host */ });
  providers.push(provider);
  return { doc, provider };
}

const synced = (p: WebsocketProvider) => new Promise<void>((resolve) => (p.synced ? resolve() : p.once('sync', () => resolve())));

async function until(check: () => boolean, ms: number): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 25));
  }
}

const fileMap = (file: string): MapDocument => {
  const parsed = parseMap(readFileSync(file, 'utf8'));
  expect(parsed.ok).toBe(true);
  return (parsed as { map: MapDocument }).map;
};
const START_COUNT = fileMapCount(SAMPLE);
function fileMapCount(path: string): number {
  const parsed = parseMap(readFileSync(path, 'utf8'));
  return parsed.ok ? parsed.map.touchpoints.length : -1;
}


const titles = (map: MapDocument | null) => new Set((map?.touchpoints ?? []).map((t) => t.title));

describe('touchpoint serve', () => {
  it('prints one join line, merges three people adding at once, writes all three, refuses a wrong token, and survives SIGKILL', async () => {
    const file = join(dir, 'hotel.tpmap.json');
    copyFileSync(SAMPLE, file);
    const h = await serve(file);
    children.push(h.child);
    expect(h.joinLine).toMatch(/^Join: http:\/\/127\.0\.0\.1:\d+\/#room=[\w-]+&token=[\w-]{24,}\n$/);

    const clients = [join_(h), join_(h), join_(h)];
    await Promise.all(clients.map((c) => synced(c.provider)));
    const sessions = clients.map((c, i) => new CollabSession(c.doc, `p${i}x`));
    const start = sessions[0]!.map;
    const names = ['Alpha desk', 'Beta lobby', 'Gamma app'];
    sessions.forEach((s, i) => s.run('addTouchpoint', { stage: start.stages[i]!.id, lane: start.lanes[0]!.id, title: names[i]! }));
    const t0 = Date.now();
    await until(() => clients.every((c) => names.every((n) => titles(readYDoc(c.doc).map).has(n))), 5000);
    expect(Date.now() - t0).toBeLessThan(5000);

    // Persisted within the 2 s batch window (plus process slack).
    await until(() => names.every((n) => titles(fileMap(file)).has(n)), 4000);

    // A wrong token is refused before the WebSocket opens.
    const status = await new Promise<number>((resolve) => {
      const ws = new WebSocket(`${h.wsUrl}/${h.room}?token=${'A'.repeat(h.token.length)}`);
      ws.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
      ws.on('open', () => resolve(101));
      ws.on('error', () => undefined);
    });
    expect(status).toBe(401);
    expect(h.stderr()).not.toContain(h.token);

    // A late edit, then the host is killed without warning once it had time to write.
    sessions[1]!.run('addTouchpoint', { stage: start.stages[0]!.id, lane: start.lanes[0]!.id, title: 'Delta kiosk' });
    await until(() => titles(fileMap(file)).has('Delta kiosk'), 4000);
    h.child.kill('SIGKILL');
    for (const p of providers.splice(0)) p.destroy();

    const again = await serve(file);
    children.push(again.child);
    const late = join_(again);
    await synced(late.provider);
    const resumed = titles(readYDoc(late.doc).map);
    for (const n of [...names, 'Delta kiosk']) expect(resumed).toContain(n);
  }, 60_000);

  it('merges the edits of a participant who was offline while the host was killed and restarted', async () => {
    const file = join(dir, 'restart.tpmap.json');
    copyFileSync(SAMPLE, file);
    const port = await freePort();
    const h = await serve(file, ['--port', String(port)]);
    children.push(h.child);
    const away = join_(h);
    const here = join_(h);
    await Promise.all([synced(away.provider), synced(here.provider)]);
    const awaySession = new CollabSession(away.doc, 'awx');
    const hereSession = new CollabSession(here.doc, 'hrx');
    const m = awaySession.map;
    const place = { stage: m.stages[0]!.id, lane: m.lanes[0]!.id };

    // One person's laptop drops off the network and they keep working.
    away.provider.disconnect();
    awaySession.run('addTouchpoint', { ...place, title: 'Drafted offline' });
    awaySession.run('updateTouchpoint', { id: m.touchpoints[0]!.id, patch: { level: 'memorable' } });
    hereSession.run('addTouchpoint', { ...place, title: 'Added online' });
    await until(() => titles(fileMap(file)).has('Added online'), 4000);
    h.child.kill('SIGKILL');
    here.provider.disconnect();

    // The host comes back on the same file and port: same room, same link.
    const again = await serve(file, ['--port', String(port)]);
    children.push(again.child);
    expect({ room: again.room, token: again.token }).toEqual({ room: h.room, token: h.token });
    away.provider.connect();
    await synced(away.provider);
    await until(() => titles(fileMap(file)).has('Drafted offline'), 5000);
    const saved = fileMap(file);
    expect(saved.touchpoints.find((t) => t.id === m.touchpoints[0]!.id)!.level).toBe('memorable');
    expect(saved.touchpoints.map((t) => t.title).filter((t) => t === 'Added online')).toHaveLength(1);
    expect(saved.touchpoints).toHaveLength(START_COUNT + 2);
    expect(again.stderr()).not.toContain(again.token);
  }, 60_000);

  it('keeps running and keeps the file valid under hostile updates', async () => {
    const file = join(dir, 'hostile.tpmap.json');
    copyFileSync(SAMPLE, file);
    const h = await serve(file);
    children.push(h.child);
    const ws = new WebSocket(`${h.wsUrl}/${h.room}?token=${h.token}`);
    await new Promise((r) => ws.once('open', r));
    // Random bytes, a sync "update" that is not a Yjs update, an oversized message.
    for (let i = 0; i < 20; i++) ws.send(Buffer.from(Array.from({ length: 64 }, () => Math.floor(Math.random() * 256))));
    ws.send(Buffer.from([0, 2, 5, 1, 2, 3, 4, 5]));
    // A well-formed Yjs update that breaks the schema: a touchpoint level the format does not know.
    const evil = new Y.Doc();
    const honest = join_(h);
    await synced(honest.provider);
    Y.applyUpdate(evil, Y.encodeStateAsUpdate(honest.doc));
    const before = Y.encodeStateVector(evil);
    const firstId = readYDoc(evil).map!.touchpoints[0]!.id;
    ((evil.getMap('map').get('touchpoints') as Y.Map<Y.Map<unknown>>).get(firstId)!).set('level', 'legendary');
    const update = Y.encodeStateAsUpdate(evil, before);
    ws.send(Buffer.concat([Buffer.from([0, 2]), Buffer.from(encodeVarUint(update.length)), Buffer.from(update)]));
    const big = new WebSocket(`${h.wsUrl}/${h.room}?token=${h.token}`);
    await new Promise((r) => big.once('open', r));
    const closed = new Promise<number>((r) => big.once('close', (code) => r(code)));
    big.send(Buffer.alloc(3 * 1024 * 1024, 7));
    expect(await closed).toBe(1009);

    // An honest edit still goes through and reaches the file; the bad level never does.
    const s = new CollabSession(honest.doc, 'okx');
    const m = s.map;
    s.run('addTouchpoint', { stage: m.stages[0]!.id, lane: m.lanes[0]!.id, title: 'Still works' });
    await until(() => titles(fileMap(file)).has('Still works'), 4000);
    const saved = fileMap(file);
    expect(saved.touchpoints.find((t) => t.id === firstId)!.level).not.toBe('legendary');
    expect(h.child.exitCode).toBeNull();
    expect(h.stderr()).toMatch(/dropped an update from a participant: it would make the map invalid at touchpoints\[0\]\.level/);
    expect(h.stderr()).toMatch(/larger than/);
    ws.close();
    big.close();
  }, 60_000);

  it('saves on Ctrl+C / SIGTERM before the batch timer fires, and exits cleanly', async () => {
    const file = join(dir, 'exit.tpmap.json');
    copyFileSync(SAMPLE, file);
    const h = await serve(file);
    const c = join_(h);
    await synced(c.provider);
    const s = new CollabSession(c.doc, 'exx');
    const m = s.map;
    s.run('addTouchpoint', { stage: m.stages[0]!.id, lane: m.lanes[0]!.id, title: 'Saved on exit' });
    // Wait until the host has the edit (a relayed awareness/sync round trip), not until it has saved it.
    await new Promise((r) => setTimeout(r, 100));
    const exited = new Promise<number | null>((r) => h.child.once('exit', (code) => r(code)));
    h.child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(titles(fileMap(file))).toContain('Saved on exit');
  }, 60_000);

  it('reports a file changed elsewhere instead of overwriting it', async () => {
    const file = join(dir, 'conflict.tpmap.json');
    copyFileSync(SAMPLE, file);
    const h = await serve(file);
    children.push(h.child);
    const c = join_(h);
    await synced(c.provider);
    const elsewhere = readFileSync(file, 'utf8').replace('"title": "', '"title": "Edited elsewhere: ');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(file, elsewhere);
    const s = new CollabSession(c.doc, 'cfx');
    const m = s.map;
    s.run('addTouchpoint', { stage: m.stages[0]!.id, lane: m.lanes[0]!.id, title: 'Room edit' });
    await until(() => /conflict: .*conflict\.tpmap\.json was changed outside the room/.test(h.stderr()), 4000);
    expect(readFileSync(file, 'utf8')).toBe(elsewhere);
    expect(titles(fileMap(join(dir, 'conflict.room.tpmap.json')))).toContain('Room edit');
  }, 60_000);
});

function encodeVarUint(n: number): number[] {
  const out: number[] = [];
  while (n > 127) {
    out.push((n & 127) | 128);
    n >>>= 7;
  }
  out.push(n);
  return out;
}
