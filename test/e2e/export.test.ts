/**
 * Exports through the real app (out/renderer) in real Chromium: the toolbar's Export button opens the
 * dialog, every format is exported as a download (the File System Access pickers are removed, as in
 * Firefox and Safari, so the web platform downloads), and the files are checked with the tools a
 * person would use: pdftotext, pdffonts, the PNG header, an XML parser, the map parser.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { unzipSync, strFromU8 } from 'fflate';
import { translate } from '../../src/i18n';
import { exportMessages } from '../../src/i18n/export';
import { reportMessages } from '../../src/i18n/report';
import { parseMap, type MapDocument } from '../../src/model';
import { appPerCase, browserUnavailable, type AppSession } from './browser';
import { pngSize, svgEscaped } from './export-helpers';

const unavailable = browserUnavailable();
if (unavailable) console.warn(`app export tests skipped: ${unavailable}`);

const en = exportMessages.en;

async function sampleMap(name: string): Promise<MapDocument> {
  const result = parseMap(await readFile(new URL(`../../samples/${name}.tpmap.json`, import.meta.url), 'utf8'));
  if (!result.ok) throw new Error(`sample ${name} does not parse`);
  return result.map;
}

// A case may wait for one large download on a busy machine: generous, and bounded per case.
describe.skipIf(unavailable !== null)('exports from the app', { timeout: 120_000 }, () => {
  const app = appPerCase();
  let page: Page;
  let session: AppSession;
  let dir: string;
  let map: MapDocument;
  const timings: string[] = [];

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'tp-app-export-'));
    map = await sampleMap('hotel-stay');
  });

  afterAll(async () => {
    if (timings.length) console.info(`app export timings:\n  ${timings.join('\n  ')}`);
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  // Every case exports from its own page of the hotel sample.
  beforeEach(async () => {
    session = await app({
      query: 'sample=hotel-stay&lang=en',
      // Without the pickers the web platform exports by download, which Playwright can catch.
      prepare: (context) =>
        context.addInitScript(() => {
          for (const name of ['showSaveFilePicker', 'showOpenFilePicker']) delete (window as unknown as Record<string, unknown>)[name];
        }),
    });
    page = session.page;
    await page.getByTestId('export').waitFor();
    await page.locator('.react-flow__node').first().waitFor();
  });

  async function openDialog(tab: string) {
    await page.getByTestId('export').click();
    const dialog = page.getByRole('dialog', { name: en['dialog.title'] });
    await dialog.waitFor();
    await dialog.getByRole('tab', { name: tab }).click();
    return dialog;
  }

  async function exportNow(label: string): Promise<{ name: string; path: string; bytes: Uint8Array }> {
    const started = Date.now();
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 100_000 }), page.getByTestId('export-confirm').click()]);
    const path = join(dir, `${Date.now()}-${download.suggestedFilename()}`);
    await download.saveAs(path);
    timings.push(`${label}: ${Date.now() - started} ms`);
    return { name: download.suggestedFilename(), path, bytes: new Uint8Array(await readFile(path)) };
  }

  async function closeDialog() {
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    expect(session.errors).toEqual([]);
  }

  test('PDF: the report with the map title, the Prevent tier and embedded fonts', async () => {
    const dialog = await openDialog(en['format.pdf']);
    expect(await dialog.getByRole('combobox', { name: en['option.page'] }).inputValue()).toBe('a4');
    expect(await dialog.getByRole('combobox', { name: en['option.language'] }).inputValue()).toBe('en');
    const file = await exportNow('app PDF hotel-stay');
    expect(file.name).toBe('City hotel stay two nights for a conference.pdf');
    const text = execFileSync('pdftotext', ['-layout', file.path, '-'], { encoding: 'utf8' });
    expect(text).toContain(map.title);
    expect(text).toMatch(/^\s*Prevent\b/m);
    const fonts = execFileSync('pdffonts', [file.path], { encoding: 'utf8' });
    const rows = fonts.split('\n').filter((line) => /NotoSansSC/.test(line));
    expect(rows.length).toBeGreaterThanOrEqual(2);
    for (const row of rows) expect(row).toMatch(/\byes\s+yes\s+yes\b/);
    await dialog.getByRole('status').filter({ hasText: file.name }).waitFor();
    await closeDialog();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('export');
  });

  test('Slides: a PowerPoint deck made in the worker, in the chosen language, with the map as a picture', async () => {
    const dialog = await openDialog(en['format.pptx']);
    await dialog.getByRole('combobox', { name: en['option.language'] }).selectOption('zh-CN');
    const file = await exportNow('app PPTX hotel-stay');
    expect(file.name).toBe('City hotel stay two nights for a conference.pptx');
    const parts = unzipSync(file.bytes);
    const slides = Object.keys(parts).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n));
    expect(slides.length).toBeGreaterThanOrEqual(4);
    const text = slides.map((n) => strFromU8(parts[n]!)).join('');
    expect(text).toContain(svgEscaped(map.title));
    expect(text).toContain(translate(reportMessages, 'zh-CN', 'dofirst.title'));
    const media = Object.keys(parts).filter((n) => n.startsWith('ppt/media/') && n.endsWith('.png'));
    expect(media).toHaveLength(1);
    expect(pngSize(parts[media[0]!]!).width).toBeGreaterThan(1000);
    await closeDialog();
  });

  test('PNG: 2× is exactly twice the 1× picture', async () => {
    const dialog = await openDialog(en['format.png']);
    await dialog.getByRole('radio', { name: '1×' }).check();
    const one = pngSize((await exportNow('app PNG 1× hotel-stay')).bytes);
    await dialog.getByRole('radio', { name: '2×' }).check();
    const file = await exportNow('app PNG 2× hotel-stay');
    expect(file.name).toBe('City hotel stay two nights for a conference.png');
    const two = pngSize(file.bytes);
    expect(one.width).toBeGreaterThan(1000);
    expect(two).toEqual({ width: one.width * 2, height: one.height * 2 });
    expect(await dialog.getByTestId('export-size').textContent()).toBe(`${two.width} × ${two.height} px`);
    await closeDialog();
  });

  test('SVG: every card title, well-formed', async () => {
    await openDialog(en['format.svg']);
    const file = await exportNow('app SVG hotel-stay');
    const svg = new TextDecoder().decode(file.bytes);
    for (const tp of map.touchpoints) expect(svg).toContain(`<title>${svgEscaped(tp.title)}</title>`);
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      return { error: doc.querySelector('parsererror')?.textContent ?? null, cards: doc.querySelectorAll('g.card').length };
    }, svg);
    expect(parsed).toEqual({ error: null, cards: map.touchpoints.length });
    await closeDialog();
  });

  test('SVG of the canvas selection only', async () => {
    const [a, b] = [map.touchpoints[1]!, map.touchpoints[2]!];
    await page.locator(`.react-flow__node[data-id="${a.id}"]`).click();
    await page.locator(`.react-flow__node[data-id="${b.id}"]`).click({ modifiers: ['Shift'] });
    const dialog = await openDialog(en['format.svg']);
    const box = dialog.getByRole('checkbox', { name: en['option.selection'] });
    expect(await box.isEnabled()).toBe(true);
    if (!(await box.isChecked())) await box.check();
    const svg = new TextDecoder().decode((await exportNow('app SVG selection')).bytes);
    expect([...svg.matchAll(/<g class="card" data-id="([^"]+)"/g)].map((m) => m[1]).sort()).toEqual([a.id, b.id].sort());
    await closeDialog();
  });

  test('JSON: parses with parseMap and equals the map', async () => {
    await openDialog(en['format.json']);
    const file = await exportNow('app JSON hotel-stay');
    expect(file.name).toBe('City hotel stay two nights for a conference.tpmap.json');
    const result = parseMap(new TextDecoder().decode(file.bytes));
    expect(result.ok).toBe(true);
    expect((result as { map: MapDocument }).map).toEqual(map);
    await closeDialog();
  });
});
