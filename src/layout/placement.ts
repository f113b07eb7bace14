/**
 * Where a new card goes when the person did not point at a cell: next to what they are working on
 * (the cell of the first selected card), else where a journey starts (the first stage's customer
 * lane, or its first shown lane when the map has no customer lane).
 */
import type { MapDocument } from '../model';
import type { CellHit, GridLayout } from './grid';

export function newCardCell(map: MapDocument, layout: GridLayout, selection: ReadonlySet<string>): CellHit | null {
  const shown = new Set(layout.lanes.map((l) => l.lane.id));
  const selected = map.touchpoints.find((t) => selection.has(t.id) && shown.has(t.lane));
  if (selected) return { stage: selected.stage, lane: selected.lane };
  const stage = layout.stages[0];
  const lane = layout.lanes.find((l) => l.lane.kind === 'customer') ?? layout.lanes[0];
  return stage && lane ? { stage: stage.stage.id, lane: lane.lane.id } : null;
}
