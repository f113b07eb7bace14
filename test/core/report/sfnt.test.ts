import fc from 'fast-check';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { toBinaryString } from '../../../src/report/draw/surface';
import { FontFormatError, GlyphSource, mergeGlyphs, readCmap, readGlyphSource, readTables, writeCmap, writeSfnt } from '../../../src/report/fonts/sfnt';

const requireHere = createRequire(import.meta.url);
const inflate = (data: Uint8Array, size: number) => new Uint8Array(inflateSync(data, { maxOutputLength: Math.max(1, size) }));
const slice = (name: string) => readFile(requireHere.resolve(`@fontsource/noto-sans-sc/files/noto-sans-sc-${name}-normal.woff`)).then((b) => new Uint8Array(b));
const codes = (text: string) => [...text].map((c) => c.codePointAt(0)!);

/** The sum every TrueType file must add up to once head.checkSumAdjustment is set. */
function wholeSum(bytes: Uint8Array): number {
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let sum = 0;
  for (let i = 0; i + 4 <= bytes.byteLength; i += 4) sum = (sum + dv.getUint32(i)) >>> 0;
  return sum;
}

describe('cmap format 4', () => {
  it('reads back every code → glyph pair it writes, in any pattern of runs', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0x20, max: 0xfffe }), { minLength: 1, maxLength: 400 }), fc.boolean(), (list, inOrder) => {
        const sorted = [...list].sort((a, b) => a - b);
        // Ids either follow the codes (long runs) or are scattered (one segment each).
        const pairs = sorted.map((code, i): [number, number] => [code, inOrder ? i + 1 : ((i * 7919) % sorted.length) + 1]);
        expect(readCmap(writeCmap(pairs))).toEqual(new Map(pairs));
      }),
      { numRuns: 100 },
    );
  });
});

describe('merging font slices', () => {
  it('copies each asked glyph byte for byte with its metrics, maps every asked code and nothing else', async () => {
    const latin = await readGlyphSource(await slice('latin-400'), inflate);
    const han = await readGlyphSource(await slice('119-400'), inflate);
    const hanCodes = [...han.cmap.keys()].filter((c) => c >= 0x4e00).slice(0, 12);
    const latinCodes = codes('Journey 100 − 1 = 0');
    const merged = mergeGlyphs([
      { source: latin, codes: latinCodes },
      { source: han, codes: hanCodes },
    ]);
    expect(wholeSum(merged.ttf)).toBe(0xb1b0afba);

    const back = new GlyphSource(await readTables(merged.ttf, inflate));
    const asked = new Set([...latinCodes.filter((c) => latin.cmap.has(c)), ...hanCodes]);
    expect(new Set(back.cmap.keys())).toEqual(asked);
    for (const code of asked) {
      const from = latinCodes.includes(code) ? latin : han;
      const id = from.cmap.get(code)!;
      const newId = back.cmap.get(code)!;
      expect(back.glyph(newId).subarray(0, from.glyph(id).byteLength)).toEqual(from.glyph(id));
      expect(back.advance(newId)).toBe(from.advance(id));
      expect(back.leftSideBearing(newId)).toBe(from.leftSideBearing(id));
      expect(merged.advances.get(code)).toBe(from.advance(id));
    }
    // .notdef plus one glyph per distinct asked glyph.
    expect(back.glyphCount).toBe(1 + new Set([...asked].map((c) => (latinCodes.includes(c) ? `l${latin.cmap.get(c)}` : `h${han.cmap.get(c)}`))).size);
    expect(back.glyph(0).subarray(0, latin.glyph(0).byteLength)).toEqual(latin.glyph(0));
  });

  it('takes a code point asked of two slices from the first', async () => {
    const a = await readGlyphSource(await slice('latin-400'), inflate);
    const b = await readGlyphSource(await slice('latin-700'), inflate);
    const merged = mergeGlyphs([
      { source: a, codes: codes('A') },
      { source: b, codes: codes('AB') },
    ]);
    expect(merged.advances.get(0x41)).toBe(a.advance(a.cmap.get(0x41)!));
    expect(merged.advances.get(0x42)).toBe(b.advance(b.cmap.get(0x42)!));
  });

  it('brings along the glyphs a composite glyph is made of, with their new ids', async () => {
    const font = await readGlyphSource(syntheticFont(), inflate);
    const merged = mergeGlyphs([{ source: font, codes: [0x41] }]);
    const back = new GlyphSource(await readTables(merged.ttf, inflate));
    expect(back.glyphCount).toBe(3); // .notdef, the composite, its component
    const composite = back.glyph(back.cmap.get(0x41)!);
    const component = new DataView(composite.buffer, composite.byteOffset).getUint16(12);
    expect(component).toBe(2);
    expect(back.glyph(component)).toEqual(padded(SIMPLE));
    expect(back.advance(component)).toBe(500);
  });
});

describe('damaged fonts', () => {
  it('fail with a font format error, whatever is cut or changed', async () => {
    const good = await slice('latin-400');
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.integer({ min: 0, max: good.byteLength - 1 }).map((cut) => good.slice(0, cut)),
          fc.array(fc.tuple(fc.integer({ min: 0, max: 600 }), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }).map((edits) => {
            const copy = good.slice();
            for (const [at, value] of edits) copy[at] = value;
            return copy;
          }),
        ),
        async (bytes) => {
          try {
            const font = await readGlyphSource(bytes, inflate);
            mergeGlyphs([{ source: font, codes: codes('Ag0') }]);
          } catch (e) {
            if (!(e instanceof FontFormatError)) throw e;
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('refuses WOFF2 and CFF by name', async () => {
    await expect(readTables(new TextEncoder().encode('wOF2\0\0\0\0\0\0\0\0'), inflate)).rejects.toThrow(/not a WOFF or TrueType/);
    await expect(readTables(new TextEncoder().encode('OTTO\0\0\0\0\0\0\0\0'), inflate)).rejects.toThrow(FontFormatError);
  });
});

// A simple glyph: one contour, one point (numberOfContours, bbox, endPts, no instructions, flag, x, y).
const SIMPLE = Uint8Array.from([0, 1, 0, 0, 0, 0, 0, 10, 0, 10, 0, 0, 0, 0, 0x31, 10, 10]);
function padded(bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array((bytes.length + 3) & ~3);
  out.set(bytes);
  return out;
}

/** Glyphs: 0 .notdef (empty), 1 unused, 2 composite of glyph 3 (mapped to "A"), 3 simple. */
function syntheticFont(): Uint8Array {
  // numberOfContours −1, bbox, then one component: flags (ARGS_ARE_WORDS), glyph 3, dx, dy.
  const composite = Uint8Array.from([0xff, 0xff, 0, 0, 0, 0, 0, 10, 0, 10, 0, 1, 0, 3, 0, 0, 0, 0]);
  const glyphs = [new Uint8Array(0), padded(SIMPLE), padded(composite), padded(SIMPLE)];
  const glyf = new Uint8Array(glyphs.reduce((n, g) => n + g.length, 0));
  const loca = new Uint8Array((glyphs.length + 1) * 4);
  const hmtx = new Uint8Array(glyphs.length * 4);
  let at = 0;
  glyphs.forEach((g, i) => {
    new DataView(loca.buffer).setUint32(i * 4, at);
    glyf.set(g, at);
    at += g.length;
    new DataView(hmtx.buffer).setUint16(i * 4, 500);
  });
  new DataView(loca.buffer).setUint32(glyphs.length * 4, at);
  const head = new Uint8Array(54);
  new DataView(head.buffer).setUint16(18, 1000);
  new DataView(head.buffer).setInt16(50, 1);
  const hhea = new Uint8Array(36);
  new DataView(hhea.buffer).setUint16(34, glyphs.length);
  const maxp = new Uint8Array(6);
  new DataView(maxp.buffer).setUint32(0, 0x5000);
  new DataView(maxp.buffer).setUint16(4, glyphs.length);
  return writeSfnt(
    new Map([
      ['cmap', writeCmap([[0x41, 2]])],
      ['glyf', glyf],
      ['head', head],
      ['hhea', hhea],
      ['hmtx', hmtx],
      ['loca', loca],
      ['maxp', maxp],
    ]),
  );
}

describe('fonts handed to jsPDF as binary strings', () => {
  it('keep every byte as one character, across chunk boundaries', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 20_000 }), (bytes) => {
        const text = toBinaryString(bytes);
        expect(text.length).toBe(bytes.length);
        expect(Uint8Array.from(text, (ch) => ch.charCodeAt(0))).toEqual(bytes);
      }),
      { numRuns: 30 },
    );
  });
});
