import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runCommand } from '../../../src/commands';
import {
  GRID,
  TYPE,
  ZOOM,
  cardDetail,
  fitViewport,
  freeArea,
  laneHeaderDetail,
  layoutGrid,
  openingViewport,
  revealCard,
  stageHeaderDetail,
  type GridLayout,
  type Viewport,
} from '../../../src/layout';
import type { MapDocument } from '../../../src/model';
import { createMapFromTemplate } from '../../../src/templates';
import { arbMap } from '../../fixtures/arbitrary';

const WINDOWS = [
  { width: 1440 - 640, height: 900 - 100 },
  { width: 1024 - 560, height: 768 - 100 },
  { width: 800, height: 600 - 100 },
  { width: 300, height: 240 },
];

function withCards(map: MapDocument, perCell: number): MapDocument {
  let next = map;
  for (const stage of map.stages)
    for (const lane of map.lanes) for (let i = 0; i < perCell; i++) next = runCommand(next, 'addTouchpoint', { stage: stage.id, lane: lane.id, title: `${stage.name} ${i}` })!.map;
  return next;
}

/** The grid rectangle on screen under a viewport. */
function onScreen(layout: GridLayout, v: Viewport) {
  return { left: v.x, top: v.y, right: v.x + layout.width * v.zoom, bottom: v.y + layout.height * v.zoom };
}

describe('openingViewport', () => {
  it('always opens with card titles at least 12 px on screen', () => {
    fc.assert(
      fc.property(arbMap, fc.constantFrom(...WINDOWS), (map, area) => {
        const v = openingViewport(layoutGrid(map), area);
        expect(TYPE.cardTitle * v.zoom).toBeGreaterThanOrEqual(TYPE.minReadable - 1e-9);
      }),
      { numRuns: 80 },
    );
  });

  it('shows the whole of a small map, and the top-left corner of one too big to read whole', () => {
    const small = layoutGrid(createMapFromTemplate('journey', 'en'));
    const wide = { width: 2400, height: 1400 };
    const v = openingViewport(small, wide);
    const box = onScreen(small, v);
    const free = freeArea(wide);
    expect(box.right).toBeLessThanOrEqual(free.left + free.width);
    expect(box.bottom).toBeLessThanOrEqual(free.top + free.height);

    const big = layoutGrid(withCards(createMapFromTemplate('blueprint', 'en'), 4));
    const w = openingViewport(big, { width: 800, height: 500 });
    expect(w.zoom).toBeCloseTo(ZOOM.readable);
    // The first stage and the first lane start right after the sticky headers.
    expect(w.x).toBeGreaterThanOrEqual(GRID.laneHeaderWidth);
    expect(w.x).toBeLessThan(GRID.laneHeaderWidth + 40);
    expect(w.y).toBeGreaterThanOrEqual(GRID.stageHeaderHeight);
    expect(w.y).toBeLessThan(GRID.stageHeaderHeight + 40);
  });
});

describe('fitViewport', () => {
  it('puts the whole grid inside the area left free by headers and covering panels', () => {
    fc.assert(
      fc.property(
        arbMap,
        fc.record({ width: fc.integer({ min: 500, max: 3000 }), height: fc.integer({ min: 400, max: 2000 }), right: fc.integer({ min: 0, max: 300 }) }),
        (map, { width, height, right }) => {
          const layout = layoutGrid(map);
          const area = { width, height, covered: { left: 0, top: 0, bottom: 0, right } };
          const v = fitViewport(layout, area);
          const box = onScreen(layout, v);
          const free = freeArea(area);
          expect(box.left).toBeGreaterThanOrEqual(free.left);
          expect(box.top).toBeGreaterThanOrEqual(free.top);
          if (v.zoom > ZOOM.min) {
            expect(box.right).toBeLessThanOrEqual(free.left + free.width + 1e-6);
            expect(box.bottom).toBeLessThanOrEqual(free.top + free.height + 1e-6);
          }
          expect(v.zoom).toBeLessThanOrEqual(ZOOM.fitMax);
        },
      ),
      { numRuns: 80 },
    );
  });

  it('fits a five-stage blueprint at 1440×900 with the inspector open, below the readable zoom if it must', () => {
    const layout = layoutGrid(withCards(createMapFromTemplate('blueprint', 'en'), 2));
    const area = { width: 1440 - 280, height: 900 - 80, covered: { left: 0, top: 0, bottom: 0, right: 360 } };
    const v = fitViewport(layout, area);
    expect(onScreen(layout, v).right).toBeLessThanOrEqual(1440 - 280 - 360);
  });
});

describe('revealCard', () => {
  const layout = layoutGrid(withCards(createMapFromTemplate('journey', 'en'), 2));
  const area = { width: 900, height: 600 };
  const last = [...layout.cards.values()].at(-1)!;

  it('leaves the view alone when the card is already in sight', () => {
    const first = [...layout.cards.values()][0]!;
    const v = openingViewport(layout, area);
    expect(revealCard(v, first, area)).toBe(v);
  });

  it('pans a card out of sight into the free area, at a readable zoom', () => {
    const v = revealCard({ x: GRID.laneHeaderWidth, y: GRID.stageHeaderHeight, zoom: 0.2 }, last, area);
    expect(v.zoom).toBeGreaterThanOrEqual(ZOOM.readable);
    const free = freeArea(area);
    const left = v.x + last.x * v.zoom;
    const top = v.y + last.y * v.zoom;
    expect(left).toBeGreaterThanOrEqual(free.left);
    expect(left + last.width * v.zoom).toBeLessThanOrEqual(free.left + free.width);
    expect(top).toBeGreaterThanOrEqual(free.top);
    expect(top + last.height * v.zoom).toBeLessThanOrEqual(free.top + free.height);
  });
});

describe('detail by size', () => {
  it('draws blocks below the overview zoom and full cards from it up', () => {
    expect(cardDetail(ZOOM.overview - 0.01)).toBe('overview');
    expect(cardDetail(ZOOM.overview)).toBe('full');
    expect(cardDetail(ZOOM.readable)).toBe('full');
  });

  it('never lets stage numbers or lane names pile up at the smallest zoom', () => {
    const layout = layoutGrid(createMapFromTemplate('blueprint', 'zh-CN'));
    for (const stage of layout.stages) expect(stageHeaderDetail(stage.width * ZOOM.min)).toBe('none');
    for (const lane of layout.lanes) expect(laneHeaderDetail(lane.height * ZOOM.min)).toBe('none');
    // Detail only grows with room.
    const sizes = Array.from({ length: 200 }, (_, i) => i);
    const rank = { none: 0, short: 1, full: 2 } as const;
    for (let i = 1; i < sizes.length; i++) {
      expect(rank[stageHeaderDetail(sizes[i]!)]).toBeGreaterThanOrEqual(rank[stageHeaderDetail(sizes[i - 1]!)]);
      expect(rank[laneHeaderDetail(sizes[i]!)]).toBeGreaterThanOrEqual(rank[laneHeaderDetail(sizes[i - 1]!)]);
    }
    expect(stageHeaderDetail(layout.stages[0]!.width * ZOOM.readable)).toBe('full');
    expect(laneHeaderDetail(GRID.minLaneHeight * ZOOM.readable)).toBe('full');
  });
});
