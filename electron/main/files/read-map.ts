/**
 * Opening a map: read the bytes once, validate them with the model's parser, and hand the text on
 * only when the whole document is valid. Opening only reads; a failed open never writes anything.
 */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { translate, type Locale } from '../../../src/i18n';
import { formatProblems, parseMapBytes, serializeMap } from '../../../src/model';
import { extractMapFromPdf } from '../../../src/report/embed';
import { formatSize, MAX_FILE_BYTES } from '../../../src/model/json';
import { desktopMessages } from '../messages';
import { describeReadError, type Failure } from './messages';

export type ReadResult = { ok: true; text: string; hash: string } | ({ ok: false } & Failure);

export function hashBytes(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function errorCode(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === 'string' ? code : 'EUNKNOWN';
}

/** At most this many problem lines in the dialog; the rest is summarised. */
const SHOWN_PROBLEMS = 8;

export async function readMapForOpen(path: string, locale: Locale): Promise<ReadResult> {
  const name = basename(path);
  let bytes: Uint8Array;
  try {
    const info = await stat(path);
    if (info.isDirectory()) return { ok: false, ...describeReadError(path, 'EISDIR', locale) };
    if (info.size > MAX_FILE_BYTES) {
      const problems = formatProblems(
        [{ path: [], code: 'too-large', params: { size: formatSize(info.size), max: formatSize(MAX_FILE_BYTES) } }],
        1,
        locale,
      );
      return { ok: false, reason: 'invalid', message: translate(desktopMessages, locale, 'open.invalid', { name, problems: problems.join('\n') }) };
    }
    bytes = new Uint8Array(await readFile(path));
  } catch (e) {
    return { ok: false, ...describeReadError(path, errorCode(e), locale) };
  }
  if (isPdf(bytes)) {
    // A report exported by the app carries its map; the renderer opens it as a new, unsaved map.
    const map = extractMapFromPdf(bytes);
    if (!map) return { ok: false, reason: 'invalid', message: translate(desktopMessages, locale, 'open.pdfWithoutMap', { name }) };
    return { ok: true, text: serializeMap(map), hash: hashBytes(bytes) };
  }
  const parsed = parseMapBytes(bytes);
  if (!parsed.ok) {
    const lines = formatProblems(parsed.problems.slice(0, SHOWN_PROBLEMS), parsed.total, locale);
    return { ok: false, reason: 'invalid', message: translate(desktopMessages, locale, 'open.invalid', { name, problems: lines.join('\n') }) };
  }
  return { ok: true, text: new TextDecoder().decode(bytes), hash: hashBytes(bytes) };
}

function isPdf(bytes: Uint8Array): boolean {
  return bytes.length > 5 && new TextDecoder().decode(bytes.subarray(0, 5)) === '%PDF-';
}
