/**
 * Dropping a file on the window opens it (issue #15: every open path reads through the shared reader and
 * shows what went wrong). Real Chromium, the browser build; the drop is a real DragEvent carrying a File
 * in a DataTransfer, as the browser makes one when a file is dragged in from the desktop.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { appPerCase, browserUnavailable, type AppSession } from './browser';

const unavailable = browserUnavailable();
if (unavailable) console.warn(`file drop browser tests skipped: ${unavailable}`);

/** Drags a file named `name` holding `text` over the window, then (unless `drop` is false) drops it. */
async function dragFile(page: Page, files: { name: string; text: string }[], drop = true): Promise<void> {
  await page.evaluate(
    ({ files, drop }) => {
      const data = new DataTransfer();
      for (const f of files) data.items.add(new File([f.text], f.name, { type: 'application/json' }));
      const target = document.querySelector('.workspace__canvas') ?? document.body;
      const fire = (type: string) => target.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: data }));
      fire('dragenter');
      fire('dragover');
      if (drop) fire('drop');
    },
    { files, drop },
  );
}

describe.skipIf(unavailable !== null)('dropping a file on the window', () => {
  const open = appPerCase();
  let app: AppSession;
  let car: string;

  beforeAll(async () => {
    car = await readFile('samples/car-dealer-aftersales.tpmap.json', 'utf8');
  });
  // Each case drops onto its own page of the hotel sample.
  beforeEach(async () => {
    app = await open({ query: 'sample=hotel-stay&lang=en&theme=light' });
    await app.page.getByTestId('map-title').waitFor();
  });

  it('shows where to drop while a file is dragged over, and opens a dropped map', async () => {
    const { page } = app;
    const before = await page.getByTestId('map-title').textContent();
    await dragFile(page, [{ name: 'car.tpmap.json', text: car }], false);
    await expect.poll(() => page.getByTestId('drop-overlay').isVisible()).toBe(true);
    await expect.poll(() => page.getByTestId('drop-overlay').textContent()).toContain('Drop to open');
    await dragFile(page, [{ name: 'car.tpmap.json', text: car }]);
    await expect.poll(() => page.getByTestId('drop-overlay').count()).toBe(0);
    const title = (JSON.parse(car) as { title: string }).title;
    await expect.poll(() => page.getByTestId('map-title').textContent(), { timeout: 10_000 }).toContain(title);
    expect(title).not.toBe(before);
    expect(app.errors).toEqual([]);
  });

  it('keeps the open map and names the fault when the dropped file is not a valid map', async () => {
    const { page } = app;
    const before = await page.getByTestId('map-title').textContent();
    const broken = JSON.stringify({ ...JSON.parse(car), touchpoints: [{ id: 't1', title: 'x', level: 'excellent' }] });
    await dragFile(page, [{ name: 'broken.tpmap.json', text: broken }]);
    const notice = page.getByTestId('notice-error').last();
    await expect.poll(() => notice.textContent(), { timeout: 10_000 }).toContain('“broken.tpmap.json” could not be opened');
    expect(await notice.textContent()).toMatch(/touchpoints\[0\]/);
    expect(await page.getByTestId('map-title').textContent()).toBe(before);
  });

  it('opens the first of several files and says so', async () => {
    const { page } = app;
    const hotel = await readFile('samples/hotel-stay.tpmap.json', 'utf8');
    // The page shows the hotel: the car map, dropped first, is the one that opens.
    expect(await page.getByTestId('map-title').textContent()).toContain((JSON.parse(hotel) as { title: string }).title);
    await dragFile(page, [{ name: 'car.tpmap.json', text: car }, { name: 'hotel.tpmap.json', text: hotel }]);
    const title = (JSON.parse(car) as { title: string }).title;
    await expect.poll(() => page.getByTestId('map-title').textContent(), { timeout: 10_000 }).toContain(title);
    await expect.poll(() => page.getByTestId('notice-info').last().textContent()).toContain('the first of the 2 files');
  });
});
