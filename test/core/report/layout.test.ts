/** The layout record of big reports: legible type everywhere, map pages that say which part they show. */
import { writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { translate } from '../../../src/i18n';
import { reportMessages } from '../../../src/i18n/report';
import { buildReport, MIN_TEXT_SIZE, type PageRecord } from '../../../src/report';
import { formatEmotion } from '../../../src/report/draw/charts';
import { nodeFontSource } from '../../../src/report/node/font-source';
import { generateMap } from '../../fixtures/generate';
import { readMap, readSample } from '../suggestions/review';
import { withTempDir } from '../cli/helpers';
import { pdfText } from './pdf-tools';

const requireHere = createRequire(import.meta.url);
const fonts = nodeFontSource((spec) => requireHere.resolve(spec));
const now = new Date('2026-11-22T10:00:00Z');

describe('report layout', () => {
  it('leaves no page of the register, the stages or the appendix near empty before the report ends', async () => {
    // The hot-pot register ended with one suggestion alone on a page, and the method's last line sat alone on the last one.
    for (const [name, locale] of [['haidilao-hotpot-dinner', 'zh-CN'], ['hotel-stay', 'zh-CN'], ['car-dealer-aftersales', 'en']] as const) {
      const { pages } = await buildReport(readSample(name), { locale, page: 'a4', fonts, now });
      const height = (p: PageRecord) => (p.orientation === 'portrait' ? 842 : 595);
      const body = pages.filter((p) => ['register', 'stages', 'appendix'].includes(p.section)).slice(0, -1);
      for (const p of body) expect(p.textBottom / height(p), `${name} ${locale} page ${p.number} (${p.section})`).toBeGreaterThan(0.6);
    }
  });

  it('names in the footer the section that begins part-way down a page, as well as the one that ends there', async () => {
    for (const locale of ['zh-CN', 'en'] as const) {
      const { pdf, pages } = await buildReport(readMap('../../fixtures/broadband-install.tpmap.json'), { locale, page: 'a4', fonts, now });
      const shared = pages.filter((p) => p.begins.length > 0);
      expect(shared.length, `${locale}: a section begins part-way down a page`).toBeGreaterThan(0);
      const footers = await withTempDir(async (dir) => {
        const file = join(dir, 'report.pdf');
        await writeFile(file, pdf);
        // One pdftotext for the whole file: it ends every page with a form feed, so page n is part n − 1.
        const text = (await pdfText(file, true)).split('\f');
        return pages.map((p) => text[p.number - 1]!.trimEnd().split('\n').at(-1)!);
      });
      const title = (section: string) => translate(reportMessages, locale, `section.${section}` as 'section.stages');
      for (const page of shared) {
        const footer = footers[page.number - 1]!;
        for (const section of [page.section, ...page.begins]) expect(footer, `${locale} page ${page.number}`).toContain(title(section));
      }
      // A page that only continues its section names that one alone.
      const alone = pages.find((p) => p.section === 'register' && p.begins.length === 0)!;
      for (const other of ['stages', 'appendix']) expect(footers[alone.number - 1]).not.toContain(title(other));
    }
  });

  it('sets no text under 6 pt, even on a 600-touchpoint map split over many pages', async () => {
    const map = generateMap({ touchpoints: 600, stages: 11, locale: 'zh-CN', seed: 3 });
    const { pages } = await buildReport(map, { locale: 'zh-CN', page: 'a4', fonts, now });
    expect(pages.length).toBeGreaterThan(20);
    for (const page of pages) expect(page.minTextSize, `page ${page.number} (${page.section})`).toBeGreaterThanOrEqual(MIN_TEXT_SIZE);
  });

  it('draws the map on landscape pages that name the stages they show, the text on portrait pages', async () => {
    const map = generateMap({ touchpoints: 300, stages: 9, locale: 'en', seed: 5 });
    const { pages } = await buildReport(map, { locale: 'en', page: 'letter', fonts, now });
    const sections = pages.map((p) => p.section);
    expect(sections[0]).toBe('cover');
    const order = ['cover', 'summary', 'map', 'register', 'stages', 'appendix'];
    expect([...new Set(sections)]).toEqual(order);
    expect(sections).toEqual([...sections].sort((a, b) => order.indexOf(a) - order.indexOf(b)));
    const mapPages = pages.filter((p: PageRecord) => p.section === 'map');
    expect(mapPages.length).toBeGreaterThan(1);
    for (const p of mapPages) {
      expect(p.orientation).toBe('landscape');
      expect(p.label).toMatch(/^Stages? \d+(–\d+)? of 9/);
    }
    expect(mapPages.map((p) => p.label)).toContain(translate(reportMessages, 'en', 'map.part', { from: 1, to: 5, total: 9 }) + ' · part 1 of ' + mapPages.filter((p) => p.label.startsWith('Stages 1–5')).length);
    for (const p of pages.filter((q) => q.section !== 'map')) expect(p.orientation).toBe('portrait');
  });

  it('gives the same bytes for the same map, language, paper and date', async () => {
    const map = generateMap({ touchpoints: 20, locale: 'en', seed: 9 });
    const a = await buildReport(map, { locale: 'en', page: 'a4', fonts, now });
    const b = await buildReport(map, { locale: 'en', page: 'a4', fonts, now });
    expect(Buffer.from(a.pdf).equals(Buffer.from(b.pdf))).toBe(true);
  });

  it('reports its progress step by step, in order', async () => {
    const steps: string[] = [];
    await buildReport(generateMap({ touchpoints: 10, seed: 2 }), { locale: 'en', page: 'a4', fonts, now, onProgress: (p) => steps.push(`${p.step}:${p.done}`) });
    expect(steps).toEqual(['fonts:0', 'summary:1', 'map:2', 'register:3', 'stages:4', 'appendix:5', 'write:6', 'write:7']);
  });
});

describe('formatEmotion', () => {
  it('uses a real minus sign, an explicit plus, and never prints −0.0', () => {
    expect(formatEmotion(-0.04)).toBe('0.0');
    expect(formatEmotion(-1.26)).toBe('−1.3');
    expect(formatEmotion(2)).toBe('+2.0');
  });
});
