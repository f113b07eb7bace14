/**
 * Reading JSON text a person may have edited by hand: located syntax errors, a nesting limit
 * checked before any recursive code runs, and prototype-polluting keys dropped.
 */
import { LIMITS } from './limits';
import type { Problem } from './problems';

export const MAX_DEPTH = LIMITS.depth;
export const MAX_CHARS = LIMITS.fileBytes;
/** The same limit in bytes, checked before a file is read at all. */
export const MAX_FILE_BYTES = LIMITS.fileBytes;

export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * A copy of an already-parsed value without `__proto__`, `constructor` and `prototype` keys, as
 * parseJson drops them from text: a document means the same whether it arrives as text or as a value
 * (an IPC message, the clipboard). Subtrees deeper than `maxDepth` are kept as they are.
 */
export function withoutForbiddenKeys(value: unknown, maxDepth = 64): unknown {
  if (value === null || typeof value !== 'object' || maxDepth <= 0) return value;
  if (Array.isArray(value)) return value.map((item) => withoutForbiddenKeys(item, maxDepth - 1));
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    if (FORBIDDEN_KEYS.has(key)) continue;
    Object.defineProperty(out, key, { value: withoutForbiddenKeys((value as Record<string, unknown>)[key], maxDepth - 1), enumerable: true, writable: true, configurable: true });
  }
  return out;
}

/**
 * Deletes `__proto__`, `constructor` and `prototype` keys in place from a value JSON.parse just made
 * (where they are plain own keys), with an explicit stack: faster than a reviver, which is called for
 * every value, and safe at any depth. parseMap runs it after the limits, so a hostile file costs no walk.
 */
export function dropForbiddenKeys(root: unknown): void {
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const value = stack.pop();
    if (value === null || typeof value !== 'object') continue;
    if (Array.isArray(value)) {
      for (const item of value) if (item !== null && typeof item === 'object') stack.push(item);
      continue;
    }
    const obj = value as Record<string, unknown>;
    for (const key of Object.keys(obj)) {
      if (FORBIDDEN_KEYS.has(key)) delete obj[key];
      else if (obj[key] !== null && typeof obj[key] === 'object') stack.push(obj[key]);
    }
  }
}

export type JsonResult = { ok: true; value: unknown } | { ok: false; problem: Problem };

export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Deepest bracket nesting, skipping strings; returns the offset where `max` is first exceeded, or -1. */
export function findExcessiveNesting(text: string, max: number): number {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++;
      else if (c === 34) inString = false;
      continue;
    }
    if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      if (++depth > max) return i;
    } else if (c === 125 || c === 93) depth--;
  }
  return -1;
}

/** The nesting limit, located by line and column in the text, or null when the text keeps within it. */
export function tooDeepProblem(text: string): Problem | null {
  const deep = findExcessiveNesting(text, MAX_DEPTH);
  return deep < 0 ? null : { path: [], code: 'too-deep', params: { ...lineColumn(text, deep), max: MAX_DEPTH } };
}

export function parseJson(raw: string): JsonResult {
  const text = stripBom(raw);
  if (text.trim() === '') return { ok: false, problem: { path: [], code: 'empty-file', params: {} } };
  if (text.length > MAX_CHARS) {
    return {
      ok: false,
      problem: { path: [], code: 'too-large', params: { size: formatSize(text.length), max: formatSize(MAX_CHARS) } },
    };
  }
  // JSON.parse builds any depth without recursion (V8's parser is iterative), so the nesting scan is
  // left to the text that failed, and to parseMap once the value's walk has found it too deep.
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    const deep = tooDeepProblem(text);
    if (deep) return { ok: false, problem: deep };
    const { offset, detail, char } = locateSyntaxError(text);
    return {
      ok: false,
      problem: { path: [], code: 'json-syntax', params: { ...lineColumn(text, offset), detail, char } },
    };
  }
}

export function formatSize(chars: number): string {
  if (chars >= 1_000_000) return `${(chars / 1_000_000).toFixed(1)} MB`;
  if (chars >= 1_000) return `${(chars / 1_000).toFixed(1)} kB`;
  return `${chars} B`;
}

type SyntaxDetail =
  | 'json.end'
  | 'json.char'
  | 'json.string'
  | 'json.escape'
  | 'json.control'
  | 'json.number'
  | 'json.comma'
  | 'json.colon'
  | 'json.key'
  | 'json.trailing'
  | 'json.value';

class Stop {
  constructor(
    readonly offset: number,
    readonly detail: SyntaxDetail,
  ) {}
}

/**
 * Walks the text as a strict JSON grammar only to say where JSON.parse gave up and why;
 * JSON.parse's own messages differ between engines and rarely give a line.
 */
export function locateSyntaxError(text: string): { offset: number; detail: SyntaxDetail; char: string } {
  let i = 0;
  const n = text.length;
  const ws = () => {
    while (i < n) {
      const c = text[i];
      if (c === ' ' || c === '\t' || c === '\n' || c === '\r') i++;
      else break;
    }
  };
  const fail = (detail: SyntaxDetail): never => {
    throw new Stop(i, i >= n ? 'json.end' : detail);
  };
  const string = () => {
    i++;
    for (;;) {
      if (i >= n) fail('json.string');
      const c = text.charCodeAt(i);
      if (c === 34) {
        i++;
        return;
      }
      if (c < 0x20) fail('json.control');
      if (c === 92) {
        const e = text[i + 1];
        if (e === undefined) {
          i++;
          fail('json.string');
        }
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) fail('json.escape');
          i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else fail('json.escape');
      } else i++;
    }
  };
  const number = () => {
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!m || m[0] === '' || m[0] === '-') fail('json.number');
    i += m![0].length;
  };
  const value = (): void => {
    ws();
    if (i >= n) fail('json.end');
    const c = text[i];
    if (c === '{') {
      i++;
      ws();
      if (text[i] === '}') {
        i++;
        return;
      }
      for (;;) {
        ws();
        if (text[i] !== '"') fail('json.key');
        string();
        ws();
        if (text[i] !== ':') fail('json.colon');
        i++;
        value();
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === '}') {
          i++;
          return;
        }
        fail('json.comma');
      }
    }
    if (c === '[') {
      i++;
      ws();
      if (text[i] === ']') {
        i++;
        return;
      }
      for (;;) {
        value();
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === ']') {
          i++;
          return;
        }
        fail('json.comma');
      }
    }
    if (c === '"') return string();
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) return number();
    for (const word of ['true', 'false', 'null']) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return;
      }
    }
    fail('json.value');
  };
  try {
    value();
    ws();
    if (i < n) fail('json.trailing');
    // The grammar accepted it, so JSON.parse failed for another reason (a lone surrogate is fine for both).
    return { offset: 0, detail: 'json.value', char: '' };
  } catch (e) {
    if (!(e instanceof Stop)) throw e;
    const ch = text[e.offset];
    return { offset: e.offset, detail: e.detail === 'json.value' && ch !== undefined ? 'json.char' : e.detail, char: ch === undefined ? '' : JSON.stringify(ch) };
  }
}
