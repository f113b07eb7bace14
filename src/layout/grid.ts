/**
 * The swimlane grid as geometry: where every stage column, lane row and touchpoint card sits.
 * One pure function serves the canvas, the SVG/PNG export and the drop logic, so a card is drawn
 * where a drop puts it. Cells grow to fit their cards; cards are laid out in document order
 * (which is the order inside a cell).
 */
import type { Lane, LaneKind, MapDocument, Stage, Touchpoint } from '../model';
import { hiddenLanes } from '../commands/view';

export const GRID = {
  /** Height of the sticky stage header band above the grid. */
  stageHeaderHeight: 52,
  /** Width of the sticky lane header band left of the grid. */
  laneHeaderWidth: 176,
  cardWidth: 216,
  cardHeight: 124,
  gap: 14,
  padding: 18,
  /** A stage never gets more card columns than this; extra cards wrap into rows. */
  maxColumns: 3,
  minLaneHeight: 140,
  emotionLaneHeight: 168,
} as const;

export type BlueprintLine = 'interaction' | 'visibility' | 'internal';

const RANK: Partial<Record<LaneKind, number>> = { evidence: 0, customer: 0, frontstage: 1, backstage: 2, support: 3 };

/** The blueprint line between two neighbouring lanes, if their kinds cross one. */
export function lineBetween(upper: Pick<Lane, 'kind'>, lower: Pick<Lane, 'kind'>): BlueprintLine | null {
  const a = upper.kind ? RANK[upper.kind] : undefined;
  const b = lower.kind ? RANK[lower.kind] : undefined;
  if (a === undefined || b === undefined || b <= a) return null;
  if (a <= 1 && b >= 2) return 'visibility';
  if (a === 0 && b === 1) return 'interaction';
  if (a === 2 && b === 3) return 'internal';
  return null;
}

export interface StageBox {
  readonly stage: Stage;
  readonly index: number;
  readonly x: number;
  readonly width: number;
  /** Card columns in this stage's cells. */
  readonly columns: number;
}

export interface LaneBox {
  readonly lane: Lane;
  /** Index in the map's lane list (hidden lanes keep their place in it). */
  readonly index: number;
  readonly y: number;
  readonly height: number;
}

export interface CardBox {
  readonly id: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly stage: string;
  readonly lane: string;
  /** Position inside its cell, in document order. */
  readonly slot: number;
}

export interface LineBox {
  readonly kind: BlueprintLine;
  readonly y: number;
  /** The lanes it separates. */
  readonly above: string;
  readonly below: string;
}

export interface GridLayout {
  /** Visible stages left to right; x is in canvas coordinates, the grid starts at x = 0. */
  readonly stages: readonly StageBox[];
  /** Visible lanes top to bottom; y starts at 0. */
  readonly lanes: readonly LaneBox[];
  readonly cards: ReadonlyMap<string, CardBox>;
  readonly lines: readonly LineBox[];
  readonly width: number;
  readonly height: number;
  readonly hiddenLaneIds: readonly string[];
}

function cellKey(stage: string, lane: string): string {
  return `${stage}\u0000${lane}`;
}

export function layoutGrid(map: MapDocument): GridLayout {
  const hidden = new Set(hiddenLanes(map));
  const visibleLanes = map.lanes.map((lane, index) => ({ lane, index })).filter(({ lane }) => !hidden.has(lane.id));
  const stageIds = new Set(map.stages.map((s) => s.id));
  const laneIds = new Set(visibleLanes.map(({ lane }) => lane.id));

  // Cards per cell, in document order.
  const cells = new Map<string, Touchpoint[]>();
  for (const tp of map.touchpoints) {
    if (!stageIds.has(tp.stage) || !laneIds.has(tp.lane)) continue;
    const key = cellKey(tp.stage, tp.lane);
    const list = cells.get(key);
    if (list) list.push(tp);
    else cells.set(key, [tp]);
  }

  const { cardWidth, cardHeight, gap, padding, maxColumns } = GRID;
  const stages: StageBox[] = [];
  let x = 0;
  map.stages.forEach((stage, index) => {
    let most = 0;
    for (const { lane } of visibleLanes) most = Math.max(most, cells.get(cellKey(stage.id, lane.id))?.length ?? 0);
    // Wide enough that a crowded cell grows downward in a readable block rather than a tall tower.
    const columns = Math.max(1, Math.min(maxColumns, Math.ceil(Math.sqrt(most / 2))));
    const width = padding * 2 + columns * cardWidth + (columns - 1) * gap;
    stages.push({ stage, index, x, width, columns });
    x += width;
  });

  const lanes: LaneBox[] = [];
  let y = 0;
  for (const { lane, index } of visibleLanes) {
    let rows = 0;
    for (const box of stages) rows = Math.max(rows, Math.ceil((cells.get(cellKey(box.stage.id, lane.id))?.length ?? 0) / box.columns));
    const minimum = lane.kind === 'emotions' ? GRID.emotionLaneHeight : GRID.minLaneHeight;
    const height = Math.max(minimum, padding * 2 + rows * cardHeight + Math.max(0, rows - 1) * gap);
    lanes.push({ lane, index, y, height });
    y += height;
  }

  const cards = new Map<string, CardBox>();
  for (const box of stages) {
    for (const laneBox of lanes) {
      const list = cells.get(cellKey(box.stage.id, laneBox.lane.id));
      if (!list) continue;
      list.forEach((tp, slot) => {
        const col = slot % box.columns;
        const row = Math.floor(slot / box.columns);
        cards.set(tp.id, {
          id: tp.id,
          x: box.x + padding + col * (cardWidth + gap),
          y: laneBox.y + padding + row * (cardHeight + gap),
          width: cardWidth,
          height: cardHeight,
          stage: box.stage.id,
          lane: laneBox.lane.id,
          slot,
        });
      });
    }
  }

  // The lines belong to blueprints: a map tagged as one, or any map that separates backstage or
  // support work from what the customer sees. A plain journey map (customer, touchpoints, thoughts,
  // emotions) draws none: its frontstage lane holds touchpoints, not a line of interaction.
  const blueprint = map.template === 'blueprint' || map.lanes.some((l) => l.kind === 'backstage' || l.kind === 'support');
  const lines: LineBox[] = [];
  for (let i = 1; i < lanes.length && blueprint; i++) {
    const upper = lanes[i - 1]!;
    const lower = lanes[i]!;
    const kind = lineBetween(upper.lane, lower.lane);
    if (kind) lines.push({ kind, y: lower.y, above: upper.lane.id, below: lower.lane.id });
  }

  return { stages, lanes, cards, lines, width: x, height: y, hiddenLaneIds: [...hidden] };
}

export interface CellHit {
  readonly stage: string;
  readonly lane: string;
}

/** The cell under a canvas point, or null outside the grid. */
export function cellAt(layout: GridLayout, x: number, y: number): CellHit | null {
  const stage = layout.stages.find((s) => x >= s.x && x < s.x + s.width);
  const lane = layout.lanes.find((l) => y >= l.y && y < l.y + l.height);
  return stage && lane ? { stage: stage.stage.id, lane: lane.lane.id } : null;
}

/**
 * The cell `dx` stages and `dy` visible lanes away (keyboard moves), or null past the grid's edge or
 * from a cell that is not shown.
 */
export function neighbourCell(layout: GridLayout, from: CellHit, dx: number, dy: number): CellHit | null {
  const s = layout.stages.findIndex((b) => b.stage.id === from.stage);
  const l = layout.lanes.findIndex((b) => b.lane.id === from.lane);
  if (s < 0 || l < 0) return null;
  const stage = layout.stages[s + dx];
  const lane = layout.lanes[l + dy];
  return stage && lane ? { stage: stage.stage.id, lane: lane.lane.id } : null;
}

/** The nearest cell to a canvas point: a card dropped just outside the grid still lands somewhere sensible. */
export function nearestCell(layout: GridLayout, x: number, y: number): CellHit | null {
  if (layout.stages.length === 0 || layout.lanes.length === 0) return null;
  const clampX = Math.min(Math.max(x, 0), layout.width - 1);
  const clampY = Math.min(Math.max(y, 0), layout.height - 1);
  return cellAt(layout, clampX, clampY);
}

export interface DropTarget extends CellHit {
  /** The unmoved touchpoint the dropped cards go ahead of, or null for last in the cell. */
  readonly before: string | null;
}

/**
 * Where cards dropped with their top-left corner at (x, y) land: the cell under the card's centre,
 * and the slot the centre points at among the cell's cards that are not moving.
 */
export function dropTarget(layout: GridLayout, map: MapDocument, x: number, y: number, moving: ReadonlySet<string>): DropTarget | null {
  const cx = x + GRID.cardWidth / 2;
  const cy = y + GRID.cardHeight / 2;
  const cell = nearestCell(layout, cx, cy);
  if (!cell) return null;
  const stage = layout.stages.find((s) => s.stage.id === cell.stage)!;
  const lane = layout.lanes.find((l) => l.lane.id === cell.lane)!;
  const pitchX = GRID.cardWidth + GRID.gap;
  const pitchY = GRID.cardHeight + GRID.gap;
  const col = Math.min(stage.columns - 1, Math.max(0, Math.floor((cx - stage.x - GRID.padding + GRID.gap / 2) / pitchX)));
  const row = Math.max(0, Math.floor((cy - lane.y - GRID.padding + GRID.gap / 2) / pitchY));
  const slot = row * stage.columns + col;
  const staying = map.touchpoints.filter((t) => t.stage === cell.stage && t.lane === cell.lane && !moving.has(t.id));
  return { ...cell, before: staying[slot]?.id ?? null };
}

/** The y of an emotion value (−3…+3) inside an emotions lane, +3 at the top. */
export function emotionY(lane: LaneBox, emotion: number): number {
  const inset = GRID.padding + 8;
  const span = lane.height - inset * 2;
  return lane.y + inset + ((3 - emotion) / 6) * span;
}

function sameCard(a: CardBox, b: CardBox): boolean {
  return a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height && a.stage === b.stage && a.lane === b.lane && a.slot === b.slot;
}

function sameStage(a: StageBox, b: StageBox): boolean {
  return a.stage === b.stage && a.index === b.index && a.x === b.x && a.width === b.width && a.columns === b.columns;
}

function sameLane(a: LaneBox, b: LaneBox): boolean {
  return a.lane === b.lane && a.index === b.index && a.y === b.y && a.height === b.height;
}

function sameLine(a: LineBox, b: LineBox): boolean {
  return a.kind === b.kind && a.y === b.y && a.above === b.above && a.below === b.below;
}

/** `next`, with every element equal to `previous`'s element at the same place replaced by it, and the whole list when all are. */
function reuseList<T>(previous: readonly T[], next: readonly T[], same: (a: T, b: T) => boolean): readonly T[] {
  let all = previous.length === next.length;
  const out = next.map((item, i) => {
    const old = previous[i];
    if (old !== undefined && same(old, item)) return old;
    all = false;
    return item;
  });
  return all ? previous : out;
}

/**
 * A new layout that shares with the previous one every box that did not move: after moving one card,
 * only the boxes of the cards that moved (and stage columns or lane rows that changed size) are new
 * objects, so a view can tell what changed by identity and redraw only that. Returns `previous`
 * itself when nothing changed. Linear in the map, with no allocation for unchanged boxes.
 */
export function reuseLayout(previous: GridLayout | null, next: GridLayout): GridLayout {
  if (!previous) return next;
  const stages = reuseList(previous.stages, next.stages, sameStage);
  const lanes = reuseList(previous.lanes, next.lanes, sameLane);
  const lines = reuseList(previous.lines, next.lines, sameLine);
  const cards = new Map<string, CardBox>();
  let allCards = previous.cards.size === next.cards.size;
  for (const [id, box] of next.cards) {
    const old = previous.cards.get(id);
    if (old && sameCard(old, box)) cards.set(id, old);
    else {
      cards.set(id, box);
      allCards = false;
    }
  }
  const hiddenLaneIds = reuseList(previous.hiddenLaneIds, next.hiddenLaneIds, (a, b) => a === b);
  const unchanged =
    allCards &&
    stages === previous.stages &&
    lanes === previous.lanes &&
    lines === previous.lines &&
    hiddenLaneIds === previous.hiddenLaneIds &&
    next.width === previous.width &&
    next.height === previous.height;
  if (unchanged) return previous;
  return { stages, lanes, cards: allCards ? previous.cards : cards, lines, width: next.width, height: next.height, hiddenLaneIds };
}
