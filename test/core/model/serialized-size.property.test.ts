import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { serializeMap, type MapDocument } from '../../../src/model';
import { serializedSize } from '../../../src/model/serialize';
import { arbMap } from '../../fixtures/arbitrary';

const bytes = (text: string) => new TextEncoder().encode(text).length;

describe('the saved size, measured without saving', () => {
  it('is the UTF-8 size of the saved text for any valid map, keys in any order', () => {
    fc.assert(
      fc.property(arbMap, fc.boolean(), (map, reverse) => {
        // A map as a file may hold its keys in any order; the saved text puts them in the schema's.
        const reordered = reverse ? (JSON.parse(JSON.stringify(map, (_key, value: unknown) => reorder(value))) as MapDocument) : map;
        expect(serializedSize(reordered)).toBe(bytes(serializeMap(reordered)));
      }),
      { numRuns: 200 },
    );
  });

  it('counts free-form view content, astral characters and escapes', () => {
    fc.assert(
      fc.property(arbMap, fc.jsonValue(), fc.string({ unit: 'binary' }), (map, view, note) => {
        const withView: MapDocument = { ...map, description: note, view: { zed: view, alpha: [note, { '\n': note }] } };
        expect(serializedSize(withView)).toBe(bytes(serializeMap(withView)));
      }),
      { numRuns: 200 },
    );
  });
});

function reorder(value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  return Object.fromEntries(Object.entries(value).reverse());
}

describe('keys that name Object.prototype members', () => {
  it('are saved as keys, not dropped or turned into a prototype', () => {
    const map = JSON.parse(
      '{"format":"touchpoint-studio/map","version":1,"title":"t","stages":[],"lanes":[],"touchpoints":[],' +
        '"view":{"__proto__":0,"constructor":1,"toString":{"__proto__":[2]}},"constructor":"x"}',
    ) as MapDocument;
    const text = serializeMap(map);
    expect(JSON.parse(text)).toEqual(map);
    expect(text).toContain('"__proto__": 0');
    expect(text).toContain('"constructor": "x"');
    expect(serializedSize(map)).toBe(bytes(text));
  });
});
