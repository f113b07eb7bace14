/**
 * Compare with… in the real app (out/renderer) in real Chromium: open a sample, compare it with a
 * changed copy picked as a file, read the change list, centre cards from it by click and by Enter,
 * go side by side (the two canvases move together), scan with axe in both themes, leave with Esc.
 * Each case opens its own app and its own compare view (appPerCase), so their order does not matter.
 */
import { AxeBuilder } from '@axe-core/playwright';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { diffMaps } from '../../src/diff';
import { formatChange } from '../../src/diff/format';
import { parseMap, serializeMap, type MapDocument } from '../../src/model';
import { COMPARE } from '../../renderer/src/compare/messages';
import { appPerCase, browserUnavailable, type AppSession } from './browser';

const unavailable = browserUnavailable();
if (unavailable) console.warn(`compare e2e skipped: ${unavailable}`);

async function sample(name: string): Promise<MapDocument> {
  const parsed = parseMap(await readFile(new URL(`../../samples/${name}.tpmap.json`, import.meta.url), 'utf8'));
  if (!parsed.ok) throw new Error(`sample ${name} does not parse`);
  return parsed.map;
}

/** An as-is version of the sample: the last card not there yet, one card a level higher, one card that later went. */
function asIs(map: MapDocument): MapDocument {
  const old = structuredClone(map);
  const last = old.touchpoints.at(-1)!;
  old.touchpoints = old.touchpoints.filter((t) => t.id !== last.id);
  old.links = old.links?.filter((k) => k.from !== last.id && k.to !== last.id);
  const promoted = old.touchpoints.find((t) => t.level === 'basic')!;
  promoted.level = 'satisfactory';
  old.touchpoints.push({ id: 'retired-kiosk', stage: old.stages[1]!.id, lane: old.lanes[0]!.id, title: 'Self check-in kiosk', level: 'satisfactory' });
  return old;
}

async function scan(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).include('[data-testid="compare-view"]').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}) — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

/** How far a card's centre is from its canvas's centre, in screen pixels. */
async function offCentre(page: Page, canvas: string, id: string): Promise<number> {
  const area = (await page.getByTestId(canvas).boundingBox())!;
  const card = (await page.getByTestId(canvas).locator(`.react-flow__node[data-id="${id}"]`).boundingBox())!;
  return Math.hypot(card.x + card.width / 2 - (area.x + area.width / 2), card.y + card.height / 2 - (area.y + area.height / 2));
}

/** Without the pickers the web platform picks files with a file input, which Playwright can fill. */
const withoutPickers = (context: BrowserContext) =>
  context.addInitScript(() => {
    for (const name of ['showSaveFilePicker', 'showOpenFilePicker']) delete (window as unknown as Record<string, unknown>)[name];
  });

async function openCompare(page: Page, file: string) {
  await page.locator('[data-region="canvas"]').focus();
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.keyboard.press('Control+Alt+D')]);
  await chooser.setFiles(file);
  await page.getByTestId('compare-view').waitFor();
}

describe.skipIf(unavailable !== null)('compare with another version', () => {
  const app = appPerCase();
  let session: AppSession | undefined;
  let dir: string;
  let now: MapDocument;
  let old: MapDocument;
  let file: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'tp-compare-'));
    now = await sample('hotel-stay');
    old = asIs(now);
    file = join(dir, 'hotel-stay-as-is.tpmap.json');
    await writeFile(file, serializeMap(old));
  });

  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  afterEach(() => {
    expect(session?.errors ?? []).toEqual([]);
    session = undefined;
  });

  /** A fresh app on the sample; with `compare`, comparing it with the as-is copy. */
  async function start(compare = true): Promise<Page> {
    session = await app({ query: 'sample=hotel-stay&lang=en&theme=light', prepare: withoutPickers });
    const { page } = session;
    await page.locator('.react-flow__node').first().waitFor();
    if (compare) await openCompare(page, file);
    return page;
  }

  it('lists every change, regressions first, and marks the cards with a word as well as a colour', async () => {
    const page = await start();
    const diff = diffMaps(old, now);
    const items = page.getByTestId('compare-item');
    await expect.poll(() => items.count()).toBe(diff.changes.length);
    const regressionFlags = await items.evaluateAll((els) => els.map((el) => el.classList.contains('is-regression')));
    expect(regressionFlags.filter(Boolean).length).toBe(diff.regressions.length);
    expect(regressionFlags.indexOf(false)).toBe(diff.regressions.length);

    const added = now.touchpoints.at(-1)!;
    const overlay = page.getByTestId('compare-overlay');
    await expect.poll(() => overlay.locator(`.react-flow__node[data-id="${added.id}"] [data-mark]`).getAttribute('data-mark')).toBe('added');
    await expect.poll(() => overlay.locator('.react-flow__node[data-id="retired-kiosk"] [data-mark]').getAttribute('data-mark')).toBe('removed');
    expect(await overlay.locator('.react-flow__node[data-id="retired-kiosk"]').textContent()).toContain(COMPARE.en['mark.removed']);
    const list = await page.getByTestId('compare-list').textContent();
    const addition = diff.changes.find((c) => c.kind === 'touchpoint-added')!;
    expect(list).toContain(formatChange(addition, { before: old, after: now }, 'en'));
    expect(list).toContain('Self check-in kiosk');
  });

  it('centres a card on click, and another on Enter', async () => {
    const page = await start();
    const added = now.touchpoints.at(-1)!;
    await page.locator(`[data-testid="compare-item"][data-card="${added.id}"] button`).first().click();
    await expect.poll(() => offCentre(page, 'compare-overlay', added.id), { timeout: 5000 }).toBeLessThan(4);
    await page.locator('[data-testid="compare-item"][data-card="retired-kiosk"] button').first().focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => offCentre(page, 'compare-overlay', 'retired-kiosk'), { timeout: 5000 }).toBeLessThan(4);
    expect(await page.getByTestId('compare-announcer').textContent()).toContain('Self check-in kiosk');
  });

  it('shows what changed on a card when it has focus', async () => {
    const page = await start();
    const promoted = old.touchpoints.find((t) => now.touchpoints.find((n) => n.id === t.id)?.level !== t.level)!;
    const node = page.getByTestId('compare-overlay').locator(`.react-flow__node[data-id="${promoted.id}"]`);
    await node.focus();
    const tip = node.getByRole('tooltip');
    await expect.poll(() => tip.isVisible()).toBe(true);
    expect(await tip.textContent()).toContain('level');
  });

  it('goes side by side with one viewport for both versions, and passes axe', async () => {
    const page = await start();
    await page.getByTestId('compare-mode-side').click();
    const before = page.getByTestId('compare-before').locator('.react-flow__viewport');
    const after = page.getByTestId('compare-after').locator('.react-flow__viewport');
    await before.waitFor();
    await after.waitFor();
    const box = (await page.getByTestId('compare-after').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, 240);
    await expect.poll(async () => [await before.getAttribute('style'), await after.getAttribute('style')]).toSatisfy(([a, b]) => a === b && a !== null);
    expect(await scan(page)).toEqual([]);
  }, 60_000);

  it('leaves with Esc, back to the editor and the map unchanged', async () => {
    const page = await start(false);
    const cardsInEditor = await page.locator('[data-region="canvas"] .react-flow__node').count();
    await openCompare(page, file);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('compare-view').count()).toBe(0);
    expect(await page.getByTestId('dirty-state').getAttribute('data-dirty')).toBe('false');
    expect(await page.locator('[data-region="canvas"] .react-flow__node').count()).toBe(cardsInEditor);
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('[inert]') === null)).toBe(true);
  });
});

describe.skipIf(unavailable !== null)('compare view in Chinese, dark theme', () => {
  const app = appPerCase();

  it('names the changes in Chinese and passes axe', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tp-compare-zh-'));
    try {
      const { page } = await app({ query: 'sample=car-dealer-aftersales&lang=zh-CN&theme=dark', prepare: withoutPickers });
      const now = await sample('car-dealer-aftersales');
      const file = join(dir, 'as-is.tpmap.json');
      await writeFile(file, serializeMap(asIs(now)));
      await page.locator('.react-flow__node').first().waitFor();
      await openCompare(page, file);
      expect(await page.getByTestId('compare-count').textContent()).toMatch(/共 \d+ 处变化/);
      expect(await page.getByTestId('compare-list').textContent()).toContain(COMPARE['zh-CN']['mark.removed']);
      expect(await scan(page)).toEqual([]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 90_000);
});
