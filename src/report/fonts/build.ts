/**
 * Builds the report's two fonts (Noto Sans SC 400 and 700) holding only the glyphs the document uses:
 * each needed slice is subset to TrueType (by the FontSource's harfbuzz from WOFF2 when it offers one,
 * else here from the zlib-compressed WOFF), then the pieces are merged into one TrueType font that
 * jsPDF can embed (it cannot register WOFF2, CFF or collections).
 */
import { unzlibSync } from 'fflate';
import { createFont } from 'fonteditor-core';

type Font = ReturnType<typeof createFont>;
import { FontLoadError, slicePath, type FontSource, type FontWeight } from './source';
import { parseSlices, planSlices, type Slice } from './slices';

export interface FontFace {
  /** PDF font name with a subset tag, e.g. `KQZMTA+NotoSansSC-Bold`: readers show it as a subset. */
  readonly name: string;
  readonly weight: FontWeight;
  readonly ttf: Uint8Array;
  /** Advance width in em of a code point, or undefined when the font has no glyph for it. */
  advance(code: number): number | undefined;
}

export interface ReportFonts {
  readonly regular: FontFace;
  readonly bold: FontFace;
}

/** Always available so numbers, Latin words and the report's own typography render in either language. */
const BASE_TEXT = ' !"#$%&\'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~–—‘’“”…•·×−→↑↓□\uFFFD';

let slicesCache: { source: FontSource; slices: Promise<Slice[]> } | null = null;

async function loadSlices(source: FontSource): Promise<Slice[]> {
  if (slicesCache?.source !== source) {
    const slices = source.readFile('unicode.json').then((bytes) => {
      try {
        return parseSlices(JSON.parse(new TextDecoder().decode(bytes)));
      } catch (e) {
        throw new FontLoadError(`unicode.json: ${e instanceof Error ? e.message : String(e)}`);
      }
    });
    slicesCache = { source, slices };
  }
  return slicesCache.slices;
}

export interface BuildOptions {
  /** Code points the bold face may leave out (the PDF report draws bold ideographs with the regular face). */
  notBold?: (code: number) => boolean;
}

export async function buildFonts(text: string, source: FontSource, options: BuildOptions = {}): Promise<ReportFonts> {
  const codes = new Set<number>();
  for (const ch of BASE_TEXT + text) {
    const code = ch.codePointAt(0)!;
    if (code >= 0x20 && code <= 0xffff) codes.add(code);
  }
  const slices = await loadSlices(source);
  const sorted = [...codes].sort((a, b) => a - b);
  const { notBold } = options;
  const { bySlice } = planSlices(slices, sorted);
  const boldSlices = notBold ? planSlices(slices, sorted.filter((code) => !notBold(code))).bySlice : bySlice;
  const [regular, bold] = await Promise.all([buildFace(bySlice, 400, source), buildFace(boldSlices, 700, source)]);
  return { regular, bold };
}

async function buildFace(bySlice: ReadonlyMap<string, number[]>, weight: FontWeight, source: FontSource): Promise<FontFace> {
  const read = { hinting: false, kerning: false, compound2simple: true } as const;
  const parts = await Promise.all(
    [...bySlice].map(async ([slice, codes]) => {
      if (source.subset) {
        const ttf = await source.subset(await source.readFile(slicePath(slice, weight, 'woff2')), codes);
        return createFont(toArrayBuffer(ttf), { type: 'ttf', ...read });
      }
      const woff = await source.readFile(slicePath(slice, weight, 'woff'));
      return createFont(toArrayBuffer(woff), { type: 'woff', subset: codes, inflate: (data: number[]) => Array.from(unzlibSync(Uint8Array.from(data))), ...read });
    }),
  );
  // Slices can map the same code point (harfbuzz keeps e.g. the space in every subset); the first wins.
  const seen = new Set<number>();
  for (const part of parts) {
    for (const glyph of part.get().glyf) {
      glyph.unicode = (glyph.unicode ?? []).filter((code) => !seen.has(code));
      for (const code of glyph.unicode) seen.add(code);
    }
  }
  const merged = parts.reduce<Font | null>((acc, font) => (acc === null ? font : acc.merge(font, { scale: 1 })), null);
  if (merged === null) throw new Error('no font slice matched the report text');
  const data = merged.get();
  const upm = data.head.unitsPerEm ?? 1000;
  const advances = new Map<number, number>();
  for (const glyph of data.glyf) for (const code of glyph.unicode ?? []) advances.set(code, glyph.advanceWidth / upm);
  const ttf = new Uint8Array(merged.write({ type: 'ttf', hinting: false, kerning: false, toBuffer: false }) as ArrayBuffer);
  const family = weight === 700 ? 'NotoSansSC-Bold' : 'NotoSansSC';
  return { name: `${subsetTag([...advances.keys()], weight)}+${family}`, weight, ttf, advance: (code) => advances.get(code) };
}

function toArrayBuffer(bytes: Uint8Array): ArrayBuffer {
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

/** Six capital letters derived from the glyph set, as PDF subset fonts are named (ISO 32000 9.6.4). */
export function subsetTag(codes: readonly number[], weight: number): string {
  let h = 2166136261 ^ weight;
  for (const c of [...codes].sort((a, b) => a - b)) {
    h ^= c;
    h = Math.imul(h, 16777619) >>> 0;
  }
  let tag = '';
  for (let i = 0; i < 6; i++) {
    tag += String.fromCharCode(65 + (h % 26));
    h = Math.imul(h ^ (h >>> 13), 0x5bd1e995) >>> 0;
  }
  return tag;
}
