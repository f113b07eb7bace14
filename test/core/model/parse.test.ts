import { describe, expect, it } from 'vitest';
import { formatProblem, formatProblems, parseMap, parseMapBytes, parseMapValue, serializeMap, type ParseResult } from '../../../src/model';
import { aftersalesMap, minimalMap } from '../../fixtures/maps';

function messages(result: ParseResult, locale: 'en' | 'zh-CN' = 'en'): string[] {
  if (result.ok) throw new Error('expected the map to be rejected');
  return formatProblems(result.problems, result.total, locale);
}

const withMap = (edit: (m: Record<string, any>) => void): string => {
  const m = aftersalesMap() as Record<string, any>;
  edit(m);
  return JSON.stringify(m);
};

describe('parseMap', () => {
  it('accepts the format example from the specification', () => {
    const result = parseMap(JSON.stringify(aftersalesMap()));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.map.touchpoints[0]!.painPoints![0]!.title).toBe('热线无人接听');
  });

  it('names the path, the expected values and what it got for a wrong level', () => {
    const text = withMap((m) => (m.touchpoints[1].level = 'excellent'));
    expect(messages(parseMap(text))).toEqual([
      'touchpoints[1].level: expected one of basic, satisfactory, value-added, memorable; got "excellent"',
    ]);
  });

  it('names a link that points nowhere', () => {
    expect(messages(parseMap(withMap((m) => (m.links[0].to = 't99'))))).toEqual(['links[0].to: no touchpoint with id "t99"']);
  });

  it('reports shape and reference problems together, in document order', () => {
    const text = withMap((m) => {
      m.links[0].to = 't99';
      m.touchpoints[2].level = 'great';
      m.touchpoints[0].stage = 'nowhere';
      m.title = '   ';
    });
    expect(messages(parseMap(text))).toEqual([
      'title: must not be empty',
      'touchpoints[0].stage: no stage with id "nowhere"',
      'touchpoints[2].level: expected one of basic, satisfactory, value-added, memorable; got "great"',
      'links[0].to: no touchpoint with id "t99"',
    ]);
  });

  it('finds ids used twice anywhere in the document', () => {
    const text = withMap((m) => (m.touchpoints[0].painPoints[0].id = 's2'));
    expect(messages(parseMap(text))).toEqual(['touchpoints[0].painPoints[0].id: id "s2" is already used at stages[1].id']);
  });

  it('checks every reference kind: stage, lane, causedBy, link ends', () => {
    const text = withMap((m) => {
      m.touchpoints[1].lane = 'l7';
      m.touchpoints[0].painPoints[0].causedBy = 'ghost';
      m.links[0].from = 'x';
    });
    expect(messages(parseMap(text))).toEqual([
      'touchpoints[0].painPoints[0].causedBy: no touchpoint with id "ghost"',
      'touchpoints[1].lane: no lane with id "l7"',
      'links[0].from: no touchpoint with id "x"',
    ]);
  });

  it('reports missing required fields and unknown fields', () => {
    const text = withMap((m) => {
      delete m.touchpoints[1].title;
      m.touchpoints[1].levle = 'basic';
      delete m.stages;
    });
    expect(messages(parseMap(text))).toEqual([
      'stages: required field is missing',
      'touchpoints[1].title: required field is missing',
      'touchpoints[1].levle: unknown field "levle"',
    ]);
  });

  it('rejects out-of-range and non-integer emotions', () => {
    expect(messages(parseMap(withMap((m) => (m.touchpoints[1].emotion = 5))))).toEqual(['touchpoints[1].emotion: must be at most 3; got 5']);
    expect(messages(parseMap(withMap((m) => (m.touchpoints[1].emotion = 1.5))))).toEqual([
      'touchpoints[1].emotion: expected a whole number; got 1.5',
    ]);
  });

  it('says what type it expected in words', () => {
    expect(messages(parseMap(withMap((m) => (m.touchpoints = {}))))).toEqual(['touchpoints: expected a list; got an object']);
    expect(messages(parseMap(withMap((m) => (m.touchpoints[0].waitPoint = 'yes'))))).toEqual([
      'touchpoints[0].waitPoint: expected true or false; got "yes"',
    ]);
  });

  it('writes every message in Simplified Chinese too', () => {
    const text = withMap((m) => {
      m.touchpoints[1].level = 'excellent';
      m.links[0].to = 't99';
    });
    expect(messages(parseMap(text), 'zh-CN')).toEqual([
      'touchpoints[1].level：应为以下之一：basic、satisfactory、value-added、memorable；实际为 "excellent"',
      'links[0].to：没有 id 为 "t99" 的触点',
    ]);
  });

  it('caps the list and says how many more there are', () => {
    const m = minimalMap() as Record<string, any>;
    m.touchpoints = Array.from({ length: 80 }, (_, i) => ({ id: `t${i}`, stage: 'nope', lane: 'l1', title: 'x' }));
    const result = parseMap(JSON.stringify(m));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(50);
    expect(result.total).toBe(80);
    expect(formatProblems(result.problems, result.total).at(-1)).toBe('… and 30 more problems');
    expect(formatProblems(result.problems, result.total, 'zh-CN').at(-1)).toBe('……另有 30 个问题');
  });

  it('locates JSON syntax errors by line and column', () => {
    const text = '{\n  "format": "touchpoint-studio/map",\n  "version": 1,\n  "title": "x"\n  "stages": []\n}';
    expect(messages(parseMap(text))).toEqual(['line 5, column 3: expected a comma or a closing bracket']);
    expect(messages(parseMap('{\n  "a": [1, 2\n'))).toEqual(['line 3, column 1: unexpected end of JSON']);
    expect(messages(parseMap('{"a": tru}'))).toEqual(['line 1, column 7: unexpected character "t"']);
    expect(messages(parseMap('{"a": 1} x'))).toEqual(['line 1, column 10: unexpected text after the end of the document']);
    expect(messages(parseMap('{"a": 1,}'))).toEqual(['line 1, column 9: expected a property name in double quotes']);
    expect(messages(parseMap('{"a": "x\ny"}'))).toEqual(['line 1, column 9: control character inside a string (write it as an escape such as \\n)']);
    expect(messages(parseMap('{"a": 01}'))).toEqual(['line 1, column 8: expected a comma or a closing bracket']);
  });

  it('accepts a byte-order mark and CRLF line ends', () => {
    const text = `\ufeff${serializeMap(aftersalesMap()).replace(/\n/g, '\r\n')}`;
    const result = parseMap(text);
    expect(result.ok).toBe(true);
    const bytes = new TextEncoder().encode(text);
    expect(parseMapBytes(bytes).ok).toBe(true);
  });

  it('counts lines with CRLF ends correctly in syntax errors', () => {
    expect(messages(parseMap('{\r\n"a": 1\r\n"b": 2}'))).toEqual(['line 3, column 1: expected a comma or a closing bracket']);
  });

  it('refuses files from a newer version without reading them', () => {
    const text = withMap((m) => {
      m.version = 2;
      m.touchpoints = 'whatever a future version stores';
    });
    expect(messages(parseMap(text))).toEqual([
      'version: this map was saved by a newer Touchpoint Studio (format version 2; this version reads up to 1). Update the app to open it; the file was not changed.',
    ]);
  });

  it('refuses other JSON files by their format marker', () => {
    expect(messages(parseMap('{"name": "package", "version": "1.0.0"}'))).toEqual([
      'format: this is not a Touchpoint Studio map (expected "touchpoint-studio/map"; got nothing)',
    ]);
    expect(messages(parseMap('[1, 2]'))).toEqual(['expected a map document (a JSON object); got a list']);
    expect(messages(parseMap('   '))).toEqual(['the file is empty']);
  });

  it('never lets __proto__ or constructor keys reach a prototype', () => {
    const text = withMap((m) => (m.view = { x: 1 })).replace('"view":{', '"view":{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},');
    const result = parseMap(text);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.getPrototypeOf(result.map.view)).toBe(Object.prototype);
    expect((result.map.view as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.keys(result.map.view!)).toEqual(['x']);
  });

  it('refuses nesting deeper than any real map without overflowing the stack', () => {
    const deep = `{"format":"touchpoint-studio/map","view":${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
    expect(messages(parseMap(deep))).toEqual(['line 1, column 141: nested more than 100 levels deep; a map is never that deep']);
  });

  it('reports invalid UTF-8 with the byte offset', () => {
    const good = new TextEncoder().encode('{"title": "咖啡');
    const bytes = new Uint8Array([...good, 0xff, 0x22, 0x7d]);
    expect(messages(parseMapBytes(bytes))).toEqual([`the file is not valid UTF-8 text (byte ${good.length})`]);
  });

  it('formats a problem at the document root', () => {
    expect(formatProblem({ path: [], code: 'empty-file', params: {} }, 'zh-CN')).toBe('文件是空的');
  });
});

describe('parseMapValue', () => {
  it('reads a value exactly as it reads the same JSON text: __proto__, constructor and prototype keys are dropped both ways', () => {
    const value = JSON.parse(serializeMap(aftersalesMap())) as { touchpoints: Record<string, unknown>[] };
    // JSON.parse makes "__proto__" an own key, as a hostile IPC message or clipboard payload would.
    value.touchpoints[0]!['metrics'] = JSON.parse('{"__proto__": {"polluted": 1}, "constructor": 1, "waitMinutes": 3}');
    const fromValue = parseMapValue(value);
    const fromText = parseMap(JSON.stringify(value));
    expect(fromValue.ok).toBe(true);
    expect(fromText.ok).toBe(true);
    expect(fromValue.ok && serializeMap(fromValue.map)).toBe(fromText.ok && serializeMap(fromText.map));
    expect(fromValue.ok && fromValue.map.touchpoints[0]!.metrics).toEqual({ waitMinutes: 3 });
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});
