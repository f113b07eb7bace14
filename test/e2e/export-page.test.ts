/**
 * The export dialog and its modules in real Chromium, on their own page (test/e2e/export-page, built
 * here with Vite), so they are tested without the app shell: the real web platform's downloads, the
 * real PDF worker with the bundled fonts, the real canvas. test/e2e/export.test.ts runs the same
 * exports through the app itself.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import react from '@vitejs/plugin-react';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startStaticServer, type StaticServer } from '../../electron/main/static-server';
import { exportMessages } from '../../src/i18n/export';
import { parseMap, type MapDocument } from '../../src/model';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './browser';
import { pngSize, svgEscaped } from './export-helpers';
import type { ExportTestPage } from './export-page/main';

const PAGE_SOURCE = fileURLToPath(new URL('./export-page', import.meta.url));

const unavailable = existsSync(CHROMIUM_PATH) ? null : `no Chromium at ${CHROMIUM_PATH}`;
if (unavailable) console.warn(`export page browser tests skipped: ${unavailable}`);

declare const tp: ExportTestPage;

const en = exportMessages.en;

describe.skipIf(unavailable !== null)('export dialog in Chromium', () => {
  let outDir: string;
  let downloads: string;
  let server: StaticServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const timings: string[] = [];

  beforeAll(async () => {
    outDir = await mkdtemp(join(tmpdir(), 'tp-export-page-'));
    downloads = await mkdtemp(join(tmpdir(), 'tp-export-downloads-'));
    await build({
      configFile: false,
      root: PAGE_SOURCE,
      base: './',
      // Errors only: Vite reports the worker bundle's plugin timings as a warning.
      logLevel: 'error',
      plugins: [react()],
      build: { outDir, emptyOutDir: true, minify: false, reportCompressedSize: false },
    });
    server = await startStaticServer({ root: outDir });
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  });

  afterAll(async () => {
    if (timings.length) console.info(`export timings (Chromium, this machine):\n  ${timings.join('\n  ')}`);
    for (const c of contexts) await c.close().catch(() => undefined);
    await browser?.close();
    await server?.close();
    if (outDir) await rm(outDir, { recursive: true, force: true });
    if (downloads) await rm(downloads, { recursive: true, force: true });
  });

  async function open(query: string, setup?: (context: BrowserContext) => Promise<void>): Promise<{ page: Page; errors: string[] }> {
    const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 860 } });
    contexts.push(context);
    if (setup) await setup(context);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${server.url}?${query}`);
    await page.waitForFunction(() => (window as unknown as { tp?: ExportTestPage }).tp?.ready === true);
    await page.getByRole('dialog').waitFor();
    return { page, errors };
  }

  /** Clicks Export and returns the downloaded file. */
  async function exportFile(page: Page, label: string): Promise<{ name: string; bytes: Uint8Array; ms: number }> {
    const started = Date.now();
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), page.getByTestId('export-confirm').click()]);
    const path = join(downloads, `${Date.now()}-${download.suggestedFilename()}`);
    await download.saveAs(path);
    const ms = Date.now() - started;
    timings.push(`${label}: ${ms} ms`);
    return { name: download.suggestedFilename(), bytes: new Uint8Array(await readFile(path)), ms };
  }

  test('is a labelled modal: focus moves in, stays in, Esc closes and gives focus back', async () => {
    const { page, errors } = await open('sample=hotel-stay&format=svg');
    const dialog = page.getByRole('dialog', { name: en['dialog.title'] });
    await expect(dialog.getAttribute('aria-modal')).resolves.toBe('true');
    await expect(page.evaluate(() => document.activeElement?.getAttribute('role'))).resolves.toBe('tab');
    expect(await dialog.getByRole('tab', { selected: true }).textContent()).toBe(en['format.svg']);
    // Tab through every control twice: focus never leaves the dialog.
    for (let i = 0; i < 24; i++) {
      await page.keyboard.press(i % 5 === 4 ? 'Shift+Tab' : 'Tab');
      expect(await page.evaluate(() => !!document.activeElement?.closest('[role="dialog"]'))).toBe(true);
    }
    // Arrow keys move between the format tabs.
    await dialog.getByRole('tab', { selected: true }).focus();
    await page.keyboard.press('ArrowRight');
    expect(await dialog.getByRole('tab', { selected: true }).textContent()).toBe(en['format.json']);
    // Nothing selected: "Selection only" is offered but disabled, with the reason.
    await dialog.getByRole('tab', { name: en['format.png'] }).click();
    await expect(dialog.getByRole('checkbox', { name: en['option.selection'] }).isDisabled()).resolves.toBe(true);
    await dialog.getByText(en['option.selection-none']).waitFor();
    await page.keyboard.press('Escape');
    await page.getByTestId('closed').waitFor();
    // The shared dialog gives focus back once it has unmounted (a task later).
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('before');
    expect(errors).toEqual([]);
  });

  // One scan per test: four axe scans in one test overran its minute on a loaded machine.
  test.each(['sample=hotel-stay&format=png', 'sample=hotel-stay&format=pdf&theme=dark', 'sample=car-dealer-aftersales&format=json&lang=zh-CN', 'sample=hotel-stay&format=svg&theme=dark&select=t1'])(
    'has no serious or critical accessibility violations (axe): %s',
    async (query) => {
      const { page } = await open(query);
      await page.getByRole('dialog').waitFor();
      const result = await new AxeBuilder({ page }).include('[role="dialog"]').analyze();
      const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(serious.map((v) => `${query}: ${v.id} (${v.nodes.length})`)).toEqual([]);
    },
    120_000,
  );

  test('PNG at 2× is twice the 1× picture, with a live preview', async () => {
    const { page, errors } = await open('sample=hotel-stay&format=png');
    const dialog = page.getByRole('dialog');
    const preview = dialog.getByTestId('export-preview');
    await preview.waitFor();
    await page.waitForFunction(() => {
      const img = document.querySelector<HTMLImageElement>('[data-testid="export-preview"]');
      return !!img && img.complete && img.naturalWidth > 0;
    });
    await dialog.getByRole('radio', { name: '1×' }).check();
    const one = await exportFile(page, 'PNG 1× hotel-stay');
    expect(one.name).toBe('City hotel stay two nights for a conference.png');
    await dialog.getByRole('radio', { name: '2×' }).check();
    const two = await exportFile(page, 'PNG 2× hotel-stay');
    const a = pngSize(one.bytes);
    const b = pngSize(two.bytes);
    const expected = await page.evaluate(() => tp.renderMapSvg(tp.map, { theme: 'light', background: true, locale: 'en' }));
    expect(a).toEqual({ width: expected.width, height: expected.height });
    expect(b).toEqual({ width: 2 * a.width, height: 2 * a.height });
    await dialog.getByRole('status').filter({ hasText: 'Exported' }).waitFor();
    expect(errors).toEqual([]);
  });

  test('a picture drawn in tiles matches one drawn at once', async () => {
    const { page } = await open('sample=car-dealer-aftersales&format=json');
    const result = await page.evaluate(async () => {
      const { svg, width, height } = tp.renderMapSvg(tp.map, { theme: 'light', background: true, locale: 'en' });
      const plan = tp.planPng(width, height, 2);
      const pixels = async (bytes: Uint8Array) => {
        const bitmap = await createImageBitmap(new Blob([bytes as BlobPart], { type: 'image/png' }));
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const ctx = canvas.getContext('2d')!;
        ctx.drawImage(bitmap, 0, 0);
        return ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
      };
      const whole = await pixels(await tp.svgToPng(svg, plan, 1e6));
      const tiled = await pixels(await tp.svgToPng(svg, plan, 300));
      let differing = 0;
      for (let i = 0; i < whole.length; i += 4) {
        const d = Math.max(...[0, 1, 2, 3].map((c) => Math.abs(whole[i + c]! - tiled[i + c]!)));
        if (d > 24) differing += 1;
      }
      return { same: whole.length === tiled.length, share: differing / (whole.length / 4) };
    });
    expect(result.same).toBe(true);
    // Anti-aliasing at tile edges may differ by a shade; no seams or missing tiles.
    expect(result.share).toBeLessThan(0.0005);
  });

  test('SVG holds every card title and the embedded font, and parses as XML', async () => {
    const { page, errors } = await open('sample=car-dealer-aftersales&format=svg&lang=zh-CN');
    const file = await exportFile(page, 'SVG car-dealer-aftersales (zh-CN)');
    expect(file.name).toBe('4S 店售后保养维修服务蓝图.svg');
    const svg = new TextDecoder().decode(file.bytes);
    const map = await page.evaluate(() => tp.map);
    for (const t of map.touchpoints) expect(svg).toContain(`<title>${svgEscaped(t.title)}</title>`);
    expect(svg).toMatch(/@font-face\{font-family:"Noto Sans SC";font-style:normal;font-weight:400;src:url\(data:font\/ttf;base64,/);
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      return { error: doc.querySelector('parsererror')?.textContent ?? null, cards: doc.querySelectorAll('g.card').length };
    }, svg);
    expect(parsed).toEqual({ error: null, cards: map.touchpoints.length });
    expect(errors).toEqual([]);
  });

  test('selection only exports just the selected cards', async () => {
    const { page } = await open('sample=hotel-stay&format=svg&select=t2,t3');
    const box = page.getByRole('checkbox', { name: en['option.selection'] });
    expect(await box.isChecked()).toBe(true);
    await page.getByText('2 selected touchpoints').waitFor();
    const svg = new TextDecoder().decode((await exportFile(page, 'SVG selection')).bytes);
    expect([...svg.matchAll(/<g class="card" data-id="([^"]+)"/g)].map((m) => m[1])).toEqual(['t2', 't3']);
    await box.uncheck();
    const all = new TextDecoder().decode((await exportFile(page, 'SVG all')).bytes);
    expect([...all.matchAll(/<g class="card"/g)].length).toBe(32);
  });

  test('JSON is the map, as Save writes it', async () => {
    const { page } = await open('sample=haidilao-hotpot-dinner&format=json');
    const file = await exportFile(page, 'JSON haidilao');
    expect(file.name.endsWith('.tpmap.json')).toBe(true);
    const result = parseMap(new TextDecoder().decode(file.bytes));
    expect(result.ok).toBe(true);
    const map = await page.evaluate(() => tp.map);
    expect((result as { map: MapDocument }).map).toEqual(map);
  });

  test('PDF in the worker: progress shown, file with the title, the Prevent tier and embedded fonts', async () => {
    const { page, errors } = await open('sample=hotel-stay&format=pdf');
    const dialog = page.getByRole('dialog');
    expect(await dialog.getByRole('combobox', { name: en['option.language'] }).inputValue()).toBe('en');
    const file = await exportFile(page, 'PDF hotel-stay (en, A4)');
    expect(file.name).toBe('City hotel stay two nights for a conference.pdf');
    const path = join(downloads, 'hotel.pdf');
    await writeFile(path, file.bytes);
    const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
    expect(text).toContain('City hotel stay');
    expect(text).toContain('Prevent');
    const fonts = execFileSync('pdffonts', [path], { encoding: 'utf8' });
    expect(fonts).toMatch(/NotoSansSC\s.*yes\s+yes\s+yes/);
    expect(errors).toEqual([]);
  });

  test('a 2 000-touchpoint PDF: progress climbs, the page stays responsive, Cancel stops it', async () => {
    const { page, errors } = await open('sample=generated-2000&format=pdf');
    // Frame gaps on the main thread while the worker runs.
    await page.evaluate(() => {
      const w = window as unknown as { gaps: number[]; stop: boolean };
      w.gaps = [];
      w.stop = false;
      let last = performance.now();
      const tick = (now: number) => {
        w.gaps.push(now - last);
        last = now;
        if (!w.stop) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    const percents = new Set<number>();
    const watch = setInterval(() => {
      void page
        .getByTestId('export-progress')
        .getAttribute('value', { timeout: 200 })
        .then((v) => v !== null && percents.add(Number(v)))
        .catch(() => undefined);
    }, 50);
    const file = await exportFile(page, 'PDF generated 2 000 touchpoints (en, A4)');
    clearInterval(watch);
    const gaps = await page.evaluate(() => {
      const w = window as unknown as { gaps: number[]; stop: boolean };
      w.stop = true;
      return w.gaps.slice(5);
    });
    expect(file.bytes.length).toBeGreaterThan(500_000);
    expect(percents.size).toBeGreaterThanOrEqual(2);
    // The main thread keeps drawing frames: no stall near the time the report takes.
    const longest = Math.max(...gaps);
    timings.push(`longest main-thread frame gap during the 2 000-touchpoint PDF: ${Math.round(longest)} ms (PDF took ${file.ms} ms)`);
    expect(longest).toBeLessThan(Math.min(500, file.ms / 2));

    // Cancel: no download, a message, and the dialog is usable again.
    let downloaded = false;
    page.on('download', () => (downloaded = true));
    await page.getByTestId('export-confirm').click();
    await page.getByTestId('export-progress').waitFor();
    await page.getByRole('button', { name: en['action.cancel'] }).click();
    await page.getByRole('status').filter({ hasText: en['status.cancelled'] }).waitFor();
    await page.waitForTimeout(1500);
    expect(downloaded).toBe(false);
    expect(await page.getByTestId('export-confirm').isEnabled()).toBe(true);
    expect(errors).toEqual([]);
  }, 120_000);

  test('font files that cannot be fetched give a readable error in the UI language', async () => {
    const { page } = await open('sample=car-dealer-aftersales&format=pdf&lang=zh-CN', async (context) => {
      await context.route(/\.woff$/, (route) => route.abort());
    });
    await page.getByTestId('export-confirm').click();
    const alert = page.getByRole('alert');
    await alert.waitFor({ timeout: 60_000 });
    const message = (await alert.textContent()) ?? '';
    expect(message.startsWith('无法加载报告字体')).toBe(true);
    expect(await page.getByTestId('export-confirm').isEnabled()).toBe(true);
  });

  test('a picture too large for a canvas says so and is exported smaller, not dropped', async () => {
    const { page, errors } = await open('sample=generated-2000&format=png');
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('radio', { name: '3×' }).check();
    const note = dialog.getByTestId('export-capped');
    await note.waitFor();
    const full = await page.evaluate(() => tp.renderMapSvg(tp.map, { theme: 'light', background: true, locale: 'en' }));
    const started = Date.now();
    const svgMs = await page.evaluate(() => {
      const t0 = performance.now();
      tp.renderMapSvg(tp.map, { theme: 'dark', background: true, locale: 'en' });
      return performance.now() - t0;
    });
    timings.push(`SVG string for 2 000 touchpoints: ${Math.round(svgMs)} ms (${full.width} × ${full.height} px at 1×)`);
    const file = await exportFile(page, `PNG 3× (capped) generated 2 000 touchpoints`);
    const size = pngSize(file.bytes);
    expect(size.width).toBeLessThanOrEqual(16384);
    expect(size.height).toBeLessThanOrEqual(16384);
    expect(size.width * size.height).toBeLessThanOrEqual(268_435_456);
    expect(size.width / full.width).toBeGreaterThan(1);
    expect(Math.abs(size.width / full.width - size.height / full.height)).toBeLessThan(0.01);
    expect(await note.textContent()).toContain(`${size.width} × ${size.height} px`);
    expect(Date.now() - started).toBeLessThan(120_000);
    expect(errors).toEqual([]);
  }, 180_000);
});
