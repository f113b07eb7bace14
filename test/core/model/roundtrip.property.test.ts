import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseMap, parseMapValue, serializeMap } from '../../../src/model';
import { arbMap } from '../../fixtures/arbitrary';
import { aftersalesMap } from '../../fixtures/maps';

describe('save → load', () => {
  it('every valid document survives serialize → parse unchanged', () => {
    fc.assert(
      fc.property(arbMap, (map) => {
        const result = parseMap(serializeMap(map));
        if (!result.ok) throw new Error(JSON.stringify(result.problems));
        expect(result.map).toEqual(map);
      }),
      { numRuns: 300 },
    );
  });

  it('serialization is stable: saving a loaded file reproduces it byte for byte', () => {
    fc.assert(
      fc.property(arbMap, (map) => {
        const text = serializeMap(map);
        const again = parseMap(text);
        expect(again.ok && serializeMap(again.map)).toBe(text);
      }),
      { numRuns: 200 },
    );
  });

  it('writes keys in the schema order with 2-space indent and a final newline, whatever order they came in', () => {
    const map = aftersalesMap();
    const shuffled = JSON.parse(JSON.stringify(map, Object.keys(map).reverse().concat(['id', 'name', 'title', 'stage', 'lane', 'kind', 'level', 'severity', 'from', 'to', 'type', 'goals', 'category', 'causedBy', 'note', 'description', 'channel', 'emotion', 'failPoint', 'waitPoint', 'evidence', 'metrics', 'waitMinutes', 'durationMinutes', 'csat', 'nps', 'painPoints'].reverse())));
    const text = serializeMap(shuffled);
    expect(text).toBe(serializeMap(map));
    expect(text.split('\n').slice(0, 4)).toEqual(['{', '  "format": "touchpoint-studio/map",', '  "version": 1,', '  "title": "4S 店售后保养",']);
    expect(text.endsWith('}\n')).toBe(true);
  });
});

/** A random edit of a valid document: change, delete or retype something somewhere. */
const arbMutation = fc.record({
  pick: fc.nat(),
  action: fc.constantFrom('delete', 'string', 'number', 'null', 'array', 'object', 'bool', 'dup', 'huge', 'proto'),
  n: fc.integer({ min: -5, max: 1e9 }),
  s: fc.string({ unit: 'binary', maxLength: 8 }),
});

function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return [prefix];
  const keys = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return [prefix, ...keys.flatMap((k) => paths((value as Record<string | number, unknown>)[k], [...prefix, k]))];
}

type Mutation = { pick: number; action: string; n: number; s: string };

function mutate(doc: unknown, m: Mutation): unknown {
  const copy = structuredClone(doc) as Record<string, unknown>;
  const all = paths(copy).filter((p) => p.length > 0);
  const path = all[m.pick % all.length]!;
  let parent: any = copy;
  for (const k of path.slice(0, -1)) parent = parent[k];
  const key = path.at(-1)!;
  const replacement: Record<string, unknown> = {
    string: m.s,
    number: m.n,
    null: null,
    array: [m.s],
    object: { [m.s]: m.n },
    bool: true,
    dup: parent[key],
    huge: 'x'.repeat(3000),
    proto: JSON.parse('{"__proto__": {"polluted": 1}}'),
  };
  if (m.action === 'delete') {
    if (Array.isArray(parent)) parent.splice(Number(key), 1);
    else delete parent[key];
  } else if (m.action === 'dup' && Array.isArray(parent)) parent.push(structuredClone(parent[key as number]));
  else parent[key] = replacement[m.action];
  return copy;
}

describe('hostile edits', () => {
  it('random mutations of valid documents never throw: they parse or give located problems', () => {
    fc.assert(
      fc.property(arbMap, fc.array(arbMutation, { minLength: 1, maxLength: 4 }), (map, mutations) => {
        const mutated = mutations.reduce<unknown>((doc, m) => mutate(doc, m), map);
        const result = parseMapValue(mutated);
        const text = JSON.stringify(mutated);
        const fromText = parseMap(text);
        expect(fromText.ok).toBe(result.ok);
        if (!result.ok) {
          expect(result.problems.length).toBeGreaterThan(0);
          for (const p of result.problems) expect(Array.isArray(p.path)).toBe(true);
        }
        expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
      }),
      { numRuns: 500 },
    );
  });

  it('random text never throws', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        const result = parseMap(text);
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 500 },
    );
  });

  it('truncated files never throw and are located', () => {
    const text = serializeMap(aftersalesMap());
    fc.assert(
      fc.property(fc.integer({ min: 1, max: text.length - 2 }), (cut) => {
        const result = parseMap(text.slice(0, cut));
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.problems[0]!.code).toBe('json-syntax');
      }),
    );
  });
});
