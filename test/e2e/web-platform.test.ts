/**
 * The web platform in real Chromium. The module is tested on its own page (test/e2e/web-platform-page,
 * built here with Vite into a temporary folder), so it does not wait for the app shell.
 *
 * Native file dialogs cannot be driven in a headless browser (they cancel at once), so:
 * - the file-input and download paths run for real (Playwright's filechooser and download events);
 * - the File System Access path runs against real FileSystemFileHandles from the origin-private
 *   file system, returned by stand-in pickers: real createWritable/close, real IndexedDB storage of
 *   handles, real NotFoundError when the file is removed.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startStaticServer, type StaticServer } from '../../electron/main/static-server';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './browser';
import type { WebPlatformTestPage } from './web-platform-page/main';

const PAGE_SOURCE = fileURLToPath(new URL('./web-platform-page', import.meta.url));
const SAMPLES = fileURLToPath(new URL('../../samples', import.meta.url));

// This suite needs Chromium but not the app's build (out/renderer): it builds its own page.
const unavailable = existsSync(CHROMIUM_PATH) ? null : `no Chromium at ${CHROMIUM_PATH}`;
if (unavailable) console.warn(`web platform browser tests skipped: ${unavailable}`);

/** Inside page.evaluate: the test page's API. */
declare const tp: WebPlatformTestPage;

interface Session {
  context: BrowserContext;
  page: Page;
  warnings: string[];
  errors: string[];
}

/** A PlatformError as plain data (errors do not cross page.evaluate with their fields). */
interface ErrorData {
  name: string;
  reason?: string;
  message: string;
}

describe.skipIf(unavailable !== null)('web platform in Chromium', () => {
  let outDir: string;
  let server: StaticServer;
  let browser: Browser;
  const sessions: Session[] = [];

  beforeAll(async () => {
    outDir = await mkdtemp(join(tmpdir(), 'tp-web-platform-'));
    await build({
      configFile: false,
      root: PAGE_SOURCE,
      base: './',
      logLevel: 'warn',
      build: { outDir, emptyOutDir: true, minify: false, reportCompressedSize: false },
    });
    server = await startStaticServer({ root: outDir });
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  });

  afterAll(async () => {
    for (const s of sessions) await s.context.close().catch(() => undefined);
    await browser?.close();
    await server?.close();
    if (outDir) await rm(outDir, { recursive: true, force: true });
  });

  async function open(options: { locale?: string; init?: () => void } = {}): Promise<Session> {
    const context = await browser.newContext({ acceptDownloads: true, locale: options.locale ?? 'en-US' });
    if (options.init) await context.addInitScript(options.init);
    const page = await context.newPage();
    const session: Session = { context, page, warnings: [], errors: [] };
    page.on('console', (message) => {
      if (message.type() === 'warning') session.warnings.push(message.text());
      if (message.type() === 'error') session.errors.push(message.text());
    });
    page.on('pageerror', (error) => session.errors.push(error.message));
    await page.goto(server.url);
    await page.waitForFunction(() => typeof tp !== 'undefined' && tp.ready);
    sessions.push(session);
    return session;
  }

  async function reload(page: Page) {
    await page.reload();
    await page.waitForFunction(() => typeof tp !== 'undefined' && tp.ready);
  }

  test('saveAs without a save picker downloads the map under a .tpmap.json name; save downloads again', async () => {
    const { page, errors } = await open();
    const text = await readFile(join(SAMPLES, 'haidilao-hotpot-dinner.tpmap.json'), 'utf8');
    await page.evaluate(() => {
      tp.removePickers();
      tp.platform = tp.createWebPlatform();
    });

    const [download, ref] = await Promise.all([
      page.waitForEvent('download'),
      page.evaluate((t) => tp.platform!.saveAs(t, '海底捞 dinner'), text),
    ]);
    expect(download.suggestedFilename()).toBe('海底捞 dinner.tpmap.json');
    expect(ref?.name).toBe('海底捞 dinner.tpmap.json');
    expect(await readFile((await download.path())!, 'utf8')).toBe(text);

    const edited = text.replace('"version"', '"version" ');
    const [again, saved] = await Promise.all([
      page.waitForEvent('download'),
      page.evaluate(([r, t]) => tp.platform!.save(r, t), [ref!, edited] as const),
    ]);
    expect(saved).toEqual(ref);
    expect(again.suggestedFilename()).toBe(ref!.name);
    expect(await readFile((await again.path())!, 'utf8')).toBe(edited);
    expect(errors).toEqual([]);
  });

  test('exportFile downloads exactly the bytes it was given', async () => {
    const { page } = await open();
    const bytes = Array.from({ length: 4096 }, (_, i) => (i * 7919 + (i >> 8)) % 256);
    await page.evaluate(() => tp.removePickers());
    const [download, result] = await Promise.all([
      page.waitForEvent('download'),
      page.evaluate((b) => tp.createWebPlatform().exportFile(new Uint8Array(b), 'map.png', 'image/png'), bytes),
    ]);
    expect(result).toBe(true);
    expect(download.suggestedFilename()).toBe('map.png');
    const got = await readFile((await download.path())!);
    expect(got.length).toBe(bytes.length);
    expect(Buffer.compare(got, Buffer.from(bytes))).toBe(0);

    const svg = '<svg xmlns="http://www.w3.org/2000/svg"><text>触点 — “map”</text></svg>';
    const [svgDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.evaluate((s) => tp.createWebPlatform().exportFile(s, 'map.svg', 'image/svg+xml'), svg),
    ]);
    expect(await readFile((await svgDownload.path())!, 'utf8')).toBe(svg);
  });

  test('drafts survive a reload and can be discarded', async () => {
    const { page, warnings } = await open();
    const draft = { text: '{"format":"touchpoint-map","title":"草稿"}', savedAt: 1_767_225_600_000, ref: { id: 'web:x:1', name: 'hotel.tpmap.json' } };
    expect(await page.evaluate(() => tp.createWebPlatform().readDraft())).toBeNull();
    await page.evaluate((d) => tp.createWebPlatform().writeDraft(d), draft);

    await reload(page);
    expect(await page.evaluate(() => tp.createWebPlatform().readDraft())).toEqual(draft);

    const newer = { text: '{"title":"newer"}', savedAt: draft.savedAt + 1000 };
    await page.evaluate((d) => tp.createWebPlatform().writeDraft(d), newer);
    await reload(page);
    expect(await page.evaluate(() => tp.createWebPlatform().readDraft())).toEqual(newer);

    await page.evaluate(() => tp.createWebPlatform().discardDraft());
    await reload(page);
    expect(await page.evaluate(() => tp.createWebPlatform().readDraft())).toBeNull();
    expect(warnings).toEqual([]);
  });

  test('openFile through the file input returns the file’s text, decoded as the desktop app does (BOM dropped); cancel is null', async () => {
    const { page } = await open();
    await page.evaluate(() => {
      tp.removePickers();
      tp.platform = tp.createWebPlatform();
    });
    const path = join(SAMPLES, 'hotel-stay.tpmap.json');

    // Listen first: Playwright starts intercepting file dialogs when the listener is added.
    let choosing = page.waitForEvent('filechooser');
    let opening = page.evaluate(() => tp.platform!.openFile());
    let chooser = await choosing;
    expect(chooser.isMultiple()).toBe(false);
    expect(await chooser.element().getAttribute('accept')).toBe('.json,.tpmap.json,.tpmap,application/json,.pdf,application/pdf');
    await chooser.setFiles(path);
    const opened = await opening;
    expect(opened?.ref.name).toBe('hotel-stay.tpmap.json');
    expect(opened?.text).toBe(await readFile(path, 'utf8'));
    // The map the shared reader validated comes along, so the document is not parsed a second time.
    expect(opened?.map?.title).toBe((JSON.parse(opened!.text) as { title: string }).title);
    // The hidden input does not stay in the page.
    expect(await page.locator('input[type=file]').count()).toBe(0);

    const withBom = '\uFEFF{"title":"带 BOM 的地图"}';
    choosing = page.waitForEvent('filechooser');
    opening = page.evaluate(() => tp.platform!.openFile());
    chooser = await choosing;
    await chooser.setFiles({ name: 'bom.tpmap.json', mimeType: 'application/json', buffer: Buffer.from(withBom, 'utf8') });
    // The shared reader (readMapBytes) decodes strictly and drops the byte-order mark, as the desktop app does.
    const bom = await opening;
    expect(bom?.text).toBe(withBom.slice(1));
    // Not a valid map: the text alone comes back, for the editor to list its problems.
    expect(bom?.map).toBeUndefined();

    choosing = page.waitForEvent('filechooser');
    opening = page.evaluate(() => tp.platform!.openFile());
    chooser = await choosing;
    await chooser.element().dispatchEvent('cancel');
    expect(await opening).toBeNull();

    // Opened through an input, the file cannot be written back: Save downloads it.
    const [download] = await Promise.all([page.waitForEvent('download'), page.evaluate((r) => tp.platform!.save(r, '{}'), opened!.ref)]);
    expect(download.suggestedFilename()).toBe('hotel-stay.tpmap.json');
    // And without File System Access there is no recent list.
    expect(await page.evaluate(() => tp.platform!.recentFiles())).toEqual([]);
  });

  test.each([
    ['no indexedDB at all', () => Object.defineProperty(window, 'indexedDB', { get: () => undefined, configurable: true })],
    [
      'indexedDB.open throws (private mode)',
      () => {
        IDBFactory.prototype.open = () => {
          throw new DOMException('A mutation operation was attempted on a database that did not allow mutations.', 'InvalidStateError');
        };
      },
    ],
    [
      'indexedDB.open fails',
      () => {
        IDBFactory.prototype.open = function () {
          const request = {} as IDBOpenDBRequest & { error: DOMException };
          Object.defineProperty(request, 'error', { value: new DOMException('denied', 'UnknownError') });
          setTimeout(() => request.onerror?.(new Event('error')));
          return request;
        };
      },
    ],
  ])('without IndexedDB (%s) drafts do nothing, never throw, and warn once', async (_label, init) => {
    const { page, warnings, errors } = await open({ init });
    const result = await page.evaluate(async () => {
      const platform = tp.createWebPlatform();
      await platform.writeDraft({ text: 'x', savedAt: 1 });
      const draft = await platform.readDraft();
      await platform.discardDraft();
      await platform.writeDraft({ text: 'y', savedAt: 2 });
      return { draft, again: await platform.readDraft(), recent: await platform.recentFiles() };
    });
    expect(result).toEqual({ draft: null, again: null, recent: [] });
    expect(warnings.filter((w) => w.includes('IndexedDB'))).toHaveLength(1);
    expect(errors).toEqual([]);
  });

  test('setDirty marks the title and guards leaving the page only while dirty', async () => {
    const { page } = await open();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.type());
      void dialog.dismiss();
    });
    await page.click('#activate'); // Chromium asks before unload only after the person interacted
    await page.evaluate(() => {
      tp.platform = tp.createWebPlatform();
      tp.platform.setDirty(true, 'hotel.tpmap.json');
    });
    expect(await page.title()).toBe('• hotel.tpmap.json — Touchpoint Studio');
    await page.close({ runBeforeUnload: true });
    await expect.poll(() => dialogs).toEqual(['beforeunload']);
    expect(page.isClosed()).toBe(false); // dismissing the prompt kept the page

    await page.evaluate(() => tp.platform!.setDirty(false, 'hotel.tpmap.json'));
    expect(await page.title()).toBe('hotel.tpmap.json — Touchpoint Studio');
    await page.close({ runBeforeUnload: true });
    await expect.poll(() => page.isClosed()).toBe(true);
    expect(dialogs).toEqual(['beforeunload']);
  });

  describe('with File System Access (real handles from the origin-private file system)', () => {
    /** Stand-in pickers that hand out OPFS files and record what they were asked. */
    function installPickers() {
      const w = window as unknown as Record<string, unknown>;
      const calls: unknown[] = [];
      w.pickerCalls = calls;
      w.pickerResult = 'ok';
      const fileNamed = async (name: string) => (await navigator.storage.getDirectory()).getFileHandle(name, { create: true });
      w.showSaveFilePicker = async (options: { suggestedName: string }) => {
        calls.push(['save', options]);
        if (w.pickerResult === 'abort') throw new DOMException('The user aborted a request.', 'AbortError');
        return fileNamed(options.suggestedName);
      };
      w.showOpenFilePicker = async (options: unknown) => {
        calls.push(['open', options]);
        if (w.pickerResult === 'abort') throw new DOMException('The user aborted a request.', 'AbortError');
        return [await fileNamed(String(w.pickerResult === 'ok' ? 'existing.tpmap.json' : w.pickerResult))];
      };
    }

    async function fileText(page: Page, name: string): Promise<string | null> {
      return page.evaluate(async (n) => {
        try {
          return await (await (await navigator.storage.getDirectory()).getFileHandle(n)).getFile().then((f) => f.text());
        } catch {
          return null;
        }
      }, name);
    }

    test('saveAs, save, a failed save that leaves the file intact, and the type filter', async () => {
      const { page } = await open({ init: installPickers });
      await page.evaluate(() => (tp.platform = tp.createWebPlatform()));
      const ref = await page.evaluate(() => tp.platform!.saveAs('{"v":1}', 'Hotel'));
      expect(ref?.name).toBe('Hotel.tpmap.json');
      expect(await fileText(page, 'Hotel.tpmap.json')).toBe('{"v":1}');
      const [call] = await page.evaluate(() => (window as unknown as { pickerCalls: unknown[] }).pickerCalls);
      expect(call).toEqual([
        'save',
        { suggestedName: 'Hotel.tpmap.json', id: 'touchpoint-maps', types: [{ description: 'Touchpoint map', accept: { 'application/json': ['.tpmap.json', '.json'] } }] },
      ]);

      // Save writes over the same file (shorter text: no leftovers from the longer one).
      await page.evaluate((r) => tp.platform!.saveAs('{"v":1, "long": "xxxxxxxxxxxxxxxx"}', r.name), ref!);
      expect(await page.evaluate((r) => tp.platform!.save(r, '{"v":2}'), ref!)).toEqual(ref);
      expect(await fileText(page, 'Hotel.tpmap.json')).toBe('{"v":2}');

      // The disk fills up in the middle of the write: the original stays, the person is told why.
      const failure = await page.evaluate(async (r) => {
        const proto = FileSystemWritableFileStream.prototype;
        const write = proto.write;
        let aborted = 0;
        const abort = proto.abort;
        proto.write = () => Promise.reject(new DOMException('quota', 'QuotaExceededError'));
        proto.abort = function (this: FileSystemWritableFileStream, reason?: unknown) {
          aborted += 1;
          return abort.call(this, reason);
        };
        try {
          await tp.platform!.save(r, '{"v":3}');
          return null;
        } catch (e) {
          const error = e as { name: string; reason?: string; message: string };
          return { name: error.name, reason: error.reason, message: error.message, aborted };
        } finally {
          proto.write = write;
          proto.abort = abort;
        }
      }, ref!);
      expect(failure).toMatchObject({ name: 'PlatformError', reason: 'disk-full', aborted: 1 });
      expect(failure?.message).toContain('“Hotel.tpmap.json”');
      expect(await fileText(page, 'Hotel.tpmap.json')).toBe('{"v":2}');

      // Cancelled dialogs.
      await page.evaluate(() => ((window as unknown as { pickerResult: string }).pickerResult = 'abort'));
      expect(await page.evaluate(() => tp.platform!.saveAs('{}', 'x'))).toBeNull();
      expect(await page.evaluate(() => tp.platform!.openFile())).toBeNull();
      expect(await page.evaluate(() => tp.platform!.exportFile(new Uint8Array([1]), 'a.pdf', 'application/pdf'))).toBe(false);
    });

    test('exportFile writes the bytes through the save dialog with a filter for the type', async () => {
      const { page } = await open({ init: installPickers, locale: 'zh-CN' });
      const bytes = [0x25, 0x50, 0x44, 0x46, 0x2d, 0, 255, 128, 10];
      expect(await page.evaluate((b) => tp.createWebPlatform().exportFile(new Uint8Array(b), '报告.pdf', 'application/pdf'), bytes)).toBe(true);
      const written = await page.evaluate(async () => {
        const file = await (await (await navigator.storage.getDirectory()).getFileHandle('报告.pdf')).getFile();
        return Array.from(new Uint8Array(await file.arrayBuffer()));
      });
      expect(written).toEqual(bytes);
      const calls = await page.evaluate(() => (window as unknown as { pickerCalls: unknown[] }).pickerCalls);
      expect(calls).toEqual([
        ['save', { suggestedName: '报告.pdf', id: 'touchpoint-exports', types: [{ description: 'PDF 文档', accept: { 'application/pdf': ['.pdf'] } }] }],
      ]);
    });

    test('recent files: newest first, listed once, kept across reloads, a vanished file says so in the UI language', async () => {
      const { page } = await open({ init: installPickers, locale: 'zh-CN' });
      await page.evaluate(async () => {
        const dir = await navigator.storage.getDirectory();
        for (const [name, text] of [
          ['a.tpmap.json', '{"a":1}'],
          ['b.tpmap.json', '{"b":1}'],
        ]) {
          const w = await (await dir.getFileHandle(name!, { create: true })).createWritable();
          await w.write(text!);
          await w.close();
        }
      });
      const openNamed = (name: string) =>
        page.evaluate(async (n) => {
          (window as unknown as { pickerResult: string }).pickerResult = n;
          return (tp.platform ??= tp.createWebPlatform()).openFile();
        }, name);
      expect((await openNamed('a.tpmap.json'))?.text).toBe('{"a":1}');
      expect((await openNamed('b.tpmap.json'))?.text).toBe('{"b":1}');
      expect((await openNamed('a.tpmap.json'))?.text).toBe('{"a":1}');

      await reload(page);
      const recent = await page.evaluate(() => (tp.platform = tp.createWebPlatform()).recentFiles());
      expect(recent.map((r) => r.ref.name)).toEqual(['a.tpmap.json', 'b.tpmap.json']);
      expect(recent[0]!.openedAt).toBeGreaterThanOrEqual(recent[1]!.openedAt);

      const reopened = await page.evaluate((r) => tp.platform!.openRecent(r), recent[1]!.ref);
      expect(reopened).toEqual({ ref: recent[1]!.ref, text: '{"b":1}' });
      expect((await page.evaluate(() => tp.platform!.recentFiles())).map((r) => r.ref.name)).toEqual(['b.tpmap.json', 'a.tpmap.json']);

      // Saving to a reopened recent file writes that file.
      await page.evaluate((r) => tp.platform!.save(r, '{"b":2}'), recent[1]!.ref);
      expect(await fileText(page, 'b.tpmap.json')).toBe('{"b":2}');

      // Another program deletes a.tpmap.json.
      await page.evaluate(async () => (await navigator.storage.getDirectory()).removeEntry('a.tpmap.json'));
      const error = await page.evaluate(async (r) => {
        try {
          await tp.platform!.openRecent(r);
          return null;
        } catch (e) {
          const { name, reason, message } = e as ErrorData;
          return { name, reason, message };
        }
      }, recent[0]!.ref);
      expect(error).toEqual({ name: 'PlatformError', reason: 'not-found', message: '无法打开“a.tpmap.json”：文件已不存在，可能已被移动、改名或删除。' });
      expect((await page.evaluate(() => tp.platform!.recentFiles())).map((r) => r.ref.name)).toEqual(['b.tpmap.json']);

      // A ref this browser never saw is not found either.
      const unknown = await page.evaluate(() =>
        tp.platform!.openRecent({ id: 'nope', name: 'gone.tpmap.json' }).then(
          () => null,
          (e: ErrorData) => e.reason,
        ),
      );
      expect(unknown).toBe('not-found');
    });

    test('the recent list keeps the ten newest files', async () => {
      const { page } = await open({ init: installPickers });
      const names = await page.evaluate(async () => {
        const platform = tp.createWebPlatform();
        for (let i = 1; i <= 12; i++) await platform.saveAs(`{"n":${i}}`, `map-${i}`);
        return (await platform.recentFiles()).map((r) => r.ref.name);
      });
      expect(names).toEqual(Array.from({ length: 10 }, (_, i) => `map-${12 - i}.tpmap.json`));
    });

    test('a draft of a saved file still saves to that file after a reload', async () => {
      const { page } = await open({ init: installPickers });
      const ref = await page.evaluate(async () => {
        const platform = tp.createWebPlatform();
        const saved = await platform.saveAs('{"v":1}', 'draft-target');
        await platform.writeDraft({ text: '{"v":"draft"}', savedAt: 5, ref: saved! });
        return saved!;
      });
      await reload(page);
      const draft = await page.evaluate(async () => {
        tp.platform = tp.createWebPlatform();
        return tp.platform.readDraft();
      });
      expect(draft).toEqual({ text: '{"v":"draft"}', savedAt: 5, ref });
      await page.evaluate((d) => tp.platform!.save(d.ref!, d.text), draft!);
      expect(await fileText(page, 'draft-target.tpmap.json')).toBe('{"v":"draft"}');
    });
  });

  describe('getPlatform', () => {
    test('is the web platform in a browser, without the native dialogs when automated', async () => {
      const { page } = await open({ init: installOpfsOpenPicker });
      const result = await page.evaluate(async () => {
        const platform = tp.getPlatform();
        return { kind: platform.kind, same: platform === tp.getPlatform(), webdriver: navigator.webdriver, recent: await platform.recentFiles() };
      });
      // Playwright's Chromium reports automation, so getPlatform keeps to the file input and downloads.
      expect(result).toEqual({ kind: 'web', same: true, webdriver: true, recent: [] });
      const explicit = await page.evaluate(async () => {
        await tp.createWebPlatform({ fileSystemAccess: true }).openFile();
        return (await tp.createWebPlatform({ fileSystemAccess: true }).recentFiles()).length;
      });
      expect(explicit).toBe(1);
    });

    test('is the Electron platform when the preload bridge is there', async () => {
      const { page } = await open({
        init: () => {
          (window as unknown as Record<string, unknown>).touchpoint = {
            platform: 'electron',
            os: 'linux',
            recentFiles: async () => [{ ref: { id: 'e1', name: 'from-electron.tpmap.json', path: '/maps/from-electron.tpmap.json' }, openedAt: 7 }],
          };
        },
      });
      const result = await page.evaluate(async () => {
        const platform = tp.getPlatform();
        return { kind: platform.kind, recent: await platform.recentFiles() };
      });
      expect(result).toEqual({
        kind: 'electron',
        recent: [{ ref: { id: 'e1', name: 'from-electron.tpmap.json', path: '/maps/from-electron.tpmap.json' }, openedAt: 7 }],
      });
    });
  });
});

/** An open picker that hands out one OPFS file (for the getPlatform test). */
function installOpfsOpenPicker() {
  (window as unknown as Record<string, unknown>).showOpenFilePicker = async () => [
    await (await navigator.storage.getDirectory()).getFileHandle('one.tpmap.json', { create: true }),
  ];
}
