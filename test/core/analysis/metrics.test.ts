import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeMap, csatScale, DEFAULT_WAIT_THRESHOLDS, waitThreshold } from '../../../src/analysis';
import { CHANNELS, formatProblem, parseMapValue, type MapDocument } from '../../../src/model';
import { buildMap } from './build-map';

const withCsat = (values: number[]): MapDocument => buildMap({ touchpoints: values.map((csat, i) => ({ id: `t${i}`, metrics: { csat } })) });

describe('CSAT scale', () => {
  it('is inferred from the largest value: ≤ 5 → 5, ≤ 10 → 10, else 100', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 100, noNaN: true }), { minLength: 1, maxLength: 8 }), (values) => {
        const max = Math.max(...values);
        expect(csatScale(withCsat(values))).toBe(max <= 5 ? 5 : max <= 10 ? 10 : 100);
      }),
      { numRuns: 60 },
    );
  });

  it('is the one the map sets, whatever the values', () => {
    const result = parseMapValue({ ...withCsat([3.9]), settings: { csatScale: 100 } });
    expect(result.ok && csatScale(result.map)).toBe(100);
  });
});

describe('wait thresholds', () => {
  it('default per channel, and a channel the map sets overrides only that channel', () => {
    fc.assert(
      fc.property(fc.constantFrom(...CHANNELS), fc.constantFrom(...CHANNELS), fc.integer({ min: 0, max: 10_000 }), (set, asked, minutes) => {
        const result = parseMapValue({ ...buildMap({ touchpoints: [] }), settings: { waitThresholds: { [set]: minutes } } });
        if (!result.ok) throw new Error('settings refused');
        expect(waitThreshold(result.map, asked)).toBe(set === asked ? minutes : DEFAULT_WAIT_THRESHOLDS[asked]);
      }),
      { numRuns: 80 },
    );
  });

  it('refuses settings with an unknown channel, a negative minute or an unknown scale, naming the place', () => {
    const bad = parseMapValue({ ...buildMap({ touchpoints: [] }), settings: { waitThresholds: { fax: 5, phone: -1 }, csatScale: 7 } });
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    const lines = bad.problems.map((p) => formatProblem(p));
    expect(lines).toContainEqual(expect.stringContaining('settings.waitThresholds.fax'));
    expect(lines).toContainEqual(expect.stringContaining('settings.waitThresholds.phone'));
    expect(lines).toContainEqual(expect.stringContaining('settings.csatScale'));
  });
});

describe('metrics summary', () => {
  it('lists waits by how far over their limit, NPS and CSAT lowest first, on the inferred scale', () => {
    const map = buildMap({
      touchpoints: [
        { id: 'queue', channel: 'in-person', metrics: { waitMinutes: 20, csat: 4.1 } },
        { id: 'hotline', channel: 'phone', metrics: { waitMinutes: 35, csat: 3.9, nps: 12 } },
        { id: 'repair', channel: 'web', metrics: { waitMinutes: 7200 } },
        { id: 'call', metrics: { nps: -4 } },
      ],
    });
    const { metrics } = analyzeMap(map);
    expect(metrics.waits.map((w) => [w.touchpointId, w.threshold])).toEqual([
      ['repair', 5],
      ['hotline', 3],
      ['queue', 10],
    ]);
    expect(metrics.nps.map((r) => r.value)).toEqual([-4, 12]);
    expect(metrics.csat.map((r) => r.touchpointId)).toEqual(['hotline', 'queue']);
    expect(metrics.csatScale).toBe(5);
  });
});
