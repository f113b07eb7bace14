/** Reads a map file (or a report PDF carrying one) for a command, turning every failure into a located, translated message. */
import { translate } from '../i18n';
import { cliMessages } from '../i18n/cli';
import { fileSizeProblem, formatPath, formatProblem, formatProblems, readMapBytes, UNREADABLE_CODES, type MapDocument, type Problem } from '../model';
import { FileAccessError } from '../platform/port';
import type { CliContext } from './context';

export type ReadOutcome =
  | { kind: 'ok'; map: MapDocument; migratedFrom?: number }
  | { kind: 'invalid'; problems: Problem[]; total: number; lines: string[] }
  | { kind: 'unreadable'; lines: string[]; problems: Problem[] };

export async function readMapFile(file: string, ctx: CliContext): Promise<ReadOutcome> {
  const { locale } = ctx;
  const located = (problems: readonly Problem[], total: number, stopped = false) =>
    formatProblems(problems, total, locale, stopped).map((l) => `${file}: ${l}`);
  let bytes: Uint8Array;
  try {
    const info = await ctx.files.stat(file);
    if (info.isDirectory) return { kind: 'unreadable', problems: [], lines: [translate(cliMessages, locale, 'is-directory', { file })] };
    // Refused from its size alone: a huge file is never read into memory.
    const tooLarge = fileSizeProblem(info.size);
    if (tooLarge) return { kind: 'unreadable', problems: [tooLarge], lines: located([tooLarge], 1) };
    bytes = await ctx.files.readFile(file);
  } catch (e) {
    if (e instanceof FileAccessError) {
      const key = e.reason === 'not-found' ? 'not-found' : e.reason === 'is-directory' ? 'is-directory' : e.reason === 'permission' ? 'permission' : 'io';
      return { kind: 'unreadable', problems: [], lines: [translate(cliMessages, locale, key, { file, detail: e.message })] };
    }
    throw e;
  }
  const result = readMapBytes(bytes, file);
  if (result.ok) return result.migratedFrom === undefined ? { kind: 'ok', map: result.map } : { kind: 'ok', map: result.map, migratedFrom: result.migratedFrom };
  const lines = located(result.problems, result.total, result.stopped);
  if (result.problems.length === 1 && UNREADABLE_CODES.has(result.problems[0]!.code)) return { kind: 'unreadable', problems: result.problems, lines };
  return { kind: 'invalid', problems: result.problems, total: result.total, lines };
}

/** A refused file as `--json` prints it, the same for every command. */
export interface JsonRefusal {
  file: string;
  valid: false;
  readable: boolean;
  problems: { path: string; code: string; message: string }[];
  /** Set when the refusal is not a list of problems in the map (a missing file, a folder, no permission). */
  message?: string;
}

export function refusalToJson(file: string, outcome: Exclude<ReadOutcome, { kind: 'ok' }>, ctx: CliContext): JsonRefusal {
  const report: JsonRefusal = {
    file,
    valid: false,
    readable: outcome.kind !== 'unreadable',
    problems: outcome.problems.map((p) => ({ path: formatPath(p.path), code: p.code, message: formatProblem(p, ctx.locale) })),
  };
  if (outcome.problems.length === 0) report.message = outcome.lines.join('\n');
  return report;
}
