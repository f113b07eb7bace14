import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CATEGORIES, LANE_KINDS, LOCALES, parseMapValue, SEVERITIES, TIERS, type MapDocument } from '../../../src/model';
import { suggestionsFor, suggestionsForMap, TIER_ORDER } from '../../../src/suggestions';

/** Random but valid maps: 1–6 stages, a lane of every kind, touchpoints with pain points, causes and team remedies. */
const arbMap: fc.Arbitrary<MapDocument> = fc
  .record({
    stageCount: fc.integer({ min: 1, max: 6 }),
    touchpoints: fc.array(
      fc.record({
        stage: fc.nat(),
        lane: fc.constantFrom(...LANE_KINDS),
        pains: fc.array(
          fc.record({
            severity: fc.constantFrom(...SEVERITIES),
            category: fc.option(fc.constantFrom(...CATEGORIES), { nil: undefined }),
            cause: fc.option(fc.nat(), { nil: undefined }),
            remedies: fc.array(fc.constantFrom(...TIERS), { maxLength: 3 }),
            votes: fc.option(fc.nat({ max: 20 }), { nil: undefined }),
          }),
          { maxLength: 3 },
        ),
      }),
      { minLength: 1, maxLength: 12 },
    ),
  })
  .map(({ stageCount, touchpoints }) => {
    const value = {
      format: 'touchpoint-studio/map',
      version: 1,
      title: 'Generated journey',
      stages: Array.from({ length: stageCount }, (_, i) => ({ id: `s${i}`, name: `Stage ${i}` })),
      lanes: LANE_KINDS.map((kind) => ({ id: kind, name: kind, kind })),
      touchpoints: touchpoints.map((tp, i) => ({
        id: `t${i}`,
        stage: `s${tp.stage % stageCount}`,
        lane: tp.lane,
        title: `Step ${i}`,
        painPoints: tp.pains.map((p, j) => ({
          id: `t${i}p${j}`,
          title: `Pain ${i}.${j}`,
          severity: p.severity,
          ...(p.category ? { category: p.category } : {}),
          ...(p.cause !== undefined ? { causedBy: `t${p.cause % touchpoints.length}` } : {}),
          ...(p.votes !== undefined ? { votes: p.votes } : {}),
          remedies: p.remedies.map((tier) => ({ tier, text: `Team ${tier}` })),
        })),
      })),
    };
    const parsed = parseMapValue(value);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    return parsed.map;
  });

describe('prevention first, for any map', () => {
  it('gives every pain point non-empty prevent, detect and recover groups, in that order', () => {
    fc.assert(
      fc.property(arbMap, fc.constantFrom(...LOCALES), (map, locale) => {
        const ids = map.touchpoints.flatMap((tp) => (tp.painPoints ?? []).map((p) => p.id));
        for (const id of ids) {
          const list = suggestionsFor(map, id, locale);
          const groups = TIER_ORDER.map((tier) => list.filter((s) => s.tier === tier));
          for (const group of groups) expect(group.length).toBeGreaterThan(0);
          expect(list).toEqual(groups.flat());
          const touchpointIds = new Set(map.touchpoints.map((tp) => tp.id));
          for (const s of list) {
            expect(touchpointIds.has(s.targetId)).toBe(true);
            expect(s.text).not.toMatch(/\{\w+\}/);
          }
        }
        expect([...suggestionsForMap(map, locale).keys()]).toEqual(ids);
      }),
      { numRuns: 150 },
    );
  });
});
