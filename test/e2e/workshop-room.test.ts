/**
 * The workshop room in real Chromium, without a server: the participant view and the facilitator's
 * room list on one page (test/e2e/workshop-room-page, built here with Vite) over two Y.Docs linked
 * in the page. A participant adds a sticky and votes; the facilitator sees both, reveals, accepts
 * and keeps the results in the map. Then the view is checked as a phone shows it, with axe.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import react from '@vitejs/plugin-react';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startStaticServer, type StaticServer } from '../../electron/main/static-server';
import { workshopSessions } from '../../src/commands';
import { workshopMessages } from '../../renderer/src/i18n/workshop';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './browser';
import type { RoomTestPage } from './workshop-room-page/main';

const SHOTS = fileURLToPath(new URL('../../test-results/workshop/', import.meta.url));
const PAGE_SOURCE = fileURLToPath(new URL('./workshop-room-page', import.meta.url));
const unavailable = existsSync(CHROMIUM_PATH) ? null : `no Chromium at ${CHROMIUM_PATH}`;
const en = workshopMessages.en;
const zh = workshopMessages['zh-CN'];

declare const tp: RoomTestPage;

describe.skipIf(unavailable !== null)('the workshop room in Chromium', () => {
  let outDir: string;
  let server: StaticServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    outDir = await mkdtemp(join(tmpdir(), 'tp-room-page-'));
    await build({
      configFile: false,
      root: PAGE_SOURCE,
      base: './',
      logLevel: 'error',
      plugins: [react()],
      build: { outDir, emptyOutDir: true, minify: false, reportCompressedSize: false },
    });
    server = await startStaticServer({ root: outDir });
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  }, 180_000);

  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => undefined);
    await browser?.close();
    await server?.close();
    if (outDir) await rm(outDir, { recursive: true, force: true });
  });

  async function open(query: string, viewport = { width: 1280, height: 860 }, ready = 'participant-view'): Promise<{ page: Page; errors: string[] }> {
    const context = await browser.newContext({ viewport, hasTouch: viewport.width < 500 });
    contexts.push(context);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${server.url}?${query}`);
    await page.waitForFunction(() => (window as unknown as { tp?: RoomTestPage }).tp?.ready === true);
    await page.getByTestId(ready).waitFor();
    return { page, errors };
  }

  test('a participant adds a sticky and votes; the facilitator sees both, reveals, accepts and keeps the results', async () => {
    const { page, errors } = await open('sample=car-dealer-aftersales');
    const participant = page.locator('#participant');
    const facilitator = page.locator('#facilitator');
    // Before the projector is on a stage, the participant is told to wait.
    await participant.getByTestId('participant-waiting').waitFor();
    await page.evaluate(() => tp.showStage('s4', 5, 4.5 * 60_000));
    await expect.poll(() => participant.getByTestId('participant-stage').textContent()).toBe('维修保养');
    // The projector's clock, in its last fifth: amber on the phone too.
    await expect.poll(() => participant.getByTestId('participant-timer').getAttribute('data-phase')).toBe('warning');
    expect(await participant.getByTestId('participant-card').count()).toBe(6);

    // A sticky, signed.
    await participant.getByTestId('sticky-kind-idea').check();
    await participant.getByTestId('sticky-text').fill('Text me a photo when the car is on the lift');
    await participant.getByTestId('sticky-author').fill('Li Wei');
    await participant.getByTestId('sticky-post').click();
    await expect.poll(() => participant.getByTestId('sticky-message').textContent()).toBe(en['room.posted']);
    const sticky = facilitator.getByTestId('room-sticky');
    await sticky.waitFor();
    expect(await sticky.locator('.ws-sticky-text').textContent()).toBe('Text me a photo when the car is on the lift');
    expect(await sticky.locator('.ws-sticky-by').textContent()).toBe('by Li Wei');
    // An empty sticky is refused with a reason, and nothing reaches the facilitator.
    await participant.getByTestId('sticky-post').click();
    await expect.poll(() => participant.getByTestId('sticky-message').textContent()).toBe(en['room.empty-text']);
    expect(await facilitator.getByTestId('room-sticky').count()).toBe(1);

    // A vote: two dots each, totals hidden until the reveal.
    await facilitator.getByTestId('room-dots').fill('2');
    await facilitator.getByTestId('room-new-vote').click();
    await expect.poll(() => participant.getByTestId('dots-left').getAttribute('data-left')).toBe('2');
    const p7 = participant.locator('[data-testid="participant-pain"][data-pain-id="p7"]');
    await p7.getByTestId('dot-add').click();
    await p7.getByTestId('dot-add').click();
    await expect.poll(() => participant.getByTestId('dots-left').getAttribute('data-left')).toBe('0');
    // Out of dots: no button adds a third.
    expect(await participant.locator('[data-testid="dot-add"]:not([disabled])').count()).toBe(0);
    await expect.poll(() => facilitator.getByTestId('room-vote-status').getAttribute('data-dots')).toBe('2');
    expect(await participant.getByTestId('participant-total').count()).toBe(0);
    await facilitator.getByTestId('room-reveal').click();
    await expect.poll(() => p7.getByTestId('participant-total').textContent()).toBe('total: 2');
    expect(await facilitator.locator('[data-testid="room-tally"] li[data-pain-id="p7"]').getAttribute('data-dots')).toBe('2');
    // Taking one back is the participant's own choice.
    await p7.getByTestId('dot-remove').click();
    await expect.poll(() => facilitator.getByTestId('room-vote-status').getAttribute('data-dots')).toBe('1');

    await page.screenshot({ path: join(SHOTS, 'room-1280x860.png') });
    // The facilitator accepts the idea: a card in the stage, marked assumed; the participant sees it land.
    await sticky.getByTestId('room-accept').click();
    await expect.poll(() => facilitator.getByTestId('room-sticky').count()).toBe(0);
    const card = await page.evaluate(() => tp.map().touchpoints.find((x) => x.title === 'Text me a photo when the car is on the lift'));
    expect(card).toMatchObject({ stage: 's4', evidence: 'assumed' });
    await expect.poll(() => participant.getByTestId('my-sticky').getAttribute('data-status')).toBe('accepted');
    await expect.poll(() => participant.getByTestId('participant-card').count()).toBe(7);

    // Keep the results: the dot lands on the pain point's total, and the session is on record in the map.
    const before = await page.evaluate(() => tp.map().touchpoints.flatMap((x) => x.painPoints ?? []).find((p) => p.id === 'p7')?.votes ?? 0);
    await facilitator.getByTestId('room-keep').click();
    const after = await page.evaluate(() => tp.map());
    expect(after.touchpoints.flatMap((x) => x.painPoints ?? []).find((p) => p.id === 'p7')?.votes).toBe(before + 1);
    expect(workshopSessions(after).map((s) => [s.dots, s.participants, s.dotsPerPerson])).toEqual([[{ p7: 1 }, 1, 2]]);
    await participant.getByText(en['room.no-vote']).waitFor();
    expect(errors).toEqual([]);
  }, 120_000);

  test('fits a 360×640 phone: nothing wider than the screen, every control a thumb can hit', async () => {
    const { page, errors } = await open('sample=car-dealer-aftersales&view=participant', { width: 360, height: 640 });
    await page.evaluate(() => tp.showStage('s2', 5, 0));
    await page.getByTestId('participant-stage').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.screenshot({ path: join(SHOTS, 'participant-360x640.png'), fullPage: true });
    const small = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('#participant button, #participant textarea, #participant input:not([type="radio"]):not([type="checkbox"]), #participant label.pv-kind, #participant label.pv-check')]
        .map((e) => ({ what: e.outerHTML.slice(0, 60), h: e.getBoundingClientRect().height, w: e.getBoundingClientRect().width }))
        .filter((r) => r.h < 44 || r.w < 44),
    );
    expect(small).toEqual([]);
    expect(errors).toEqual([]);
  }, 60_000);

  test('has no accessibility violations (axe) in both themes and both languages, and speaks Chinese', async () => {
    // Light English and dark Chinese: between them every string, both palettes and both scripts.
    for (const query of ['theme=light&lang=en', 'theme=dark&lang=zh-CN']) {
      const { page } = await open(`sample=car-dealer-aftersales&${query}`);
      await page.evaluate(() => tp.showStage('s4', 5, 0));
      await page.getByTestId('participant-stage').waitFor();
      await page.locator('#participant').getByTestId('sticky-text').fill('x');
      await page.locator('#participant').getByTestId('sticky-post').click();
      await page.locator('#facilitator').getByTestId('room-sticky').first().waitFor();
      await page.locator('#facilitator').getByTestId('room-new-vote').click();
      await page.locator('#participant').getByTestId('dots-left').waitFor();
      const result = await new AxeBuilder({ page }).analyze();
      expect(result.violations.map((v) => `${query}: ${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
      if (query.includes('zh-CN')) {
        expect(await page.locator('#participant h2').first().textContent()).toBe(zh['room.add']);
        expect(await page.locator('#facilitator .ws-sticky-by').first().textContent()).toBe(`来自 ${zh['room.anonymous-author']}`);
      }
    }
  }, 120_000);

  test('in presentation mode the room list sits beside the slides, and phones follow the projector\'s stage and timer', async () => {
    const { page, errors } = await open('sample=car-dealer-aftersales&view=present', { width: 1600, height: 900 }, 'presentation');
    // On the overview, participants have no stage to follow.
    await expect.poll(() => page.evaluate(() => tp.guestRoom().clock?.stageId ?? null)).toBeNull();
    await page.keyboard.press('PageDown');
    await expect.poll(() => page.evaluate(() => tp.guestRoom().clock?.stageId ?? null)).toBe('s1');
    await page.keyboard.press('t');
    await expect.poll(() => page.evaluate(() => tp.guestRoom().clock?.status)).toBe('running');
    // A sticky and a dot from a participant's device arrive beside the slides.
    await page.getByTestId('room-new-vote').click();
    expect(await page.evaluate(() => tp.guestSticky('pain', 's1', 'The hold music never ends', null))).toBe(true);
    expect(await page.evaluate(() => tp.guestDot('ana', 'p1'))).toBe(true);
    const sticky = page.getByTestId('room-sticky');
    await sticky.waitFor();
    expect(await sticky.locator('.ws-sticky-by').textContent()).toBe('by anonymous');
    await expect.poll(() => page.getByTestId('room-vote-status').getAttribute('data-dots')).toBe('1');
    // The list takes its own column: the slide is not covered.
    const slide = (await page.locator('.ws-main').boundingBox())!;
    const list = (await page.getByTestId('room-panel').boundingBox())!;
    expect(slide.x + slide.width).toBeLessThanOrEqual(list.x + 1);
    await page.screenshot({ path: join(SHOTS, 'present-with-room-1600x900.png') });
    // Accepting a pain point needs its card; then it is on the slide.
    await sticky.getByTestId('room-accept').click();
    await page.getByRole('alert').getByText(en['facil.no-card']).waitFor();
    await sticky.getByTestId('room-sticky-card').selectOption('t2');
    await sticky.getByTestId('room-accept').click();
    await expect.poll(() => page.locator('[data-testid="touchpoint-card"][data-touchpoint-id="t2"] [data-testid="pain-marker"]').count()).toBe(3);
    expect(errors).toEqual([]);
  }, 120_000);
});
