/**
 * File text → validated map. Nothing is returned half-read: either the whole document is valid
 * (after migration to the current version) or the caller gets every problem found, capped.
 */
import { parseJson, withoutForbiddenKeys } from './json';
import { migrate } from './migrations';
import { describeValue, type Problem } from './problems';
import { checkReferences } from './references';
import { mapSchema, type MapDocument } from './schema';
import { issueToProblems } from './validate';
import { CURRENT_VERSION, FORMAT_ID } from './vocab';

export const MAX_PROBLEMS = 50;

export type ParseResult =
  | { ok: true; map: MapDocument; migratedFrom?: number }
  | { ok: false; problems: Problem[]; total: number };

function fail(problems: Problem[]): ParseResult {
  return { ok: false, problems: problems.slice(0, MAX_PROBLEMS), total: problems.length };
}

/** Document order: a person fixes a file top to bottom. */
function sortByPath(problems: Problem[]): Problem[] {
  const key = (p: Problem) => p.path;
  return problems
    .map((p, i) => ({ p, i }))
    .sort((a, b) => comparePaths(key(a.p), key(b.p)) || a.i - b.i)
    .map(({ p }) => p);
}

const TOP_ORDER = Object.keys(mapSchema.shape);

function comparePaths(a: readonly (string | number)[], b: readonly (string | number)[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x === y) continue;
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    if (i === 0) return TOP_ORDER.indexOf(String(x)) - TOP_ORDER.indexOf(String(y));
    return 0;
  }
  return a.length - b.length;
}

/** Validates an already-parsed JSON value (for instance from an IPC message or the clipboard). */
export function parseMapValue(value: unknown): ParseResult {
  return validateValue(withoutForbiddenKeys(value));
}

function validateValue(value: unknown): ParseResult {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return fail([{ path: [], code: 'not-object', params: { got: describeValue(value) } }]);
  }
  const raw = value as Record<string, unknown>;
  if (raw['format'] !== FORMAT_ID) {
    return fail([{ path: ['format'], code: 'wrong-format', params: { expected: FORMAT_ID, got: describeValue(raw['format']) } }]);
  }
  const migrated = migrate(raw);
  if (!migrated.ok) return fail([migrated.problem]);

  const result = mapSchema.safeParse(migrated.doc, { reportInput: true });
  const refProblems = checkReferences(migrated.doc);
  if (!result.success) return fail(sortByPath([...result.error.issues.flatMap(issueToProblems), ...refProblems]));
  if (refProblems.length > 0) return fail(refProblems);
  return migrated.from === CURRENT_VERSION ? { ok: true, map: result.data } : { ok: true, map: result.data, migratedFrom: migrated.from };
}

/** Parses map file text: BOM and CRLF accepted, syntax errors located by line and column. */
export function parseMap(text: string): ParseResult {
  const json = parseJson(text);
  if (!json.ok) return fail([json.problem]);
  // parseJson already dropped the forbidden keys.
  return validateValue(json.value);
}

/** Decodes file bytes as strict UTF-8 before parsing, so mojibake never reaches the model. */
export function parseMapBytes(bytes: Uint8Array): ParseResult {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return fail([{ path: [], code: 'invalid-utf8', params: { offset: firstInvalidUtf8(bytes) } }]);
  }
  return parseMap(text);
}

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let lo = 0;
  let hi = bytes.length;
  // Binary search on the longest prefix that decodes; streaming mode lets a prefix end mid-sequence.
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid), { stream: true });
      lo = mid;
    } catch {
      hi = mid - 1;
    }
  }
  // The prefix may end inside the broken sequence: step back to where that sequence starts.
  const decodes = (end: number) => {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, end));
      return true;
    } catch {
      return false;
    }
  };
  while (lo > 0 && !decodes(lo)) lo--;
  return lo;
}
