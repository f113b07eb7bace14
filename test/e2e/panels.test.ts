/**
 * The inspector, findings panel and filter bar in the real app (browser build, real Chromium), over
 * the car dealer's after-sales blueprint: edit a card's title (one undo step), tag its level, add a
 * critical pain point and watch 100 − 1 = 0 appear in the findings; click the finding to select the
 * card; refuse a bad metric; dim what the filter leaves out; the same panels in Chinese and dark.
 * Each case opens its own app (appPerCase): the cases that read what the pain-point case writes open
 * that state as a file (EDITED), so no case needs another to have run before it.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AxeBuilder } from '@axe-core/playwright';
import type { Locator, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { parseMap, serializeMap, type MapDocument } from '../../src/model';
import { appPerCase, browserUnavailable, type AppSession, type OpenAppOptions } from './browser';

const reason = browserUnavailable();
const SHOTS = fileURLToPath(new URL('../../out/screenshots/', import.meta.url));
const sampleResult = parseMap(readFileSync(new URL('../../samples/car-dealer-aftersales.tpmap.json', import.meta.url), 'utf8'));
if (!sampleResult.ok) throw new Error('sample does not parse');
const sample = sampleResult.map;
/** A customer-facing card in stage 3 with no pain point: its stage has no critical pain yet. */
const CARD = 't13';
const original = sample.touchpoints.find((t) => t.id === CARD)!;
const stage3 = sample.stages.find((s) => s.id === original.stage)!;

/**
 * The sample as the title, level and pain-point cases leave it: the card renamed, memorable, with a
 * critical pain point caused by the backstage step linked into it (t16).
 */
function edited(): MapDocument {
  const map = structuredClone(sample);
  const card = map.touchpoints.find((t) => t.id === CARD)!;
  card.title = 'Brake video sent to the customer';
  card.level = 'memorable';
  card.painPoints = [{ id: 'p-video', title: 'Video link expired', severity: 'critical', causedBy: 't16' }];
  return map;
}
// In a folder of its own, so nothing a case downloads can write over it.
const EDITED = join(mkdtempSync(join(tmpdir(), 'tp-panels-')), 'car-dealer-aftersales-edited.tpmap.json');
writeFileSync(EDITED, serializeMap(edited()));

const node = (page: Page, id: string) => page.locator(`.react-flow__node[data-id="${id}"]`);
const inspector = (page: Page) => page.getByTestId('inspector');

async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: `${SHOTS}panels-${name}.png` });
}

/** Serious and critical axe violations inside the three panels (the canvas is the lead's to scan). */
async function panelViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page })
    .include('[data-testid="inspector"]')
    .include('[data-testid="findings"]')
    .include('[data-testid="filter-bar"]')
    .analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** The app's "fit the map" shortcut, after a finding has centred the canvas elsewhere. */
/** A card's level as the canvas draws it (text on a full card, colour on a zoomed-out block). */
const levelOf = (page: Page, id: string) => node(page, id).locator('[data-level]').getAttribute('data-level');

async function fitView(page: Page): Promise<void> {
  await page.keyboard.press('Control+0');
  await page.waitForTimeout(400);
}

async function hundredMinusOne(page: Page): Promise<Locator> {
  return page.locator('[data-testid="finding"][data-rule="hundred-minus-one"]');
}

/** A fresh app per case, and after each case: no page errors in it. */
function appsWithoutErrors(): (options: OpenAppOptions) => Promise<AppSession> {
  const app = appPerCase();
  let session: AppSession | undefined;
  afterEach(() => {
    expect(session?.errors ?? []).toEqual([]);
    session = undefined;
  });
  return async (options) => (session = await app(options));
}

/** Opens a file through the toolbar's Open button, as a person picks it. */
async function openFile(page: Page, path: string): Promise<void> {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByTestId('open').click()]);
  await chooser.setFiles(path);
}

describe.skipIf(reason !== null)(`panels in the app${reason ? ` (skipped: ${reason})` : ''}`, () => {
  const app = appsWithoutErrors();

  /** A fresh app on the sample. */
  async function start(): Promise<Page> {
    const { page } = await app({ query: 'sample=car-dealer-aftersales&lang=en' });
    await node(page, CARD).waitFor();
    return page;
  }

  /** A fresh app with the edited sample (EDITED) opened from its file. */
  async function startEdited(): Promise<Page> {
    const { page } = await app({ query: 'new=journey&lang=en' });
    await openFile(page, EDITED);
    await expect.poll(() => node(page, CARD).textContent()).toContain('Brake video sent to the customer');
    return page;
  }

  it('shows the map in the inspector when nothing is selected', async () => {
    const page = await start();
    await expect.poll(() => inspector(page).getByLabel('Map title').inputValue()).toBe(sample.title);
    await expect.poll(() => inspector(page).getByRole('group', { name: sample.personas![0]!.name }).count()).toBe(1);
    expect(await panelViolations(page)).toEqual([]);
  });

  it('adds a persona with its name ready to type, and removes it again', async () => {
    const page = await start();
    await inspector(page).getByRole('button', { name: 'Add persona' }).click();
    const persona = inspector(page).getByRole('group', { name: 'Persona 3' });
    await expect.poll(() => persona.count()).toBe(1);
    const name = persona.getByLabel('Name');
    expect(await name.evaluate((el) => el === document.activeElement)).toBe(true);
    await name.pressSequentially('Ms Chen');
    // The card is named by the persona, so it is found by its new name now.
    await inspector(page).getByRole('group', { name: 'Ms Chen' }).getByLabel('Type').selectOption('loyal');
    await expect.poll(() => inspector(page).getByRole('group', { name: 'Ms Chen' }).getByLabel('Type').inputValue()).toBe('loyal');
    await inspector(page).getByRole('button', { name: 'Remove persona “Ms Chen”' }).click();
    await expect.poll(() => inspector(page).getByRole('group', { name: 'Ms Chen' }).count()).toBe(0);
    expect(await inspector(page).getByRole('button', { name: 'Add persona' }).evaluate((el) => el === document.activeElement)).toBe(true);
    // Four steps (add, name, type, remove) undone: the undo stack is back to empty.
    // Undoing the removal brings the card back without pulling focus into it, so the next Ctrl+Z still reaches the map.
    for (let i = 0; i < 4; i++) await page.keyboard.press('Control+z');
    await expect.poll(() => page.getByTestId('undo').isDisabled()).toBe(true);
    expect(await inspector(page).locator('.tp-card').count()).toBe(sample.personas!.length);
  });

  it('refuses a metric out of range with an inline message and records nothing', async () => {
    const page = await start();
    await node(page, CARD).click();
    const csat = inspector(page).getByLabel('CSAT');
    await csat.fill('150');
    await expect.poll(() => inspector(page).getByRole('alert').textContent()).toContain('0 to 100');
    await expect.poll(() => page.getByTestId('undo').isDisabled()).toBe(true);
    await csat.fill('');
    await expect.poll(() => inspector(page).getByRole('alert').count()).toBe(0);
    await expect.poll(() => page.getByTestId('undo').isDisabled()).toBe(true);
  });

  it('edits the title as one undo step', async () => {
    const page = await start();
    await node(page, CARD).click();
    const title = inspector(page).getByTestId('inspector-title');
    await expect.poll(() => title.inputValue()).toBe(original.title);
    await title.selectText();
    await title.pressSequentially('Brake video sent to the customer', { delay: 5 });
    await expect.poll(() => node(page, CARD).textContent()).toContain('Brake video sent to the customer');
    // Focus back on the canvas, so Ctrl+Z is the app's undo rather than the text field's.
    await node(page, CARD).click();
    await page.keyboard.press('Control+z');
    await expect.poll(() => title.inputValue()).toBe(original.title);
    await expect.poll(() => node(page, CARD).textContent()).toContain(original.title);
    await expect.poll(() => page.getByTestId('undo').isDisabled()).toBe(true);
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => title.inputValue()).toBe('Brake video sent to the customer');
  });

  it('tags the level with the service-level buttons', async () => {
    const page = await start();
    await node(page, CARD).click();
    const group = inspector(page).getByRole('radiogroup', { name: 'Service level' });
    await group.getByLabel('Memorable').check();
    await expect.poll(() => group.getByLabel('Memorable').isChecked()).toBe(true);
    await expect.poll(() => node(page, CARD).textContent()).toMatch(/memorable/i);
    // Focus is still on the level button: Ctrl+Z there is the map's undo (a radio has none of its own).
    expect(await group.getByLabel('Memorable').evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Control+z');
    await expect.poll(() => group.getByLabel('Value-added').isChecked()).toBe(true);
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => group.getByLabel('Memorable').isChecked()).toBe(true);
  });

  it('adds a critical pain point and the findings panel shows 100 − 1 = 0 for its stage', async () => {
    const page = await start();
    await node(page, CARD).click();
    const before = await (await hundredMinusOne(page)).count();
    await inspector(page).getByRole('button', { name: 'Add pain point' }).click();
    const painTitle = inspector(page).getByLabel('Pain point', { exact: true });
    await expect.poll(() => painTitle.evaluate((el) => el === document.activeElement)).toBe(true);
    await painTitle.fill('Video link expired');
    await inspector(page).getByLabel('Severity').selectOption('critical');
    // The cause is a searchable combobox grouped by stage · lane; once chosen it reads as the title,
    // with stage · lane beneath.
    const cause = inspector(page).getByRole('combobox', { name: 'Caused by' });
    await cause.click();
    const list = inspector(page).getByRole('listbox', { name: 'Caused by' });
    const backstage = sample.touchpoints.find((t) => t.id === 't16')!;
    const laneName = sample.lanes.find((l) => l.id === backstage.lane)!.name;
    await expect.poll(() => list.getByRole('option').count()).toBe(Math.min(sample.touchpoints.length, 61));
    // The backstage step linked into this card (k9) is offered first, in the "linked" group.
    const linked = list.getByRole('group').first();
    expect(await linked.getAttribute('aria-labelledby').then((id) => page.locator(`[id="${id}"]`).textContent())).toBe('Linked to this touchpoint');
    expect(await linked.getByRole('option', { name: new RegExp(backstage.title) }).count()).toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(() => list.count()).toBe(0);
    await cause.click();
    await cause.fill(backstage.title.slice(0, 12));
    await list.getByRole('option', { name: new RegExp(backstage.title) }).click();
    await expect.poll(() => cause.inputValue()).toBe(backstage.title);
    expect(await inspector(page).locator('.tp-combo__where').textContent()).toBe(`${stage3.name} · ${laneName}`);
    const findings = await hundredMinusOne(page);
    await expect.poll(() => findings.count()).toBe(before + 1);
    const ours = findings.filter({ hasText: 'Video link expired' });
    await expect.poll(() => ours.textContent()).toContain(stage3.name);
    // Suggestions for the pain point, prevention first.
    const tiers = inspector(page).locator('[data-testid="inspector-suggestions"] [data-tier]');
    await expect.poll(() => tiers.evaluateAll((els) => els.map((e) => e.getAttribute('data-tier')))).toEqual(['prevent', 'detect', 'recover']);
    // Adopting the first prevention suggestion makes it a team remedy of that tier.
    const firstPrevent = inspector(page).locator('[data-tier="prevent"] .tp-suggestion').first();
    const suggestion = (await firstPrevent.locator('.tp-suggestion-title').textContent())!;
    await firstPrevent.getByRole('button', { name: /^Adopt/ }).click();
    const remedy = inspector(page).getByRole('textbox', { name: 'Remedy', exact: true });
    await expect.poll(() => remedy.inputValue()).toBe(suggestion);
    await expect.poll(() => inspector(page).getByRole('combobox', { name: 'Tier', exact: true }).first().inputValue()).toBe('prevent');
    await expect.poll(() => firstPrevent.getByRole('button', { name: /^Adopt/ }).count()).toBe(0);
    // Removing it gives the Adopt button back, and focus lands on the new-remedy field rather than nowhere.
    await inspector(page).getByRole('button', { name: `Remove remedy “${suggestion}”` }).click();
    await expect.poll(() => firstPrevent.getByRole('button', { name: /^Adopt/ }).count()).toBe(1);
    expect(await inspector(page).getByLabel('New remedy').evaluate((el) => el === document.activeElement)).toBe(true);
    await firstPrevent.getByRole('button', { name: /^Adopt/ }).click();
    await shot(page, 'en-light-pain-point');
  });

  it('selects and centres the card when its finding is clicked', async () => {
    const page = await startEdited();
    // An empty spot of the canvas once the map is fitted: below the last lane, clear of the sticky
    // headers and of the overview map in the bottom-right corner.
    await fitView(page);
    const pane = (await page.locator('.react-flow__pane').boundingBox())!;
    await page.mouse.click(pane.x + 200, pane.y + pane.height - 8);
    await expect.poll(() => inspector(page).getByLabel('Map title').count()).toBe(1);
    await (await hundredMinusOne(page)).filter({ hasText: 'Video link expired' }).getByRole('button').click();
    await expect.poll(() => inspector(page).getByTestId('inspector-title').inputValue()).toBe('Brake video sent to the customer');
    await expect.poll(() => node(page, CARD).getAttribute('class')).toMatch(/\bselected\b/);
  });

  it('moves through the inspector with the keyboard: Tab into the level group, arrows change the level', async () => {
    const page = await start();
    await node(page, CARD).click();
    const group = inspector(page).getByRole('radiogroup', { name: 'Service level' });
    // Memorable, as the level case leaves it.
    await group.getByLabel('Memorable').check();
    await expect.poll(() => node(page, CARD).textContent()).toMatch(/memorable/i);
    const title = inspector(page).getByTestId('inspector-title');
    await title.focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('TEXTAREA');
    await page.keyboard.press('Tab');
    expect(await group.getByLabel('Memorable').evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => group.getByLabel('Value-added').isChecked()).toBe(true);
    await expect.poll(() => node(page, CARD).textContent()).toMatch(/value-added/i);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => group.getByLabel('Memorable').isChecked()).toBe(true);
  });

  it('has no serious or critical accessibility violations in the panels', async () => {
    // The card with its critical pain point selected, and a prevention suggestion adopted as a remedy.
    const page = await startEdited();
    await node(page, CARD).click();
    await expect.poll(() => inspector(page).getByTestId('inspector-title').inputValue()).toBe('Brake video sent to the customer');
    const firstPrevent = inspector(page).locator('[data-tier="prevent"] .tp-suggestion').first();
    await firstPrevent.getByRole('button', { name: /^Adopt/ }).click();
    await expect.poll(() => firstPrevent.getByRole('button', { name: /^Adopt/ }).count()).toBe(0);
    expect(await panelViolations(page)).toEqual([]);
  });

  it('sets the level of several touchpoints in one undo step', async () => {
    const page = await start();
    await fitView(page);
    await node(page, 't1').click();
    await node(page, 't3').click({ modifiers: ['Shift'] });
    await expect.poll(() => inspector(page).textContent()).toContain('2 touchpoints selected');
    const bulk = inspector(page).getByRole('group', { name: 'Service level' });
    await expect.poll(() => bulk.getByRole('button', { name: 'Satisfactory' }).getAttribute('aria-pressed')).toBe('true');
    await bulk.getByRole('button', { name: 'Value-added' }).click();
    await expect.poll(() => bulk.getByRole('button', { name: 'Value-added' }).getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => levelOf(page, 't1')).toBe('value-added');
    await expect.poll(() => levelOf(page, 't3')).toBe('value-added');
    await node(page, 't1').click({ modifiers: ['Shift'] });
    await page.keyboard.press('Control+z');
    await expect.poll(() => levelOf(page, 't1')).toBe('satisfactory');
    await expect.poll(() => levelOf(page, 't3')).toBe('satisfactory');
  });

  it('edits a link: kind, label, reverse', async () => {
    const page = await start();
    await fitView(page);
    const link = sample.links!.find((k) => k.from === 't2' && k.to === 't8') ?? sample.links![0]!;
    // Links run round the cards with corners: click the point halfway along the path itself.
    const mid = await page.locator(`.react-flow__edge[data-id="${link.id}"] .react-flow__edge-path`).evaluate((el: SVGPathElement) => {
      const p = el.getPointAtLength(el.getTotalLength() / 2);
      const m = el.getScreenCTM()!;
      return { x: p.x * m.a + p.y * m.c + m.e, y: p.x * m.b + p.y * m.d + m.f };
    });
    await page.mouse.click(mid.x, mid.y);
    await expect.poll(() => inspector(page).getByLabel('Kind').count()).toBe(1);
    await inspector(page).getByLabel('Label', { exact: true }).fill('Calls back');
    await inspector(page).getByRole('button', { name: 'Reverse direction' }).click();
    const title = (id: string) => sample.touchpoints.find((t) => t.id === id)!.title;
    await expect.poll(() => inspector(page).textContent()).toContain(`“${title(link.to)}” → “${title(link.from)}”`);
    await expect.poll(() => inspector(page).getByLabel('Label', { exact: true }).inputValue()).toBe('Calls back');
    await inspector(page).getByRole('button', { name: 'Delete link' }).click();
    await expect.poll(() => page.locator(`.react-flow__edge[data-id="${link.id}"]`).count()).toBe(0);
    await expect.poll(() => inspector(page).getByLabel('Map title').count()).toBe(1);
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.locator(`.react-flow__edge[data-id="${link.id}"]`).count()).toBe(1);
  });

  it('dims the cards the filter leaves out, and clearing it brings them back', async () => {
    // The card with the pain point the pain-point case adds is one the filter keeps.
    const page = await startEdited();
    await page.getByRole('button', { name: 'Pain points only' }).click();
    await expect.poll(() => node(page, 't1').getAttribute('class')).toMatch(/\bis-dimmed\b/);
    await expect.poll(() => node(page, 't2').getAttribute('class')).not.toMatch(/\bis-dimmed\b/);
    await expect.poll(() => node(page, CARD).getAttribute('class')).not.toMatch(/\bis-dimmed\b/);
    // Typed with a Chinese input method: nothing is filtered on the pinyin, the composed word filters.
    await page.getByRole('button', { name: 'Pain points only' }).click();
    await expect.poll(() => page.locator('.react-flow__node.is-dimmed').count()).toBe(0);
    await page.getByTestId('filter-search').focus();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Input.imeSetComposition', { text: 'rexian', selectionStart: 6, selectionEnd: 6 });
    await expect.poll(() => page.getByTestId('filter-search').inputValue()).toBe('rexian');
    await page.waitForTimeout(200);
    expect(await page.locator('.react-flow__node.is-dimmed').count()).toBe(0);
    await cdp.send('Input.insertText', { text: '热线' });
    await expect.poll(() => page.getByTestId('filter-search').inputValue()).toBe('热线');
    await expect.poll(() => node(page, 't8').getAttribute('class')).toMatch(/\bis-dimmed\b/);
    await expect.poll(() => node(page, 't2').getAttribute('class')).not.toMatch(/\bis-dimmed\b/);
    await page.getByTestId('filter-bar').getByRole('button', { name: 'Clear' }).click();
    // Levels and severities from their drop-downs: any of the ticked values.
    await page.getByTestId('filter-levels').locator('summary').click();
    await page.getByTestId('filter-levels').getByLabel('Basic').check();
    await expect.poll(() => node(page, 't1').getAttribute('class')).toMatch(/\bis-dimmed\b/);
    await expect.poll(() => node(page, 't2').getAttribute('class')).not.toMatch(/\bis-dimmed\b/);
    await shot(page, 'en-light-filter');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('filter-levels').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    await page.getByTestId('filter-severities').locator('summary').click();
    await page.getByTestId('filter-severities').getByLabel('Critical').check();
    await expect.poll(() => node(page, 't8').getAttribute('class')).toMatch(/\bis-dimmed\b/);
    await expect.poll(() => node(page, 't2').getAttribute('class')).not.toMatch(/\bis-dimmed\b/);
    await expect.poll(() => page.getByTestId('filter-count').textContent()).toBe('1 of 32 match');
    await page.getByTestId('filter-bar').getByRole('button', { name: 'Clear' }).click();
    await expect.poll(() => page.locator('.react-flow__node.is-dimmed').count()).toBe(0);
    expect(await page.getByTestId('filter-search').inputValue()).toBe('');
  });

});

describe.skipIf(reason !== null)(`panels in Chinese, dark${reason ? ` (skipped: ${reason})` : ''}`, () => {
  const app = appsWithoutErrors();

  async function start(): Promise<Page> {
    const { page } = await app({ query: 'sample=car-dealer-aftersales&lang=zh-CN&theme=dark', locale: 'zh-CN' });
    await node(page, 't2').waitFor();
    return page;
  }

  it('labels the inspector and words the findings in Chinese', async () => {
    const page = await start();
    await node(page, 't2').click();
    await expect.poll(() => inspector(page).getByLabel('标题', { exact: true }).inputValue()).toBe('拨打售后热线预约');
    await expect.poll(() => inspector(page).getByRole('radiogroup', { name: '服务层次' }).getByLabel('基本').isChecked()).toBe(true);
    await expect.poll(() => page.locator('[data-testid="finding"][data-rule="hundred-minus-one"]').first().textContent()).toContain('一百减一等于零');
    await shot(page, 'zh-dark-touchpoint');
    expect(await panelViolations(page)).toEqual([]);
  });

  it('renames a card through a Chinese input method without the pinyin ever reaching the card', async () => {
    const page = await start();
    await node(page, 't2').click();
    const title = inspector(page).getByTestId('inspector-title');
    await expect.poll(() => title.inputValue()).toBe('拨打售后热线预约');
    await title.selectText();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Input.imeSetComposition', { text: 'rexian', selectionStart: 6, selectionEnd: 6 });
    await expect.poll(() => title.inputValue()).toBe('rexian');
    await page.waitForTimeout(200);
    expect(await node(page, 't2').textContent()).not.toContain('rexian');
    expect(await node(page, 't2').textContent()).toContain('拨打售后热线预约');
    await cdp.send('Input.insertText', { text: '热线预约' });
    await expect.poll(() => node(page, 't2').textContent()).toContain('热线预约');
    await expect.poll(() => node(page, 't2').textContent()).not.toContain('拨打售后');
  });
});

describe.skipIf(reason !== null)(`panels on a new, empty map${reason ? ` (skipped: ${reason})` : ''}`, () => {
  const app = appsWithoutErrors();

  it('says there is nothing to find, until a touchpoint below the baseline appears', async () => {
    const { page } = await app({ query: 'lang=en' });
    await page.getByTestId('welcome').waitFor();
    await page.getByRole('button', { name: 'New map', exact: true }).click();
    await page.getByRole('button', { name: 'Journey map', exact: true }).click();
    await expect.poll(() => page.getByTestId('findings-empty').textContent()).toMatch(/^No findings/);
    expect(await page.getByTestId('finding').count()).toBe(0);
    await page.getByRole('button', { name: 'Add touchpoint', exact: true }).click();
    const title = inspector(page).getByTestId('inspector-title');
    await expect.poll(() => title.count()).toBe(1);
    await inspector(page).getByRole('radiogroup', { name: 'Service level' }).getByLabel('Basic').check();
    await expect.poll(() => page.locator('[data-testid="finding"][data-rule="below-baseline"]').count()).toBe(1);
    expect(await page.getByTestId('findings-empty').count()).toBe(0);
  });
});
