import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareOverlay } from '../../../src/diff/overlay';
import { parseMap, serializeMap } from '../../../src/model';
import { arbMap } from '../../fixtures/arbitrary';
import { buildMap } from '../analysis/build-map';

const asIs = () =>
  buildMap({
    stages: ['Book', 'Drop off', 'Repair', 'Collect'],
    touchpoints: [
      { id: 'call', stage: 's1', title: 'Phone booking', level: 'satisfactory' },
      { id: 'desk', stage: 's2', title: 'Reception desk', level: 'satisfactory' },
      { id: 'sms', stage: 's3', title: 'Progress text', level: 'value-added', painPoints: [{ id: 'late', title: 'Texts arrive late', severity: 'medium' }] },
      { id: 'invoice', stage: 's4', title: 'Paper invoice', level: 'satisfactory' },
    ],
  });

/** To-be: the paper invoice goes, an app booking comes, the desk falls below the baseline, the text's pain gets worse. */
const toBe = () => {
  const map = structuredClone(asIs());
  map.touchpoints = map.touchpoints.filter((t) => t.id !== 'invoice');
  map.touchpoints.push({ id: 'app', stage: 's1', lane: 'front', title: 'Booking in the app', level: 'memorable' });
  map.touchpoints.find((t) => t.id === 'desk')!.level = 'basic';
  map.touchpoints.find((t) => t.id === 'sms')!.painPoints![0]!.severity = 'critical';
  map.stages = map.stages.filter((s) => s.id !== 's4');
  return map;
};

describe('compareOverlay', () => {
  it('marks added, removed and changed cards, and puts the removed ones back as ghosts in their old stage', () => {
    const overlay = compareOverlay(asIs(), toBe());
    expect(overlay.marks.get('app')).toBe('added');
    expect(overlay.marks.get('invoice')).toBe('removed');
    expect(overlay.marks.get('desk')).toBe('changed');
    expect(overlay.marks.get('sms')).toBe('changed');
    expect(overlay.marks.has('call')).toBe(false);
    expect(overlay.merged.touchpoints.map((t) => t.id)).toContain('invoice');
    expect(overlay.merged.stages.map((s) => s.id)).toEqual(['s1', 's2', 's3', 's4']);
  });

  it('lists regressions first and points each touchpoint change at its card', () => {
    const { entries } = compareOverlay(asIs(), toBe());
    const firstPlain = entries.findIndex((e) => !e.regression);
    expect(firstPlain).toBeGreaterThan(0);
    expect(entries.slice(firstPlain).every((e) => !e.regression)).toBe(true);
    const severity = entries.find((e) => e.change.kind === 'pain-severity-changed');
    expect(severity?.card).toBe('sms');
    expect(severity?.regression).toBe(true);
    expect(entries.find((e) => e.change.kind === 'touchpoint-removed')?.card).toBe('invoice');
  });

  it('keeps every card of both versions, gives the merged map valid references, and marks only what the diff names', () => {
    fc.assert(
      fc.property(arbMap, arbMap, (a, b) => {
        const overlay = compareOverlay(a, b);
        const ids = new Set(overlay.merged.touchpoints.map((t) => t.id));
        for (const tp of [...a.touchpoints, ...b.touchpoints]) expect(ids).toContain(tp.id);
        expect(parseMap(serializeMap(overlay.merged)).ok).toBe(true);
        for (const [id, mark] of overlay.marks) {
          if (mark === 'removed') expect(b.touchpoints.some((t) => t.id === id)).toBe(false);
          else expect(overlay.cardChanges.get(id)?.length ?? 0).toBeGreaterThan(0);
        }
        expect(overlay.entries.length).toBe(overlay.diff.changes.length);
      }),
      { numRuns: 100 },
    );
  });

  it('marks nothing between a map and itself', () => {
    fc.assert(
      fc.property(arbMap, (map) => {
        const overlay = compareOverlay(map, structuredClone(map));
        expect(overlay.marks.size).toBe(0);
        expect(overlay.entries).toEqual([]);
      }),
      { numRuns: 50 },
    );
  });
});
