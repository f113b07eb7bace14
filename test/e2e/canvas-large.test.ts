/**
 * A large map in the browser build: opening it puts only the cards in view into the page (React Flow
 * culls with onlyRenderVisibleElements, and the cards declare their handles so it need not mount every
 * card once to measure them), and its links leave the cards' sides along their gutter routes.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serializeMap } from '../../src/model';
import { benchMap } from '../bench/fixtures';
import { browserUnavailable, openApp, type AppSession } from './browser';

const skip = browserUnavailable();

describe.skipIf(skip !== null)('a 2 000-card map in the browser', () => {
  let app: AppSession;
  let dir: string;
  let maxNodes = 0;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'touchpoint-large-'));
    const file = join(dir, 'large.tpmap.json');
    await writeFile(file, serializeMap(benchMap(2000)));
    app = await openApp({ query: 'lang=en&new=empty', viewport: { width: 1600, height: 1000 } });
    const { page } = app;
    await page.getByTestId('open').waitFor();
    // The most cards the page ever held while the map opened.
    await page.evaluate(() => {
      const w = window as unknown as { __maxNodes: number };
      w.__maxNodes = 0;
      new MutationObserver(() => {
        w.__maxNodes = Math.max(w.__maxNodes, document.querySelectorAll('.react-flow__node').length);
      }).observe(document.body, { childList: true, subtree: true });
    });
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByTestId('open').click()]);
    await chooser.setFiles(file);
    await page.locator('.react-flow__edge path.react-flow__edge-path').first().waitFor({ timeout: 60_000 });
    await page.waitForTimeout(1000);
    maxNodes = await page.evaluate(() => (window as unknown as { __maxNodes: number }).__maxNodes);
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('never puts more than the cards in view into the page while opening', async () => {
    const inView = await app.page.locator('.react-flow__node').count();
    expect(inView).toBeGreaterThan(0);
    expect(inView).toBeLessThan(200);
    expect(maxNodes).toBeLessThanOrEqual(inView);
  });

  it("draws the links in view along their gutter routes, from the source card's right side", async () => {
    const links = Object.fromEntries((benchMap(2000).links ?? []).map((k) => [k.id, k.from]));
    const checked = await app.page.evaluate((sources) => {
      const out: { id: string; d: string; start: [number, number] | null }[] = [];
      for (const g of document.querySelectorAll<SVGGElement>('.react-flow__edge')) {
        const id = g.dataset['id'] ?? '';
        const d = g.querySelector('path.react-flow__edge-path')?.getAttribute('d') ?? '';
        const card = document.querySelector<HTMLElement>(`.react-flow__node[data-id="${sources[id]}"]`);
        if (!card) continue; // its source card is out of view
        const t = new DOMMatrixReadOnly(card.style.transform);
        out.push({ id, d, start: [t.e + card.offsetWidth, t.f + card.offsetHeight / 2] });
      }
      return out;
    }, links);
    expect(checked.length).toBeGreaterThan(10);
    for (const { id, d, start } of checked) {
      const [, sx, sy] = /^M(-?[\d.]+) (-?[\d.]+)/.exec(d)!.map(Number);
      // On the card's edge: React Flow's fallback step path would start at the handle, 5 px further right.
      expect([sx, sy], `${id}: ${d}`).toEqual(start);
    }
  });
});
