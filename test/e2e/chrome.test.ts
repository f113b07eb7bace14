/**
 * The window's chrome at 1440×900, 1024×768 and 800×600: every stage and lane menu item is visible
 * and is the element under its own centre (nothing clips or covers it), reachable with the arrow
 * keys; every toolbar command is reachable (on the bar or under More); the canvas keeps at least
 * half the window; the map title stays visible. Screenshots go to test-results/chrome for review.
 */
import { AxeBuilder } from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { ACTIONS } from '../../src/actions';
import { appPerCase, browserUnavailable } from './browser';

const reason = browserUnavailable();
const SHOTS = 'test-results/chrome';
const SIZES = [
  [1440, 900],
  [1024, 768],
  [800, 600],
] as const;

/**
 * Each item of the open menu, scrolled into view the way the arrow keys would (a menu taller than
 * a small window scrolls inside itself): is the element at its centre the item itself?
 */
async function itemsUnderTheirCentre(menu: Locator): Promise<{ id: string; hit: boolean }[]> {
  return menu.evaluate((list) =>
    [...list.querySelectorAll<HTMLElement>('[role^="menuitem"]')].map((item) => {
      item.scrollIntoView({ block: 'nearest' });
      const r = item.getBoundingClientRect();
      const inside = r.left >= 0 && r.top >= 0 && r.right <= window.innerWidth && r.bottom <= window.innerHeight;
      const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      return { id: item.dataset['menuItem'] ?? item.textContent ?? '', hit: inside && hit !== null && item.contains(hit) };
    }),
  );
}

async function checkMenu(page: Page, trigger: Locator, shot: string): Promise<void> {
  await trigger.click();
  // Out of the way: Chromium sends a stationary pointer's moves to items scrolling under it.
  await page.mouse.move(0, 0);
  const menu = page.locator('.menu__list[role="menu"]');
  await expect.poll(() => menu.count()).toBe(1);
  await page.screenshot({ path: `${SHOTS}/${shot}.png` });
  const items = await itemsUnderTheirCentre(menu);
  expect(items.length).toBeGreaterThan(4);
  expect(items.filter((i) => !i.hit).map((i) => i.id), shot).toEqual([]);
  // Every enabled item, checkable ones included, is reached with ArrowDown.
  const enabled = await menu.locator('[role^="menuitem"]:not([data-disabled])').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset['menuItem']));
  await expect.poll(() => page.evaluate(() => document.activeElement?.closest('.menu__list') !== null)).toBe(true);
  const focused = () => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset['menuItem'] ?? null);
  for (const id of enabled) {
    await page.keyboard.press('ArrowDown');
    await expect.poll(focused, { message: `${shot}: ArrowDown reaches ${id}` }).toBe(id);
  }
  await page.keyboard.press('Escape');
  await expect.poll(() => menu.count()).toBe(0);
}

describe.skipIf(reason !== null)(`chrome at three window sizes${reason ? ` (skipped: ${reason})` : ''}`, () => {
  const open = appPerCase();
  mkdirSync(SHOTS, { recursive: true });

  for (const [width, height] of SIZES) {
    describe(`${width}×${height}`, () => {
      let page: Page;
      // Every case looks at its own page of the hotel sample at this size.
      beforeEach(async () => {
        page = (await open({ query: 'sample=hotel-stay&lang=en&theme=light', viewport: { width, height } })).page;
        await page.waitForSelector('.react-flow__node');
      });

      it('opens the hotel sample', async () => {
        expect(await page.locator('.react-flow__node').count()).toBeGreaterThan(0);
        await page.screenshot({ path: `${SHOTS}/editor-${width}.png` });
      });

      it('shows every stage and lane menu item, unclipped and reachable by keys', async () => {
        await checkMenu(page, page.locator('.stage-header').first().locator('.header-menu button'), `stage-first-${width}`);
        const stages = page.locator('.stage-header');
        // The rightmost stage header still in the window.
        const visible = await stages.evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).map((r) => r.right <= window.innerWidth));
        await checkMenu(page, stages.nth(Math.max(0, visible.lastIndexOf(true))).locator('.header-menu button'), `stage-last-${width}`);
        await checkMenu(page, page.locator('.lane-header').first().locator('.header-menu button'), `lane-first-${width}`);
        await checkMenu(page, page.locator('.lane-header').last().locator('.header-menu button'), `lane-last-${width}`);
      });

      it('reaches every toolbar command, on the bar or under More', async () => {
        const onBar = await page.locator('.toolbar [data-tool]').evaluateAll((els) => els.filter((e) => (e as HTMLElement).offsetParent !== null).map((e) => (e as HTMLElement).dataset['tool']));
        const more = page.getByTestId('toolbar-more');
        let underMore: string[] = [];
        if ((await more.count()) > 0) {
          await more.click();
          underMore = await page.locator('.menu__list [data-menu-item]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset['menuItem']!));
          await page.screenshot({ path: `${SHOTS}/more-${width}.png` });
          await page.keyboard.press('Escape');
        }
        for (const action of ACTIONS.filter((a) => a.toolbar && a.id !== 'language-zh-CN')) expect([...onBar, ...underMore], action.id).toContain(action.id);
        // Toolbar buttons sit inside the window.
        const outside = await page.locator('.toolbar button').evaluateAll((els) => els.filter((e) => e.getBoundingClientRect().right > window.innerWidth).length);
        expect(outside).toBe(0);
        if (width >= 1440) expect(underMore).toEqual([]);
      });

      it('keeps the map title visible and at least half the window for the canvas', async () => {
        const title = await page.getByTestId('map-title').boundingBox();
        expect(title!.width).toBeGreaterThan(60);
        const canvas = await page.locator('.canvas').boundingBox();
        expect(canvas!.width).toBeGreaterThanOrEqual(width / 2);
        // The part of the canvas not under a floating panel is at least half the window too.
        const covered = await page.locator('.side').evaluateAll((els) => els.reduce((sum, e) => (getComputedStyle(e).position === 'absolute' ? sum + e.getBoundingClientRect().width : sum), 0));
        expect(canvas!.width - covered).toBeGreaterThanOrEqual(width / 2 - 1);
      });

      it('has no serious or critical accessibility violations', async () => {
        const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
        const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
        expect(bad).toEqual([]);
      });
    });
  }
});
