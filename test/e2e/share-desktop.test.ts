/**
 * File ▸ Share on Local Network… as the desktop app runs it, in real Chromium against the browser
 * build (out/renderer). No Electron binary here: the page gets a stand-in for the preload bridge
 * (`window.touchpoint`, so the renderer picks its Electron platform) whose file and share calls reach
 * the real share service (electron/main/share.ts) in this process, on the app's real port. A second
 * page plays a phone: it opens the join address on the "network interface" (127.0.0.2, another
 * loopback address standing in for Wi-Fi), where the host serves the browser build.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createShareService, type ShareService } from '../../electron/main/share';
import { startStaticServer, type StaticServer } from '../../electron/main/static-server';
import { parseMap } from '../../src/model';
import { nodeFiles } from '../../src/platform/node';
import { browserUnavailable, CHROMIUM_ARGS, CHROMIUM_PATH, RENDERER_ROOT } from './browser';

const reason = browserUnavailable();
const dir = mkdtempSync(join(tmpdir(), 'tp-share-desktop-'));
const SAMPLE = join(process.cwd(), 'samples/hotel-stay.tpmap.json');
const SHOTS = process.env.SHARE_SHOTS;

const fileTitles = (file: string): string[] => {
  const parsed = parseMap(readFileSync(file, 'utf8'));
  return parsed.ok ? parsed.map.touchpoints.map((t) => t.title) : [];
};
const cardCount = (page: Page, title: string) => page.locator('.react-flow__node', { hasText: title }).count();

/** The preload bridge's shape, answered by functions this process exposes to the page. */
function installBridge() {
  type Fn = (...args: unknown[]) => Promise<unknown>;
  const w = window as unknown as Record<string, Fn | unknown>;
  const call = (name: string, ...args: unknown[]) => (w[name] as Fn)(...args);
  const commands = new Set<(c: string) => void>();
  const shareListeners = new Set<(s: unknown) => void>();
  w['__tpCommand'] = (c: string) => commands.forEach((l) => l(c));
  w['__tpShareChanged'] = (s: unknown) => shareListeners.forEach((l) => l(s));
  const off = () => () => undefined;
  w['touchpoint'] = {
    platform: 'electron',
    os: 'linux',
    openFile: () => call('tpOpenFile'),
    openRecent: (ref: unknown) => call('tpOpenRecent', ref),
    save: (ref: unknown, text: unknown) => call('tpSave', ref, text),
    saveAs: () => Promise.resolve({ ok: true, value: null }),
    exportFile: () => Promise.resolve({ ok: true, value: false }),
    readDraft: () => Promise.resolve(null),
    writeDraft: () => Promise.resolve(),
    discardDraft: () => Promise.resolve(),
    recentFiles: () => Promise.resolve([]),
    takePendingFiles: () => Promise.resolve([]),
    writeClipboard: () => Promise.resolve(false),
    readClipboard: () => Promise.resolve({ text: null, html: null }),
    openVersion: () => Promise.resolve({ ok: true, value: null }),
    fileHistory: () => Promise.resolve({ ok: true, value: null }),
    readVersion: () => Promise.resolve({ ok: false, reason: 'io', message: 'no' }),
    setDirty: () => undefined,
    setLocale: () => undefined,
    setMenuState: () => undefined,
    onCommand: (listener: (c: string) => void) => {
      commands.add(listener);
      return () => commands.delete(listener);
    },
    onExternalChange: off,
    onOpenRequested: off,
    shareStatus: () => call('tpShareStatus'),
    shareStart: (ref: unknown, id: unknown) => call('tpShareStart', ref, id),
    shareStop: () => call('tpShareStop'),
    onShareChanged: (listener: (s: unknown) => void) => {
      shareListeners.add(listener);
      return () => shareListeners.delete(listener);
    },
  };
}

describe.skipIf(reason !== null)(`Share on local network, desktop window in Chromium${reason ? ` (skipped: ${reason})` : ''}`, () => {
  let browser: Browser;
  let server: StaticServer;
  const errors: string[] = [];

  beforeAll(async () => {
    server = await startStaticServer({ root: RENDERER_ROOT });
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
    if (SHOTS) mkdirSync(SHOTS, { recursive: true });
  }, 60_000);

  afterAll(async () => {
    await browser?.close().catch(() => undefined);
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** The desktop window on `file`, with the share service behind its bridge. */
  async function desktop(file: string, share: ShareService, lang: 'en' | 'zh-CN'): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 860 }, locale: lang === 'en' ? 'en-US' : 'zh-CN' });
    const page = await context.newPage();
    page.on('pageerror', (error) => errors.push(`desk: ${error.message}`));
    const ref = { id: 'f1', name: 'hotel.tpmap.json', path: file };
    await page.exposeFunction('tpOpenFile', () => ({ ok: true, value: { ref, text: readFileSync(file, 'utf8') } }));
    await page.exposeFunction('tpOpenRecent', () => ({ ok: true, value: { ref, text: readFileSync(file, 'utf8') } }));
    await page.exposeFunction('tpSave', (_r: unknown, text: string) => (writeFileSync(file, text), { ok: true, value: ref }));
    await page.exposeFunction('tpShareStatus', () => share.status());
    await page.exposeFunction('tpShareStart', (r: { id: string }, id: string) => share.start(r.id === ref.id ? file : null, id));
    await page.exposeFunction('tpShareStop', async () => (await share.stop(), share.status()));
    share.onChange((s) => void page.evaluate((status) => (window as unknown as { __tpShareChanged?: (s: unknown) => void }).__tpShareChanged?.(status), s).catch(() => undefined));
    await page.addInitScript(installBridge);
    await page.goto(`${server.url}?lang=${lang}`);
    await page.waitForFunction(() => typeof (window as unknown as { __tpCommand?: unknown }).__tpCommand === 'function');
    await page.getByTestId('canvas').waitFor();
    const command = (c: string) => page.evaluate((name) => (window as unknown as { __tpCommand: (c: string) => void }).__tpCommand(name), c);
    await command('open');
    await expect.poll(() => cardCount(page, 'Pre-arrival email two days before'), { timeout: 10_000 }).toBeGreaterThan(0);
    await command('share-network');
    await page.getByTestId('share-dialog').waitFor();
    return page;
  }

  /** Accessibility of the dialog as it stands (axe, the dialog only: the editor behind has its own test). */
  const axe = async (page: Page) => {
    const result = await new AxeBuilder({ page }).include('[data-testid="share-dialog"]').analyze();
    return result.violations.map((v) => `${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')}`);
  };

  const shot = async (page: Page, name: string) => {
    if (SHOTS) await page.screenshot({ path: join(SHOTS, name) });
  };

  it('shares the open file on a network interface: the window joins its own room, a phone joins by the address, both edit, stop writes the file and reopens it', async () => {
    const file = join(dir, 'hotel.tpmap.json');
    copyFileSync(SAMPLE, file);
    const nets = () => ({ 'Wi-Fi': [{ address: '127.0.0.2', netmask: '255.0.0.0', family: 'IPv4' as const, mac: '02:00:00:00:00:01', internal: false, cidr: '127.0.0.2/8' }] });
    const share = createShareService({ files: nodeFiles, locale: () => 'en', staticRoot: RENDERER_ROOT, log: () => undefined, networkInterfaces: nets });
    let phone: Page | null = null;
    try {
      const desk = await desktop(file, share, 'en');
      const dialog = desk.getByTestId('share-dialog');
      await expect.poll(() => dialog.getByRole('radio').count()).toBe(2);
      expect(await dialog.innerText()).toMatch(/This computer only[\s\S]*127\.0\.0\.1[\s\S]*Wi-Fi[\s\S]*127\.0\.0\.2/);
      expect(await desk.getByTestId('share-interface-loopback').isChecked()).toBe(true);
      await shot(desk, 'share-dialog-en.png');
      expect(await axe(desk)).toEqual([]);
      await desk.getByTestId('share-interface-127.0.0.2').check();
      await desk.getByTestId('share-start').click();

      // The window reloads into its own room (asked for a name once), and the dialog comes back with the address.
      await desk.getByTestId('join-name').fill('Desk');
      await desk.getByTestId('join-submit').click();
      const address = desk.getByTestId('share-address');
      await address.waitFor({ timeout: 10_000 });
      const joinUrl = await address.inputValue();
      expect(joinUrl).toMatch(/^http:\/\/127\.0\.0\.2:47913\/#room=[\w-]+&token=[\w-]{24}$/);
      expect(await desk.getByTestId('share-qr').getAttribute('src')).toMatch(/^data:image\/svg\+xml/);
      expect(await desk.getByTestId('share-warning').innerText()).toMatch(/Anyone with this link can see and edit/);
      await desk.getByTestId('share-copy').click();
      await expect.poll(() => desk.getByTestId('share-copy').innerText()).toBe('Copied');
      expect(await desk.evaluate(() => window.getSelection()?.toString() || (document.activeElement as HTMLInputElement | null)?.value)).toBe(joinUrl);

      const phoneContext = await browser.newContext({ viewport: { width: 1280, height: 860 }, locale: 'en-US' });
      phone = await phoneContext.newPage();
      phone.on('pageerror', (error) => errors.push(`phone: ${error.message}`));
      await phone.goto(joinUrl);
      await phone.getByTestId('join-name').fill('Phone');
      await phone.getByTestId('join-submit').click();
      await phone.getByTestId('canvas').waitFor();
      await expect.poll(() => desk.getByTestId('share-people').innerText(), { timeout: 5000 }).toMatch(/Desk \(you\)[\s\S]*Phone/);
      await shot(desk, 'share-dialog-running-en.png');
      expect(await axe(desk)).toEqual([]);

      // An edit from the phone reaches the desktop window and the file.
      await phone.getByTestId('add-touchpoint').click();
      const input = phone.getByTestId('inspector-title');
      await expect.poll(() => input.inputValue()).not.toBe('');
      await input.fill('Added from the phone');
      await input.press('Enter');
      await expect.poll(() => cardCount(desk, 'Added from the phone'), { timeout: 5000 }).toBe(1);
      await expect.poll(() => fileTitles(file), { timeout: 5000 }).toContain('Added from the phone');

      // Stop: the host writes the room, the window comes back to the file as it is now.
      await desk.getByTestId('share-stop').click();
      await expect.poll(() => desk.evaluate(() => location.hash), { timeout: 10_000 }).toBe('');
      await expect.poll(() => cardCount(desk, 'Added from the phone'), { timeout: 10_000 }).toBe(1);
      expect(await desk.getByTestId('join-name').count()).toBe(0);
      expect(share.status().running).toBe(false);
      await expect.poll(() => phone!.locator('.room-status__state').getAttribute('data-status'), { timeout: 5000 }).not.toBe('live');
      expect(errors).toEqual([]);
    } finally {
      await phone?.context().close();
      await share.stop();
    }
  }, 120_000);

  it('in Chinese, on this computer only: the link stays on loopback and says nobody else can reach it', async () => {
    const file = join(dir, 'hotel-zh.tpmap.json');
    copyFileSync(SAMPLE, file);
    const share = createShareService({ files: nodeFiles, locale: () => 'zh-CN', staticRoot: RENDERER_ROOT, log: () => undefined, networkInterfaces: () => ({}) });
    try {
      const desk = await desktop(file, share, 'zh-CN');
      const dialog = desk.getByTestId('share-dialog');
      await expect.poll(() => dialog.innerText()).toMatch(/仅限本机[\s\S]*未找到网络连接/);
      await shot(desk, 'share-dialog-zh-CN.png');
      await desk.getByTestId('share-start').click();
      await desk.getByTestId('join-name').fill('桌面');
      await desk.getByTestId('join-submit').click();
      const address = desk.getByTestId('share-address');
      await address.waitFor({ timeout: 10_000 });
      expect(await address.inputValue()).toMatch(/^http:\/\/127\.0\.0\.1:47913\/#room=/);
      expect(await dialog.innerText()).toMatch(/持有此链接的任何人都能查看和编辑[\s\S]*只有本机能打开此链接[\s\S]*桌面（你）/);
      await shot(desk, 'share-dialog-running-zh-CN.png');
      expect(await axe(desk)).toEqual([]);
      await desk.getByTestId('share-stop').click();
      await expect.poll(() => desk.evaluate(() => location.hash), { timeout: 10_000 }).toBe('');
      expect(share.status().running).toBe(false);
    } finally {
      await share.stop();
    }
  }, 120_000);
});
