/**
 * A team on one map, in real Chromium against the browser build served by `touchpoint serve`: three
 * people open the join link, name themselves, each adds a touchpoint at the same moment, and all
 * three see all three cards; the host's file holds them; a link with a wrong token is refused.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseMap } from '../../src/model';
import { browserUnavailable, CHROMIUM_ARGS, CHROMIUM_PATH } from './browser';
import { freePort, joinAs, serve, type Hosted } from './collab-host';

const reason = browserUnavailable();
const dir = mkdtempSync(join(tmpdir(), 'tp-collab-app-'));
const SAMPLE = join(process.cwd(), 'samples/hotel-stay.tpmap.json');

const fileTitles = (file: string): Set<string> => {
  const parsed = parseMap(readFileSync(file, 'utf8'));
  return new Set(parsed.ok ? parsed.map.touchpoints.map((t) => t.title) : []);
};
const cardCount = (page: Page, title: string) => page.locator('.react-flow__node', { hasText: title }).count();

describe.skipIf(reason !== null)(`a shared map in Chromium${reason ? ` (skipped: ${reason})` : ''}`, () => {
  let browser: Browser;
  let host: Hosted;
  const file = join(dir, 'hotel.tpmap.json');
  const errors: string[] = [];

  beforeAll(async () => {
    copyFileSync(SAMPLE, file);
    host = await serve(file);
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  }, 60_000);

  afterAll(async () => {
    await browser?.close().catch(() => undefined);
    host?.child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  });

  /** A person in their own browser profile (their own remembered name) opening a link. */
  const person = (name: string, url = host.joinUrl): Promise<Page> => joinAs(browser, name, url, errors);

  it('lets three people add a touchpoint at the same moment and everyone sees all three, on screen and on disk', async () => {
    const names = ['Ana', 'Bo', 'Chen'];
    const pages = await Promise.all(names.map((n) => person(n)));
    for (const page of pages) {
      await page.getByTestId('canvas').waitFor();
      await expect.poll(() => page.getByTestId('room-person').count(), { timeout: 5000 }).toBe(3);
      await expect.poll(() => page.locator('.room-status__state').getAttribute('data-status')).toBe('live');
    }
    expect(await pages[0]!.getByTestId('room-people').innerText()).toMatch(/Ana \(you\)[\s\S]*Bo[\s\S]*Chen/);

    const titles = ['Ana: welcome drink', 'Bo: luggage tag', 'Chen: late checkout'];
    await Promise.all(pages.map((page) => page.getByTestId('add-touchpoint').click()));
    await Promise.all(
      pages.map(async (page, i) => {
        const input = page.getByTestId('inspector-title');
        await expect.poll(() => input.inputValue()).not.toBe('');
        await input.fill(titles[i]!);
        await input.press('Enter');
      }),
    );
    const start = Date.now();
    for (const page of pages) {
      for (const title of titles) await expect.poll(() => cardCount(page, title), { timeout: 5000 }).toBe(1);
    }
    expect(Date.now() - start).toBeLessThan(5000);
    await expect.poll(() => titles.every((t) => fileTitles(file).has(t)), { timeout: 5000 }).toBe(true);

    // Each person's new card is selected on their page, so the others see it outlined with their name.
    await expect.poll(() => pages[1]!.getByTestId('presence-outline').filter({ hasText: 'Ana' }).count(), { timeout: 5000 }).toBeGreaterThan(0);

    // A pointer moving over one page's canvas shows, named, on the others.
    const box = (await pages[1]!.getByTestId('canvas').boundingBox())!;
    await pages[1]!.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await pages[1]!.mouse.move(box.x + box.width / 2 + 40, box.y + box.height / 2 + 30);
    await expect.poll(() => pages[0]!.getByTestId('presence-cursor').filter({ hasText: 'Bo' }).count(), { timeout: 5000 }).toBe(1);

    // Undo takes back only this person's own edit.
    await pages[2]!.getByTestId('canvas').click({ position: { x: 5, y: 5 } });
    await pages[2]!.getByTestId('undo').click();
    await expect.poll(() => cardCount(pages[0]!, titles[2]!), { timeout: 5000 }).toBe(0);
    expect(await cardCount(pages[0]!, titles[0]!)).toBe(1);

    // Saving is the host's job in a room.
    await pages[0]!.getByTestId('save').click();
    await expect.poll(() => pages[0]!.getByText('the host saves the map').count()).toBe(1);
    expect(errors).toEqual([]);
  }, 120_000);

  it('keeps edits made while the host is down after the tab is closed, and merges them when the host is back', async () => {
    const offlineFile = join(dir, 'offline.tpmap.json');
    copyFileSync(SAMPLE, offlineFile);
    const port = await freePort();
    const first = await serve(offlineFile, ['--port', String(port)]);
    const page = await person('Eve', first.joinUrl);
    await page.getByTestId('canvas').waitFor();
    await expect.poll(() => page.locator('.room-status__state').getAttribute('data-status')).toBe('live');

    first.child.kill('SIGKILL');
    await expect.poll(() => page.locator('.room-status__state').getAttribute('data-status'), { timeout: 10_000 }).toBe('offline');
    await page.getByTestId('add-touchpoint').click();
    const input = page.getByTestId('inspector-title');
    await expect.poll(() => input.inputValue()).not.toBe('');
    await input.fill('Written on the train');
    await input.press('Enter');
    await expect.poll(() => cardCount(page, 'Written on the train')).toBe(1);
    // y-indexeddb stores within a moment; then the tab is closed while the host is still down.
    await page.waitForTimeout(1500);
    const context = page.context();
    await page.close();

    const again = await serve(offlineFile, ['--port', String(port)]);
    try {
      // Opening the link again: the name is remembered, and the edit comes back from this browser's copy.
      const reopened = await context.newPage();
      await reopened.goto(first.joinUrl);
      await reopened.getByTestId('canvas').waitFor({ timeout: 15_000 });
      await expect.poll(() => reopened.locator('.room-status__state').getAttribute('data-status'), { timeout: 15_000 }).toBe('live');
      await expect.poll(() => cardCount(reopened, 'Written on the train'), { timeout: 5000 }).toBe(1);
      await expect.poll(() => fileTitles(offlineFile).has('Written on the train'), { timeout: 5000 }).toBe(true);
    } finally {
      again.child.kill('SIGKILL');
    }
  }, 120_000);

  it('refuses a link with a wrong token and says why', async () => {
    const wrong = host.joinUrl.replace(/token=[\w-]+/, `token=${'A'.repeat(host.token.length)}`);
    const page = await person('Dee', wrong);
    const screen = page.getByTestId('room-connecting');
    await expect.poll(() => screen.getAttribute('data-status'), { timeout: 10_000 }).toBe('refused');
    expect(await screen.innerText()).toContain('The host refused this link');
    expect(host.stderr()).toContain('refused a connection without the room token');
    expect(host.stderr()).not.toContain(host.token);
  }, 60_000);
});
