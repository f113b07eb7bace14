/**
 * The drawing surface: jsPDF with the report's fonts, measured text and a record of every page (its
 * orientation, section and the smallest type set on it) so tests can check the layout without
 * reading the PDF back.
 */
import { zlibSync } from 'fflate';
import { jsPDF } from 'jspdf';
import type { FontFace, ReportFonts } from '../fonts/build';
import { breakLines } from '../../text/breaker';
import { latinQuotes, sanitizeText } from '../text/sanitize';
import { INK, PAGE_SIZES, type PageFormat, type Rgb } from '../theme';

export type Orientation = 'portrait' | 'landscape';
export type SectionKey = 'cover' | 'summary' | 'map' | 'register' | 'stages' | 'appendix';

export interface PageRecord {
  /** 1-based. */
  readonly number: number;
  readonly orientation: Orientation;
  readonly section: SectionKey;
  /** What part of the section the page shows, e.g. "Stages 1–4 of 9". */
  label: string;
  /** Sections that begin part-way down this page, below the end of `section`: the footer names them too. */
  readonly begins: SectionKey[];
  /** Smallest font size used on the page (Infinity when it has no text). */
  minTextSize: number;
  /** Lowest baseline of text on the page, in points from the top (0 when it has no text): how full the page is. */
  textBottom: number;
}

export interface TextStyle {
  size: number;
  bold?: boolean;
  color?: Rgb;
  align?: 'left' | 'center' | 'right';
}

export class Surface {
  readonly doc: jsPDF;
  readonly pages: PageRecord[] = [];
  private readonly faces: Record<'regular' | 'bold', FontFace>;
  private readonly widthCache = new Map<string, number>();
  /** Blocks are measured to keep them together and then drawn: each paragraph is broken once, not twice. */
  private readonly wrapCache = new Map<string, readonly string[]>();
  private current: { face: string; size: number } = { face: '', size: 0 };
  /** First page of each section; a section may begin part-way down the page where another ends. */
  private readonly starts = new Map<SectionKey, number>();

  constructor(
    readonly format: PageFormat,
    fonts: ReportFonts,
  ) {
    this.doc = new jsPDF({ unit: 'pt', format, orientation: 'portrait', compress: true, putOnlyUsedFonts: true, floatPrecision: 2 });
    this.faces = { regular: fonts.regular, bold: fonts.bold };
    for (const face of [fonts.regular, fonts.bold]) {
      const file = `${face.name}.ttf`;
      this.doc.addFileToVFS(file, toBinaryString(face.ttf));
      this.doc.addFont(file, face.name, 'normal', face.weight);
      // addFont files weight 700 under the style "bold".
      const glyf = (this.doc.internal as unknown as InternalFonts).getFont(face.name, face.weight === 700 ? 'bold' : 'normal')?.metadata?.glyf;
      if (glyf) glyf.encode = encodeGlyfLinear;
    }
  }

  get page(): PageRecord {
    const page = this.pages.at(-1);
    if (!page) throw new Error('no page yet');
    return page;
  }

  get width(): number {
    return this.size(this.page.orientation)[0];
  }

  get height(): number {
    return this.size(this.page.orientation)[1];
  }

  size(orientation: Orientation): [number, number] {
    const [w, h] = PAGE_SIZES[this.format];
    return orientation === 'portrait' ? [w, h] : [h, w];
  }

  addPage(orientation: Orientation, section: SectionKey, label = ''): PageRecord {
    if (this.pages.length > 0) this.doc.addPage(this.format, orientation);
    const record: PageRecord = { number: this.pages.length + 1, orientation, section, label, begins: [], minTextSize: Infinity, textBottom: 0 };
    this.pages.push(record);
    if (!this.starts.has(section)) this.starts.set(section, record.number);
    return record;
  }

  /** Records that a section begins on the current page, below the end of the one before it. */
  beginSectionHere(section: SectionKey): void {
    if (!this.starts.has(section)) this.starts.set(section, this.page.number);
    if (section !== this.page.section && !this.page.begins.includes(section)) this.page.begins.push(section);
  }

  /** The page a section begins on, for the contents and the bookmarks. */
  sectionStart(section: SectionKey): number | undefined {
    return this.starts.get(section);
  }

  /** The face that draws a character: bold ideographs are the regular face emboldened (see `text`). */
  private faceFor(code: number, bold: boolean): FontFace {
    return bold && !isWideCode(code) ? this.faces.bold : this.faces.regular;
  }

  /** Text the embedded font can draw: unknown and astral characters become a visible replacement mark. */
  clean(text: string, bold = false): string {
    return sanitizeText(latinQuotes(text), (code) => this.faceFor(code, bold).advance(code) !== undefined);
  }

  /** Width in points of already-clean text. */
  measure(text: string, size: number, bold = false): number {
    let em = 0;
    for (const ch of text) {
      const key = bold ? `b${ch}` : ch;
      let w = this.widthCache.get(key);
      if (w === undefined) {
        const code = ch.codePointAt(0)!;
        w = this.faceFor(code, bold).advance(code) ?? 1;
        this.widthCache.set(key, w);
      }
      em += w;
    }
    return em * size;
  }

  /** Breaks text into lines of at most `width` points (Chinese breaks between characters). */
  wrap(text: string, width: number, size: number, bold = false): string[] {
    const key = `${bold ? 'b' : ''}${size}/${width}/${text}`;
    let lines = this.wrapCache.get(key);
    if (lines === undefined) {
      lines = breakLines(this.clean(text, bold), width, (s) => this.measure(s, size, bold));
      this.wrapCache.set(key, lines);
    }
    return [...lines];
  }

  /** Cuts one line to `width`, ending it with an ellipsis when it had to be cut. */
  fit(text: string, width: number, size: number, bold = false): string {
    const clean = this.clean(text, bold).replace(/\s+/g, ' ');
    if (this.measure(clean, size, bold) <= width) return clean;
    const chars = [...clean];
    while (chars.length > 0 && this.measure(`${chars.join('')}…`, size, bold) > width) chars.pop();
    return `${chars.join('').trimEnd()}…`;
  }

  /**
   * Draws one line of clean text with its baseline at y. Bold ideographs, kana and full-width punctuation
   * are the regular face filled and stroked (faux bold, as CJK typesetting commonly does): a bold Chinese
   * face would embed every bold character's outlines a second time, a third of a Chinese report's bytes.
   */
  text(text: string, x: number, y: number, style: TextStyle): void {
    if (text === '') return;
    this.page.minTextSize = Math.min(this.page.minTextSize, style.size);
    this.page.textBottom = Math.max(this.page.textBottom, y);
    const color = style.color ?? INK;
    const w = style.align && style.align !== 'left' ? this.measure(text, style.size, style.bold) : 0;
    let left = style.align === 'right' ? x - w : style.align === 'center' ? x - w / 2 : x;
    const runs = style.bold ? wideRuns(text) : [{ text, wide: false }];
    for (const run of runs) {
      const emboldened = style.bold === true && run.wide;
      const face = style.bold && !run.wide ? this.faces.bold : this.faces.regular;
      if (this.current.face !== face.name || this.current.size !== style.size) {
        this.doc.setFont(face.name, 'normal', face.weight);
        this.doc.setFontSize(style.size);
        this.current = { face: face.name, size: style.size };
      }
      this.doc.setTextColor(color[0], color[1], color[2]);
      if (emboldened) {
        this.doc.saveGraphicsState();
        this.doc.setDrawColor(color[0], color[1], color[2]);
        this.doc.setLineWidth(style.size * FAUX_BOLD_STROKE);
        this.doc.setLineDashPattern([], 0);
        this.doc.setLineJoin('round');
        this.doc.text(run.text, left, y, { baseline: 'alphabetic', renderingMode: 'fillThenStroke' });
        this.doc.restoreGraphicsState();
      } else {
        this.doc.text(run.text, left, y, { baseline: 'alphabetic' });
      }
      if (runs.length > 1) left += this.measure(run.text, style.size, style.bold);
    }
  }

  /** Wrapped text from the top edge y; returns the height used. */
  paragraph(text: string, x: number, y: number, width: number, style: TextStyle, leading = 1.45): number {
    const lines = this.wrap(text, width, style.size, style.bold);
    const step = style.size * leading;
    lines.forEach((line, i) => this.text(line, x, y + style.size * 0.95 + i * step, style));
    return lines.length * step;
  }

  fill(color: Rgb): this {
    this.doc.setFillColor(color[0], color[1], color[2]);
    return this;
  }

  stroke(color: Rgb, width = 0.5, dash: number[] = []): this {
    this.doc.setDrawColor(color[0], color[1], color[2]);
    this.doc.setLineWidth(width);
    this.doc.setLineDashPattern(dash, 0);
    return this;
  }

  /** The finished PDF. */
  /** The PDF's bytes; `deflate` compresses its streams (default: fflate, as jsPDF itself would). */
  output(deflate: Deflate = zlibSync): Uint8Array {
    streamDeflate = deflate;
    try {
      return new Uint8Array(this.doc.output('arraybuffer'));
    } finally {
      streamDeflate = zlibSync;
    }
  }

  /** A closed polygon through absolute points. */
  polygon(points: readonly (readonly [number, number])[], style: 'F' | 'S' | 'FD'): void {
    const [first, ...rest] = points;
    if (!first) return;
    let [px, py] = first;
    const deltas = rest.map(([x, y]) => {
      const d: [number, number] = [x - px, y - py];
      px = x;
      py = y;
      return d;
    });
    this.doc.lines(deltas, first[0], first[1], [1, 1], style, true);
  }
}

/**
 * Stroke width, in em, that thickens the regular face's stems towards the bold's: Noto Sans SC's stems are
 * about 0.07 em in the regular and 0.12 em in the bold, and a stroke adds half its width on each side.
 */
const FAUX_BOLD_STROKE = 0.04;

/** CJK radicals to ideographs (with kana and CJK punctuation), compatibility ideographs, vertical and full-width forms. */
export function isWideCode(code: number): boolean {
  return (code >= 0x2e80 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff) || (code >= 0xfe30 && code <= 0xfe4f) || (code >= 0xff00 && code <= 0xffef);
}

/** Splits a line into runs of wide (CJK) and other characters. */
function wideRuns(text: string): { text: string; wide: boolean }[] {
  const runs: { text: string; wide: boolean }[] = [];
  for (const ch of text) {
    const wide = isWideCode(ch.codePointAt(0)!);
    const last = runs.at(-1);
    if (last && last.wide === wide) last.text += ch;
    else runs.push({ text: ch, wide });
  }
  return runs;
}

interface JsPdfGlyph {
  encode(old2new: Record<string, number>): number[];
}

type GlyfEncode = (glyphs: Record<string, JsPdfGlyph | undefined>, mapping: readonly string[], old2new: Record<string, number>) => { table: number[]; offsets: number[] };

/** The part of jsPDF's internals that holds an embedded font's glyph table (not in its type declarations). */
interface InternalFonts {
  getFont(name: string, style: string): { metadata?: { glyf?: { encode: GlyfEncode } } } | undefined;
}

/**
 * jsPDF's own glyph-table encoder grows its output with Array.concat once per glyph, which is
 * quadratic: with the ~1 000 glyphs of a Chinese report it took most of the writing time. Same
 * output, built in one pass.
 */
const encodeGlyfLinear: GlyfEncode = (glyphs, mapping, old2new) => {
  const table: number[] = [];
  const offsets: number[] = [];
  for (const id of mapping) {
    offsets.push(table.length);
    const bytes = glyphs[id]?.encode(old2new);
    if (bytes) for (const b of bytes) table.push(b);
  }
  offsets.push(table.length);
  return { table, offsets };
};

/** zlib-compresses bytes (RFC 1950), as a PDF's FlateDecode streams are. */
export type Deflate = (data: Uint8Array) => Uint8Array;

let streamDeflate: Deflate = zlibSync;

interface FilterApi {
  processDataByFilters(data: string, filters?: string | string[]): { data: string; reverseChain: string };
}

/**
 * jsPDF compresses each stream with fflate and turns the result back into a string one byte at a
 * time (Array.reduce with +=). Its filter hook is replaced, for FlateEncode alone (the only filter
 * the report asks for), by the deflate given to `output` — Node's zlib for the command line — and
 * chunked conversions; any other filter chain goes to jsPDF's own code. Same output format.
 */
const filterApi = jsPDF.API as unknown as FilterApi;
const jsPdfFilters = filterApi.processDataByFilters.bind(filterApi);
filterApi.processDataByFilters = (data, filters) => {
  const chain = typeof filters === 'string' ? [filters] : (filters ?? []);
  if (chain.length !== 1 || (chain[0] !== 'FlateEncode' && chain[0] !== '/FlateEncode')) return jsPdfFilters(data, filters);
  return { data: toBinaryString(streamDeflate(fromBinaryString(data))), reverseChain: '/FlateDecode' };
};

function fromBinaryString(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}

/**
 * jsPDF's virtual file system takes fonts as binary strings. `apply` on 4 K chunks: spreading 32 K
 * arguments was 30× slower (about 0.1 s for a 400 kB font).
 */
export function toBinaryString(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 0x1000) out += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x1000) as unknown as number[]);
  return out;
}
