import { describe, expect, it } from 'vitest';
import { runCommand } from '../../../src/commands';
import { layoutGrid, newCardCell } from '../../../src/layout';
import type { MapDocument } from '../../../src/model';
import { createMapFromTemplate } from '../../../src/templates';

const customerLane = (map: MapDocument) => map.lanes.find((l) => l.kind === 'customer')!.id;

describe('newCardCell', () => {
  it('puts a card in a new journey map or blueprint into stage 1, customer lane', () => {
    for (const template of ['journey', 'blueprint'] as const) {
      for (const locale of ['en', 'zh-CN'] as const) {
        const map = createMapFromTemplate(template, locale);
        expect(newCardCell(map, layoutGrid(map), new Set())).toEqual({ stage: map.stages[0]!.id, lane: customerLane(map) });
      }
    }
  });

  it('follows the selected card', () => {
    let map = createMapFromTemplate('journey', 'en');
    map = runCommand(map, 'addTouchpoint', { stage: map.stages[2]!.id, lane: map.lanes[3]!.id, title: 'Chosen' })!.map;
    const chosen = map.touchpoints[0]!;
    expect(newCardCell(map, layoutGrid(map), new Set([chosen.id]))).toEqual({ stage: chosen.stage, lane: chosen.lane });
  });

  it('falls back to the first shown lane when there is no customer lane, and skips a hidden customer lane', () => {
    const base = createMapFromTemplate('journey', 'en');
    const noCustomer = { ...base, lanes: base.lanes.map((l) => (l.kind === 'customer' ? { ...l, kind: 'custom' as const } : l)) };
    expect(newCardCell(noCustomer, layoutGrid(noCustomer), new Set())).toEqual({ stage: base.stages[0]!.id, lane: base.lanes[0]!.id });
    const hidden = runCommand(base, 'setLaneHidden', { laneId: customerLane(base), hidden: true })!.map;
    const cell = newCardCell(hidden, layoutGrid(hidden), new Set());
    expect(cell?.lane).not.toBe(customerLane(base));
    expect(cell?.stage).toBe(base.stages[0]!.id);
  });
});
