import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { copySelection, parseClipboard, runCommand } from '../../../src/commands';
import { parseMapValue } from '../../../src/model';
import { arbMap } from '../../fixtures/arbitrary';

describe('copy from one map, paste into another', () => {
  test('the result is valid and holds every copied touchpoint, pain point and link under new ids', () => {
    fc.assert(
      fc.property(arbMap, arbMap, fc.array(fc.nat(), { minLength: 1, maxLength: 6 }), fc.boolean(), (source, target, picks, intoCell) => {
        fc.pre(source.touchpoints.length > 0);
        const ids = picks.map((n) => source.touchpoints[n % source.touchpoints.length]!.id);
        const payload = copySelection(source, ids)!;
        const clipboard = parseClipboard(JSON.stringify(payload));
        expect(clipboard).toEqual(payload);
        const cell = intoCell ? { stage: target.stages.at(-1)!.id, lane: target.lanes.at(-1)!.id } : {};
        const result = runCommand(target, 'pasteTouchpoints', { ...clipboard!, ...cell });
        expect(result).not.toBeNull();
        const parsed = parseMapValue(result!.map);
        expect(parsed.ok ? [] : parsed.problems).toEqual([]);

        const pasted = result!.map.touchpoints.slice(target.touchpoints.length);
        expect(pasted.map((t) => t.title)).toEqual(payload.touchpoints.map((t) => t.title));
        expect(pasted.map((t) => t.id)).toEqual(result!.created);
        const painCount = (tps: typeof pasted) => tps.reduce((n, t) => n + (t.painPoints?.length ?? 0), 0);
        expect(painCount(pasted)).toBe(painCount(payload.touchpoints));
        expect((result!.map.links ?? []).length - (target.links ?? []).length).toBe(payload.links.length);
        if (intoCell) expect(pasted.every((t) => t.stage === cell.stage && t.lane === cell.lane)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
