/**
 * Keyboard-only editing in real Chromium, with no mouse event at all: a new journey map, two cards,
 * a level with 1–4, a link made with L and Enter, a move with Alt+→, Delete (focus goes to the card
 * left), undo, F6 into the inspector and back, the command palette and the shortcut sheet. Each case
 * starts on its own page and makes the cards it needs with the keys, so the cases run in any order.
 */
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { appPerCase, browserUnavailable, type AppSession } from './browser';

const reason = browserUnavailable();

const focusedCardTitle = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return el?.classList.contains('react-flow__node') ? (el.querySelector('.tp-card__title, [class*="title"]')?.textContent ?? el.textContent) : null;
  });
const regionOfFocus = (page: Page) => page.evaluate(() => (document.activeElement as HTMLElement | null)?.closest<HTMLElement>('[data-region]')?.dataset['region'] ?? null);

async function typeTitle(page: Page, title: string): Promise<void> {
  await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset['testid'] ?? null)).toBe('inspector-title');
  await page.keyboard.press('Control+A');
  await page.keyboard.type(title);
  await page.keyboard.press('Enter');
  await expect.poll(() => page.locator('.react-flow__node', { hasText: title }).count()).toBe(1);
}

/** Two cards made with N and named, the second one focused on the canvas. */
async function twoCards(page: Page): Promise<void> {
  await page.keyboard.press('n');
  await typeTitle(page, 'Sees the advert');
  await page.keyboard.press('Shift+F6');
  await page.keyboard.press('n');
  await typeTitle(page, 'Reads the reviews');
  await page.keyboard.press('Shift+F6');
  await expect.poll(() => focusedCardTitle(page)).toContain('Reads the reviews');
}

/** Links the focused card to the other one with L and Enter. */
async function link(page: Page): Promise<void> {
  await page.keyboard.press('l');
  await expect.poll(() => page.getByTestId('announcer').textContent()).toContain('Target:');
  await page.keyboard.press('Enter');
  await expect.poll(() => page.locator('.react-flow__edge').count()).toBe(1);
}

describe.skipIf(reason !== null)(`keyboard-only editing${reason ? ` (skipped: ${reason})` : ''}`, () => {
  const app = appPerCase();
  let session: AppSession | undefined;

  /** A fresh page that counts every pointer event from its first script on. */
  async function start(query = 'new=journey&lang=en'): Promise<Page> {
    session = await app({
      query,
      viewport: { width: 1440, height: 900 },
      prepare: (context) =>
        context.addInitScript(() => {
          const w = window as unknown as { pointerEvents: number };
          w.pointerEvents = 0;
          for (const type of ['mousedown', 'pointerdown', 'mouseup', 'wheel']) window.addEventListener(type, () => w.pointerEvents++, true);
        }),
    });
    await session.page.locator('[data-region="canvas"]').waitFor();
    return session.page;
  }

  // Every case is done without the mouse, and without an error in the page.
  afterEach(async () => {
    if (!session) return;
    const { page, errors } = session;
    session = undefined;
    expect(await page.evaluate(() => (window as unknown as { pointerEvents: number }).pointerEvents)).toBe(0);
    expect(errors).toEqual([]);
  });

  it('creates a journey map from the start screen with Enter', async () => {
    const page = await start('lang=en');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('template-journey');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('welcome').count()).toBe(0);
    expect(await page.locator('.react-flow__node').count()).toBe(0);
  });

  it('adds two cards with N, names them, and returns to the canvas with Shift+F6', async () => {
    const page = await start();
    await page.keyboard.press('n');
    await typeTitle(page, 'Sees the advert');
    await page.keyboard.press('Shift+F6');
    expect(await regionOfFocus(page)).toBe('canvas');
    expect(await focusedCardTitle(page)).toContain('Sees the advert');
    await page.keyboard.press('n');
    await typeTitle(page, 'Reads the reviews');
    await page.keyboard.press('Shift+F6');
    expect(await focusedCardTitle(page)).toContain('Reads the reviews');
  });

  it('sets the level with 1–4 and clears it with 0, each one undo step', async () => {
    const page = await start();
    await twoCards(page);
    const card = page.locator('.react-flow__node', { hasText: 'Reads the reviews' });
    await page.keyboard.press('4');
    await expect.poll(() => card.textContent()).toMatch(/Memorable/i);
    await page.keyboard.press('1');
    await expect.poll(() => card.textContent()).toMatch(/Basic/i);
    await page.keyboard.press('Control+Z');
    await expect.poll(() => card.textContent()).toMatch(/Memorable/i);
    await page.keyboard.press('0');
    await expect.poll(() => card.textContent()).toMatch(/Untagged/i);
    await page.keyboard.press('3');
    await expect.poll(() => card.textContent()).toMatch(/Value-added/i);
  });

  it('links the selected card to another with L, arrows and Enter, announced by title', async () => {
    const page = await start();
    await twoCards(page);
    await page.keyboard.press('l');
    await expect.poll(() => page.getByTestId('announcer').textContent()).toContain('Linking from “Reads the reviews”. Target: “Sees the advert”');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.react-flow__edge').count()).toBe(1);
    expect(await page.getByTestId('announcer').textContent()).toBe('Linked “Reads the reviews” to “Sees the advert”');
    // Named by its cards, and no Tab stop while not selected.
    const edge = page.locator('.react-flow__edge');
    expect(await edge.getAttribute('aria-label')).toBe('Link from “Reads the reviews” to “Sees the advert”');
    expect(await edge.getAttribute('tabindex')).not.toBe('0');
    // Esc cancels without a link.
    await page.keyboard.press('l');
    await page.keyboard.press('Escape');
    expect(await page.getByTestId('announcer').textContent()).toBe('Linking cancelled');
    expect(await page.locator('.react-flow__edge').count()).toBe(1);
  });

  it('moves the card to the next stage with Alt+→', async () => {
    const page = await start();
    await twoCards(page);
    const card = page.locator('.react-flow__node', { hasText: 'Reads the reviews' });
    const before = (await card.boundingBox())!.x;
    await page.keyboard.press('Alt+ArrowRight');
    await expect.poll(async () => (await card.boundingBox())!.x).toBeGreaterThan(before + 50);
  });

  it('deletes with Delete, puts focus on the card left, and undoes', async () => {
    const page = await start();
    await twoCards(page);
    await link(page);
    await page.keyboard.press('Delete');
    await expect.poll(() => page.locator('.react-flow__node').count()).toBe(1);
    expect(await page.locator('.react-flow__edge').count()).toBe(0);
    await expect.poll(() => focusedCardTitle(page)).toContain('Sees the advert');
    expect(await page.getByTestId('announcer').textContent()).toContain('Sees the advert');
    await page.keyboard.press('Control+Z');
    await expect.poll(() => page.locator('.react-flow__node').count()).toBe(2);
    await expect.poll(() => page.locator('.react-flow__edge').count()).toBe(1);
  });

  it('reaches the inspector with F6 and comes back with Shift+F6', async () => {
    const page = await start();
    await twoCards(page);
    expect(await regionOfFocus(page)).toBe('canvas');
    await page.keyboard.press('F6');
    expect(await regionOfFocus(page)).toBe('inspector');
    await page.keyboard.press('Shift+F6');
    expect(await regionOfFocus(page)).toBe('canvas');
    await page.keyboard.press('Shift+F6');
    expect(await regionOfFocus(page)).toBe('toolbar');
  });

  it('runs any action from the command palette', async () => {
    const page = await start();
    await page.keyboard.press('Control+Shift+P');
    const palette = page.getByTestId('palette');
    await expect.poll(() => palette.count()).toBe(1);
    await page.keyboard.type('findings panel');
    expect(await palette.locator('[role="option"]').count()).toBe(1);
    expect(await palette.locator('[role="option"] kbd').textContent()).toBe('Ctrl+Shift+F');
    const shown = await page.locator('[data-region="findings"]').count();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('[data-region="findings"]').count()).toBe(1 - shown);
    expect(await palette.count()).toBe(0);
  });

  it('shows the shortcut sheet from the table, Esc closes it', async () => {
    const page = await start();
    await page.keyboard.press('Control+/');
    const sheet = page.getByTestId('shortcuts');
    await expect.poll(() => sheet.count()).toBe(1);
    expect(await sheet.locator('tr[data-action="link-mode"]').textContent()).toContain('L');
    expect(await sheet.locator('tr[data-action="set-level-4"]').textContent()).toContain('Memorable');
    expect(await sheet.locator('tr[data-action="focus-next-region"]').textContent()).toContain('F6');
    await page.keyboard.press('Escape');
    await expect.poll(() => sheet.count()).toBe(0);
  });

  it('renames the map in place with F2; an over-long paste is cut to the limit with a notice, one undo step', async () => {
    const page = await start();
    const title = page.getByTestId('map-title');
    const before = await title.textContent();
    await title.focus();
    await page.keyboard.press('F2');
    await page.keyboard.press('Control+A');
    await page.keyboard.insertText('Long '.repeat(420));
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await title.textContent())?.length).toBe(2000 - 1);
    expect(await page.getByTestId('notice-info').textContent()).toContain('longer than 2000 characters');
    await page.keyboard.press('Control+Z');
    await expect.poll(() => title.textContent()).toBe(before);
    // Esc leaves the title as it was.
    await title.focus();
    await page.keyboard.press('F2');
    await page.keyboard.insertText('Not this');
    await page.keyboard.press('Escape');
    expect(await title.textContent()).toBe(before);
  });
});
