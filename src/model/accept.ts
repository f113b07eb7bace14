/**
 * The quick way through for a valid map. Checking a large map with the schema library item by item
 * costs several times the JSON.parse that made it, nearly all of it spent on documents that turn out
 * valid. So a check compiled from the same zod schema (not written beside it, so the two cannot
 * drift apart) walks the parsed value once, counting what the limits count, and either vouches for
 * the whole document or gives up at the first thing it is not sure of. Giving up is always safe: the
 * caller then runs the full check (limits, schema, references), which words every problem. Vouching
 * is only allowed when that full check would accept the document and produce an equal value.
 *
 * What it gives up on besides invalid maps: older versions (they need migrating) and prototype keys
 * anywhere (the full check drops them). Keys out of the schema's order (a hand-edited file) are put
 * in order, as the schema library does, by copying only the objects that need it.
 */
import type { z } from 'zod';
import { FORBIDDEN_KEYS } from './json';
import { checkCollectionLimits, LIMITS } from './limits';
import { checkReferences } from './references';
import { mapSchema, type MapDocument } from './schema';

/**
 * What the walk counts: every JSON value (for LIMITS.values), and how many bytes longer than its
 * file the map's saved form can be at most. Saving indents by two spaces and puts a space after
 * each colon; a number's shortest form is at most 24 characters where the file may have used one.
 * Strings never grow: JSON.stringify escapes only what a valid file must escape too, and writes
 * everything else as the UTF-8 the file needed at least.
 */
class Tally {
  values = 0;
  growth = 0;
  /**
   * Objects copied into the schema's key order, to be put in place of the originals once the whole
   * document has passed (container, key, copy, …): until then the parsed value stays untouched for
   * the full check.
   */
  readonly copies: unknown[] = [];
}

const FAIL: unique symbol = Symbol('fail');

/** The value as the schema outputs it (itself, or a copy with its keys in order), or FAIL. */
type Check = (value: unknown, tally: Tally) => unknown;

const NUMBER_GROWTH = 23;

/** The parts of zod's schema definitions the compiler reads; anything else makes it give up. */
interface Def {
  type: string;
  checks?: { _zod: { def: CheckDef } }[];
  innerType?: z.ZodType;
  element?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  catchall?: z.ZodType;
  entries?: Record<string, string | number>;
  values?: readonly unknown[];
  keyType?: z.ZodType;
  valueType?: z.ZodType;
}

interface CheckDef {
  check: string;
  minimum?: number;
  maximum?: number;
  value?: number;
  inclusive?: boolean;
  format?: string;
  fn?: (value: unknown) => unknown;
}

const defOf = (schema: z.ZodType): Def => (schema as unknown as { def: Def }).def;

/** Whitespace a value at `depth` gets in the saved form before it: a line break, the indent, and a space after its key. */
const lead = (depth: number, property: boolean) => (depth === 0 ? 0 : 1 + 2 * depth + (property ? 1 : 0));
/** The line break and indent before the closing bracket of a non-empty list or object. */
const close = (depth: number) => 1 + 2 * depth;

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A check for `schema` at `depth`, or null when the schema uses something this compiler does not know. */
function compile(schema: z.ZodType, depth: number, property: boolean): Check | null {
  const def = defOf(schema);
  const space = lead(depth, property);
  switch (def.type) {
    case 'optional':
      return def.innerType ? compile(def.innerType, depth, property) : null;
    case 'string':
      return compileString(def, space);
    case 'number':
      return compileNumber(def, space);
    case 'boolean':
      return (v, t) => {
        if (typeof v !== 'boolean') return FAIL;
        t.values++;
        t.growth += space;
        return v;
      };
    case 'enum':
    case 'literal': {
      if (def.checks?.length) return null;
      const allowed = new Set<unknown>(def.type === 'enum' ? Object.values(def.entries ?? {}) : def.values);
      return (v, t) => {
        if ((typeof v !== 'string' && typeof v !== 'number') || !allowed.has(v)) return FAIL;
        t.values++;
        t.growth += space + (typeof v === 'number' ? NUMBER_GROWTH : 0);
        return v;
      };
    }
    case 'array':
      return compileArray(def, depth, space);
    case 'object':
      return compileObject(def, depth, space);
    case 'record': {
      // Only the free-form record of anything (`view`): its content is walked for the limits alone.
      const key = def.keyType && defOf(def.keyType);
      if (!key || key.type !== 'string' || key.checks?.length || !def.valueType || defOf(def.valueType).type !== 'unknown') return null;
      return (v, t) => (isPlainObject(v) && walkFree(v, depth, property, t) ? v : FAIL);
    }
    default:
      return null;
  }
}

function compileString(def: Def, space: number): Check | null {
  let min = 0;
  let max: number = LIMITS.stringChars;
  const refinements: ((value: unknown) => unknown)[] = [];
  for (const { _zod } of def.checks ?? []) {
    const c = _zod.def;
    if (c.check === 'min_length' && c.minimum !== undefined) min = Math.max(min, c.minimum);
    else if (c.check === 'max_length' && c.maximum !== undefined) max = Math.min(max, c.maximum);
    else if (c.check === 'custom' && c.fn) refinements.push(c.fn);
    else return null;
  }
  return (v, t) => {
    if (typeof v !== 'string' || v.length < min || v.length > max) return FAIL;
    for (let i = 0; i < refinements.length; i++) if (refinements[i]!(v) !== true) return FAIL;
    t.values++;
    t.growth += space;
    return v;
  };
}

function compileNumber(def: Def, space: number): Check | null {
  let min = -Infinity;
  let max = Infinity;
  let minInclusive = true;
  let maxInclusive = true;
  let integer = false;
  for (const { _zod } of def.checks ?? []) {
    const c = _zod.def;
    if (c.check === 'greater_than' && c.value !== undefined && min === -Infinity) [min, minInclusive] = [c.value, c.inclusive === true];
    else if (c.check === 'less_than' && c.value !== undefined && max === Infinity) [max, maxInclusive] = [c.value, c.inclusive === true];
    else if (c.check === 'number_format' && c.format === 'safeint') integer = true;
    else return null;
  }
  return (v, t) => {
    if (typeof v !== 'number' || !Number.isFinite(v)) return FAIL;
    if (integer && !Number.isSafeInteger(v)) return FAIL;
    if (minInclusive ? v < min : v <= min) return FAIL;
    if (maxInclusive ? v > max : v >= max) return FAIL;
    t.values++;
    t.growth += space + NUMBER_GROWTH;
    return v;
  };
}

function compileArray(def: Def, depth: number, space: number): Check | null {
  const element = def.element && compile(def.element, depth + 1, false);
  if (!element) return null;
  let min = 0;
  let max = Infinity;
  for (const { _zod } of def.checks ?? []) {
    const c = _zod.def;
    if (c.check === 'min_length' && c.minimum !== undefined) min = Math.max(min, c.minimum);
    else if (c.check === 'max_length' && c.maximum !== undefined) max = Math.min(max, c.maximum);
    else return null;
  }
  const closing = close(depth);
  return (v, t) => {
    if (!Array.isArray(v) || v.length < min || v.length > max) return FAIL;
    for (let i = 0; i < v.length; i++) {
      const item: unknown = v[i];
      const out = element(item, t);
      if (out === FAIL) return FAIL;
      if (out !== item) t.copies.push(v, i, out);
    }
    t.values++;
    t.growth += space + (v.length > 0 ? closing : 0);
    return v;
  };
}

interface Field {
  readonly key: string;
  readonly check: Check;
  readonly optional: boolean;
}

function compileObject(def: Def, depth: number, space: number): Check | null {
  // Only strict objects: an unknown key must be refused, as the schema refuses it.
  if (!def.shape || !def.catchall || defOf(def.catchall).type !== 'never' || def.checks?.length) return null;
  const fields: Field[] = [];
  for (const [key, schema] of Object.entries(def.shape)) {
    const check = compile(schema, depth + 1, true);
    if (!check) return null;
    fields.push({ key, check, optional: defOf(schema).type === 'optional' });
  }
  const closing = close(depth);
  const known = new Set(fields.map((f) => f.key));

  /** Out of order (or invalid): a copy in the schema's order, as the schema library makes. */
  const copyInOrder = (v: Record<string, unknown>, t: Tally): unknown => {
    const keys = Object.keys(v);
    for (let i = 0; i < keys.length; i++) if (!known.has(keys[i]!)) return FAIL;
    t.values++;
    t.growth += space + (keys.length > 0 ? closing : 0);
    const copy: Record<string, unknown> = {};
    for (const field of fields) {
      if (!Object.hasOwn(v, field.key)) {
        if (field.optional) continue;
        return FAIL;
      }
      const out = field.check(v[field.key], t);
      if (out === FAIL) return FAIL;
      copy[field.key] = out;
    }
    return copy;
  };

  return (v, t) => {
    if (!isPlainObject(v)) return FAIL;
    // Keys in the schema's order, as the app saves them, are checked in one pass that allocates
    // nothing; a missing, unknown, prototype (for-in sees those too) or misplaced key ends it.
    const values = t.values;
    const growth = t.growth;
    const copies = t.copies.length;
    let f = 0;
    let count = 0;
    let inOrder = true;
    for (const key in v) {
      while (f < fields.length && fields[f]!.key !== key && fields[f]!.optional) f++;
      if (f === fields.length || fields[f]!.key !== key) {
        inOrder = false;
        break;
      }
      const value = v[key];
      const out = fields[f]!.check(value, t);
      if (out === FAIL) return FAIL;
      if (out !== value) t.copies.push(v, key, out);
      f++;
      count++;
    }
    for (; inOrder && f < fields.length; f++) if (!fields[f]!.optional) inOrder = false;
    if (inOrder) {
      t.values++;
      t.growth += space + (count > 0 ? closing : 0);
      return v;
    }
    // What the ordered pass counted is counted again by the copy.
    t.values = values;
    t.growth = growth;
    t.copies.length = copies;
    return copyInOrder(v, t);
  };
}

/**
 * The free-form part of a map, held to the limits the full check applies to every value: nesting,
 * text and key length, the count of values; prototype keys make it give up. Containers go on an
 * explicit stack, as the content may be nested deeper than the call stack allows; everything else is
 * counted where it stands, so a list of millions of numbers costs no stack.
 */
function walkFree(root: Record<string, unknown>, rootDepth: number, rootIsProperty: boolean, t: Tally): boolean {
  const containers: object[] = [root];
  const depths: number[] = [rootDepth];
  t.values++;
  t.growth += lead(rootDepth, rootIsProperty);
  while (containers.length > 0) {
    const value = containers.pop()!;
    const depth = depths.pop()!;
    if (depth >= LIMITS.depth) return false;
    const list = Array.isArray(value);
    const keys = list ? null : Object.keys(value);
    const count = keys ? keys.length : (value as unknown[]).length;
    if (count > 0) t.growth += close(depth);
    const childLead = lead(depth + 1, !list);
    for (let i = 0; i < count; i++) {
      let child: unknown;
      if (keys) {
        const key = keys[i]!;
        if (key.length > LIMITS.stringChars || FORBIDDEN_KEYS.has(key)) return false;
        child = (value as Record<string, unknown>)[key];
      } else child = (value as unknown[])[i];
      if (++t.values > LIMITS.values) return false;
      t.growth += childLead;
      if (typeof child === 'number') t.growth += NUMBER_GROWTH;
      else if (typeof child === 'string') {
        if (child.length > LIMITS.stringChars) return false;
      } else if (typeof child === 'object' && child !== null) {
        containers.push(child);
        depths.push(depth + 1);
      }
    }
  }
  return true;
}

const checkMap = compile(mapSchema, 0, false);

/** Whether the schema compiled: false means every document takes the full check (a test keeps it true). */
export const QUICK_CHECK_COMPILED = checkMap !== null;

export interface Accepted {
  /** The value itself, not a copy: JSON.parse made it, and it is exactly what the full check would return. */
  readonly map: MapDocument;
  /** Its saved form (serializeMap) is at most this many UTF-8 bytes longer than the text it was parsed from. */
  readonly savedGrowth: number;
}

/**
 * A freshly parsed JSON value → the map it is, when it is a valid map of the current version that
 * this check can vouch for; null otherwise (invalid, or only not vouched for). The collection limits
 * are checked first, so a hostile document costs no more here than in the full check.
 */
export function acceptValid(value: unknown): Accepted | null {
  if (!checkMap || !isPlainObject(value) || checkCollectionLimits(value)) return null;
  const tally = new Tally();
  const out = checkMap(value, tally);
  if (out === FAIL || tally.values > LIMITS.values) return null;
  const map = out as MapDocument;
  if (checkReferences(map).length > 0) return null;
  const { copies } = tally;
  for (let i = 0; i < copies.length; i += 3) (copies[i] as Record<string | number, unknown>)[copies[i + 1] as string | number] = copies[i + 2];
  // The final line break.
  return { map, savedGrowth: tally.growth + 1 };
}
