import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cycle, navActionForKey, navigate, resize, slidesFor, stagePainIds, stageRows, visibleLanes, type NavAction } from '../../../src/workshop';
import { buildMap } from '../analysis/build-map';

const map = buildMap({
  stages: ['Book', 'Arrive', 'Wait'],
  touchpoints: [
    { id: 'a', stage: 's1', lane: 'customer' },
    { id: 'b', stage: 's1', lane: 'front' },
    { id: 'c', stage: 's2', lane: 'back' },
    { id: 'd', stage: 's1', lane: 'customer' },
  ],
});

describe('slides', () => {
  it('are the overview, one per stage in journey order, then the summary', () => {
    const slides = slidesFor(map);
    expect(slides.map((s) => s.kind)).toEqual(['overview', 'stage', 'stage', 'stage', 'summary']);
    expect(slides.flatMap((s) => (s.kind === 'stage' ? [s.stageId] : []))).toEqual(map.stages.map((s) => s.id));
    expect(new Set(slides.map((s) => s.key)).size).toBe(slides.length);
  });

  it('lay a stage out as visible lanes × its touchpoints in document order, with the blueprint lines between sides', () => {
    const rows = stageRows(map, 's1');
    expect(rows.map((r) => r.lane.id)).toEqual(map.lanes.map((l) => l.id));
    expect(rows.find((r) => r.lane.id === 'customer')!.touchpoints.map((t) => t.id)).toEqual(['a', 'd']);
    expect(rows.find((r) => r.lane.id === 'back')!.touchpoints).toEqual([]);
    expect(Object.fromEntries(rows.filter((r) => r.lineAbove).map((r) => [r.lane.id, r.lineAbove]))).toEqual({
      front: 'interaction',
      back: 'visibility',
      support: 'internal',
    });
  });

  it('leave out lanes hidden in the editor', () => {
    const hidden = { ...map, view: { hiddenLanes: ['back'] } };
    expect(visibleLanes(hidden).map((l) => l.id)).not.toContain('back');
    expect(stageRows(hidden, 's2').flatMap((r) => r.touchpoints)).toEqual([]);
  });
});

describe('navigation', () => {
  const keys = (key: string, extra: object = {}) => navActionForKey({ key, ...extra });

  it('maps clicker and keyboard keys to moves', () => {
    expect(['PageDown', 'ArrowRight', 'ArrowDown', ' '].map((k) => keys(k)?.type)).toEqual(['next', 'next', 'next', 'next']);
    expect(['PageUp', 'ArrowLeft', 'ArrowUp'].map((k) => keys(k)?.type)).toEqual(['prev', 'prev', 'prev']);
    expect(keys(' ', { shiftKey: true })?.type).toBe('prev');
    expect(keys('Home')?.type).toBe('home');
    expect(keys('End')?.type).toBe('end');
    expect(keys('PageDown', { ctrlKey: true })).toBeNull();
    expect(keys('a')).toBeNull();
  });

  it('walks every slide with next and stops at the ends', () => {
    let s = { index: 0, count: 5 };
    const seen = [s.index];
    for (let i = 0; i < 7; i++) {
      s = navigate(s, { type: 'next' });
      seen.push(s.index);
    }
    expect(seen).toEqual([0, 1, 2, 3, 4, 4, 4, 4]);
    expect(navigate(s, { type: 'home' }).index).toBe(0);
    expect(navigate({ index: 0, count: 5 }, { type: 'end' }).index).toBe(4);
    expect(navigate({ index: 0, count: 5 }, { type: 'prev' }).index).toBe(0);
  });

  const action: fc.Arbitrary<NavAction> = fc.oneof(
    fc.constantFrom<NavAction>({ type: 'next' }, { type: 'prev' }, { type: 'home' }, { type: 'end' }),
    fc.integer({ min: -50, max: 50 }).map((index): NavAction => ({ type: 'goto', index })),
  );

  it('always stays on a slide, and next/prev move by at most one', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), fc.array(action, { maxLength: 60 }), (count, actions) => {
        let s = { index: 0, count };
        for (const a of actions) {
          const next = navigate(s, a);
          expect(next.index).toBeGreaterThanOrEqual(0);
          expect(next.index).toBeLessThan(count);
          if (a.type === 'next') expect(next.index).toBe(Math.min(count - 1, s.index + 1));
          if (a.type === 'prev') expect(next.index).toBe(Math.max(0, s.index - 1));
          s = next;
        }
      }),
    );
  });

  it('next then prev returns to where it was, except at the last slide', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), fc.nat(60), (count, at) => {
        const start = navigate({ index: 0, count }, { type: 'goto', index: at });
        const back = navigate(navigate(start, { type: 'next' }), { type: 'prev' });
        expect(back.index).toBe(start.index === count - 1 ? Math.max(0, count - 2) : start.index);
      }),
    );
  });

  it('keeps the index in range when the slide count shrinks', () => {
    expect(resize({ index: 7, count: 8 }, 3)).toEqual({ index: 2, count: 3 });
    expect(resize({ index: 1, count: 8 }, 3)).toEqual({ index: 1, count: 3 });
    expect(resize({ index: 1, count: 8 }, 0)).toEqual({ index: 0, count: 1 });
  });
});

describe('pain points of a stage', () => {
  const painMap = buildMap({
    touchpoints: [
      { id: 'front1', lane: 'front', painPoints: [{ id: 'p-front', title: 'x', severity: 'low' }] },
      { id: 'cust', lane: 'customer', painPoints: [{ id: 'p-c1', title: 'x', severity: 'low' }, { id: 'p-c2', title: 'y', severity: 'high' }] },
      { id: 'other', stage: 's2', lane: 'customer', painPoints: [{ id: 'p-other', title: 'x', severity: 'low' }] },
    ],
  });

  it('are read lane by lane, top to bottom, only from that stage', () => {
    expect(stagePainIds(painMap, 's1')).toEqual(['p-c1', 'p-c2', 'p-front']);
  });

  it('cycle forwards and backwards, wrapping around', () => {
    const ids = ['a', 'b', 'c'];
    expect(cycle(ids, null, 1)).toBe('a');
    expect(cycle(ids, null, -1)).toBe('c');
    expect(cycle(ids, 'c', 1)).toBe('a');
    expect(cycle(ids, 'a', -1)).toBe('c');
    expect(cycle(ids, 'gone', 1)).toBe('a');
    expect(cycle([], 'a', 1)).toBeNull();
    fc.assert(
      fc.property(fc.uniqueArray(fc.string(), { minLength: 1, maxLength: 10 }), fc.nat(20), (list, n) => {
        const start = list[n % list.length]!;
        expect(cycle(list, cycle(list, start, 1), -1)).toBe(start);
        let at: string | null = start;
        for (let i = 0; i < list.length; i++) at = cycle(list, at, 1);
        expect(at).toBe(start);
      }),
    );
  });
});
