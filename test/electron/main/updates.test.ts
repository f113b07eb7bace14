/**
 * Updates are offered, never forced: the flow's questions in order, and electron-updater itself
 * reading a generic feed served on loopback (a stand-in app adapter instead of an Electron binary).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUpdateFlow, resolveUpdateFeed, type UpdateQuestion, type UpdaterLike } from '../../../electron/main/updates';

const require = createRequire(import.meta.url);

describe('the update feed setting', () => {
  it('is off by default', () => {
    expect(resolveUpdateFeed(undefined, null)).toEqual({ feed: null });
    expect(resolveUpdateFeed('  ', '{}')).toEqual({ feed: null });
  });

  it('takes the environment first, then update.json; https only, http only to this machine', () => {
    expect(resolveUpdateFeed('https://updates.example.org/touchpoint/', '{"feed":"https://other"}').feed).toBe('https://updates.example.org/touchpoint/');
    expect(resolveUpdateFeed(undefined, '{"feed":"https://updates.example.org/tp"}').feed).toBe('https://updates.example.org/tp');
    expect(resolveUpdateFeed('http://127.0.0.1:8080/feed', null).feed).toBe('http://127.0.0.1:8080/feed');
    expect(resolveUpdateFeed('http://updates.example.org/', null)).toEqual({ feed: null, problem: expect.stringMatching(/https/) });
    expect(resolveUpdateFeed('file:///etc', null).problem).toMatch(/https/);
    expect(resolveUpdateFeed(undefined, '{"feed": 3}').problem).toMatch(/must be a URL/);
    expect(resolveUpdateFeed(undefined, 'not json').problem).toMatch(/not valid JSON/);
    expect(resolveUpdateFeed('::', null).problem).toMatch(/not a URL/);
  });
});

function fakeUpdater(version: string | null, fail = false) {
  const calls: string[] = [];
  const updater: UpdaterLike = {
    autoDownload: true,
    autoInstallOnAppQuit: true,
    setFeedURL: ({ url }) => void calls.push(`feed ${url}`),
    checkForUpdates: async () => {
      calls.push('check');
      if (fail) throw new Error('offline');
      return version ? { updateInfo: { version } } : null;
    },
    downloadUpdate: async () => void calls.push('download'),
    quitAndInstall: () => void calls.push('install'),
  };
  return { updater, calls };
}

function flow(version: string | null, answers: Record<UpdateQuestion['kind'], boolean>, closes = true, fail = false) {
  const { updater, calls } = fakeUpdater(version, fail);
  const asked: UpdateQuestion[] = [];
  const logs: string[] = [];
  const check = createUpdateFlow({
    updater,
    feed: 'https://feed/',
    currentVersion: '0.1.0',
    ask: async (q) => (asked.push(q), answers[q.kind]),
    closeDocuments: async () => (calls.push('close documents'), closes),
    log: (m) => logs.push(m),
  }).check;
  return { updater, calls, asked, logs, check };
}

describe('the update flow', () => {
  it('never downloads or installs on its own', () => {
    const { updater, calls } = flow('0.2.0', { available: false, ready: false });
    expect(updater.autoDownload).toBe(false);
    expect(updater.autoInstallOnAppQuit).toBe(false);
    expect(calls).toEqual(['feed https://feed/']);
  });

  it('asks nothing when there is nothing newer', async () => {
    for (const version of [null, '0.1.0', '0.0.9']) {
      const f = flow(version, { available: true, ready: true });
      expect(await f.check()).toBe('up-to-date');
      expect(f.asked).toEqual([]);
    }
  });

  it('a no to the download leaves everything as it was', async () => {
    const f = flow('0.2.0', { available: false, ready: true });
    expect(await f.check()).toBe('declined');
    expect(f.calls).not.toContain('download');
  });

  it('"Later" installs on the next quit, not now', async () => {
    const f = flow('0.2.0', { available: true, ready: false });
    expect(await f.check()).toBe('install-on-quit');
    expect(f.asked.map((q) => q.kind)).toEqual(['available', 'ready']);
    expect(f.calls).toEqual(['feed https://feed/', 'check', 'download']);
    expect(f.updater.autoInstallOnAppQuit).toBe(true);
  });

  it('"Install now" closes the document first (the save question), then installs', async () => {
    const f = flow('1.0.0', { available: true, ready: true });
    expect(await f.check()).toBe('installing');
    expect(f.calls.slice(-2)).toEqual(['close documents', 'install']);
  });

  it('a person who cancels the save question keeps working; nothing is installed now', async () => {
    const f = flow('1.0.0', { available: true, ready: true }, false);
    expect(await f.check()).toBe('kept-open');
    expect(f.calls).not.toContain('install');
  });

  it('a failed check is logged, not thrown', async () => {
    const f = flow('1.0.0', { available: true, ready: true }, true, true);
    expect(await f.check()).toBe('failed');
    expect(f.logs).toEqual(['update check failed: offline']);
  });
});

describe('electron-updater against a generic feed on loopback', () => {
  let server: Server;
  let feed: string;
  let latest = '0.2.0';
  const requests: string[] = [];

  beforeAll(async () => {
    server = createServer((req, res) => {
      requests.push(req.url ?? '');
      if (req.url?.startsWith('/latest-linux.yml')) {
        res.writeHead(200, { 'content-type': 'text/yaml' });
        res.end(
          [
            `version: ${latest}`,
            'files:',
            `  - url: Touchpoint-Studio-${latest}.AppImage`,
            '    sha512: AAAA',
            '    size: 1',
            `path: Touchpoint-Studio-${latest}.AppImage`,
            'sha512: AAAA',
            "releaseDate: '2026-12-01T00:00:00.000Z'",
            '',
          ].join('\n'),
        );
      } else {
        res.writeHead(404).end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    feed = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  });

  afterAll(() => {
    delete process.env['APPIMAGE'];
    return new Promise<void>((resolve) => server.close(() => resolve()));
  });

  function realUpdater(): UpdaterLike {
    const { AppImageUpdater } = require('electron-updater/out/AppImageUpdater');
    const { NodeHttpExecutor } = require('builder-util/out/nodeHttpExecutor');
    const data = mkdtempSync(join(tmpdir(), 'tp-update-'));
    // A stand-in for Electron's app: a packaged Touchpoint Studio 0.1.0.
    const app = {
      version: '0.1.0',
      name: 'Touchpoint Studio',
      isPackaged: true,
      appUpdateConfigPath: join(data, 'app-update.yml'),
      userDataPath: data,
      baseCachePath: data,
      whenReady: () => Promise.resolve(),
      relaunch: () => undefined,
      quit: () => undefined,
      onQuit: () => undefined,
    };
    // AppImageUpdater only checks from inside an AppImage, which it knows by this variable.
    process.env['APPIMAGE'] = join(data, 'Touchpoint-Studio.AppImage');
    const updater = new AppImageUpdater(null, app);
    updater.httpExecutor = new NodeHttpExecutor();
    updater.logger = null;
    return updater;
  }

  it('finds the newer version on the feed and asks before downloading', async () => {
    latest = '0.2.0';
    const asked: UpdateQuestion[] = [];
    const check = createUpdateFlow({
      updater: realUpdater(),
      feed,
      currentVersion: '0.1.0',
      ask: async (q) => (asked.push(q), false),
      closeDocuments: async () => true,
      log: () => undefined,
    }).check;
    expect(await check()).toBe('declined');
    expect(asked).toEqual([{ kind: 'available', version: '0.2.0' }]);
    expect(requests.some((r) => r.startsWith('/latest-linux.yml'))).toBe(true);
  });

  it('says nothing when the feed holds the version already installed', async () => {
    latest = '0.1.0';
    requests.length = 0;
    const asked: UpdateQuestion[] = [];
    const check = createUpdateFlow({
      updater: realUpdater(),
      feed,
      currentVersion: '0.1.0',
      ask: async (q) => (asked.push(q), true),
      closeDocuments: async () => true,
      log: () => undefined,
    }).check;
    expect(await check()).toBe('up-to-date');
    expect(asked).toEqual([]);
    expect(requests.some((r) => r.startsWith('/latest-linux.yml'))).toBe(true);
  });
});
