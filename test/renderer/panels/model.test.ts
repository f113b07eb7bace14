import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkMap, type Finding } from '../../../src/findings';
import { isFilterActive, matchingTouchpoints } from '../../../src/commands';
import { metricsSchema, parseMap, type MapDocument } from '../../../src/model';
import {
  causeOptions,
  findingTargets,
  formatEmotion,
  formatMetric,
  groupFindings,
  METRIC_KEYS,
  metricBounds,
  parseMetric,
  selectionParts,
  toggleChoice,
  withFilter,
  withMetric,
} from '../../../renderer/src/panels/model';

function sample(name: string): MapDocument {
  const result = parseMap(readFileSync(new URL(`../../../samples/${name}.tpmap.json`, import.meta.url), 'utf8'));
  if (!result.ok) throw new Error(`sample ${name} does not parse`);
  return result.map;
}

const car = sample('car-dealer-aftersales');

describe('parseMetric', () => {
  it('reads empty input as "clear the metric"', () => {
    expect(parseMetric('', 'csat')).toEqual({ kind: 'empty' });
    expect(parseMetric('   ', 'waitMinutes')).toEqual({ kind: 'empty' });
  });

  it('reads plain, decimal, full-width and typographic-minus numbers', () => {
    expect(parseMetric('12', 'waitMinutes')).toEqual({ kind: 'value', value: 12 });
    expect(parseMetric(' 2.5 ', 'csat')).toEqual({ kind: 'value', value: 2.5 });
    expect(parseMetric('2,5', 'csat')).toEqual({ kind: 'value', value: 2.5 });
    expect(parseMetric('１２', 'complaints')).toEqual({ kind: 'value', value: 12 });
    expect(parseMetric('\u221240', 'nps')).toEqual({ kind: 'value', value: -40 });
    expect(parseMetric('-0', 'nps')).toEqual({ kind: 'value', value: 0 });
  });

  it('refuses text, hex, exponents and infinity as "not a number"', () => {
    for (const text of ['abc', '0x10', '1e3', 'Infinity', '1.2.3', '--1', '12min']) {
      expect(parseMetric(text, 'waitMinutes')).toMatchObject({ kind: 'error', error: 'number' });
    }
  });

  it('refuses values outside the format limits, naming the limits', () => {
    expect(parseMetric('101', 'csat')).toEqual({ kind: 'error', error: 'range', min: 0, max: 100 });
    expect(parseMetric('-101', 'nps')).toEqual({ kind: 'error', error: 'range', min: -100, max: 100 });
    expect(parseMetric('-1', 'waitMinutes')).toMatchObject({ kind: 'error', error: 'range', min: 0 });
  });

  it('wants whole numbers for complaints only', () => {
    expect(parseMetric('2.5', 'complaints')).toMatchObject({ kind: 'error', error: 'integer' });
    expect(parseMetric('2.5', 'durationMinutes')).toEqual({ kind: 'value', value: 2.5 });
  });

  it('property: whatever is typed, an accepted value is one the file format accepts', () => {
    const key = fc.constantFrom(...METRIC_KEYS);
    const typed = fc.oneof(fc.string(), fc.double().map(String), fc.integer({ min: -2000, max: 2000 }).map(String));
    fc.assert(
      fc.property(key, typed, (metric, text) => {
        const parsed = parseMetric(text, metric);
        if (parsed.kind === 'value') expect(metricsSchema.safeParse({ [metric]: parsed.value }).success).toBe(true);
      }),
    );
  });

  it('property: a stored value shown in its field reads back as the same value', () => {
    const key = fc.constantFrom(...METRIC_KEYS);
    fc.assert(
      fc.property(key, fc.double({ noNaN: true, noDefaultInfinity: true }), (metric, raw) => {
        const { min, max, integer } = metricBounds(metric);
        const value = integer ? Math.round(Math.min(max, Math.max(min, raw))) : Math.min(max, Math.max(min, raw));
        if (!metricsSchema.safeParse({ [metric]: value }).success) return;
        const text = formatMetric(value);
        // String(1e-7) is "1e-7": exponent notation is the one shape a person would not type.
        if (/e/i.test(text)) return;
        expect(parseMetric(text, metric)).toEqual({ kind: 'value', value: Object.is(value, -0) ? 0 : value });
      }),
    );
  });
});

describe('withMetric', () => {
  it('changes one metric and keeps the others; undefined clears', () => {
    expect(withMetric({ waitMinutes: 12, csat: 2 }, 'csat', 3)).toEqual({ waitMinutes: 12, csat: 3 });
    expect(withMetric(undefined, 'nps', -20)).toEqual({ nps: -20 });
    expect(withMetric({ waitMinutes: 12 }, 'waitMinutes', undefined)).toEqual({ waitMinutes: undefined });
  });
});

describe('causeOptions', () => {
  it('lists every other touchpoint as "stage · lane · title", the unlinked ones in grid order', () => {
    const options = causeOptions(car, 't2');
    expect(options).toHaveLength(car.touchpoints.length - 1);
    expect(options.some((o) => o.id === 't2')).toBe(false);
    const stageOf = new Map(car.touchpoints.map((t) => [t.id, car.stages.findIndex((s) => s.id === t.stage)]));
    const stages = options.filter((o) => !o.linked).map((o) => stageOf.get(o.id)!);
    expect([...stages].sort((a, b) => a - b)).toEqual(stages);
    const t5 = car.touchpoints.find((t) => t.id === 't5')!;
    const label = `${car.stages.find((s) => s.id === t5.stage)!.name} · ${car.lanes.find((l) => l.id === t5.lane)!.name} · ${t5.title}`;
    expect(options.find((o) => o.id === 't5')?.label).toBe(label);
  });

  it('offers linked touchpoints first, backstage and support steps ahead of the others', () => {
    const map: MapDocument = {
      ...car,
      lanes: [
        { id: 'l1', name: 'Customer', kind: 'customer' },
        { id: 'l2', name: 'Frontstage', kind: 'frontstage' },
        { id: 'l3', name: 'Backstage', kind: 'backstage' },
      ],
      touchpoints: [
        { id: 'a', stage: 's1', lane: 'l1', title: 'A' },
        { id: 'front', stage: 's1', lane: 'l2', title: 'Front' },
        { id: 'back', stage: 's2', lane: 'l3', title: 'Back' },
        { id: 'me', stage: 's1', lane: 'l1', title: 'Me' },
      ],
      links: [
        { id: 'k1', from: 'me', to: 'front', kind: 'flow' },
        { id: 'k2', from: 'back', to: 'me', kind: 'support' },
      ],
    };
    const options = causeOptions(map, 'me');
    expect(options.map((o) => [o.id, o.linked])).toEqual([
      ['back', true],
      ['front', true],
      ['a', false],
    ]);
    expect(options[0]).toMatchObject({ title: 'Back', lane: 'Backstage' });
  });

  it('keeps the touchpoint itself when it is the current cause', () => {
    expect(causeOptions(car, 't2', 't2').some((o) => o.id === 't2')).toBe(true);
  });

  it('orders by lane within a stage even when the document order differs', () => {
    const map: MapDocument = {
      ...car,
      touchpoints: [
        { id: 'a', stage: 's1', lane: 'l3', title: 'A' },
        { id: 'b', stage: 's1', lane: 'l1', title: 'B' },
        { id: 'c', stage: 's2', lane: 'l1', title: 'C' },
        { id: 'me', stage: 's1', lane: 'l2', title: 'Me' },
      ],
    };
    expect(causeOptions(map, 'me').map((o) => o.id)).toEqual(['b', 'a', 'c']);
  });
});

describe('findingTargets', () => {
  const findings = checkMap(car);

  it('maps a 100 − 1 = 0 finding (stage + pain ids) to the touchpoints holding those pain points', () => {
    const zeroed = findings.find((f) => f.rule === 'hundred-minus-one');
    expect(zeroed).toBeDefined();
    const targets = findingTargets(zeroed!, car);
    expect(targets.length).toBeGreaterThan(0);
    for (const id of targets) {
      const tp = car.touchpoints.find((t) => t.id === id)!;
      expect(tp.painPoints?.some((p) => zeroed!.ids.includes(p.id))).toBe(true);
    }
  });

  it('keeps touchpoints named directly, once each, in the order named', () => {
    const finding: Finding = { rule: 'x', severity: 'info', ids: ['p1', 't2', 't5', 't2'], params: {} };
    expect(findingTargets(finding, car)).toEqual(['t2', 't5']);
  });

  it('falls back to the touchpoints of a named stage, and to nothing for a map-wide finding', () => {
    const stage: Finding = { rule: 'x', severity: 'info', ids: ['s1'], params: {} };
    expect(findingTargets(stage, car)).toEqual(car.touchpoints.filter((t) => t.stage === 's1').map((t) => t.id));
    expect(findingTargets({ rule: 'x', severity: 'info', ids: [], params: {} }, car)).toEqual([]);
  });
});

describe('groupFindings', () => {
  it('groups by severity, most severe first, keeping every finding once and in order', () => {
    const findings = checkMap(car);
    const groups = groupFindings(findings);
    expect(groups.map((g) => g.severity)).toEqual(['error', 'warning', 'info'].filter((s) => findings.some((f) => f.severity === s)));
    expect(groups.flatMap((g) => g.findings)).toEqual(findings);
    expect(groups.every((g) => g.findings.length > 0)).toBe(true);
  });
});

describe('selectionParts', () => {
  it('splits a selection into existing touchpoints and links, ignoring unknown ids', () => {
    const link = car.links![0]!;
    const parts = selectionParts(car, new Set(['t3', link.id, 'gone', 't1']));
    expect(parts.touchpoints.map((t) => t.id)).toEqual(['t1', 't3']);
    expect(parts.links.map((k) => k.id)).toEqual([link.id]);
    expect(selectionParts(car, new Set())).toEqual({ touchpoints: [], links: [] });
  });
});

describe('filter helpers', () => {
  it('toggleChoice adds and removes; an empty choice is no filter', () => {
    expect(toggleChoice(undefined, 'basic')).toEqual(['basic']);
    expect(toggleChoice(['basic', 'memorable'], 'basic')).toEqual(['memorable']);
    expect(toggleChoice(['basic'], 'basic')).toBeUndefined();
  });

  it('withFilter drops cleared fields so an emptied filter is inactive and matches everything', () => {
    let filter = withFilter({}, 'painPointsOnly', true);
    filter = withFilter(filter, 'text', '热线');
    expect(isFilterActive(filter)).toBe(true);
    expect(matchingTouchpoints(car, filter)).toContain('t2');
    filter = withFilter(filter, 'painPointsOnly', false);
    filter = withFilter(filter, 'text', '');
    filter = withFilter(filter, 'levels', toggleChoice(['basic'], 'basic'));
    expect(filter).toEqual({});
    expect(isFilterActive(filter)).toBe(false);
  });
});

describe('formatEmotion', () => {
  it('signs positive values and uses a real minus sign', () => {
    expect([-3, 0, 2].map(formatEmotion)).toEqual(['\u22123', '0', '+2']);
  });
});
