/**
 * The quick check (src/model/accept.ts) must never vouch for a map the full check refuses, must give
 * the same map when it vouches, and must bound the saved size soundly. Real maps are mutated the
 * small ways that sit right at the schema's edges (a name of only wide spaces, a number one past its
 * bound, an id used twice, keys out of order), so most cases land near the line between the two.
 */
import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LIMITS, readMapBytes, serializeMap, type MapDocument } from '../../../src/model';
import { acceptValid, QUICK_CHECK_COMPILED } from '../../../src/model/accept';
import { checkParsed } from '../../../src/model/parse';
import { xmpPacket } from '../../../src/report/embed';
import { serializedSize, utf8Length } from '../../../src/model/serialize';
import { arbMap } from '../../fixtures/arbitrary';
import { generateMap } from '../../fixtures/generate';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const fileText = (path: string) => readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8');
const FILES = [
  'samples/car-dealer-aftersales.tpmap.json',
  'samples/haidilao-hotpot-dinner.tpmap.json',
  'samples/hotel-stay.tpmap.json',
  'test/fixtures/maps/bank-account-opening.tpmap.json',
  'test/fixtures/maps/laptop-aftersales.tpmap.json',
];
const REAL: Json[] = [
  ...FILES.map((path) => JSON.parse(fileText(path)) as Json),
  JSON.parse(serializeMap({ ...generateMap({ touchpoints: 40, locale: 'zh-CN' }), view: { zoom: 1.5, hidden: ['l2'], notes: { a: [1, 'x', null, true] } } })) as Json,
];

const EDGE_VALUES: Json[] = [
  '', ' ', '\u3000', '\u00a0x', '\ufeff', 'x', 'x'.repeat(200), 'x'.repeat(201), 'y'.repeat(2000), 'y'.repeat(2001),
  -101, -100, -4, -3, -1, -0, 0, 0.5, 1, 2, 3, 4, 5, 10, 100, 101, 1_000_000, 1_000_001, 1e9, 2 ** 53, 1e21,
  true, false, null, [], {}, [{}], { id: 'x' }, [{ tier: 'prevent', text: 'Call back' }],
  'basic', 'Basic', 'low', 'critical', 'prevent', 'flow', 'web', 'customer', 'zh-CN', 'touchpoint-studio/map',
];
const KEYS = ['id', 'title', 'name', 'note', 'votes', 'kind', 'level', 'metrics', 'view', 'x', '__proto__', 'constructor'];

type Mutation = { op: 'set' | 'delete' | 'add' | 'reorder' | 'copy' | 'drop' | 'id' | 'sibling'; at: number; pick: number };
const mutation: fc.Arbitrary<Mutation> = fc.record({
  op: fc.constantFrom('set', 'set', 'delete', 'add', 'reorder', 'copy', 'drop', 'id', 'id', 'sibling'),
  at: fc.nat(),
  pick: fc.nat(),
});

/** Every value's parent and key, found without recursion. */
function places(root: Json): { parent: Json[] | Record<string, Json>; key: string | number }[] {
  const out: { parent: Json[] | Record<string, Json>; key: string | number }[] = [];
  const stack: Json[] = [root];
  while (stack.length > 0) {
    const v = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    const children: [string | number, Json][] = Array.isArray(v) ? v.map((child, i) => [i, child]) : Object.entries(v);
    for (const [key, child] of children) {
      out.push({ parent: v, key });
      stack.push(child);
    }
  }
  return out;
}

const containers = (root: Json) => [root, ...places(root).map(({ parent, key }) => (parent as Record<string | number, Json>)[key]!)].filter((v) => v !== null && typeof v === 'object');

function idsOf(root: Json): string[] {
  return places(root).flatMap(({ parent, key }) => {
    const v = (parent as Record<string | number, Json>)[key];
    return key === 'id' && typeof v === 'string' ? [v] : [];
  });
}

const own = (obj: Record<string, Json>, key: string, value: Json) => Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });

function mutate(doc: Json, m: Mutation): void {
  const all = places(doc);
  if (all.length === 0) return;
  const { parent, key } = all[m.at % all.length]!;
  const holder = parent as Record<string | number, Json>;
  const boxes = containers(doc);
  const box = boxes[m.at % boxes.length]!;
  switch (m.op) {
    case 'set':
      holder[key] = structuredClone(EDGE_VALUES[m.pick % EDGE_VALUES.length]!);
      break;
    case 'id': {
      // Another place's id: a reference that now resolves, or an id used twice.
      const ids = idsOf(doc);
      if (ids.length > 0) holder[key] = ids[m.pick % ids.length]!;
      break;
    }
    case 'sibling': {
      // Another field of the same object: a link to itself, a stage given as a lane.
      if (Array.isArray(parent)) break;
      const keys = Object.keys(parent);
      holder[key] = structuredClone(parent[keys[m.pick % keys.length]!]!);
      break;
    }
    case 'delete':
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete parent[key];
      break;
    case 'add':
      if (!Array.isArray(box)) own(box as Record<string, Json>, KEYS[m.pick % KEYS.length]!, structuredClone(EDGE_VALUES[m.at % EDGE_VALUES.length]!));
      break;
    case 'reorder':
      if (!Array.isArray(box)) {
        const entries = Object.entries(box as Record<string, Json>);
        for (const [k] of entries) delete (box as Record<string, Json>)[k];
        const shift = m.pick % Math.max(1, entries.length);
        for (const [k, v] of [...entries.slice(shift), ...entries.slice(0, shift)]) own(box as Record<string, Json>, k, v);
      }
      break;
    case 'copy':
      if (Array.isArray(box) && box.length > 0) box.push(structuredClone(box[m.pick % box.length]!));
      break;
    case 'drop':
      if (Array.isArray(box)) box.length = Math.min(box.length, m.pick % 3);
      break;
  }
}

/** The same document as file text: compact, indented, or with numbers written shorter than JSON.stringify writes them. */
function asText(doc: Json, style: number): string {
  if (style === 0) return JSON.stringify(doc);
  if (style === 1) return JSON.stringify(doc, null, 2);
  return JSON.stringify(doc).replace(/(?<=[:[,])(-?)1000000(?=[,\]}])/g, '$11e6').replace(/(?<=[:[,])100(?=[,\]}])/g, '1e2');
}

interface Outcome {
  quick: ReturnType<typeof acceptValid>;
  full: ReturnType<typeof checkParsed>;
  value: unknown;
  text: string;
}

function both(text: string): Outcome {
  return { quick: acceptValid(JSON.parse(text)), full: checkParsed(text, JSON.parse(text)), value: JSON.parse(text), text };
}

/** The promise the reader relies on, checked for one document. */
function expectAgreement({ quick, full, value, text }: Outcome): void {
  if (quick) {
    expect(full.ok).toBe(true);
    // Compared as text, so key order counts too.
    if (full.ok) expect(JSON.stringify(quick.map)).toBe(JSON.stringify(full.map));
    expect(serializedSize(quick.map)).toBeLessThanOrEqual(utf8Length(text) + quick.savedGrowth);
  } else if (full.ok && isDeepStrictEqual(value, full.map)) {
    // A valid current map with nothing dropped (keys in any order): the quick check must take it, or it is only dead weight.
    expect.fail(`the quick check gave up on a valid map: ${text.slice(0, 200)}`);
  }
}

describe('the quick check of a valid map', () => {
  it('compiles from the schema', () => {
    expect(QUICK_CHECK_COMPILED).toBe(true);
  });

  it('vouches for the real maps and a generated 10 000-touchpoint map, as the full check accepts them', () => {
    for (const doc of REAL) expectAgreement(both(JSON.stringify(doc, null, 2)));
    expect(REAL.every((doc) => acceptValid(structuredClone(doc)) !== null)).toBe(true);
    const large = serializeMap(generateMap({ touchpoints: 10_000 }));
    expect(acceptValid(JSON.parse(large))).not.toBeNull();
  });

  it('never vouches for what the full check refuses, and gives the same map when both accept (mutated real maps)', () => {
    let vouched = 0;
    fc.assert(
      fc.property(fc.nat(REAL.length - 1), fc.array(mutation, { minLength: 1, maxLength: 3 }), fc.nat(2), (which, mutations, style) => {
        const doc = structuredClone(REAL[which]!);
        for (const m of mutations) mutate(doc, m);
        const outcome = both(asText(doc, style));
        if (outcome.quick) vouched++;
        expectAgreement(outcome);
      }),
      { numRuns: 1000 },
    );
    // Many mutations keep the map valid: the agreement must have been tested on accepted maps too.
    expect(vouched).toBeGreaterThan(100);
  });

  it('agrees with the full check on generated maps, mutated or not', () => {
    fc.assert(
      fc.property(arbMap, fc.array(mutation, { maxLength: 2 }), fc.nat(2), (map, mutations, style) => {
        const doc = JSON.parse(JSON.stringify(map)) as Json;
        for (const m of mutations) mutate(doc, m);
        expectAgreement(both(asText(doc, style)));
      }),
      { numRuns: 300 },
    );
  });
});

describe('the saved size when a file is opened', () => {
  it('is bounded exactly but for the numbers, which may each be written up to 23 characters shorter than saved', () => {
    const numbers = (root: Json) => places(root).filter(({ parent, key }) => typeof (parent as Record<string | number, Json>)[key] === 'number').length;
    fc.assert(
      fc.property(fc.nat(REAL.length - 1), fc.array(mutation, { maxLength: 2 }), (which, mutations) => {
        const doc = structuredClone(REAL[which]!);
        for (const m of mutations) mutate(doc, m);
        // Compact, numbers as JSON.stringify writes them: the saved form differs from this text only by its whitespace.
        const text = JSON.stringify(doc);
        const quick = acceptValid(JSON.parse(text));
        if (quick) expect(utf8Length(text) + quick.savedGrowth - serializedSize(quick.map)).toBe(23 * numbers(doc));
      }),
      { numRuns: 200 },
    );
  });

  it('still refuses a compact file whose saved form would pass the size limit', () => {
    // 2.4 million numbers at depth 3: 4.8 MB as written, over 20 MB once saved with indentation.
    const count = 2_400_000;
    const text = `{"format":"touchpoint-studio/map","version":1,"title":"Wide","stages":[],"lanes":[],"touchpoints":[],"view":{"cells":[${'0,'.repeat(count - 1)}0]}}`;
    expect(text.length).toBeLessThan(LIMITS.fileBytes);
    const result = readMapBytes(new TextEncoder().encode(text), 'wide.tpmap.json');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.code)).toEqual(['saved-too-large']);
  });

  it('opens the same map from a file and from a report, a report giving its saved form as the text to edit', () => {
    const map: MapDocument = generateMap({ touchpoints: 50, locale: 'zh-CN' });
    const saved = serializeMap(map);
    const fromFile = readMapBytes(new TextEncoder().encode(JSON.stringify(map)), 'map.tpmap.json');
    const pdf = `%PDF-1.7\n${xmpPacket(map, { title: map.title, subject: '', language: 'zh-CN', creator: 'Touchpoint Studio' })}\n%%EOF\n`;
    const fromReport = readMapBytes(new TextEncoder().encode(pdf), 'report.pdf');
    expect(fromFile.ok && serializeMap(fromFile.map)).toBe(saved);
    expect(fromReport.ok && fromReport.source === 'pdf' && fromReport.text).toBe(saved);
  });
});
