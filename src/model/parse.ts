/**
 * File text → validated map. Nothing is returned half-read: either the whole document is valid
 * (after migration to the current version) or the caller gets every problem found, capped.
 */
import { z } from 'zod';
import { acceptValid } from './accept';
import { dropForbiddenKeys, parseJson, stripBom, tooDeepProblem, withoutForbiddenKeys } from './json';
import { checkCollectionLimits, checkLimits } from './limits';
import { migrate } from './migrations';
import { describeValue, type Problem } from './problems';
import { checkReferences } from './references';
import { mapSchema, type MapDocument } from './schema';
import { issueToProblems } from './validate';
import { CURRENT_VERSION, FORMAT_ID } from './vocab';

export const MAX_PROBLEMS = 50;

export type ParseResult =
  | { ok: true; map: MapDocument; migratedFrom?: number }
  /** `stopped`: checking stopped early, so `total` counts only the problems found before it did. */
  | { ok: false; problems: Problem[]; total: number; stopped?: true };

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
  // Limits first: dropping forbidden keys copies the value, which is work a hostile value must not get.
  const limit = checkLimits(value);
  if (limit) return fail([limit]);
  return validateValue(withoutForbiddenKeys(value));
}


type ListKey = { [K in keyof MapDocument]-?: NonNullable<MapDocument[K]> extends readonly unknown[] ? K : never }[keyof MapDocument];

/** The lists of the document with the schema of one item each, found from the schema itself. */
const LISTS: readonly [ListKey, z.ZodType][] = Object.entries(mapSchema.shape).flatMap(([key, field]) => {
  const inner: unknown = field instanceof z.ZodOptional ? field.unwrap() : field;
  return inner instanceof z.ZodArray ? [[key as ListKey, inner.element as z.ZodType] as [ListKey, z.ZodType]] : [];
});

class ProblemSink {
  readonly kept: Problem[] = [];
  /** Set once enough problems are known: the rest of the document is not checked. */
  stopped = false;
  add(problems: readonly Problem[]): void {
    for (const p of problems) this.kept.push(p);
  }
  get full(): boolean {
    return this.kept.length >= MAX_PROBLEMS;
  }
}

/**
 * Runs the schema one list item at a time. Validating the whole document in one call makes the
 * schema library gather every issue of a list into one array spread into a call, which overflows the
 * stack at about a hundred thousand issues; item by item, the issues of one item are bounded by the
 * per-item limits. Items are checked in document order and checking stops once a screenful of
 * problems is known: a person fixes the first ones first, and a hostile file with a problem in every
 * item costs no more than a valid one.
 */
function validateShape(doc: Record<string, unknown>, sink: ProblemSink): MapDocument | null {
  const shallow: Record<string, unknown> = { ...doc };
  const items = new Map<ListKey, unknown[]>();
  for (const [key] of LISTS) {
    const list = doc[key];
    if (Array.isArray(list)) {
      items.set(key, list);
      shallow[key] = [];
    }
  }
  const top = mapSchema.safeParse(shallow, { reportInput: true });
  if (!top.success) sink.add(top.error.issues.flatMap(issueToProblems));
  const parsed: Partial<Record<ListKey, unknown[]>> = {};
  for (const [key, element] of LISTS) {
    const list = items.get(key);
    if (!list) continue;
    const out: unknown[] = new Array<unknown>(list.length);
    for (let i = 0; i < list.length; i++) {
      if (sink.full) {
        sink.stopped = true;
        break;
      }
      // Reporting the input makes the schema library several times slower on every item, so only an
      // item that failed is checked again to word its problems (a valid map pays for one plain check).
      let result = element.safeParse(list[i]);
      if (!result.success) result = element.safeParse(list[i], { reportInput: true });
      if (result.success) out[i] = result.data;
      else for (const issue of result.error.issues) sink.add(issueToProblems({ ...issue, path: [key, i, ...issue.path] }));
    }
    parsed[key] = out;
  }
  if (sink.kept.length > 0) return null;
  return { ...top.data, ...parsed } as MapDocument;
}

/** `value` has passed the limits and holds no forbidden keys. */
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
  if (migrated.from !== CURRENT_VERSION) {
    // Older names (such as `edges`) escape the first check; the migrated document holds them under today's names.
    const limit = checkCollectionLimits(migrated.doc);
    if (limit) return fail([limit]);
  }

  const sink = new ProblemSink();
  const map = validateShape(migrated.doc, sink);
  const refProblems = checkReferences(migrated.doc);
  if (!map) {
    // Reference problems are few (one per id at most) but not found in document order, so all of them are sorted.
    const problems = sortByPath([...sink.kept, ...refProblems]);
    const result: ParseResult = { ok: false, problems: problems.slice(0, MAX_PROBLEMS), total: problems.length };
    return sink.stopped ? { ...result, stopped: true } : result;
  }
  if (refProblems.length > 0) return fail(refProblems);
  return migrated.from === CURRENT_VERSION ? { ok: true, map } : { ok: true, map, migratedFrom: migrated.from };
}

/** Parses map file text: BOM and CRLF accepted, syntax errors located by line and column. */
export function parseMap(text: string): ParseResult {
  return parseMapText(text).result;
}

/**
 * parseMap, also saying (when the quick check vouched for the map) how many bytes longer than `text`
 * its saved form can be at most, so that the reader can skip measuring it.
 */
export function parseMapText(text: string): { result: ParseResult; savedGrowth?: number } {
  const json = parseJson(text);
  if (!json.ok) return { result: fail([json.problem]) };
  // The value is our own fresh copy, so a valid map is taken as it is.
  const quick = acceptValid(json.value);
  if (quick) return { result: { ok: true, map: quick.map }, savedGrowth: quick.savedGrowth };
  return { result: checkParsed(text, json.value) };
}

/** The full check of a value JSON.parse made from `text`: every problem found, worded and located. */
export function checkParsed(text: string, value: unknown): ParseResult {
  const limit = checkLimits(value);
  // Text too deep is named by line and column, as a person editing the file looks for it.
  if (limit) return fail([(limit.code === 'value-too-deep' && tooDeepProblem(stripBom(text))) || limit]);
  // The value is our own fresh copy, so the keys are dropped in place rather than copied.
  dropForbiddenKeys(value);
  return validateValue(value);
}

/** Strict UTF-8 (a byte-order mark dropped), or the problem naming the first bad byte counted from `offset`. */
export function decodeUtf8(bytes: Uint8Array, offset = 0): string | Problem {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { path: [], code: 'invalid-utf8', params: { offset: offset + firstInvalidUtf8(bytes) } };
  }
}

/** Decodes file bytes as strict UTF-8 before parsing, so mojibake never reaches the model. */
export function parseMapBytes(bytes: Uint8Array): ParseResult {
  const text = decodeUtf8(bytes);
  return typeof text === 'string' ? parseMap(text) : fail([text]);
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
