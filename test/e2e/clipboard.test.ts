/**
 * Cards on the system clipboard, in real Chromium against the browser build: a copy reaches other
 * applications as text lines and an HTML table, another page (window) pastes it back whole, and rows
 * copied from a spreadsheet paste as new cards. Each case copies what it pastes, on its own page.
 */
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { appPerCase, browserUnavailable, type AppSession } from './browser';

const reason = browserUnavailable();

describe.skipIf(reason !== null)(`system clipboard in Chromium${reason ? ` (skipped: ${reason})` : ''}`, () => {
  const open = appPerCase();
  let app: AppSession;
  let page: Page;

  beforeEach(async () => {
    app = await open({
      query: 'sample=hotel-stay&lang=en',
      viewport: { width: 1440, height: 900 },
      prepare: (context, server) => context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url }),
    });
    page = app.page;
    await page.locator('.react-flow__node').first().waitFor();
  });

  const cards = (title: string) => page.locator('.react-flow__node', { hasText: title });

  it('copies a card as one text line per card, as an HTML table and as a picture', async () => {
    const title = (await page.locator('.react-flow__node').first().locator('.node-card__title').textContent())!.trim();
    await page.locator('.react-flow__node').first().click();
    await page.keyboard.press('Control+c');
    await expect
      .poll(() => page.evaluate(() => navigator.clipboard.readText()))
      .toMatch(new RegExp(`^[^\\t\\n]+\\t[^\\t\\n]+\\t[^\\t\\n]*\\t${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
    // A picture of the cards follows, for slides and documents.
    await expect
      .poll(() => page.evaluate(async () => (await navigator.clipboard.read())[0]?.types ?? []), { timeout: 15_000 })
      .toEqual(expect.arrayContaining(['text/plain', 'text/html', 'image/png']));
    const size = await page.evaluate(async () => {
      const item = (await navigator.clipboard.read())[0]!;
      const bitmap = await createImageBitmap(await item.getType('image/png'));
      return [bitmap.width, bitmap.height];
    });
    expect(size[0]).toBeGreaterThan(200);
    expect(size[1]).toBeGreaterThan(100);
  });

  it('another window pastes the copied card whole', async () => {
    const title = (await page.locator('.react-flow__node').first().locator('.node-card__title').textContent())!.trim();
    await page.locator('.react-flow__node').first().click();
    await page.keyboard.press('Control+c');
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toContain(title);
    const other = await app.context.newPage();
    try {
      await other.goto(`${app.server.url}?sample=hotel-stay&lang=en`);
      await other.locator('.react-flow__node').first().waitFor();
      const before = await other.locator('.react-flow__node', { hasText: title }).count();
      await other.keyboard.press('Control+v');
      await expect.poll(() => other.locator('.react-flow__node', { hasText: title }).count()).toBe(before + 1);
    } finally {
      await other.close();
    }
  });

  it('pastes rows copied from a spreadsheet as new cards, with a notice, in one undo step', async () => {
    await page.evaluate(() => navigator.clipboard.writeText('Title\tLevel\nReads the welcome letter\tValue-added\nFinds the late check-out offer\t'));
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+v');
    await expect.poll(() => cards('Reads the welcome letter').count()).toBe(1);
    await expect.poll(() => cards('Finds the late check-out offer').count()).toBe(1);
    await expect.poll(() => page.getByText('Pasted 2 cards').count()).toBeGreaterThan(0);
    await page.keyboard.press('Control+z');
    await expect.poll(() => cards('Reads the welcome letter').count()).toBe(0);
    await expect.poll(() => cards('Finds the late check-out offer').count()).toBe(0);
  });
});
