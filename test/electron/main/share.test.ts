import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { CollabSession } from '../../../src/collab';
import { builtRendererRoot } from '../../../src/collab/node/host';
import { parseMap } from '../../../src/model';
import { nodeFiles } from '../../../src/platform/node';
import { createShareService, listInterfaces, LOOPBACK_ID, type ShareStatus } from '../../../electron/main/share';

const SAMPLE = new URL('../../../samples/hotel-stay.tpmap.json', import.meta.url);
const dir = mkdtempSync(join(tmpdir(), 'tp-share-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const mapFile = (name: string) => {
  const file = join(dir, name);
  copyFileSync(SAMPLE, file);
  return file;
};

/** A second loopback address stands in for a network interface (Linux answers on all of 127/8). */
const fakeNets = () => ({
  lo: [{ address: '127.0.0.1', netmask: '255.0.0.0', family: 'IPv4' as const, mac: '00:00:00:00:00:00', internal: true, cidr: '127.0.0.1/8' }],
  'Wi-Fi': [
    { address: '127.0.0.2', netmask: '255.0.0.0', family: 'IPv4' as const, mac: '02:00:00:00:00:01', internal: false, cidr: '127.0.0.2/8' },
    { address: 'fe80::1', netmask: 'ffff:ffff:ffff:ffff::', family: 'IPv6' as const, mac: '02:00:00:00:00:01', internal: false, cidr: 'fe80::1/64', scopeid: 2 },
  ],
});

const service = (logLines: string[] = []) =>
  createShareService({ files: nodeFiles, locale: () => 'en', staticRoot: undefined, port: 0, log: (l) => logLines.push(l), networkInterfaces: fakeNets });

function linkOf(status: ShareStatus) {
  const url = new URL(status.joinUrl!);
  const params = new URLSearchParams(url.hash.slice(1));
  return { url, room: params.get('room')!, token: params.get('token')! };
}

function join_(origin: string, room: string, token: string) {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(`${origin.replace(/^http/, 'ws')}/collab`, room, doc, { WebSocketPolyfill: WebSocket as never, params: { token }, disableBc: true });
  const synced = new Promise<void>((r) => (provider.synced ? r() : provider.once('sync', () => r())));
  return { doc, provider, synced };
}

const titlesOnDisk = (file: string) => {
  const parsed = parseMap(readFileSync(file, 'utf8'));
  return parsed.ok ? parsed.map.touchpoints.map((t) => t.title) : [];
};

describe('the interfaces offered', () => {
  it('lists this computer first, then reachable interfaces by name, without internal or link-local addresses', () => {
    const list = listInterfaces(fakeNets());
    expect(list.map((i) => [i.id, i.name, i.address])).toEqual([
      [LOOPBACK_ID, '', '127.0.0.1'],
      ['127.0.0.2', 'Wi-Fi', '127.0.0.2'],
    ]);
  });
});

describe('the browser build the host serves', () => {
  it('is found from the command line and from a shared chunk of the build, never the source folder', () => {
    const root = join(dir, 'app');
    mkdirSync(join(root, 'out/main/chunks'), { recursive: true });
    mkdirSync(join(root, 'renderer'), { recursive: true });
    writeFileSync(join(root, 'renderer/index.html'), '<!-- source -->');
    const from = (file: string) => builtRendererRoot(pathToFileURL(join(root, file)).href);
    expect(from('out/main/cli.js')).toBeUndefined();
    mkdirSync(join(root, 'out/renderer/assets'), { recursive: true });
    writeFileSync(join(root, 'out/renderer/index.html'), '<!-- built -->');
    expect(from('out/main/cli.js')).toBe(`${join(root, 'out/renderer')}/`);
    expect(from('out/main/chunks/node-abc.js')).toBe(`${join(root, 'out/renderer')}/`);
  });
});

describe('sharing the open map', () => {
  it('refuses a map that is not saved to a file, and an interface that went away', async () => {
    const share = service();
    const unsaved = await share.start(null, LOOPBACK_ID);
    expect(unsaved).toMatchObject({ ok: false, reason: 'not-saved' });
    expect(!unsaved.ok && unsaved.message).toMatch(/saved to a file/);
    expect(await share.start(mapFile('gone.tpmap.json'), '10.9.9.9')).toMatchObject({ ok: false, reason: 'no-interface' });
    expect(share.status().running).toBe(false);
  });

  it('says so when the port is taken, and when the file on disk is not a valid map', async () => {
    const first = createShareService({ files: nodeFiles, locale: () => 'en', staticRoot: undefined, port: 0, log: () => undefined, networkInterfaces: fakeNets });
    expect((await first.start(mapFile('first.tpmap.json'), LOOPBACK_ID)).ok).toBe(true);
    try {
      const port = first.status().port!;
      const second = createShareService({ files: nodeFiles, locale: () => 'en', staticRoot: undefined, port, log: () => undefined, networkInterfaces: fakeNets });
      const taken = await second.start(mapFile('second.tpmap.json'), LOOPBACK_ID);
      expect(taken).toMatchObject({ ok: false, reason: 'busy' });
      expect(!taken.ok && taken.message).toContain(`port ${port} on 127.0.0.1 is taken by another program (EADDRINUSE)`);
      expect(second.status().running).toBe(false);
    } finally {
      await first.stop();
    }
    const broken = join(dir, 'broken.tpmap.json');
    writeFileSync(broken, '{"format": "nope"}');
    const invalid = await service().start(broken, LOOPBACK_ID);
    expect(invalid).toMatchObject({ ok: false, reason: 'invalid' });
    expect(!invalid.ok && invalid.message).toMatch(/“broken\.tpmap\.json”: the file on disk is not a valid map/);
  });

  it('on loopback: a participant edits, the file is written, and stop flushes the last edit', async () => {
    const file = mapFile('loopback.tpmap.json');
    const share = service();
    const seen: ShareStatus[] = [];
    share.onChange((s) => seen.push(s));
    const started = await share.start(file, LOOPBACK_ID);
    expect(started.ok).toBe(true);
    const status = share.status();
    expect(status).toMatchObject({ running: true, fileName: 'loopback.tpmap.json', interfaceId: LOOPBACK_ID });
    const { url, room, token } = linkOf(status);
    expect(url.hostname).toBe('127.0.0.1');
    expect(token.length).toBeGreaterThanOrEqual(22);
    const peer = join_(status.localOrigin!, room, token);
    try {
      await peer.synced;
      await expect.poll(() => share.status().people).toBe(1);
      expect(seen.at(-1)?.people).toBe(1);
      const session = new CollabSession(peer.doc, 'px');
      const m = session.map;
      session.run('addTouchpoint', { stage: m.stages[0]!.id, lane: m.lanes[0]!.id, title: 'Added from a phone' });
      await expect.poll(() => titlesOnDisk(file), { timeout: 5000 }).toContain('Added from a phone');
      // An edit just before stopping is not lost: stop writes the room to the file.
      session.run('addTouchpoint', { stage: m.stages[0]!.id, lane: m.lanes[0]!.id, title: 'Last word' });
      await new Promise((r) => setTimeout(r, 100));
      expect(await share.stop()).toBe(file);
      expect(titlesOnDisk(file)).toContain('Last word');
      expect(share.status()).toMatchObject({ running: false, joinUrl: null, people: 0 });
    } finally {
      peer.provider.destroy();
      await share.stop();
    }
  });

  it('on a network interface: the link names its address, the window joins on loopback, a wrong token is refused', async () => {
    const file = mapFile('network.tpmap.json');
    const lines: string[] = [];
    const share = service(lines);
    const started = await share.start(file, '127.0.0.2');
    expect(started.ok).toBe(true);
    const status = share.status();
    const { url, room, token } = linkOf(status);
    expect(url.hostname).toBe('127.0.0.2');
    expect(status.localOrigin).toBe(`http://127.0.0.1:${status.port}`);
    const phone = join_(`http://127.0.0.2:${status.port}`, room, token);
    const desk = join_(status.localOrigin!, room, token);
    try {
      await Promise.all([phone.synced, desk.synced]);
      const m = new CollabSession(desk.doc, 'dx').map;
      new CollabSession(desk.doc, 'dx').run('addTouchpoint', { stage: m.stages[0]!.id, lane: m.lanes[0]!.id, title: 'From the desk' });
      await expect.poll(() => new CollabSession(phone.doc, 'qx').map.touchpoints.map((t) => t.title), { timeout: 5000 }).toContain('From the desk');

      const refused = await new Promise<number>((resolve) => {
        const ws = new WebSocket(`ws://127.0.0.2:${status.port}/collab/${room}?token=${token.slice(0, -2)}xx`);
        ws.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
        ws.on('open', () => resolve(101));
      });
      expect(refused).toBe(401);
      expect(lines.join('\n')).not.toContain(token);
    } finally {
      phone.provider.destroy();
      desk.provider.destroy();
      await share.stop();
    }
    expect(titlesOnDisk(file)).toContain('From the desk');
  });
});
