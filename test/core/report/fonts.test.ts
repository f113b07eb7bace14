import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { buildFonts, subsetTag } from '../../../src/report/fonts/build';
import { parseSlices, planSlices } from '../../../src/report/fonts/slices';
import { nodeFontSource } from '../../../src/report/node/font-source';
import { latinQuotes, sanitizeText } from '../../../src/report/text/sanitize';

const requireHere = createRequire(import.meta.url);
const unicodeJson = async () => JSON.parse(await readFile(requireHere.resolve('@fontsource/noto-sans-sc/unicode.json'), 'utf8')) as unknown;

describe('font slices', () => {
  it('reads the @fontsource range lists and finds the slice of every character a report uses', async () => {
    const slices = parseSlices(await unicodeJson());
    expect(slices.map((s) => s.name)).toEqual(expect.arrayContaining(['latin', 'latin-ext', '119']));
    const text = '预约 Booking 100 − 1 = 0，“事前预防”';
    const codes = [...new Set(text)].map((c) => c.codePointAt(0)!);
    const { bySlice, missing } = planSlices(slices, [...codes, 0x10ffff]);
    expect(missing).toEqual([0x10ffff]);
    expect([...bySlice.values()].flat().sort()).toEqual([...codes].sort());
    for (const [name, list] of bySlice) {
      const ranges = slices.find((s) => s.name === name)!.ranges;
      for (const code of list) expect(ranges.some(([a, b]) => code >= a && code <= b)).toBe(true);
    }
  });

  it('rejects a damaged range list', () => {
    expect(() => parseSlices({ latin: 'U+00ZZ' })).toThrow(/bad range/);
  });
});

describe('buildFonts', () => {
  it('builds regular and bold subsets holding exactly the needed Chinese glyphs plus the Latin base', async () => {
    const fonts = await buildFonts('客户旅程，', nodeFontSource((s) => requireHere.resolve(s)));
    for (const face of [fonts.regular, fonts.bold]) {
      for (const ch of '客户旅程Aa1，') expect(face.advance(ch.codePointAt(0)!), `${face.name} ${ch}`).toBeGreaterThan(0);
      expect(face.advance('龘'.codePointAt(0)!)).toBeUndefined();
      expect(face.ttf.length).toBeLessThan(80_000);
    }
    expect(fonts.regular.name).toMatch(/^[A-Z]{6}\+NotoSansSC$/);
    expect(fonts.bold.name).toMatch(/^[A-Z]{6}\+NotoSansSC-Bold$/);
  });

  it('leaves out of the bold face the characters the caller draws otherwise', async () => {
    const isHan = (code: number) => code >= 0x4e00 && code <= 0x9fff;
    const fonts = await buildFonts('客户旅程 Journey', nodeFontSource((s) => requireHere.resolve(s)), { notBold: isHan });
    expect(fonts.regular.advance('客'.codePointAt(0)!)).toBeGreaterThan(0);
    expect(fonts.bold.advance('客'.codePointAt(0)!)).toBeUndefined();
    expect(fonts.bold.advance('J'.codePointAt(0)!)).toBeGreaterThan(0);
  });

  it('names subsets by their glyph set: same glyphs, same tag', () => {
    expect(subsetTag([1, 2, 3], 400)).toBe(subsetTag([3, 2, 1], 400));
    expect(subsetTag([1, 2, 3], 400)).not.toBe(subsetTag([1, 2, 4], 400));
    expect(subsetTag([1, 2, 3], 400)).toMatch(/^[A-Z]{6}$/);
  });
});

describe('sanitizeText', () => {
  const has = (code: number) => code < 0x3000 || (code >= 0x4e00 && code <= 0x9fff) || code === 0xfffd;
  it('replaces characters outside the BMP and missing glyphs with a visible mark, drops invisible ones', () => {
    expect(sanitizeText('好评👍\uFE0F！\u200B', has)).toBe('好评\uFFFD\uFFFD');
    expect(sanitizeText('a\tb\r\nc', has)).toBe('a b \nc');
  });

  it('falls back to another mark when the font lacks U+FFFD', () => {
    expect(sanitizeText('👍', (c) => c === 0x25a1)).toBe('□');
  });
});

describe('latinQuotes', () => {
  it('straightens curly quotes around Latin text and keeps them around Chinese', () => {
    expect(latinQuotes('The weakest stage is “After the stay”; each stage’s score')).toBe('The weakest stage is "After the stay"; each stage\'s score');
    expect(latinQuotes('最薄弱的是“回访”阶段')).toBe('最薄弱的是“回访”阶段');
    expect(latinQuotes('惠普“800 电话无人接听”')).toBe('惠普“800 电话无人接听”');
  });
});
