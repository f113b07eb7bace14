/**
 * The workshop room through a real host (issue #13, "How it is checked"): `touchpoint serve` on a sample,
 * the facilitator joins and presents, a participant opens the participant link on their own device,
 * adds a sticky and puts a dot on a pain point; the facilitator's room list beside the slides sees both.
 */
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserUnavailable, CHROMIUM_ARGS, CHROMIUM_PATH } from './browser';
import { joinAs, serve, type Hosted } from './collab-host';

const reason = browserUnavailable();
const dir = mkdtempSync(join(tmpdir(), 'tp-workshop-serve-'));

describe.skipIf(reason !== null)(`a workshop room through touchpoint serve${reason ? ` (skipped: ${reason})` : ''}`, () => {
  let browser: Browser;
  let host: Hosted;
  const file = join(dir, 'car.tpmap.json');
  const errors: string[] = [];

  beforeAll(async () => {
    copyFileSync(join(process.cwd(), 'samples/car-dealer-aftersales.tpmap.json'), file);
    host = await serve(file);
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  }, 60_000);

  afterAll(async () => {
    await browser?.close().catch(() => undefined);
    host?.child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  });

  const enter = (name: string, url: string, viewport: { width: number; height: number }): Promise<Page> => joinAs(browser, name, url, errors, viewport);

  it('a participant on a phone adds a sticky and votes while the facilitator presents; the facilitator sees both', async () => {
    const facilitator = await enter('Facilitator', host.joinUrl, { width: 1600, height: 900 });
    await facilitator.getByTestId('canvas').waitFor();
    const participant = await enter('Li Wei', `${host.joinUrl}&as=participant`, { width: 390, height: 844 });
    await participant.getByTestId('participant-view').waitFor();
    await participant.getByTestId('participant-waiting').waitFor();

    // The facilitator presents and moves to the first stage; the phone follows the projector.
    await facilitator.keyboard.press('F5');
    await facilitator.getByTestId('room-panel').waitFor();
    for (let i = 0; i < 8 && (await participant.getByTestId('participant-stage').count()) === 0; i++) {
      await facilitator.keyboard.press('ArrowRight');
      await facilitator.waitForTimeout(400);
    }
    await expect.poll(() => participant.getByTestId('participant-stage').count(), { timeout: 5000 }).toBe(1);

    await participant.getByTestId('sticky-kind-idea').check();
    await participant.getByTestId('sticky-text').fill('Text me a photo when the car is on the lift');
    await participant.getByTestId('sticky-post').click();
    const sticky = facilitator.getByTestId('room-sticky');
    await expect.poll(() => sticky.count(), { timeout: 5000 }).toBe(1);
    expect(await sticky.locator('.ws-sticky-text').textContent()).toBe('Text me a photo when the car is on the lift');

    await facilitator.getByTestId('room-dots').fill('3');
    await facilitator.getByTestId('room-new-vote').click();
    await expect.poll(() => participant.getByTestId('dots-left').getAttribute('data-left'), { timeout: 5000 }).toBe('3');
    const pain = participant.getByTestId('participant-pain').first();
    await pain.getByTestId('dot-add').click();
    await expect.poll(() => facilitator.getByTestId('room-vote-status').getAttribute('data-dots'), { timeout: 5000 }).toBe('1');
    expect(errors).toEqual([]);
  }, 120_000);
});
