/**
 * Opening a map file, once for every caller (command line, desktop main process, browser): the bytes
 * of a `.tpmap.json` or of a report PDF made by the app, which carries its map in its XMP metadata
 * (src/report/embed.ts writes it). Both go through the same size limit, strict UTF-8 and parser, so a
 * hostile map inside a PDF gets exactly the messages it would get as a file.
 */
import { decodeUtf8, parseMapText } from './parse';
import { formatSize } from './json';
import { LIMITS } from './limits';
import type { Problem } from './problems';
import type { MapDocument } from './schema';
import { serializedSize, serializeMap, utf8Length } from './serialize';

/** Where a report keeps its map: XML-escaped map JSON between these tags, in an uncompressed stream. */
export const EMBEDDED_MAP_OPEN = '<tps:map>';
export const EMBEDDED_MAP_CLOSE = '</tps:map>';

export type MapSource = 'json' | 'pdf';

export type ReadMapResult =
  | {
      ok: true;
      map: MapDocument;
      /** The text to edit: the file's own (byte-order mark dropped) for JSON, the saved form of the embedded map for a PDF. */
      text: string;
      source: MapSource;
      migratedFrom?: number;
    }
  | { ok: false; source: MapSource; problems: Problem[]; total: number; stopped?: true };

/** Problems that mean "this is not a map file at all" rather than "this map is not valid". */
export const UNREADABLE_CODES: ReadonlySet<Problem['code']> = new Set(['json-syntax', 'empty-file', 'invalid-utf8', 'too-large', 'too-deep', 'pdf-without-map']);

const refuse = (source: MapSource, problem: Problem): ReadMapResult => ({ ok: false, source, problems: [problem], total: 1 });

/** The size check, for callers that can refuse a file from its size before reading it. */
export function fileSizeProblem(bytes: number): Problem | null {
  if (bytes <= LIMITS.fileBytes) return null;
  return { path: [], code: 'too-large', params: { size: formatSize(bytes), max: formatSize(LIMITS.fileBytes) } };
}

/** PDF files start with `%PDF-`, though readers accept it anywhere in the first kilobyte. */
function looksLikePdf(bytes: Uint8Array, name: string): boolean {
  return /\.pdf$/i.test(name) || indexOf(bytes, ascii('%PDF-'), 0, 1024) !== -1;
}

const ascii = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));

/** First index of `needle` in `haystack[from, until)`; one pass, no copies. */
function indexOf(haystack: Uint8Array, needle: Uint8Array, from: number, until = haystack.length): number {
  // A view, so that the native search stops at `until` instead of running to the end of a large file.
  const within = until < haystack.length ? haystack.subarray(0, until) : haystack;
  const last = within.length - needle.length;
  const first = needle[0]!;
  for (let i = within.indexOf(first, from); i !== -1 && i <= last; i = within.indexOf(first, i + 1)) {
    let j = 1;
    while (j < needle.length && within[i + j] === needle[j]) j++;
    if (j === needle.length) return i;
  }
  return -1;
}

const unescapeXml = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** The saved form must fit the limit too, or the map would open once and then never again. */
function savedSizeProblem(saved: number): Problem | null {
  if (saved <= LIMITS.fileBytes) return null;
  return { path: [], code: 'saved-too-large', params: { size: formatSize(saved), max: formatSize(LIMITS.fileBytes) } };
}

/**
 * Bytes of a map file or of a report PDF → the validated map, or every problem, located. `name` is
 * the file's name: a `.pdf` name is read as a report even when its header is damaged.
 */
export function readMapBytes(bytes: Uint8Array, name: string): ReadMapResult {
  const source: MapSource = looksLikePdf(bytes, name) ? 'pdf' : 'json';
  const size = fileSizeProblem(bytes.length);
  if (size) return refuse(source, size);

  let text: string;
  if (source === 'pdf') {
    // One forward scan for each tag; the file is already known to be within the size limit.
    const open = ascii(EMBEDDED_MAP_OPEN);
    const start = indexOf(bytes, open, 0);
    const end = start === -1 ? -1 : indexOf(bytes, ascii(EMBEDDED_MAP_CLOSE), start + open.length);
    if (end === -1) return refuse(source, { path: [], code: 'pdf-without-map', params: {} });
    const decoded = decodeUtf8(bytes.subarray(start + open.length, end), start + open.length);
    if (typeof decoded !== 'string') return refuse(source, decoded);
    text = unescapeXml(decoded);
  } else {
    const decoded = decodeUtf8(bytes, 0);
    if (typeof decoded !== 'string') return refuse(source, decoded);
    text = decoded;
  }

  const { result: parsed, savedGrowth } = parseMapText(text);
  if (!parsed.ok) return { ...parsed, source };
  // A report's map is edited in its saved form, which is made once and measured as it is. A file's
  // saved form is measured only when the quick check's bound from the file's own size leaves doubt.
  const saved = source === 'pdf' ? serializeMap(parsed.map) : null;
  const fits = saved === null && savedGrowth !== undefined && bytes.length + savedGrowth <= LIMITS.fileBytes;
  const tooBig = fits ? null : savedSizeProblem(saved === null ? serializedSize(parsed.map) : utf8Length(saved));
  if (tooBig) return refuse(source, tooBig);
  // The decoder has already dropped a byte-order mark.
  const result: ReadMapResult = { ok: true, map: parsed.map, text: saved ?? text, source };
  return parsed.migratedFrom === undefined ? result : { ...result, migratedFrom: parsed.migratedFrom };
}
