/**
 * The canvas issue's "done when", in real Chromium against the browser build: a person who has
 * never seen the app creates a service blueprint, fills two stages, tags levels and a critical pain
 * point, sees the 100 − 1 = 0 finding, undoes and redoes, saves, reopens and exports a PDF.
 * Each case starts from its own page: the later ones open the blueprint the first ones build, written
 * as a file (BLUEPRINT), so no case needs another to have run before it.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { parseMap, serializeMap, type MapDocument } from '../../src/model';
import { createMapFromTemplate } from '../../src/templates';
import { appPerCase, browserUnavailable, type AppSession } from './browser';

const reason = browserUnavailable();
const dir = mkdtempSync(join(tmpdir(), 'tp-editor-'));

/** The blueprint as the first cases leave it: four cards over two stages, a critical pain point on the hotline. */
function blueprint(): MapDocument {
  const map = createMapFromTemplate('blueprint', 'en');
  const lane = (kind: string) => map.lanes.find((l) => l.kind === kind)!.id;
  const [s1, s2] = [map.stages[0]!.id, map.stages[1]!.id];
  map.touchpoints = [
    { id: 't1', stage: s1, lane: lane('customer'), title: 'Call the service hotline', level: 'basic', painPoints: [{ id: 'p1', title: 'Nobody answers the hotline', severity: 'critical' }] },
    { id: 't2', stage: s1, lane: lane('frontstage'), title: 'Agent books a slot', level: 'satisfactory' },
    { id: 't3', stage: s2, lane: lane('customer'), title: 'Drive in and hand over the car', level: 'value-added' },
    { id: 't4', stage: s2, lane: lane('backstage'), title: 'Workshop plans the bay' },
  ];
  return map;
}
// In a folder of its own, so no download in a case can write over it.
const BLUEPRINT = join(mkdtempSync(join(dir, 'fixture-')), 'Service blueprint.tpmap.json');
writeFileSync(BLUEPRINT, serializeMap(blueprint()));

/** Opens a file through the toolbar's Open button, as a person picks it. */
async function openFile(page: Page, path: string): Promise<void> {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByTestId('open').click()]);
  await chooser.setFiles(path);
}

/** Centre of the grid cell under a stage header and a lane header, in page coordinates. */
async function cellPoint(page: Page, stageIndex: number, laneKind: string): Promise<{ x: number; y: number }> {
  const stage = await page.locator('.stage-header').nth(stageIndex).boundingBox();
  const lane = await page.locator(`.lane-header--${laneKind}`).first().boundingBox();
  if (!stage || !lane) throw new Error('grid headers not found');
  return { x: stage.x + stage.width / 2, y: lane.y + lane.height - 12 };
}

async function addTouchpoint(page: Page, stageIndex: number, laneKind: string, title: string): Promise<void> {
  const point = await cellPoint(page, stageIndex, laneKind);
  await page.mouse.dblclick(point.x, point.y);
  const input = page.getByTestId('inspector-title');
  await expect.poll(() => input.inputValue()).not.toBe('');
  await input.fill(title);
  await input.press('Enter');
  await expect.poll(() => page.locator('.react-flow__node', { hasText: title }).count()).toBe(1);
}

async function setLevel(page: Page, level: string): Promise<void> {
  await page.locator(`[data-testid="inspector"] .tp-segment--level[data-level="${level}"]`).first().click();
}

async function download(page: Page, trigger: () => Promise<void>): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 90_000 }), trigger()]);
  const path = join(mkdtempSync(join(dir, 'download-')), file.suggestedFilename());
  await file.saveAs(path);
  return path;
}

function readMap(path: string): MapDocument {
  const result = parseMap(readFileSync(path, 'utf8'));
  if (!result.ok) throw new Error(`saved file does not parse: ${JSON.stringify(result.problems)}`);
  return result.map;
}

describe.skipIf(reason !== null)(`editor in Chromium${reason ? ` (skipped: ${reason})` : ''}`, () => {
  const app = appPerCase();
  let session: AppSession | undefined;

  async function start(query: string): Promise<Page> {
    session = await app({ query, viewport: { width: 1600, height: 1000 } });
    return session.page;
  }

  /** A fresh page with the blueprint opened from its file. */
  async function startWithBlueprint(): Promise<Page> {
    const page = await start('new=journey&lang=en');
    await openFile(page, BLUEPRINT);
    await expect.poll(() => page.locator('.react-flow__node').count()).toBe(4);
    return page;
  }

  afterEach(() => {
    expect(session?.errors.filter((e) => !/favicon/.test(e))).toEqual([]);
    session = undefined;
  });

  it('creates a blueprint from the start screen', async () => {
    const page = await start('lang=en');
    await page.getByTestId('welcome').waitFor();
    // The start screen leaves the toolbar usable: New map opens the template choice.
    await page.getByRole('button', { name: 'New map', exact: true }).click();
    await page.getByRole('button', { name: 'Service blueprint', exact: true }).click();
    await expect.poll(() => page.getByTestId('welcome').count()).toBe(0);
    await expect.poll(() => page.locator('.lane-header').count()).toBe(5);
    await expect.poll(() => page.locator('.bp-line').count()).toBe(3);
    // Named in the lane-header column, where the names stay on screen while the map pans.
    expect(await page.getByTestId('line-label').allTextContents()).toEqual(['Line of interaction', 'Line of visibility', 'Line of internal interaction']);
  });

  it('fills two stages, tags levels and a critical pain point, and shows 100 − 1 = 0', async () => {
    const page = await start('new=blueprint&lang=en');
    await expect.poll(() => page.locator('.lane-header').count()).toBe(5);
    await addTouchpoint(page, 0, 'customer', 'Call the service hotline');
    await setLevel(page, 'basic');
    await addTouchpoint(page, 0, 'frontstage', 'Agent books a slot');
    await setLevel(page, 'satisfactory');
    await addTouchpoint(page, 1, 'customer', 'Drive in and hand over the car');
    await setLevel(page, 'value-added');
    await addTouchpoint(page, 1, 'backstage', 'Workshop plans the bay');

    // A critical pain point on the first card.
    await page.locator('.react-flow__node', { hasText: 'Call the service hotline' }).click();
    await page.getByTestId('inspector').getByRole('button', { name: /add pain point/i }).click();
    const pain = page.getByTestId('inspector-pain-point').first();
    await pain.getByLabel('Pain point', { exact: true }).fill('Nobody answers the hotline');
    await pain.getByLabel('Severity', { exact: true }).selectOption('critical');

    await expect.poll(() => page.locator('[data-testid="finding"][data-rule="hundred-minus-one"]').count()).toBe(1);
    await expect.poll(() => page.locator('.stage-header').first().textContent()).toContain('100 − 1 = 0');
    await expect.poll(() => page.locator('.react-flow__node', { hasText: 'Call the service hotline' }).locator('.ci--pain-critical').count()).toBe(1);
  });

  it('clicking the finding selects and centres its touchpoint', async () => {
    const page = await startWithBlueprint();
    await expect.poll(() => page.locator('.react-flow__node.selected').count()).toBe(0);
    await page.locator('[data-testid="finding"][data-rule="hundred-minus-one"]').click();
    await expect.poll(() => page.locator('.react-flow__node.selected').count()).toBe(1);
    expect(await page.locator('.react-flow__node.selected').textContent()).toContain('Call the service hotline');
  });

  it('undoes and redoes, and a whole drag is one step', async () => {
    const page = await startWithBlueprint();
    // Fit the map and let the view settle before measuring.
    await page.keyboard.press('Control+0');
    await page.waitForTimeout(500);
    const card = page.locator('.react-flow__node', { hasText: 'Workshop plans the bay' });
    const before = await card.boundingBox();
    const target = await cellPoint(page, 2, 'backstage');
    await card.hover();
    await page.mouse.down();
    for (let i = 1; i <= 10; i++) await page.mouse.move(before!.x + ((target.x - before!.x) * i) / 10, before!.y + ((target.y - 40 - before!.y) * i) / 10);
    await page.mouse.up();
    await expect.poll(async () => (await card.boundingBox())!.x).toBeGreaterThan(before!.x + 100);

    await page.keyboard.press('Control+z');
    await expect.poll(async () => Math.round((await card.boundingBox())!.x)).toBe(Math.round(before!.x));
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(async () => (await card.boundingBox())!.x).toBeGreaterThan(before!.x + 100);

    // Undo a pain point's severity: the finding comes back; redo takes it away again.
    await page.keyboard.press('Escape');
    await page.locator('.react-flow__node', { hasText: 'Call the service hotline' }).click();
    await page.getByTestId('inspector-pain-point').first().getByLabel('Severity', { exact: true }).selectOption('low');
    await expect.poll(() => page.locator('[data-testid="finding"][data-rule="hundred-minus-one"]').count()).toBe(0);
    await page.getByTestId('undo').click();
    await expect.poll(() => page.locator('[data-testid="finding"][data-rule="hundred-minus-one"]').count()).toBe(1);
    await page.getByTestId('redo').click();
    await expect.poll(() => page.locator('[data-testid="finding"][data-rule="hundred-minus-one"]').count()).toBe(0);
  });

  it('while a card is dragged its drop cell lights up; dropped in its own cell, it goes back to its place and nothing changed', async () => {
    const page = await startWithBlueprint();
    const card = page.locator('.react-flow__node', { hasText: 'Workshop plans the bay' });
    const before = await card.getAttribute('style');
    const box = (await card.boundingBox())!;
    await page.mouse.move(box.x + 20, box.y + 10);
    await page.mouse.down();
    for (let i = 1; i <= 6; i++) await page.mouse.move(box.x + 20 + i * 5, box.y + 10);
    await expect.poll(() => card.getAttribute('style')).not.toBe(before);
    await expect.poll(() => page.getByTestId('drop-target').count()).toBe(1);
    // Let go 30 px to the right: still its own cell, where it is the only card, so nothing changes.
    await page.mouse.up();
    await expect.poll(() => card.getAttribute('style')).toBe(before);
    await expect.poll(() => page.getByTestId('drop-target').count()).toBe(0);
    expect(await page.getByTestId('dirty-state').getAttribute('data-dirty')).toBe('false');
  });

  it('saves to a file that holds everything, and is clean afterwards', async () => {
    const page = await startWithBlueprint();
    expect(await page.getByTestId('dirty-state').getAttribute('data-dirty')).toBe('false');
    await page.locator('.react-flow__node', { hasText: 'Workshop plans the bay' }).click();
    await page.keyboard.press('Alt+ArrowRight');
    await expect.poll(() => page.getByTestId('dirty-state').getAttribute('data-dirty')).toBe('true');
    const saved = await download(page, () => page.keyboard.press('Control+s'));
    const map = readMap(saved);
    expect(map.template).toBe('blueprint');
    expect(map.touchpoints.map((t) => t.title).sort()).toEqual(
      ['Agent books a slot', 'Call the service hotline', 'Drive in and hand over the car', 'Workshop plans the bay'].sort(),
    );
    const hotline = map.touchpoints.find((t) => t.title === 'Call the service hotline')!;
    expect(hotline.level).toBe('basic');
    expect(hotline.painPoints?.[0]).toMatchObject({ title: 'Nobody answers the hotline', severity: 'critical' });
    const moved = map.touchpoints.find((t) => t.title === 'Workshop plans the bay')!;
    expect(moved.stage).toBe(map.stages[2]!.id);
    expect(map.lanes.find((l) => l.id === moved.lane)?.kind).toBe('backstage');
    await expect.poll(() => page.getByTestId('dirty-state').getAttribute('data-dirty')).toBe('false');
  });

  it('reopens a saved file', async () => {
    const page = await start('lang=en');
    await page.getByRole('button', { name: 'New map', exact: true }).click();
    await page.getByRole('button', { name: 'Journey map', exact: true }).click();
    await expect.poll(() => page.locator('.react-flow__node').count()).toBe(0);
    await openFile(page, BLUEPRINT);
    await expect.poll(() => page.locator('.react-flow__node').count()).toBe(4);
    await expect.poll(() => page.locator('.lane-header').count()).toBe(5);
    expect(await page.locator('.statusbar').textContent()).toContain('.tpmap.json');
  });

  it('keyboard: move a card to the next stage, copy and paste, delete, undo', async () => {
    const page = await startWithBlueprint();
    const card = page.locator('.react-flow__node', { hasText: 'Agent books a slot' });
    await card.click();
    const stageOf = async () => {
      const box = (await card.boundingBox())!;
      const headers = await page.locator('.stage-header').evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).map((r) => [r.left, r.right]));
      return headers.findIndex(([l, r]) => box.x + box.width / 2 >= l! && box.x + box.width / 2 < r!);
    };
    const before = await stageOf();
    await page.keyboard.press('Alt+ArrowRight');
    await expect.poll(stageOf).toBe(before + 1);

    await page.keyboard.press('Control+c');
    await page.keyboard.press('Control+v');
    await expect.poll(() => page.locator('.react-flow__node', { hasText: 'Agent books a slot' }).count()).toBe(2);
    // The pasted copy is selected: Delete removes it, and only it.
    await page.keyboard.press('Delete');
    await expect.poll(() => page.locator('.react-flow__node', { hasText: 'Agent books a slot' }).count()).toBe(1);
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.locator('.react-flow__node', { hasText: 'Agent books a slot' }).count()).toBe(2);
    await page.keyboard.press('Control+z');
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.locator('.react-flow__node').count()).toBe(4);
    await expect.poll(stageOf).toBe(before);
  });

  it('refuses a broken file with the problems listed, and keeps the open map', async () => {
    const page = await startWithBlueprint();
    const broken = join(dir, 'broken.tpmap.json');
    writeFileSync(broken, '{ "format": "touchpoint-studio/map", "version": 1, "title": 3 ');
    await openFile(page, broken);
    const notice = page.getByTestId('notice-error');
    await notice.waitFor();
    expect(await notice.textContent()).toMatch(/broken\.tpmap\.json/);
    expect(await notice.textContent()).toMatch(/line 1/i);
    expect(await page.locator('.react-flow__node').count()).toBe(4);
  });

  it('exports the PDF report, and opens the map back out of it as a new unsaved map', async () => {
    const page = await startWithBlueprint();
    // Export PDF exports at once (progress in the dialog, which closes itself when the file is written).
    const pdf = await download(page, () => page.getByRole('button', { name: 'Export PDF', exact: true }).click());
    await expect.poll(() => page.getByTestId('export-dialog').count()).toBe(0);
    const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' });
    expect(text).toContain('Nobody answers the hotline');
    expect(text).toMatch(/Prevent/);

    await page.getByRole('button', { name: 'New map', exact: true }).click();
    await page.getByRole('button', { name: 'Journey map', exact: true }).click();
    await expect.poll(() => page.locator('.react-flow__node').count()).toBe(0);
    await openFile(page, pdf);
    await expect.poll(() => page.locator('.react-flow__node').count()).toBe(4);
    expect(await page.getByTestId('dirty-state').getAttribute('data-dirty')).toBe('true');
    // Save never writes over the PDF: it asks for a new file (a download here).
    const saved = await download(page, () => page.keyboard.press('Control+s'));
    expect(saved.endsWith('.tpmap.json')).toBe(true);
    expect(readMap(saved).touchpoints).toHaveLength(4);
  }, 120_000);
});
