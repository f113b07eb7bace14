import { describe, expect, it } from 'vitest';
import { analyzeMap, LEVEL_KEYS } from '../../../src/analysis';
import { buildMap } from './build-map';

describe('service-level distribution', () => {
  const map = buildMap({
    stages: ['Arrive', 'Service'],
    touchpoints: [
      { id: 'greet', stage: 's1', lane: 'front', level: 'satisfactory' },
      { id: 'parking', stage: 's1', lane: 'evidence', level: 'basic' },
      { id: 'coffee', stage: 's1', lane: 'front', level: 'value-added' },
      { id: 'explain', stage: 's2', lane: 'front' },
      { id: 'car-wash', stage: 's2', lane: 'customer', level: 'memorable' },
      { id: 'parts-order', stage: 's2', lane: 'support' },
      { id: 'worried', stage: 's2', lane: 'thoughts' },
      { id: 'diagnosis', stage: 's2', lane: 'back', level: 'basic' },
    ],
  });
  const analysis = analyzeMap(map);

  it('counts levels per stage, with untagged customer-facing touchpoints kept apart', () => {
    expect(analysis.stages[0]!.levels).toEqual({ basic: 1, satisfactory: 1, 'value-added': 1, memorable: 0, untagged: 0 });
    // "parts-order" (support) and "worried" (a thought) are not service steps the customer meets: not counted as untagged.
    // "diagnosis" is backstage but someone tagged it, so it counts.
    expect(analysis.stages[1]!.levels).toEqual({ basic: 1, satisfactory: 0, 'value-added': 0, memorable: 1, untagged: 1 });
  });

  it('sums the stages into the overall counts, whose shares add up to 1', () => {
    expect(analysis.overall.levels).toEqual({ basic: 2, satisfactory: 1, 'value-added': 1, memorable: 1, untagged: 1 });
    const total = LEVEL_KEYS.reduce((sum, k) => sum + analysis.overall.shares[k], 0);
    expect(total).toBeCloseTo(1, 10);
    expect(analysis.overall.shares.basic).toBeCloseTo(2 / 6, 10);
  });

  it('lists the customer-facing touchpoints at basic service as below the baseline, leaving backstage steps out', () => {
    expect(analysis.belowBaseline).toEqual(['parking']);
    const tagged = buildMap({ touchpoints: [{ id: 'note', lane: 'thoughts', level: 'basic' }, { id: 'rota', lane: 'support', level: 'basic' }] });
    expect(analyzeMap(tagged).belowBaseline).toEqual(['note']);
  });

  it('knows a loyalty moment when it sees one', () => {
    expect(analysis.hasLoyaltyMoment).toBe(true);
    const plain = buildMap({ touchpoints: [{ id: 'a', level: 'satisfactory' }, { id: 'b', level: 'basic' }] });
    expect(analyzeMap(plain).hasLoyaltyMoment).toBe(false);
  });

  it('gives all-zero shares when nothing is rated', () => {
    const empty = analyzeMap(buildMap({ touchpoints: [{ id: 'note', lane: 'thoughts' }] }));
    expect(empty.overall.levels).toEqual({ basic: 0, satisfactory: 0, 'value-added': 0, memorable: 0, untagged: 0 });
    for (const k of LEVEL_KEYS) expect(empty.overall.shares[k]).toBe(0);
  });
});
