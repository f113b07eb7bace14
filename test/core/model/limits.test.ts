import { describe, expect, it } from 'vitest';
import { formatProblems, LIMITS, parseMap, parseMapValue, type MapDocument, type ParseResult } from '../../../src/model';
import { minimalMap } from '../../fixtures/maps';

function messages(result: ParseResult, locale: 'en' | 'zh-CN' = 'en'): string[] {
  if (result.ok) throw new Error('expected the map to be refused');
  return formatProblems(result.problems, result.total, locale, result.stopped);
}

/** A valid map with `count` touchpoints spread over one stage and one lane. */
function withTouchpoints(count: number, edit: (tp: Record<string, unknown>, i: number) => void = () => undefined): MapDocument {
  const map = minimalMap();
  map.touchpoints = Array.from({ length: count }, (_, i) => {
    const tp: Record<string, unknown> = { id: `t${i}`, stage: 's1', lane: 'l1', title: `Step ${i}` };
    edit(tp, i);
    return tp as MapDocument['touchpoints'][number];
  });
  return map;
}

/**
 * Parses and times against a bare JSON.parse of the same text, which no reader can beat: a refusal
 * may cost a small multiple of it plus a few hundred milliseconds (absolute times mean little on a
 * shared, loaded machine).
 */
function timed(text: string): { result: ParseResult; withinBudget: boolean } {
  let start = performance.now();
  JSON.parse(text);
  const baseline = performance.now() - start;
  start = performance.now();
  const result = parseMap(text);
  const ms = performance.now() - start;
  return { result, withinBudget: ms < 3 * baseline + 300 };
}

const pains = (n: number, remedies = 0) =>
  Array.from({ length: n }, (_, j) => ({
    id: `p${j}`,
    title: `Pain ${j}`,
    severity: 'low',
    remedies: Array.from({ length: remedies }, () => ({ tier: 'prevent', text: 'Staff the phones at peak times' })),
  }));

describe('limits before validation', () => {
  it('accepts exactly the touchpoint limit and refuses one more, naming the list and the limit', () => {
    expect(parseMap(JSON.stringify(withTouchpoints(LIMITS.touchpoints))).ok).toBe(true);
    const { result, withinBudget } = timed(JSON.stringify(withTouchpoints(LIMITS.touchpoints + 1)));
    expect(messages(result)).toEqual(['touchpoints: 20 001 items, the limit is 20 000']);
    expect(messages(result, 'zh-CN')).toEqual(['touchpoints：共 20 001 项，上限为 20 000']);
    expect(withinBudget).toBe(true);
  });

  it('refuses a million touchpoints in well under a second', () => {
    const text = `{"format":"touchpoint-studio/map","version":1,"title":"x","stages":[],"lanes":[],"touchpoints":[${'{},'.repeat(999_999)}{}]}`;
    const { result, withinBudget } = timed(text);
    expect(messages(result)).toEqual(['touchpoints: 1 000 000 items, the limit is 20 000']);
    expect(withinBudget).toBe(true);
  });

  it('refuses the 313 kB crasher (124 000 invalid remedies) with the limit instead of a stack overflow', () => {
    const map = withTouchpoints(1, (tp) => (tp['painPoints'] = [{ id: 'p1', title: 'Hotline', severity: 'high', remedies: Array.from({ length: 124_000 }, () => ({ tier: 'x' })) }]));
    const text = JSON.stringify(map);
    const { result, withinBudget } = timed(text);
    expect(messages(result)).toEqual(['touchpoints[0].painPoints[0].remedies: 124 000 items, the limit is 50']);
    expect(withinBudget).toBe(true);
  });

  it('checks pain points per touchpoint and remedies per pain point at the edge', () => {
    const under = withTouchpoints(2, (tp, i) => i === 1 && (tp['painPoints'] = pains(LIMITS.painPointsPerTouchpoint)));
    expect(parseMap(JSON.stringify(under)).ok).toBe(true);
    const over = withTouchpoints(2, (tp, i) => i === 1 && (tp['painPoints'] = pains(LIMITS.painPointsPerTouchpoint + 1)));
    expect(messages(parseMap(JSON.stringify(over)))).toEqual(['touchpoints[1].painPoints: 101 items, the limit is 100']);

    const remediesUnder = withTouchpoints(1, (tp) => (tp['painPoints'] = pains(1, LIMITS.remediesPerPainPoint)));
    expect(parseMap(JSON.stringify(remediesUnder)).ok).toBe(true);
    const remediesOver = withTouchpoints(1, (tp) => (tp['painPoints'] = pains(1, LIMITS.remediesPerPainPoint + 1)));
    expect(messages(parseMap(JSON.stringify(remediesOver)))).toEqual(['touchpoints[0].painPoints[0].remedies: 51 items, the limit is 50']);
  });

  it('limits the pain points and remedies of the whole map', () => {
    const perTouchpoint = LIMITS.painPointsPerTouchpoint;
    const full = LIMITS.painPoints / perTouchpoint;
    const at = withTouchpoints(full + 1, (tp, i) => i < full && (tp['painPoints'] = pains(perTouchpoint).map((p) => ({ ...p, id: `${p.id}-${i}` }))));
    expect(parseMap(JSON.stringify(at)).ok).toBe(true);
    const over = withTouchpoints(full + 1, (tp, i) => (tp['painPoints'] = pains(i < full ? perTouchpoint : 1).map((p) => ({ ...p, id: `${p.id}-${i}` }))));
    expect(messages(parseMap(JSON.stringify(over)))).toEqual(['more than 50 000 pain points in the map, the limit is 50 000']);

    const remedyHeavy = withTouchpoints(LIMITS.remedies / (10 * LIMITS.remediesPerPainPoint) + 1, (tp, i) => (tp['painPoints'] = pains(10, LIMITS.remediesPerPainPoint).map((p) => ({ ...p, id: `${p.id}-${i}` }))));
    expect(messages(parseMap(JSON.stringify(remedyHeavy)), 'zh-CN')).toEqual(['地图中的改进措施超过 100 000 条，上限为 100 000']);
  });

  it('limits the grid of stages by lanes that the canvas and the report draw', () => {
    const grid = (stages: number, lanes: number) => {
      const map = minimalMap();
      map.stages = Array.from({ length: stages }, (_, i) => ({ id: `s${i + 1}`, name: `Stage ${i}` }));
      map.lanes = Array.from({ length: lanes }, (_, i) => ({ id: `l${i + 1}`, name: `Lane ${i}` }));
      return JSON.stringify(map);
    };
    expect(parseMap(grid(1000, 20)).ok).toBe(true);
    expect(messages(parseMap(grid(1000, 21)))).toEqual(['stages × lanes: 1 000 × 21 = 21 000 cells, the limit is 20 000']);
    const { result, withinBudget } = timed(grid(1000, 200));
    expect(messages(result, 'zh-CN')).toEqual(['阶段 × 泳道：1 000 × 200 = 200 000 个格子，上限为 20 000']);
    expect(withinBudget).toBe(true);
    expect(messages(parseMap(grid(1001, 1)))).toEqual(['stages: 1 001 items, the limit is 1 000']);
  });

  it('limits text length anywhere, view included, and names the place', () => {
    const atLimit = minimalMap();
    atLimit.description = 'a'.repeat(LIMITS.stringChars);
    expect(parseMap(JSON.stringify(atLimit)).ok).toBe(true);
    const over = minimalMap();
    over.view = { notes: ['ok', 'b'.repeat(LIMITS.stringChars + 1)] };
    expect(messages(parseMap(JSON.stringify(over)))).toEqual(['view.notes[1]: 100 001 characters of text, the limit is 100 000']);
  });

  it('refuses a value deeper than the nesting limit without recursion, whether it comes as text or as a value', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 200_000; i++) deep = [deep];
    const map = { ...minimalMap(), view: { deep } };
    expect(messages(parseMapValue(map))).toEqual([`view.deep${'[0]'.repeat(98)}: nested more than 100 levels deep; a map is never that deep`]);
  });

  it('limits the count of values so a free-form view cannot hold millions of them', () => {
    const text = `{"format":"touchpoint-studio/map","version":1,"title":"x","stages":[],"lanes":[],"touchpoints":[],"view":{"a":[${'0,'.repeat(LIMITS.values)}0]}}`;
    const { result, withinBudget } = timed(text);
    expect(messages(result)).toEqual(['more than 3 000 000 values in the file, the limit is 3 000 000']);
    expect(withinBudget).toBe(true);
  });

  it('checks links under their pre-release name after migration', () => {
    const v0 = { format: 'touchpoint-studio/map', version: 0, name: 'Old', stages: [], lanes: [], touchpoints: [], edges: Array.from({ length: LIMITS.links + 1 }, () => ({})) };
    expect(messages(parseMap(JSON.stringify(v0)))).toEqual(['links: 60 001 items, the limit is 60 000']);
  });
});

describe('problem collection on large invalid maps', () => {
  it('stops after a screenful of problems and says so, in document order, quickly', () => {
    const map = withTouchpoints(LIMITS.touchpoints, (tp) => (tp['level'] = 'excellent'));
    const { result, withinBudget } = timed(JSON.stringify(map));
    const lines = messages(result);
    expect(lines).toHaveLength(51);
    expect(lines[0]).toBe('touchpoints[0].level: expected one of basic, satisfactory, value-added, memorable; got "excellent"');
    expect(lines[49]).toContain('touchpoints[49].level');
    expect(lines[50]).toBe('… and more problems; checking stopped here, fix these first');
    expect(messages(result, 'zh-CN')[50]).toBe('……还有更多问题；检查已在此停止，请先修正以上问题');
    expect(withinBudget).toBe(true);
  });

  it('counts every problem when the check did not stop', () => {
    const map = withTouchpoints(3, (tp) => (tp['level'] = 'excellent'));
    const result = parseMap(JSON.stringify(map));
    expect(result.ok || result.stopped).toBeFalsy();
    expect(messages(result)).toHaveLength(3);
  });
});
