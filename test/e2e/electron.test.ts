/**
 * The real desktop app, driven by Playwright's Electron support. Electron's binary cannot be
 * downloaded on this workplace's machines, so these tests SKIP (with the reason in their name)
 * where `require('electron')` has no binary, and run wherever `npm install` could fetch one (or
 * ELECTRON_OVERRIDE_DIST_PATH points at one). Needs a build (`npm run build`; `npm test` does it).
 *
 * They go through the same preload bridge the renderer uses, so they check the shell itself:
 * window security, a file opened from the command line, a hostile file read in a capped child, the
 * unsaved-changes guard, and a draft that survives a crash.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron as electron, type ElectronApplication, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TouchpointBridge } from '../../electron/preload/api';
import { findElectronBinary } from '../../electron/tools/electron-binary.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const binary = findElectronBinary();
const reason =
  'missing' in binary
    ? `${binary.missing}; Electron could not be downloaded on this machine, and these tests run wherever it can`
    : !existsSync(join(root, 'out/main/index.js'))
      ? 'no build in out/ (run `npm run build` first)'
      : null;

if (reason) console.warn(`Electron end-to-end tests skipped: ${reason}`);

declare global {
  interface Window {
    touchpoint: TouchpointBridge;
  }
}

const SAMPLE = 'hotel-stay.tpmap.json';

describe.skipIf(reason !== null)(`desktop app in Electron${reason ? ` (SKIPPED: ${reason})` : ''}`, () => {
  const work = mkdtempSync(join(tmpdir(), 'touchpoint-electron-'));
  const userData = join(work, 'user-data');
  const sample = join(work, SAMPLE);
  let app: ElectronApplication;
  let page: Page;

  async function launch(files: string[]): Promise<void> {
    if (!('path' in binary)) throw new Error('unreachable: skipped without a binary');
    app = await electron.launch({
      executablePath: binary.path,
      // Chromium will not start its own sandbox as root (CI containers); the renderer's sandbox setting is unaffected.
      args: [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), root, `--user-data-dir=${userData}`, ...files],
      cwd: root,
      timeout: 60_000,
    });
    page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
    // Stand-in for the person at every native message box: they always press Cancel. Every box
    // and every attempt to open the system browser is recorded for the tests to read.
    await app.evaluate(({ dialog, shell }) => {
      const record = { asked: [] as { message: string; detail: string }[], opened: [] as string[] };
      (globalThis as { touchpointTest?: typeof record }).touchpointTest = record;
      dialog.showMessageBox = (async (...args: unknown[]) => {
        const options = args.find((a): a is Electron.MessageBoxOptions => typeof a === 'object' && a !== null && 'message' in a);
        record.asked.push({ message: options?.message ?? '', detail: options?.detail ?? '' });
        return { response: options?.cancelId ?? 0, checkboxChecked: false };
      }) as typeof dialog.showMessageBox;
      shell.openExternal = async (url: string) => void record.opened.push(url);
    });
  }

  const recorded = () =>
    app.evaluate(() => (globalThis as { touchpointTest?: { asked: { message: string; detail: string }[]; opened: string[] } }).touchpointTest ?? { asked: [], opened: [] });

  beforeAll(async () => {
    cpSync(join(root, 'samples', SAMPLE), sample);
    await launch([sample]);
  });

  afterAll(async () => {
    await app?.close().catch(() => undefined);
    rmSync(work, { recursive: true, force: true });
  });

  it('opens one window, isolated and sandboxed, on the app:// origin', async () => {
    const windows = await app.evaluate(({ BrowserWindow }) =>
      BrowserWindow.getAllWindows().map((w) => {
        // Undocumented but long-standing: the preferences the page was actually created with.
        const contents = w.webContents as unknown as { getLastWebPreferences?: () => Electron.WebPreferences | null };
        const prefs = contents.getLastWebPreferences?.() ?? null;
        return {
          known: prefs !== null,
          contextIsolation: prefs?.contextIsolation,
          sandbox: prefs?.sandbox,
          nodeIntegration: prefs?.nodeIntegration,
          webSecurity: prefs?.webSecurity,
          webviewTag: prefs?.webviewTag,
          url: w.webContents.getURL(),
        };
      }),
    );
    expect(windows).toHaveLength(1);
    expect(windows[0]?.known, 'webContents.getLastWebPreferences() is gone from this Electron: check the settings another way').toBe(true);
    expect(windows[0]).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, webviewTag: false });
    expect(windows[0]?.url).toMatch(/^app:\/\/touchpoint\//);
  });

  it('gives the page the typed bridge and nothing of Node or Electron', async () => {
    const seen = await page.evaluate(() => ({
      require: typeof (globalThis as { require?: unknown }).require,
      process: typeof (globalThis as { process?: unknown }).process,
      bridge: Object.keys(window.touchpoint).sort(),
    }));
    expect(seen.require).toBe('undefined');
    expect(seen.process).toBe('undefined');
    expect(seen.bridge).toContain('save');
    expect(seen.bridge).not.toContain('ipcRenderer');
    expect(seen.bridge).not.toContain('invoke');
  });

  it('opens the map named on the command line and shows its name in the title', async () => {
    await expect.poll(() => page.title(), { timeout: 20_000 }).toContain('hotel-stay');
  });

  it('reads a hostile file handed over by the OS in a capped child: the message is shown and the open map stays', async () => {
    // 124 000 invalid remedies in 313 kB: once a stack overflow in the main process, with nothing shown.
    const remedies = Array.from({ length: 124_000 }, () => ({ tier: 'x' }));
    const doc = JSON.parse(readFileSync(sample, 'utf8')) as { touchpoints: { painPoints?: unknown[] }[] };
    doc.touchpoints[0]!.painPoints = [{ id: 'hostile', title: 'Hotline', severity: 'high', remedies }];
    const hostile = join(work, 'hostile.tpmap.json');
    writeFileSync(hostile, JSON.stringify(doc));
    const before = (await recorded()).asked.length;
    await app.evaluate(({ app: electronApp }, path) => void electronApp.emit('open-file', { preventDefault: () => undefined }, path), hostile);
    await expect.poll(async () => (await recorded()).asked.length - before, { timeout: 20_000 }).toBe(1);
    expect((await recorded()).asked.at(-1)?.message).toMatch(/hostile\.tpmap\.json[\s\S]*the limit is 50/);
    expect(await page.title()).toContain('hotel-stay');
    // The reader's child is killed once it answered.
    const readers = () => app.evaluate(({ app: electronApp }) => electronApp.getAppMetrics().filter((m) => m.type === 'Utility' && m.serviceName === 'Touchpoint Studio file reader').length);
    await expect.poll(readers, { timeout: 5_000 }).toBe(0);
  });

  it('saves over the opened file through the bridge, and refuses a file the person never chose', async () => {
    const recent = await page.evaluate(() => window.touchpoint.recentFiles());
    const entry = recent.find((r) => r.ref.path === sample);
    expect(entry, 'the command-line file is in Open Recent').toBeDefined();
    const doc = JSON.parse(readFileSync(sample, 'utf8')) as { title: string };
    doc.title = 'Saved by the Electron end-to-end test';
    const text = `${JSON.stringify(doc, null, 2)}\n`;
    const saved = await page.evaluate(([ref, t]) => window.touchpoint.save(ref, t), [entry!.ref, text] as const);
    expect(saved).toMatchObject({ ok: true });
    expect(readFileSync(sample, 'utf8')).toBe(text);

    const forged = await page.evaluate(
      ([t]) => window.touchpoint.save({ id: 'not-issued-by-main', name: 'passwd', path: '/etc/passwd' }, t),
      [text] as const,
    );
    expect(forged).toMatchObject({ ok: false });
  });

  it('shares the opened file on loopback, the page reaches its own room, and a file the person never chose is refused', async () => {
    const recent = await page.evaluate(() => window.touchpoint.recentFiles());
    const entry = recent.find((r) => r.ref.path === sample)!;
    const forged = await page.evaluate(() => window.touchpoint.shareStart({ id: 'not-issued-by-main', name: 'passwd', path: '/etc/passwd' }, 'loopback'));
    expect(forged).toMatchObject({ ok: false, reason: 'not-saved' });
    const started = await page.evaluate((ref) => window.touchpoint.shareStart(ref, 'loopback'), entry.ref);
    if (!started.ok) throw new Error(started.message);
    expect(started.value).toMatchObject({ running: true, localOrigin: 'http://127.0.0.1:47913', fileName: SAMPLE });
    // The app:// page (its CSP, its secure context) may open a WebSocket to its own room on loopback.
    const opened = await page.evaluate(
      (url) =>
        new Promise<string>((resolve) => {
          const link = new URLSearchParams(new URL(url).hash.slice(1));
          const ws = new WebSocket(`ws://127.0.0.1:47913/collab/${link.get('room')}?token=${link.get('token')}`);
          ws.onopen = () => (ws.close(), resolve('open'));
          ws.onerror = () => resolve('error');
        }),
      started.value.joinUrl!,
    );
    expect(opened).toBe('open');
    expect((await page.evaluate(() => window.touchpoint.shareStop())).running).toBe(false);
  });

  it('opens no new windows and does not navigate away; a web link is offered to the browser only if the person agrees', async () => {
    const before = (await recorded()).asked.length;
    const opened = await page.evaluate(() => window.open('https://example.com/') === null);
    expect(opened).toBe(true);
    await page.evaluate(() => {
      window.location.href = 'https://example.com/';
    });
    await expect.poll(async () => (await recorded()).asked.length - before).toBe(2);
    const { asked, opened: browser } = await recorded();
    expect(asked.slice(before).map((a) => a.detail)).toEqual(['https://example.com/', 'https://example.com/']);
    expect(browser).toEqual([]);
    expect(page.url()).toMatch(/^app:\/\/touchpoint\//);
    expect(app.windows()).toHaveLength(1);
  });

  it('asks before closing with unsaved changes, and Cancel keeps the window', async () => {
    await page.evaluate(() => window.touchpoint.setDirty(true, 'hotel-stay.tpmap.json'));
    await expect.poll(() => page.title()).toMatch(process.platform === 'darwin' ? /hotel-stay/ : /^● hotel-stay/);
    const before = (await recorded()).asked.length;
    await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.close());
    await expect.poll(async () => (await recorded()).asked.length - before).toBe(1);
    expect((await recorded()).asked.at(-1)?.message).toContain('hotel-stay');
    expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
  });

  it('keeps a draft through a crash and offers it on the next start', async () => {
    const draft = { text: '{"draft":true}', savedAt: Date.now() };
    await page.evaluate((d) => window.touchpoint.writeDraft(d), draft);
    app.process().kill('SIGKILL');
    await launch([]);
    const restored = await page.evaluate(() => window.touchpoint.readDraft());
    expect(restored).toMatchObject(draft);
    await page.evaluate(() => window.touchpoint.discardDraft());
    expect(await page.evaluate(() => window.touchpoint.readDraft())).toBeNull();
  });
});
