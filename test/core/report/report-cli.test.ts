/**
 * `touchpoint report` run in-process on real maps, then read back with poppler's pdftotext, pdffonts
 * and pdfinfo: what a reader, a search index or a screen reader gets from the PDF.
 */
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyzeMap } from '../../../src/analysis';
import { translate, type Locale } from '../../../src/i18n';
import { reportMessages } from '../../../src/i18n/report';
import { parseMap, serializeMap, type MapDocument } from '../../../src/model';
import { extractMapFromPdf } from '../../../src/report';
import { tierLabel } from '../../../src/suggestions';
import { generateMap } from '../../fixtures/generate';
import { aftersalesMap } from '../../fixtures/maps';
import { cli, withTempDir } from '../cli/helpers';
import { pageSizes, pdfFonts, pdfInfo, pdfOutline, pdfText } from './pdf-tools';

const SAMPLES = ['car-dealer-aftersales', 'haidilao-hotpot-dinner', 'hotel-stay'];

async function loadSample(name: string): Promise<{ file: string; map: MapDocument }> {
  const file = join('samples', `${name}.tpmap.json`);
  const result = parseMap(await readFile(file, 'utf8'));
  if (!result.ok) throw new Error(`${file} is not a valid map`);
  return { file, map: result.map };
}

/** Whitespace-free text: pdftotext breaks lines where the layout did, so titles are compared unbroken. */
const squash = (s: string) => s.replace(/\s+/g, '').replace(/[“”]/g, '"').replace(/[‘’]/g, "'");

async function report(file: string, dir: string, extra: string[] = []): Promise<{ out: string; text: string; layout: string }> {
  const out = join(dir, 'report.pdf');
  const run = await cli(['report', file, '-o', out, ...extra]);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return { out, text: await pdfText(out), layout: await pdfText(out, true) };
}

type Report = Awaited<ReturnType<typeof report>>;

/**
 * Each sample's default report, built once for the file: the cases that only read it (its text, its
 * outline, its fonts, its size) share it instead of building the same PDF again.
 */
const built = new Map<string, Promise<Report & { file: string; map: MapDocument }>>();
let builtDir: Promise<string> | undefined;
afterAll(async () => {
  if (builtDir) await rm(await builtDir, { recursive: true, force: true });
});
function sampleReport(name: string): Promise<Report & { file: string; map: MapDocument }> {
  let entry = built.get(name);
  if (!entry) {
    entry = (async () => {
      builtDir ??= mkdtemp(join(tmpdir(), 'touchpoint-report-'));
      const dir = await mkdtemp(join(await builtDir, `${name}-`));
      const { file, map } = await loadSample(name);
      return { file, map, ...(await report(file, dir)) };
    })();
    built.set(name, entry);
  }
  return entry;
}

/** The pages of the register, found by their running footer. */
function registerText(text: string, locale: Locale): string {
  const title = translate(reportMessages, locale, 'section.register');
  return text
    .split('\f')
    .slice(1)
    .filter((page) => page.includes(title))
    .join('\n');
}

function expectPreventionFirst(text: string, map: MapDocument, locale: Locale): void {
  const register = squash(registerText(text, locale));
  const heading = (tier: 'prevent' | 'detect' | 'recover') => squash(tierLabel(tier, locale) + translate(reportMessages, locale, `tier.${tier}.question`));
  const risks = analyzeMap(map).risks;
  expect(risks.length).toBeGreaterThan(0);
  let cursor = 0;
  const starts = risks.map((risk) => {
    // A block opens with the title over its field labels: the title alone also appears in suggestions.
    const labels = translate(reportMessages, locale, 'register.stage') + translate(reportMessages, locale, 'register.touchpoint');
    const at = register.indexOf(squash(`${risk.title}${labels}`), cursor);
    expect(at, `register block for "${risk.title}"`).toBeGreaterThanOrEqual(cursor);
    cursor = at + 1;
    return at;
  });
  starts.forEach((start, i) => {
    const block = register.slice(start, starts[i + 1] ?? register.length);
    const p = block.indexOf(heading('prevent'));
    const d = block.indexOf(heading('detect'));
    const r = block.indexOf(heading('recover'));
    expect(p, `Prevent heading for "${risks[i]!.title}"`).toBeGreaterThan(0);
    expect(d).toBeGreaterThan(p);
    expect(r).toBeGreaterThan(d);
  });
}

describe('touchpoint report on the samples', () => {
  for (const name of SAMPLES) {
    it(`${name}: stage names, pain points and the prevent → detect → recover order extract intact`, async () => {
      const { map, out, text, layout } = await sampleReport(name);
      const flat = squash(text);
      for (const stage of map.stages) expect(flat).toContain(squash(stage.name));
      for (const tp of map.touchpoints) for (const pain of tp.painPoints ?? []) expect(flat).toContain(squash(pain.title));
      expect(text).not.toContain('\uFFFD');
      expectPreventionFirst(layout, map, map.locale ?? 'en');
      const fonts = await pdfFonts(out);
      expect(fonts.map((f) => f.name)).toEqual([expect.stringMatching(/^[A-Z]{6}\+NotoSansSC$/), expect.stringMatching(/^[A-Z]{6}\+NotoSansSC-Bold$/)]);
      for (const font of fonts) expect(font).toMatchObject({ type: 'CID TrueType', embedded: true, subset: true, unicode: true });
      expect(extractMapFromPdf(new Uint8Array(await readFile(out)))).toEqual(map);
    });
  }

  it('bookmarks the sections and, under the register, every pain point highest risk first', async () => {
    const { map, out } = await sampleReport('car-dealer-aftersales');
    const outline = await pdfOutline(out);
    const t = (key: 'section.summary' | 'section.register' | 'section.appendix') => translate(reportMessages, 'zh-CN', key);
    const titles = outline.map((o) => o.title);
    expect(titles[0]).toBe(t('section.summary'));
    expect(titles.at(-1)).toBe(t('section.appendix'));
    const register = titles.indexOf(t('section.register'));
    const risks = analyzeMap(map).risks.map((r) => r.title);
    expect(titles.slice(register + 1, register + 1 + risks.length)).toEqual(risks);
    const pages = outline.slice(register, register + 1 + risks.length).map((o) => o.page);
    expect(pages).toEqual([...pages].sort((a, b) => a - b));
  });

  it('starts every pain point on a page that also holds its first prevention, never a head alone at a page foot', async () => {
    await withTempDir(async (dir) => {
      const file = join('test', 'fixtures', 'broadband-install.tpmap.json');
      const map = parseMap(await readFile(file, 'utf8'));
      if (!map.ok) throw new Error('fixture is not a valid map');
      const { out } = await report(file, dir);
      const outline = await pdfOutline(out);
      const prevent = squash(tierLabel('prevent', 'zh-CN'));
      for (const risk of analyzeMap(map.map).risks) {
        const page = outline.find((o) => o.title === risk.title)!.page;
        const text = squash(await pdfText(out, false, { first: page, last: page }));
        const head = text.indexOf(squash(risk.title));
        expect(head, risk.title).toBeGreaterThanOrEqual(0);
        expect(text.indexOf(prevent, head), `${risk.title}: its first tier is on page ${page}`).toBeGreaterThan(head);
      }
    });
  });

  it('writes a Chinese report in English on request, with the English tier headings', async () => {
    const { file, map } = await loadSample('car-dealer-aftersales');
    await withTempDir(async (dir) => {
      const { text, layout } = await report(file, dir, ['--lang', 'en']);
      expect(text).toContain('Pain-point register');
      expect(squash(text)).toContain(squash(map.stages[0]!.name));
      expectPreventionFirst(layout, map, 'en');
    });
  });
});

describe('touchpoint report on fixtures', () => {
  it('sets the document properties: title, subject, creator, language', async () => {
    await withTempDir(async (dir) => {
      const file = join(dir, 'map.tpmap.json');
      await writeFile(file, serializeMap(aftersalesMap()));
      const { out } = await report(file, dir);
      const info = await pdfInfo(out);
      expect(info['Title']).toBe('4S 店售后保养');
      expect(info['Creator']).toBe('Touchpoint Studio');
      expect(info['Subject']).toBe(translate(reportMessages, 'zh-CN', 'report.subject'));
      const raw = (await readFile(out)).toString('latin1');
      expect(raw).toContain('/Lang (zh-CN)');
      expect(raw).toContain('<dc:language><rdf:Bag><rdf:li>zh-CN</rdf:li>');
    });
  });

  it('keeps a 30-touchpoint Chinese map under 1 MB', async () => {
    await withTempDir(async (dir) => {
      const file = join(dir, 'map.tpmap.json');
      const map = generateMap({ touchpoints: 30, locale: 'zh-CN', seed: 7 });
      await writeFile(file, serializeMap(map));
      const { out, text } = await report(file, dir);
      expect((await stat(out)).size).toBeLessThan(1_000_000);
      expect(squash(text)).toContain(squash(map.touchpoints[0]!.title));
    });
  });

  it('keeps the 32-touchpoint Chinese sample under 300 KB with every glyph embedded and every heading extractable', async () => {
    const { map, out, text } = await sampleReport('car-dealer-aftersales');
    expect(map.touchpoints.length).toBeGreaterThanOrEqual(30);
    expect((await stat(out)).size).toBeLessThan(300_000);
    expect((await pdfFonts(out)).every((f) => f.embedded && f.subset && f.unicode)).toBe(true);
    expect(text).not.toContain('\uFFFD');
    // Bold headings are set in emboldened regular glyphs: they must still read back as text.
    for (const title of [translate(reportMessages, 'zh-CN', 'section.summary'), ...map.stages.map((s) => s.name)]) expect(squash(text)).toContain(squash(title));
    for (const pain of map.touchpoints.flatMap((t) => t.painPoints ?? [])) expect(squash(text)).toContain(squash(pain.title));
  });

  it('prints portrait text pages and landscape map pages on Letter paper', async () => {
    const { file } = await loadSample('hotel-stay');
    await withTempDir(async (dir) => {
      const { out } = await report(file, dir, ['--page', 'letter']);
      const sizes = await pageSizes(out);
      expect(sizes[0]).toEqual([612, 792]);
      expect(sizes).toContainEqual([792, 612]);
      expect(sizes.every(([w, h]) => (w === 612 && h === 792) || (w === 792 && h === 612))).toBe(true);
    });
  });

  it('shows characters outside the Basic Multilingual Plane as a visible replacement mark', async () => {
    await withTempDir(async (dir) => {
      const map = aftersalesMap();
      map.title = '售后 🚗 服务';
      const file = join(dir, 'map.tpmap.json');
      await writeFile(file, serializeMap(map));
      const { out, text } = await report(file, dir);
      expect(text).toMatch(/售后 [\uFFFD□?] 服务/);
      expect(extractMapFromPdf(new Uint8Array(await readFile(out)))?.title).toBe('售后 🚗 服务');
    });
  });
});

describe('touchpoint report progress', () => {
  it('shows each step on stderr for a large map and ends with a summary line', async () => {
    await withTempDir(async (dir) => {
      const file = join(dir, 'big.tpmap.json');
      await writeFile(file, serializeMap(generateMap({ touchpoints: 200, seed: 4 })));
      const run = await cli(['report', file, '-o', join(dir, 'big.pdf')]);
      expect(run.code).toBe(0);
      const steps = ['fonts', 'summary', 'map', 'pain-point register', 'stages', 'appendix', 'writing'];
      expect(run.stderr.trim().split('\n')).toEqual(steps.map((step, i) => `report: ${step} (${i + 1}/7)`));
      expect(run.stdout).toMatch(/^Wrote .*big\.pdf: \d+ pages, [\d.]+ kB, in [\d.]+ s\n$/);
    });
  });
});

describe('touchpoint report failures', () => {
  it('reports an unreadable input with exit 2 and no stack trace, writing nothing', async () => {
    await withTempDir(async (dir) => {
      const out = join(dir, 'r.pdf');
      const run = await cli(['report', join(dir, 'missing.tpmap.json'), '-o', out]);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('missing.tpmap.json: no such file');
      expect(run.stderr).not.toMatch(/\n\s+at /);
      expect(await readdir(dir)).toEqual([]);
    });
  });

  it('reports an unwritable output with exit 2 and leaves no half-written file behind', async () => {
    const { file } = await loadSample('hotel-stay');
    await withTempDir(async (dir) => {
      const missing = await cli(['report', file, '-o', join(dir, 'no-such-folder', 'r.pdf')]);
      expect(missing.code).toBe(2);
      expect(missing.stderr).toContain('the folder does not exist');
      const folder = join(dir, 'taken.pdf');
      await mkdir(folder);
      const taken = await cli(['report', file, '-o', folder]);
      expect(taken.code).toBe(2);
      expect(taken.stderr).toMatch(/cannot write .*taken\.pdf: it is a folder/);
      expect(await readdir(dir)).toEqual(['taken.pdf']);
      expect(await readdir(folder)).toEqual([]);
    });
  });

  it('explains usage mistakes in the user’s language', async () => {
    const noOut = await cli(['report', 'samples/hotel-stay.tpmap.json']);
    expect(noOut.code).toBe(2);
    expect(noOut.stderr).toContain('-o OUT.pdf');
    const badPage = await cli(['report', 'samples/hotel-stay.tpmap.json', '-o', 'x.pdf', '--page', 'a3'], 'zh-CN');
    expect(badPage.code).toBe(2);
    expect(badPage.stderr).toContain('未知的纸张大小“a3”');
  });
});
