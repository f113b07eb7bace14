/** Reads a map file for a command, turning every failure into a located, translated message. */
import { translate } from '../i18n';
import { cliMessages } from '../i18n/cli';
import { formatProblems, parseMapBytes, type MapDocument, type Problem } from '../model';
import { formatSize, MAX_FILE_BYTES } from '../model/json';
import { FileAccessError } from '../platform/port';
import type { CliContext } from './context';

export type ReadOutcome =
  | { kind: 'ok'; map: MapDocument; migratedFrom?: number }
  | { kind: 'invalid'; problems: Problem[]; total: number; lines: string[] }
  | { kind: 'unreadable'; lines: string[]; problems: Problem[] };

/** Problems that mean "this is not JSON at all" rather than "this JSON is not a valid map". */
const NOT_JSON = new Set(['json-syntax', 'empty-file', 'invalid-utf8', 'too-large', 'too-deep']);

export async function readMapFile(file: string, ctx: CliContext): Promise<ReadOutcome> {
  const { locale } = ctx;
  let bytes: Uint8Array;
  try {
    const info = await ctx.files.stat(file);
    if (info.isDirectory) return { kind: 'unreadable', problems: [], lines: [translate(cliMessages, locale, 'is-directory', { file })] };
    if (info.size > MAX_FILE_BYTES) {
      const problem: Problem = { path: [], code: 'too-large', params: { size: formatSize(info.size), max: formatSize(MAX_FILE_BYTES) } };
      return { kind: 'unreadable', problems: [problem], lines: formatProblems([problem], 1, locale).map((l) => `${file}: ${l}`) };
    }
    bytes = await ctx.files.readFile(file);
  } catch (e) {
    if (e instanceof FileAccessError) {
      const key = e.reason === 'not-found' ? 'not-found' : e.reason === 'is-directory' ? 'is-directory' : e.reason === 'permission' ? 'permission' : 'io';
      return { kind: 'unreadable', problems: [], lines: [translate(cliMessages, locale, key, { file, detail: e.message })] };
    }
    throw e;
  }
  const result = parseMapBytes(bytes);
  if (result.ok) return result.migratedFrom === undefined ? { kind: 'ok', map: result.map } : { kind: 'ok', map: result.map, migratedFrom: result.migratedFrom };
  const lines = formatProblems(result.problems, result.total, locale).map((l) => `${file}: ${l}`);
  if (result.problems.length === 1 && NOT_JSON.has(result.problems[0]!.code)) return { kind: 'unreadable', problems: result.problems, lines };
  return { kind: 'invalid', problems: result.problems, total: result.total, lines };
}
