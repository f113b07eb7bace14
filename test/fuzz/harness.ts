/**
 * The fuzz tier: real sample maps, mutated the ways a damaged or hostile file is (byte flips,
 * truncation, deep nesting, huge numbers, wrong types, odd Unicode, prototype keys, very large
 * arrays), fed in-process to the one reader and to the command line's `validate` and `check`.
 * A case fails on any exception, an exit code other than 0/1/2, `--json` output that does not parse,
 * a problem message with a placeholder left in, or a valid map that does not survive a save and reopen.
 * Every failing input is written to test/fixtures/fuzz/ so it is replayed from then on.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { runCli } from '../../src/cli/main';
import { formatProblems, readMapBytes, serializeMap } from '../../src/model';
import { FileAccessError, type FilePort } from '../../src/platform/port';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const FIXTURES = join(ROOT, 'test/fixtures/fuzz');
const SAMPLES = ['car-dealer-aftersales', 'haidilao-hotpot-dinner', 'hotel-stay'].map((name) =>
  readFileSync(join(ROOT, 'samples', `${name}.tpmap.json`), 'utf8'),
);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every container path in a value, found without recursion. */
function containers(root: Json): (string | number)[][] {
  const out: (string | number)[][] = [];
  const stack: [Json, (string | number)[]][] = [[root, []]];
  while (stack.length > 0) {
    const [value, path] = stack.pop()!;
    if (value === null || typeof value !== 'object') continue;
    out.push(path);
    if (Array.isArray(value)) value.forEach((v, i) => stack.push([v, [...path, i]]));
    else for (const [k, v] of Object.entries(value)) stack.push([v, [...path, k]]);
  }
  return out;
}

function at(root: Json, path: readonly (string | number)[]): Json {
  let v: Json = root;
  for (const seg of path) v = (v as Record<string | number, Json>)[seg]!;
  return v;
}

/** Sets a child of the container at `path`: a key of an object, an index of a list. */
function setChild(container: Json, pick: number, make: (old: Json | undefined) => Json, key?: string): void {
  if (Array.isArray(container)) {
    const i = container.length === 0 ? 0 : pick % container.length;
    container[i] = make(container[i]);
  } else if (container !== null && typeof container === 'object') {
    const keys = Object.keys(container);
    const k = key ?? (keys.length === 0 ? 'x' : keys[pick % keys.length]!);
    // defineProperty: a "__proto__" key must become an own key, as JSON.parse makes it.
    Object.defineProperty(container, k, { value: make(container[k]), enumerable: true, writable: true, configurable: true });
  }
}

const ODD_TEXT = ['', ' ', '\u0000', '\ud800', '\udfff', '\u202e', '\ufeff', 'e\u0301', '🚗'.repeat(50), '\u2028', '"', '\\', 'x'.repeat(100_001), '年'.repeat(3000)];
const ODD_NUMBERS = [0, -0, -1, 1.5, 1e308, -1e308, 2 ** 53 + 1, 123456789, 0.1 + 0.2];
const ODD_TEXT_NUMBERS = ['1e309', '-1e309', '1e-400', '123456789012345678901234567890', '0.0000000000000000000000001', '-0'];

type Mutation =
  | { kind: 'flip'; positions: number[]; values: number[] }
  | { kind: 'truncate'; at: number }
  | { kind: 'nest'; pick: number; child: number; depth: number }
  | { kind: 'number'; pick: number; child: number; which: number }
  | { kind: 'type'; pick: number; child: number; which: number }
  | { kind: 'text'; pick: number; child: number; which: number }
  | { kind: 'proto'; pick: number; which: number }
  | { kind: 'array'; pick: number; child: number; length: number; junk: boolean }
  | { kind: 'bigNumberText'; at: number; which: number };

const nat = fc.nat({ max: 1_000_000 });
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('flip' as const), positions: fc.array(nat, { minLength: 1, maxLength: 8 }), values: fc.array(fc.nat({ max: 255 }), { minLength: 1, maxLength: 8 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('truncate' as const), at: nat }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('nest' as const), pick: nat, child: nat, depth: fc.oneof(fc.integer({ min: 90, max: 110 }), fc.integer({ min: 1, max: 50_000 })) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('number' as const), pick: nat, child: nat, which: nat }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('bigNumberText' as const), at: nat, which: nat }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('type' as const), pick: nat, child: nat, which: nat }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('text' as const), pick: nat, child: nat, which: nat }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('proto' as const), pick: nat, which: nat }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('array' as const),
      pick: nat,
      child: nat,
      length: fc.oneof({ weight: 4, arbitrary: fc.integer({ min: 0, max: 2_000 }) }, { weight: 1, arbitrary: fc.integer({ min: 10_000, max: 150_000 }) }),
      junk: fc.boolean(),
    }),
  },
);

const WRONG_TYPES: Json[] = [null, true, 0, '', [], {}, 'basic', [{}], { id: 1 }];

function applyStructural(text: string, m: Exclude<Mutation, { kind: 'flip' | 'truncate' | 'bigNumberText' }>): string {
  const doc = JSON.parse(text) as Json;
  const paths = containers(doc);
  const target = at(doc, paths[m.pick % paths.length]!);
  switch (m.kind) {
    case 'nest': {
      setChild(target, m.child, (old) => {
        let v: Json = old ?? 1;
        for (let i = 0; i < m.depth; i++) v = [v];
        return v;
      });
      // Deep values cannot go through JSON.stringify's recursion safely; text is built by hand below.
      return stringifyDeep(doc);
    }
    case 'number':
      setChild(target, m.child, () => ODD_NUMBERS[m.which % ODD_NUMBERS.length]!);
      break;
    case 'type':
      setChild(target, m.child, () => WRONG_TYPES[m.which % WRONG_TYPES.length]!);
      break;
    case 'text':
      setChild(target, m.child, () => ODD_TEXT[m.which % ODD_TEXT.length]!);
      break;
    case 'proto': {
      const key = ['__proto__', 'constructor', 'prototype'][m.which % 3]!;
      const container = Array.isArray(target) ? {} : target;
      setChild(container, 0, () => ({ polluted: true, toString: 1 }), key);
      if (Array.isArray(target)) target.push(container);
      break;
    }
    case 'array':
      setChild(target, m.child, (old) => Array.from({ length: m.length }, (_, i) => (m.junk ? i : (old ?? {}))));
      break;
  }
  return JSON.stringify(doc);
}

/** Text to emit as is, between the values stringifyDeep walks. */
class Raw {
  constructor(readonly text: string) {}
}

/** JSON.stringify without recursion, for values nested deeper than the call stack allows. */
function stringifyDeep(root: Json): string {
  const parts: string[] = [];
  const stack: (Json | Raw)[] = [root];
  while (stack.length > 0) {
    const item = stack.pop()!;
    if (item instanceof Raw) {
      parts.push(item.text);
      continue;
    }
    if (item === null || typeof item !== 'object') {
      parts.push(JSON.stringify(item));
      continue;
    }
    const entries: [string | null, Json][] = Array.isArray(item) ? item.map((v) => [null, v]) : Object.entries(item);
    parts.push(Array.isArray(item) ? '[' : '{');
    stack.push(new Raw(Array.isArray(item) ? ']' : '}'));
    for (let i = entries.length - 1; i >= 0; i--) {
      const [key, v] = entries[i]!;
      stack.push(v);
      const prefix = `${i > 0 ? ',' : ''}${key === null ? '' : `${JSON.stringify(key)}:`}`;
      if (prefix) stack.push(new Raw(prefix));
    }
  }
  return parts.join('');
}

export function mutate(sample: number, m: Mutation): Uint8Array {
  const text = SAMPLES[sample % SAMPLES.length]!;
  const bytes = new TextEncoder().encode(text);
  switch (m.kind) {
    case 'flip': {
      const out = bytes.slice();
      m.positions.forEach((p, i) => (out[p % out.length] = m.values[i % m.values.length]!));
      return out;
    }
    case 'truncate':
      return bytes.subarray(0, m.at % (bytes.length + 1));
    case 'bigNumberText': {
      // Numbers JSON can hold but doubles cannot, spliced in as text.
      const digits = [...text.matchAll(/(?<=: )-?\d+(\.\d+)?/g)];
      if (digits.length === 0) return bytes;
      const hit = digits[m.at % digits.length]!;
      const replaced = text.slice(0, hit.index) + ODD_TEXT_NUMBERS[m.which % ODD_TEXT_NUMBERS.length]! + text.slice(hit.index + hit[0].length);
      return new TextEncoder().encode(replaced);
    }
    default:
      return new TextEncoder().encode(applyStructural(text, m));
  }
}

export const fuzzCase = fc.tuple(fc.nat({ max: SAMPLES.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 3 })).map(([sample, mutations]) => {
  let bytes = mutate(sample, mutations[0]!);
  // Later mutations apply to the result when it is still JSON; otherwise the bytes stay as they are.
  for (const m of mutations.slice(1)) {
    if (m.kind === 'flip' || m.kind === 'truncate') {
      const out = bytes.slice();
      if (m.kind === 'flip') m.positions.forEach((p, i) => (out[p % Math.max(out.length, 1)] = m.values[i % m.values.length]!));
      bytes = m.kind === 'truncate' ? out.subarray(0, m.at % (out.length + 1)) : out;
    }
  }
  return bytes;
});

/** An in-memory file port: the command line reads the case's bytes as if from disk. */
function memoryFiles(files: Map<string, Uint8Array>): FilePort {
  const get = (path: string) => {
    const bytes = files.get(path);
    if (!bytes) throw new FileAccessError(path, 'not-found');
    return bytes;
  };
  return {
    readFile: async (path) => get(path),
    stat: async (path) => ({ isFile: true, isDirectory: false, size: get(path).length }),
    writeFileAtomic: async () => {
      throw new Error('the fuzz tier never writes');
    },
  };
}

async function runVerb(argv: string[], files: FilePort): Promise<{ code: number; stdout: string }> {
  let stdout = '';
  const code = await runCli(argv, { files, stdout: { write: (s) => void (stdout += s) }, stderr: { write: () => undefined }, locale: 'en', interactive: false });
  return { code, stdout };
}

export interface CaseFigures {
  ms: number;
  heapMb: number;
  /** A bare JSON.parse of the same bytes, which no reader can beat: the yardstick on a loaded machine. */
  baselineMs: number;
}

function jsonParseMs(bytes: Uint8Array): number {
  const start = performance.now();
  try {
    JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    // Only the time matters.
  }
  return performance.now() - start;
}

/** Runs one input through every check; throws a plain Error describing the first broken promise. */
export async function checkInput(bytes: Uint8Array, name = 'case.tpmap.json'): Promise<CaseFigures> {
  const heapBefore = process.memoryUsage().heapUsed;
  const start = performance.now();
  const result = readMapBytes(bytes, name);
  const ms = performance.now() - start;
  const heapMb = Math.max(0, process.memoryUsage().heapUsed - heapBefore) / 1e6;
  if (result.ok) {
    const again = readMapBytes(new TextEncoder().encode(serializeMap(result.map)), name);
    if (!again.ok) throw new Error(`a valid map did not reopen after saving: ${formatProblems(again.problems, again.total).join('; ')}`);
  } else {
    if (result.problems.length === 0) throw new Error('refused without a problem');
    for (const locale of ['en', 'zh-CN'] as const) {
      for (const line of formatProblems(result.problems, result.total, locale, result.stopped)) {
        if (/\{\w+\}/.test(line)) throw new Error(`unfilled placeholder in "${line}"`);
      }
    }
  }
  const files = memoryFiles(new Map([[name, bytes]]));
  for (const verb of ['validate', 'check']) {
    const run = await runVerb([verb, '--json', name], files);
    if (![0, 1, 2].includes(run.code)) throw new Error(`${verb} exited ${run.code}`);
    try {
      JSON.parse(run.stdout);
    } catch {
      throw new Error(`${verb} --json printed no valid JSON: ${run.stdout.slice(0, 200)}`);
    }
  }
  return { ms, heapMb, baselineMs: jsonParseMs(bytes) };
}

/** Over 2 s only counts as a failure when it is also well over what JSON.parse alone takes on this machine now. */
export function tooSlow(figures: CaseFigures): boolean {
  return figures.ms > 2000 && figures.ms > 3 * figures.baselineMs;
}

/** Keeps a failing input for replay; the name is its hash, so a failure is stored once. */
export function saveRegression(bytes: Uint8Array): string {
  mkdirSync(FIXTURES, { recursive: true });
  const file = join(FIXTURES, `${createHash('sha256').update(bytes).digest('hex').slice(0, 16)}.bin`);
  writeFileSync(file, bytes);
  return file;
}

export function regressionFixtures(): { name: string; bytes: Uint8Array }[] {
  let names: string[];
  try {
    names = readdirSync(FIXTURES).filter((n) => n.endsWith('.bin') || n.endsWith('.json') || n.endsWith('.pdf'));
  } catch {
    return [];
  }
  return names.sort().map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(FIXTURES, name))) }));
}

export interface FuzzFigures {
  cases: number;
  failures: string[];
  maxMs: number;
  maxHeapMb: number;
  maxRssMb: number;
}

/** Runs `cases` seeded cases; failures are saved as fixtures and listed, never thrown halfway. */
export async function fuzz(cases: number, seed: number): Promise<FuzzFigures> {
  const figures: FuzzFigures = { cases, failures: [], maxMs: 0, maxHeapMb: 0, maxRssMb: 0 };
  const inputs = fc.sample(fuzzCase, { numRuns: cases, seed });
  for (const bytes of inputs) {
    try {
      const figuresOfCase = await checkInput(bytes);
      figures.maxMs = Math.max(figures.maxMs, figuresOfCase.ms);
      figures.maxHeapMb = Math.max(figures.maxHeapMb, figuresOfCase.heapMb);
      if (tooSlow(figuresOfCase)) throw new Error(`took ${Math.round(figuresOfCase.ms)} ms (JSON.parse: ${Math.round(figuresOfCase.baselineMs)} ms)`);
    } catch (e) {
      figures.failures.push(`${saveRegression(bytes)}: ${e instanceof Error ? e.message : String(e)}`);
    }
    figures.maxRssMb = Math.max(figures.maxRssMb, process.memoryUsage().rss / 1e6);
  }
  return figures;
}
