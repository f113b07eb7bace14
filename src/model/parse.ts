/**
 * File text → validated map. Nothing is returned half-read: either the whole document is valid
 * (after migration to the current version) or the caller gets every problem found, capped.
 */
import { parseJson } from './json';
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

/** Validates an already-parsed JSON value (for instance from an IPC message or a PDF attachment). */
export function parseMapValue(value: unknown): ParseResult {
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
  if (!result.success) return fail(result.error.issues.flatMap(issueToProblems));

  const refProblems = checkReferences(result.data);
  if (refProblems.length > 0) return fail(refProblems);
  return migrated.from === CURRENT_VERSION ? { ok: true, map: result.data } : { ok: true, map: result.data, migratedFrom: migrated.from };
}

/** Parses map file text: BOM and CRLF accepted, syntax errors located by line and column. */
export function parseMap(text: string): ParseResult {
  const json = parseJson(text);
  if (!json.ok) return fail([json.problem]);
  return parseMapValue(json.value);
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
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let lo = 0;
  let hi = bytes.length;
  // Binary search on the longest valid prefix; a prefix may end mid-sequence, so allow 3 bytes of slack.
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    try {
      decoder.decode(bytes.subarray(0, mid), { stream: true });
      decoder.decode();
      lo = mid;
    } catch {
      hi = mid - 1;
    }
  }
  return lo;
}
