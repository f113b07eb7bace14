/**
 * The deck as a room sees it: converted to PDF by LibreOffice (when it is installed; CI does not need
 * it), every slide becomes a page and the Chinese text comes out as Chinese, not empty boxes.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseMap, type MapDocument } from '../../../src/model';
import { buildSlides } from '../../../src/slides';

const soffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' });
const hasPoppler = spawnSync('pdftotext', ['-v']).status === 0;
const reason = soffice.status !== 0 ? 'LibreOffice (soffice) is not installed' : !hasPoppler ? 'pdftotext (poppler-utils) is not installed' : null;
if (reason) console.warn(`slide rendering check skipped: ${reason}`);

const LOCALES = ['zh-CN', 'en'] as const;

describe.skipIf(reason !== null)('slides rendered by LibreOffice', () => {
  let dir: string;
  let slideCounts: Record<(typeof LOCALES)[number], number>;
  let map: MapDocument;

  // Both decks in one LibreOffice run: starting it is most of the cost, and the cases only read the PDFs.
  beforeAll(async () => {
    const parsed = parseMap(await readFile('samples/car-dealer-aftersales.tpmap.json', 'utf8'));
    if (!parsed.ok) throw new Error('invalid sample');
    map = parsed.map;
    dir = await mkdtemp(join(tmpdir(), 'tp-slides-'));
    const decks = await Promise.all(LOCALES.map((locale) => buildSlides(map, { locale })));
    await Promise.all(LOCALES.map((locale, i) => writeFile(join(dir, `${locale}.pptx`), decks[i]!.pptx)));
    slideCounts = { 'zh-CN': decks[0]!.slides, en: decks[1]!.slides };
    // A private profile, so a person's own LibreOffice settings (or a running instance) play no part.
    const files = LOCALES.map((locale) => join(dir, `${locale}.pptx`));
    execFileSync('soffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...files], { stdio: 'ignore', timeout: 200_000 });
  }, 250_000);

  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it.each(LOCALES)('every slide is a page and the text survives (%s)', (locale) => {
    const pdf = join(dir, `${locale}.pdf`);
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    expect(Number(/Pages:\s+(\d+)/.exec(info)?.[1])).toBe(slideCounts[locale]);
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    expect(text).toContain(map.title.replace(/\s+/g, ''));
    const firstStage = map.stages[0]!.name.replace(/\s+/g, '');
    expect(text).toContain(firstStage);
  });
});
