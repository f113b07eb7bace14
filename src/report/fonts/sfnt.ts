/**
 * TrueType (glyf) subsetting and merging at the table level, for the report's fonts.
 *
 * The @fontsource slices of Noto Sans SC are small WOFF 1.0 fonts with TrueType outlines and no hinting.
 * A report needs a few glyphs from each of many slices, merged into one TrueType font that jsPDF can
 * embed and resvg can draw. Glyph records are copied as bytes (only the glyph ids inside composite glyphs
 * are rewritten); nothing decodes an outline. The tables written are the ones a TrueType renderer needs:
 * cmap (format 4), glyf, head, hhea, hmtx, loca, maxp, name, OS/2, post (format 3).
 */

export class FontFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FontFormatError';
  }
}

export type Tables = ReadonlyMap<string, Uint8Array>;

const TRUETYPE = 0x00010000;
const WOFF = 0x774f4646; // 'wOFF'
/** The tables a merged font is built from; the others (GPOS, GSUB, vmtx, …) are not read. */
/** No table of a font slice comes near this; a larger size is a damaged or hostile file. */
const MAX_TABLE = 32 * 1024 * 1024;
const NEEDED = new Set(['cmap', 'glyf', 'head', 'hhea', 'hmtx', 'loca', 'maxp', 'name', 'OS/2', 'post']);

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function tagAt(dv: DataView, offset: number): string {
  return String.fromCharCode(dv.getUint8(offset), dv.getUint8(offset + 1), dv.getUint8(offset + 2), dv.getUint8(offset + 3));
}

function slice(bytes: Uint8Array, offset: number, length: number, what: string): Uint8Array {
  if (offset < 0 || length < 0 || offset + length > bytes.byteLength) throw new FontFormatError(`${what} lies outside the file`);
  return bytes.subarray(offset, offset + length);
}

/** Decompresses zlib data (a WOFF table) to `size` bytes. */
export type Inflate = (data: Uint8Array, size: number) => Uint8Array | Promise<Uint8Array>;

/**
 * The tables of a WOFF 1.0 or a plain TrueType font. Only the tables a merge needs are decompressed.
 */
export async function readTables(bytes: Uint8Array, inflate: Inflate): Promise<Map<string, Uint8Array>> {
  if (bytes.byteLength < 12) throw new FontFormatError('the font file is too short');
  const dv = view(bytes);
  const signature = dv.getUint32(0);
  const tables = new Map<string, Uint8Array>();
  const compressedTables: { tag: string; data: Uint8Array; size: number }[] = [];
  if (signature === WOFF) {
    if (bytes.byteLength < 44) throw new FontFormatError('the WOFF header is cut off');
    const count = dv.getUint16(12);
    if (44 + count * 20 > bytes.byteLength) throw new FontFormatError('the WOFF table directory is cut off');
    for (let i = 0; i < count; i++) {
      const at = 44 + i * 20;
      const tag = tagAt(dv, at);
      if (!NEEDED.has(tag)) continue;
      const offset = dv.getUint32(at + 4);
      const compressed = dv.getUint32(at + 8);
      const size = dv.getUint32(at + 12);
      const data = slice(bytes, offset, compressed, `table ${tag}`);
      if (size > MAX_TABLE) throw new FontFormatError(`table ${tag} claims ${size} bytes`);
      if (compressed < size) compressedTables.push({ tag, data, size });
      else tables.set(tag, data);
    }
  } else if (signature === TRUETYPE) {
    const count = dv.getUint16(4);
    if (12 + count * 16 > bytes.byteLength) throw new FontFormatError('the table directory is cut off');
    for (let i = 0; i < count; i++) {
      const at = 12 + i * 16;
      const tag = tagAt(dv, at);
      if (NEEDED.has(tag)) tables.set(tag, slice(bytes, dv.getUint32(at + 8), dv.getUint32(at + 12), `table ${tag}`));
    }
  } else {
    throw new FontFormatError('not a WOFF or TrueType font (CFF outlines and WOFF2 are not read here)');
  }
  // Inflated side by side once the whole directory is known to be sound.
  await Promise.all(
    compressedTables.map(async ({ tag, data, size }) => {
      let out: Uint8Array;
      try {
        out = await inflate(data, size);
      } catch (e) {
        throw new FontFormatError(`table ${tag} does not inflate: ${e instanceof Error ? e.message : String(e)}`);
      }
      if (out.byteLength !== size) throw new FontFormatError(`table ${tag} inflates to ${out.byteLength} bytes, not ${size}`);
      tables.set(tag, out);
    }),
  );
  for (const tag of ['cmap', 'glyf', 'head', 'hhea', 'hmtx', 'loca', 'maxp']) {
    if (!tables.has(tag)) throw new FontFormatError(`the font has no ${tag} table`);
  }
  return tables;
}

/** Code point → glyph id from the best Unicode subtable (format 12 over format 4). */
export function readCmap(cmap: Uint8Array): Map<number, number> {
  const dv = view(cmap);
  const count = dv.getUint16(2);
  let best = -1;
  let bestRank = -1;
  for (let i = 0; i < count; i++) {
    const at = 4 + i * 8;
    const platform = dv.getUint16(at);
    const encoding = dv.getUint16(at + 2);
    const offset = dv.getUint32(at + 4);
    const format = dv.getUint16(offset);
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
    if (!unicode || (format !== 4 && format !== 12)) continue;
    const rank = format === 12 ? 2 : 1;
    if (rank > bestRank) {
      best = offset;
      bestRank = rank;
    }
  }
  if (best < 0) throw new FontFormatError('the font has no Unicode cmap subtable of format 4 or 12');
  const map = new Map<number, number>();
  if (bestRank === 2) {
    const groups = dv.getUint32(best + 12);
    for (let g = 0; g < groups; g++) {
      const at = best + 16 + g * 12;
      const start = dv.getUint32(at);
      const end = dv.getUint32(at + 4);
      const glyph = dv.getUint32(at + 8);
      for (let code = start; code <= end; code++) map.set(code, glyph + code - start);
    }
    return map;
  }
  const segments = dv.getUint16(best + 6) / 2;
  const ends = best + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  for (let s = 0; s < segments; s++) {
    const end = dv.getUint16(ends + s * 2);
    const start = dv.getUint16(starts + s * 2);
    const delta = dv.getUint16(deltas + s * 2);
    const rangeOffsetAt = rangeOffsets + s * 2;
    const rangeOffset = dv.getUint16(rangeOffsetAt);
    for (let code = start; code <= end && code !== 0xffff; code++) {
      let glyph: number;
      if (rangeOffset === 0) glyph = (code + delta) & 0xffff;
      else {
        const at = rangeOffsetAt + rangeOffset + (code - start) * 2;
        if (at + 2 > cmap.byteLength) throw new FontFormatError('a cmap segment points outside the table');
        glyph = dv.getUint16(at);
        if (glyph !== 0) glyph = (glyph + delta) & 0xffff;
      }
      if (glyph !== 0) map.set(code, glyph);
    }
  }
  return map;
}

/** A GlyphSource from font file bytes; any damage (an offset past the end included) is a FontFormatError. */
export async function readGlyphSource(bytes: Uint8Array, inflate: Inflate): Promise<GlyphSource> {
  try {
    return new GlyphSource(await readTables(bytes, inflate));
  } catch (e) {
    if (e instanceof RangeError) throw new FontFormatError(`the font is damaged (${e.message})`);
    throw e;
  }
}

/** One source font, read once: its tables and the accessors a merge needs. */
export class GlyphSource {
  readonly unitsPerEm: number;
  readonly cmap: Map<number, number>;
  readonly glyphCount: number;
  private readonly loca: Uint32Array;
  private readonly hmtx: DataView;
  private readonly metrics: number;

  constructor(readonly tables: Tables) {
    const head = view(tables.get('head')!);
    this.unitsPerEm = head.getUint16(18);
    const longLoca = head.getInt16(50) === 1;
    this.glyphCount = view(tables.get('maxp')!).getUint16(4);
    this.metrics = view(tables.get('hhea')!).getUint16(34);
    this.hmtx = view(tables.get('hmtx')!);
    if (this.metrics < 1 || this.hmtx.byteLength < this.metrics * 4 + (this.glyphCount - this.metrics) * 2) {
      throw new FontFormatError('the hmtx table is shorter than its glyph count');
    }
    const loca = view(tables.get('loca')!);
    const entries = this.glyphCount + 1;
    if (loca.byteLength < entries * (longLoca ? 4 : 2)) throw new FontFormatError('the loca table is shorter than its glyph count');
    this.loca = new Uint32Array(entries);
    for (let i = 0; i < entries; i++) this.loca[i] = longLoca ? loca.getUint32(i * 4) : loca.getUint16(i * 2) * 2;
    const glyfSize = tables.get('glyf')!.byteLength;
    for (let i = 0; i < this.glyphCount; i++) {
      if (this.loca[i]! > this.loca[i + 1]! || this.loca[i + 1]! > glyfSize) throw new FontFormatError(`glyph ${i} lies outside the glyf table`);
    }
    this.cmap = readCmap(tables.get('cmap')!);
  }

  glyph(id: number): Uint8Array {
    return this.tables.get('glyf')!.subarray(this.loca[id]!, this.loca[id + 1]!);
  }

  advance(id: number): number {
    return this.hmtx.getUint16(Math.min(id, this.metrics - 1) * 4);
  }

  leftSideBearing(id: number): number {
    return id < this.metrics ? this.hmtx.getInt16(id * 4 + 2) : this.hmtx.getInt16(this.metrics * 4 + (id - this.metrics) * 2);
  }
}

/** Composite glyph flags (OpenType glyf). */
const ARGS_ARE_WORDS = 0x0001;
const HAVE_SCALE = 0x0008;
const MORE_COMPONENTS = 0x0020;
const HAVE_XY_SCALE = 0x0040;
const HAVE_2X2 = 0x0080;

/** Offsets (inside the glyph record) of the component glyph ids of a composite glyph; none for a simple one. */
function componentOffsets(glyph: Uint8Array): number[] {
  if (glyph.byteLength < 10) return [];
  const dv = view(glyph);
  if (dv.getInt16(0) >= 0) return [];
  const offsets: number[] = [];
  let at = 10;
  for (;;) {
    if (at + 4 > glyph.byteLength) throw new FontFormatError('a composite glyph is cut off');
    const flags = dv.getUint16(at);
    offsets.push(at + 2);
    at += 4 + (flags & ARGS_ARE_WORDS ? 4 : 2);
    if (flags & HAVE_SCALE) at += 2;
    else if (flags & HAVE_XY_SCALE) at += 4;
    else if (flags & HAVE_2X2) at += 8;
    if (!(flags & MORE_COMPONENTS)) return offsets;
  }
}

export interface MergedFont {
  readonly ttf: Uint8Array;
  readonly unitsPerEm: number;
  /** Code point → advance width in font units, for every code point the font maps. */
  readonly advances: ReadonlyMap<number, number>;
}

interface Picked {
  readonly source: GlyphSource;
  readonly id: number;
}

/**
 * One TrueType font holding, for each source, the glyphs of the code points asked of it (and the
 * glyphs their composites use). Glyph 0 (.notdef) and the name, OS/2 and post data come from the first
 * source; a code point asked of two sources takes the first one's glyph. New glyph ids follow code
 * point order, so the cmap is a few long runs.
 */
export function mergeGlyphs(requests: readonly { source: GlyphSource; codes: Iterable<number> }[]): MergedFont {
  const first = requests[0]?.source;
  if (!first) throw new FontFormatError('no font to merge');
  const upm = first.unitsPerEm;
  for (const { source } of requests) if (source.unitsPerEm !== upm) throw new FontFormatError('the fonts to merge differ in units per em');

  const byCode = new Map<number, Picked>();
  for (const { source, codes } of requests) {
    for (const code of codes) {
      if (code > 0xfffe || byCode.has(code)) continue;
      const id = source.cmap.get(code);
      if (id !== undefined && id > 0 && id < source.glyphCount) byCode.set(code, { source, id });
    }
  }
  const codes = [...byCode.keys()].sort((a, b) => a - b);

  const picked: Picked[] = [{ source: first, id: 0 }];
  const newIds = new Map<GlyphSource, Map<number, number>>();
  const idOf = (source: GlyphSource, id: number): number => {
    let ids = newIds.get(source);
    if (!ids) newIds.set(source, (ids = new Map()));
    let newId = ids.get(id);
    if (newId === undefined) {
      newId = source === first && id === 0 ? 0 : picked.length;
      if (newId !== 0) picked.push({ source, id });
      ids.set(id, newId);
    }
    return newId;
  };
  idOf(first, 0);
  const cmap: [number, number][] = codes.map((code) => {
    const { source, id } = byCode.get(code)!;
    return [code, idOf(source, id)];
  });
  // Components of composite glyphs join the end (the list grows while it is walked).
  for (let i = 0; i < picked.length; i++) {
    const { source, id } = picked[i]!;
    const glyph = source.glyph(id);
    const dv = view(glyph);
    for (const at of componentOffsets(glyph)) {
      const component = dv.getUint16(at);
      if (component >= source.glyphCount) throw new FontFormatError(`a composite glyph uses glyph ${component}, which does not exist`);
      idOf(source, component);
    }
  }

  // glyf + loca (long offsets, records padded to 4 bytes) and hmtx.
  let glyfSize = 0;
  for (const { source, id } of picked) glyfSize += (source.glyph(id).byteLength + 3) & ~3;
  const glyf = new Uint8Array(glyfSize);
  const loca = new Uint8Array((picked.length + 1) * 4);
  const locaView = view(loca);
  const hmtx = new Uint8Array(picked.length * 4);
  const hmtxView = view(hmtx);
  let at = 0;
  let advanceMax = 0;
  let minLsb = 0x7fff;
  for (let i = 0; i < picked.length; i++) {
    const { source, id } = picked[i]!;
    const record = source.glyph(id);
    locaView.setUint32(i * 4, at);
    glyf.set(record, at);
    const offsets = componentOffsets(record);
    if (offsets.length > 0) {
      const out = view(glyf.subarray(at, at + record.byteLength));
      const ids = newIds.get(source)!;
      for (const offset of offsets) out.setUint16(offset, ids.get(out.getUint16(offset))!);
    }
    at += (record.byteLength + 3) & ~3;
    const advance = source.advance(id);
    const lsb = source.leftSideBearing(id);
    hmtxView.setUint16(i * 4, advance);
    hmtxView.setInt16(i * 4 + 2, lsb);
    advanceMax = Math.max(advanceMax, advance);
    if (record.byteLength > 0) minLsb = Math.min(minLsb, lsb);
  }
  locaView.setUint32(picked.length * 4, at);

  const advances = new Map<number, number>();
  for (const [code, id] of cmap) advances.set(code, picked[id]!.source.advance(picked[id]!.id));

  const sources = [...new Set(requests.map((r) => r.source))];
  const head = first.tables.get('head')!.slice();
  const headView = view(head);
  headView.setUint32(8, 0); // checkSumAdjustment, set at the end
  for (const source of sources.slice(1)) {
    const other = view(source.tables.get('head')!);
    headView.setInt16(36, Math.min(headView.getInt16(36), other.getInt16(36)));
    headView.setInt16(38, Math.min(headView.getInt16(38), other.getInt16(38)));
    headView.setInt16(40, Math.max(headView.getInt16(40), other.getInt16(40)));
    headView.setInt16(42, Math.max(headView.getInt16(42), other.getInt16(42)));
  }
  headView.setInt16(50, 1); // long loca

  const hhea = first.tables.get('hhea')!.slice();
  const hheaView = view(hhea);
  hheaView.setUint16(10, advanceMax);
  hheaView.setInt16(12, minLsb === 0x7fff ? 0 : minLsb);
  hheaView.setUint16(34, picked.length);

  const maxpSource = view(first.tables.get('maxp')!);
  const maxp = new Uint8Array(maxpSource.getUint32(0) === 0x00010000 ? 32 : 6);
  const maxpView = view(maxp);
  maxpView.setUint32(0, maxp.byteLength === 32 ? 0x00010000 : 0x00005000);
  maxpView.setUint16(4, picked.length);
  if (maxp.byteLength === 32) {
    for (let field = 6; field < 32; field += 2) {
      let value = 0;
      for (const source of sources) {
        const sv = view(source.tables.get('maxp')!);
        if (sv.byteLength >= 32) value = Math.max(value, sv.getUint16(field));
      }
      maxpView.setUint16(field, value);
    }
  }

  const post = new Uint8Array(32);
  const postSource = first.tables.get('post');
  if (postSource && postSource.byteLength >= 32) post.set(postSource.subarray(0, 32));
  view(post).setUint32(0, 0x00030000); // no glyph names

  const tables = new Map<string, Uint8Array>([
    ['cmap', writeCmap(cmap)],
    ['glyf', glyf],
    ['head', head],
    ['hhea', hhea],
    ['hmtx', hmtx],
    ['loca', loca],
    ['maxp', maxp],
    ['post', post],
  ]);
  for (const tag of ['name', 'OS/2']) {
    const table = first.tables.get(tag);
    if (table) tables.set(tag, table);
  }
  return { ttf: writeSfnt(tables), unitsPerEm: upm, advances };
}

/** A cmap with one Windows Unicode BMP subtable (format 4), segments for runs of consecutive codes and ids. */
export function writeCmap(pairs: readonly (readonly [number, number])[]): Uint8Array {
  const segments: [number, number, number][] = []; // start, end, delta
  for (const [code, id] of pairs) {
    const last = segments[segments.length - 1];
    if (last && code === last[1] + 1 && id - code === last[2]) last[1] = code;
    else segments.push([code, code, id - code]);
  }
  segments.push([0xffff, 0xffff, 1]);
  const count = segments.length;
  const subtableLength = 16 + count * 8;
  const out = new Uint8Array(12 + subtableLength);
  const dv = view(out);
  dv.setUint16(0, 0);
  dv.setUint16(2, 1);
  dv.setUint16(4, 3);
  dv.setUint16(6, 1);
  dv.setUint32(8, 12);
  const t = 12;
  dv.setUint16(t, 4);
  dv.setUint16(t + 2, subtableLength);
  dv.setUint16(t + 4, 0);
  dv.setUint16(t + 6, count * 2);
  const log = Math.floor(Math.log2(count));
  dv.setUint16(t + 8, 2 * 2 ** log);
  dv.setUint16(t + 10, log);
  dv.setUint16(t + 12, 2 * count - 2 * 2 ** log);
  const ends = t + 14;
  const starts = ends + count * 2 + 2;
  const deltas = starts + count * 2;
  segments.forEach(([start, end, delta], s) => {
    dv.setUint16(ends + s * 2, end);
    dv.setUint16(starts + s * 2, start);
    dv.setUint16(deltas + s * 2, delta & 0xffff);
    // idRangeOffset stays 0.
  });
  return out;
}

function checksum(bytes: Uint8Array): number {
  const dv = view(bytes);
  let sum = 0;
  const whole = bytes.byteLength & ~3;
  for (let i = 0; i < whole; i += 4) sum = (sum + dv.getUint32(i)) >>> 0;
  if (whole < bytes.byteLength) {
    let last = 0;
    for (let i = whole; i < whole + 4; i++) last = (last << 8) | (i < bytes.byteLength ? bytes[i]! : 0);
    sum = (sum + (last >>> 0)) >>> 0;
  }
  return sum;
}

/** An sfnt file of the tables, directory sorted by tag, tables 4-byte aligned, checksums and head's adjustment set. */
export function writeSfnt(tables: ReadonlyMap<string, Uint8Array>): Uint8Array {
  const tags = [...tables.keys()].sort();
  const count = tags.length;
  let size = 12 + count * 16;
  for (const tag of tags) size += (tables.get(tag)!.byteLength + 3) & ~3;
  const out = new Uint8Array(size);
  const dv = view(out);
  dv.setUint32(0, TRUETYPE);
  dv.setUint16(4, count);
  const log = Math.floor(Math.log2(count));
  dv.setUint16(6, 16 * 2 ** log);
  dv.setUint16(8, log);
  dv.setUint16(10, count * 16 - 16 * 2 ** log);
  let at = 12 + count * 16;
  let headAt = -1;
  tags.forEach((tag, i) => {
    const table = tables.get(tag)!;
    const entry = 12 + i * 16;
    for (let c = 0; c < 4; c++) dv.setUint8(entry + c, tag.charCodeAt(c));
    dv.setUint32(entry + 4, checksum(table));
    dv.setUint32(entry + 8, at);
    dv.setUint32(entry + 12, table.byteLength);
    out.set(table, at);
    if (tag === 'head') headAt = at;
    at += (table.byteLength + 3) & ~3;
  });
  if (headAt >= 0) dv.setUint32(headAt + 8, (0xb1b0afba - checksum(out)) >>> 0);
  return out;
}
