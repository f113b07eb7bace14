/**
 * axe-core on the main screens, in both themes and both languages: no serious or critical
 * violations (the canvas issue's accessibility bar). Screenshots go to test-results/a11y for review.
 */
import { AxeBuilder } from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appPerCase, browserUnavailable } from './browser';

const reason = browserUnavailable();
const SHOTS = 'test-results/a11y';

async function scan(page: Page, name: string): Promise<string[]> {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/${name}.png` });
  // React Flow's own pane and viewport are an application region drawn for pointer use; the cards
  // inside it are scanned like everything else.
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${name}: ${v.id} (${v.impact}) — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

describe.skipIf(reason !== null)(`accessibility${reason ? ` (skipped: ${reason})` : ''}`, () => {
  const open = appPerCase();

  const screens: [string, string][] = [
    ['start-en-light', 'lang=en&theme=light'],
    ['editor-zh-light', 'sample=car-dealer-aftersales&lang=zh-CN&theme=light'],
    ['editor-en-dark', 'sample=hotel-stay&lang=en&theme=dark'],
  ];

  for (const [name, query] of screens) {
    it(`${name} has no serious or critical violations`, async () => {
      const app = await open({ query, viewport: { width: 1440, height: 900 } });
      await app.page.waitForSelector('.react-flow__renderer');
      const problems = await scan(app.page, name);
      if (query.includes('sample')) {
        await app.page.locator('.react-flow__node').nth(2).click();
        problems.push(...(await scan(app.page, `${name}-inspector`)));
        await app.page.getByTestId('export').click();
        await app.page.getByTestId('export-dialog').waitFor();
        problems.push(...(await scan(app.page, `${name}-export`)));
        await app.page.keyboard.press('Escape');
      } else {
        await app.page.getByRole('button', { name: 'New map', exact: true }).click();
        problems.push(...(await scan(app.page, `${name}-new-map`)));
      }
      expect(problems).toEqual([]);
    }, 90_000);
  }

});
