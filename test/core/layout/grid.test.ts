import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runCommand } from '../../../src/commands';
import { GRID, cellAt, dropTarget, layoutGrid, neighbourCell, reuseLayout } from '../../../src/layout';
import type { MapDocument } from '../../../src/model';
import { createMapFromTemplate } from '../../../src/templates';
import { arbMap } from '../../fixtures/arbitrary';

function overlap(a: { x: number; y: number; width: number; height: number }, b: typeof a): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

describe('layoutGrid', () => {
  it('puts every card inside its own cell, and no two cards overlap', () => {
    fc.assert(
      fc.property(arbMap, (map: MapDocument) => {
        const layout = layoutGrid(map);
        const boxes = [...layout.cards.values()];
        for (const card of boxes) {
          const stage = layout.stages.find((s) => s.stage.id === card.stage)!;
          const lane = layout.lanes.find((l) => l.lane.id === card.lane)!;
          expect(card.x).toBeGreaterThanOrEqual(stage.x);
          expect(card.x + card.width).toBeLessThanOrEqual(stage.x + stage.width);
          expect(card.y).toBeGreaterThanOrEqual(lane.y);
          expect(card.y + card.height).toBeLessThanOrEqual(lane.y + lane.height);
          expect(cellAt(layout, card.x + card.width / 2, card.y + card.height / 2)).toEqual({ stage: card.stage, lane: card.lane });
        }
        for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) expect(overlap(boxes[i]!, boxes[j]!)).toBe(false);
      }),
      { numRuns: 60 },
    );
  });

  it('leaves hidden lanes out and draws the three blueprint lines between the right lanes', () => {
    const map = createMapFromTemplate('blueprint', 'en');
    const layout = layoutGrid(map);
    expect(layout.lines.map((l) => l.kind)).toEqual(['interaction', 'visibility', 'internal']);
    const kinds = (id: string) => map.lanes.find((l) => l.id === id)!.kind;
    const visibility = layout.lines.find((l) => l.kind === 'visibility')!;
    expect([kinds(visibility.above), kinds(visibility.below)]).toEqual(['frontstage', 'backstage']);

    const backstage = map.lanes.find((l) => l.kind === 'backstage')!;
    const hidden = runCommand(map, 'setLaneHidden', { laneId: backstage.id, hidden: true })!.map;
    const after = layoutGrid(hidden);
    expect(after.lanes.map((l) => l.lane.id)).not.toContain(backstage.id);
    expect(after.hiddenLaneIds).toEqual([backstage.id]);
    // frontstage now sits on support: still below the line of visibility.
    expect(after.lines.map((l) => l.kind)).toEqual(['interaction', 'visibility']);
  });

  it('draws no blueprint lines on a plain journey map, and draws them once backstage work is mapped', () => {
    const journey = createMapFromTemplate('journey', 'zh-CN');
    expect(journey.lanes.some((l) => l.kind === 'frontstage')).toBe(true);
    expect(layoutGrid(journey).lines).toEqual([]);
    expect(layoutGrid({ ...journey, template: 'custom' }).lines).toEqual([]);
    const withBackstage = runCommand(journey, 'addLane', { name: '后台', kind: 'backstage', index: 2 })!.map;
    expect(layoutGrid(withBackstage).lines.map((l) => l.kind)).toEqual(['interaction', 'visibility']);
  });

  it('grows a cell to fit its cards', () => {
    let map = createMapFromTemplate('journey', 'en');
    const [stage, lane] = [map.stages[0]!.id, map.lanes[0]!.id];
    const before = layoutGrid(map).lanes[0]!.height;
    for (let i = 0; i < 9; i++) map = runCommand(map, 'addTouchpoint', { stage, lane, title: `Card ${i}` })!.map;
    const layout = layoutGrid(map);
    expect(layout.stages[0]!.columns).toBeGreaterThan(1);
    expect(layout.lanes[0]!.height).toBeGreaterThan(before);
    expect(layout.stages[0]!.width).toBeGreaterThan(layout.stages[1]!.width);
  });

  it('drops a card ahead of the card whose slot it lands on, or last', () => {
    let map = createMapFromTemplate('journey', 'en');
    const [s0, s1, lane] = [map.stages[0]!.id, map.stages[1]!.id, map.lanes[0]!.id];
    for (const title of ['A', 'B', 'C']) map = runCommand(map, 'addTouchpoint', { stage: s0, lane, title })!.map;
    map = runCommand(map, 'addTouchpoint', { stage: s1, lane, title: 'D' })!.map;
    const [a, b, c, d] = map.touchpoints.map((t) => t.id);
    const layout = layoutGrid(map);
    const boxA = layout.cards.get(a!)!;
    // D dropped exactly where A is goes ahead of A.
    expect(dropTarget(layout, map, boxA.x, boxA.y, new Set([d!]))).toEqual({ stage: s0, lane, before: a });
    // A dropped on its own place, when it is the one moving, goes ahead of B (its old neighbour).
    expect(dropTarget(layout, map, boxA.x, boxA.y, new Set([a!]))?.before).toBe(b);
    // Far to the right of the grid: the last stage, last in the cell.
    const far = dropTarget(layout, map, layout.width + 500, boxA.y, new Set([c!]));
    expect(far).toEqual({ stage: map.stages.at(-1)!.id, lane, before: null });
    expect(GRID.cardWidth).toBeGreaterThan(0);
  });
});

describe('neighbourCell', () => {
  it('steps over stages and visible lanes, and stops at the edge', () => {
    const map = createMapFromTemplate('blueprint', 'en');
    const hidden = runCommand(map, 'setLaneHidden', { laneId: map.lanes[2]!.id, hidden: true })!.map;
    const layout = layoutGrid(hidden);
    const from = { stage: map.stages[0]!.id, lane: map.lanes[1]!.id };
    expect(neighbourCell(layout, from, 1, 0)).toEqual({ stage: map.stages[1]!.id, lane: map.lanes[1]!.id });
    // The hidden lane is skipped.
    expect(neighbourCell(layout, from, 0, 1)).toEqual({ stage: map.stages[0]!.id, lane: map.lanes[3]!.id });
    expect(neighbourCell(layout, from, -1, 0)).toBeNull();
    expect(neighbourCell(layout, { stage: map.stages[0]!.id, lane: map.lanes[2]!.id }, 1, 0)).toBeNull();
  });
});

describe('reuseLayout', () => {
  it('after any move gives the same layout as a fresh one, sharing exactly the boxes that did not change', () => {
    fc.assert(
      fc.property(arbMap, fc.nat(), fc.nat(), fc.nat(), (map: MapDocument, pick, stagePick, lanePick) => {
        if (map.touchpoints.length === 0) return;
        const tp = map.touchpoints[pick % map.touchpoints.length]!;
        const stage = map.stages[stagePick % map.stages.length]!.id;
        const lane = map.lanes[lanePick % map.lanes.length]!.id;
        const result = runCommand(map, 'moveTouchpoints', { moves: [{ id: tp.id, stage, lane, before: null }] });
        const before = layoutGrid(map);
        const fresh = layoutGrid(result?.map ?? map);
        const reused = reuseLayout(before, layoutGrid(result?.map ?? map));
        expect(reused).toEqual(fresh);
        for (const [id, box] of reused.cards) {
          const old = before.cards.get(id);
          expect(box === old, id).toBe(old !== undefined && JSON.stringify(old) === JSON.stringify(box));
        }
        reused.stages.forEach((s, i) => expect(s === before.stages[i]).toBe(before.stages[i] !== undefined && before.stages[i]!.x === s.x && before.stages[i]!.width === s.width && before.stages[i]!.columns === s.columns && before.stages[i]!.stage === s.stage));
        reused.lanes.forEach((l, i) => expect(l === before.lanes[i]).toBe(before.lanes[i] !== undefined && before.lanes[i]!.y === l.y && before.lanes[i]!.height === l.height && before.lanes[i]!.lane === l.lane));
      }),
      { numRuns: 60 },
    );
  });
});
