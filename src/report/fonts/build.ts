/**
 * Builds the report's two fonts (Noto Sans SC 400 and 700) holding only the glyphs the document uses:
 * the needed glyph records of each WOFF slice are copied into one TrueType font (sfnt.ts) that jsPDF
 * can embed and resvg can draw. Plain JavaScript, the same in Node, the renderer and a worker.
 */
import { unzlibSync } from 'fflate';
import { mergeGlyphs, readGlyphSource, type MergedFont } from './sfnt';
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
  const requests = await Promise.all(
    [...bySlice].map(async ([slice, codes]) => {
      const path = slicePath(slice, weight);
      const bytes = await source.readFile(path);
      try {
        return { source: await readGlyphSource(bytes, source.inflate ?? inflate), codes };
      } catch (e) {
        throw new FontLoadError(`${path}: ${e instanceof Error ? e.message : String(e)}`);
      }
    }),
  );
  if (requests.length === 0) throw new Error('no font slice matched the report text');
  let merged: MergedFont;
  try {
    merged = mergeGlyphs(requests);
  } catch (e) {
    throw new FontLoadError(`merging the font slices: ${e instanceof Error ? e.message : String(e)}`);
  }
  const { ttf, unitsPerEm, advances } = merged;
  const family = weight === 700 ? 'NotoSansSC-Bold' : 'NotoSansSC';
  return {
    name: `${subsetTag([...advances.keys()], weight)}+${family}`,
    weight,
    ttf,
    advance: (code) => {
      const units = advances.get(code);
      return units === undefined ? undefined : units / unitsPerEm;
    },
  };
}

function inflate(data: Uint8Array, size: number): Uint8Array {
  return unzlibSync(data, { out: new Uint8Array(size) });
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
