/**
 * Opening a map: read the bytes once, validate them with the model's parser, and hand the text on
 * only when the whole document is valid. Opening only reads; a failed open never writes anything.
 */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { translate, type Locale } from '../../../src/i18n';
import { fileSizeProblem, formatProblems, readMapBytes, type MapSource } from '../../../src/model';
import { desktopMessages } from '../messages';
import { describeReadError, type Failure } from './messages';

export type ReadResult = { ok: true; text: string; hash: string; source: MapSource } | ({ ok: false } & Failure);

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
  const invalid = (problems: readonly string[]): ReadResult => ({
    ok: false,
    reason: 'invalid',
    message: translate(desktopMessages, locale, 'open.invalid', { name, problems: problems.join('\n') }),
  });
  let bytes: Uint8Array;
  try {
    const info = await stat(path);
    if (info.isDirectory()) return { ok: false, ...describeReadError(path, 'EISDIR', locale) };
    // Refused from its size alone: a huge file is never read into memory.
    const tooLarge = fileSizeProblem(info.size);
    if (tooLarge) return invalid(formatProblems([tooLarge], 1, locale));
    bytes = new Uint8Array(await readFile(path));
  } catch (e) {
    return { ok: false, ...describeReadError(path, errorCode(e), locale) };
  }
  return checkMapBytes(bytes, name, locale);
}

/** Bytes already read (a file, or a file as a git commit had it) through the shared reader, with the same messages. */
export function checkMapBytes(bytes: Uint8Array, name: string, locale: Locale): ReadResult {
  const result = readMapBytes(bytes, name);
  if (result.ok) {
    // A report's map opens as a new, unsaved map (the renderer never gets a way to write over the PDF).
    return { ok: true, text: result.text, hash: hashBytes(bytes), source: result.source };
  }
  if (result.problems[0]?.code === 'pdf-without-map') {
    return { ok: false, reason: 'invalid', message: translate(desktopMessages, locale, 'open.pdfWithoutMap', { name }) };
  }
  const problems = formatProblems(result.problems.slice(0, SHOWN_PROBLEMS), result.total, locale, result.stopped);
  return { ok: false, reason: 'invalid', message: translate(desktopMessages, locale, 'open.invalid', { name, problems: problems.join('\n') }) };
}
