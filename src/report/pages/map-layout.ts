/**
 * Pagination of the map: stages are split into column groups that keep cards legible, and each
 * group's lanes flow down landscape pages; a lane too tall for one page continues on the next.
 */
import type { MapDocument, Touchpoint } from '../../model';

export interface MapMetrics {
  width: number;
  height: number;
  laneLabelWidth: number;
  minColumnWidth: number;
  cardHeight: number;
  cardGap: number;
  /** Type size of a card's title; grows with the cards when a small map is scaled to fill its page. */
  cardText: number;
  /** Height of the rows area on one page (below the stage headers, above the legend). */
  rowsHeight: number;
}

export interface LaneSegment {
  laneIndex: number;
  /** Card rows [from, to) of this lane shown on the page. */
  from: number;
  to: number;
  /** All card rows of the lane in this stage group. */
  rows: number;
  height: number;
}

export interface MapPagePlan {
  stageFrom: number;
  stageTo: number;
  /** Part of the stage group (1-based) when a group needs several pages. */
  part: number;
  parts: number;
  segments: LaneSegment[];
}

const LANE_PAD = 8;
const EMPTY_LANE = 26;
/** An Emotions lane holds the emotion curve, as the app draws it: it needs room for −3…+3. */
export const EMOTION_LANE = 64;

export function laneHeight(rows: number, m: MapMetrics, emotions = false): number {
  const cards = rows === 0 ? EMPTY_LANE : LANE_PAD + rows * (m.cardHeight + m.cardGap) - m.cardGap;
  return emotions ? Math.max(cards, EMOTION_LANE) : cards;
}

/** Touchpoints per (stage, lane) cell, in document order. */
export function cellIndex(map: MapDocument): Map<string, Touchpoint[]> {
  const cells = new Map<string, Touchpoint[]>();
  for (const tp of map.touchpoints) {
    const key = `${tp.stage}\u0000${tp.lane}`;
    const list = cells.get(key);
    if (list) list.push(tp);
    else cells.set(key, [tp]);
  }
  return cells;
}

export const cellKey = (stageId: string, laneId: string) => `${stageId}\u0000${laneId}`;

export function stageGroups(stageCount: number, m: MapMetrics): [number, number][] {
  const perPage = Math.max(1, Math.floor((m.width - m.laneLabelWidth) / m.minColumnWidth));
  const groups = Math.max(1, Math.ceil(stageCount / perPage));
  const size = Math.max(1, Math.ceil(stageCount / groups));
  const out: [number, number][] = [];
  for (let i = 0; i < Math.max(stageCount, 1); i += size) out.push([i, Math.min(stageCount, i + size)]);
  return out;
}

export function planMapPages(map: MapDocument, cells: Map<string, Touchpoint[]>, m: MapMetrics): MapPagePlan[] {
  const plans: MapPagePlan[] = [];
  for (const [stageFrom, stageTo] of stageGroups(map.stages.length, m)) {
    const stages = map.stages.slice(stageFrom, stageTo);
    const pages: LaneSegment[][] = [[]];
    let used = 0;
    map.lanes.forEach((lane, laneIndex) => {
      const rows = Math.max(0, ...stages.map((s) => cells.get(cellKey(s.id, lane.id))?.length ?? 0));
      const emotions = lane.kind === 'emotions';
      const laneH = (n: number) => laneHeight(n, m, emotions);
      let from = 0;
      let placed = false;
      do {
        const left = m.rowsHeight - used;
        const fitRows = Math.floor((left - LANE_PAD + m.cardGap) / (m.cardHeight + m.cardGap));
        const needed = laneH(rows - from);
        if (needed <= left) {
          pages.at(-1)!.push({ laneIndex, from, to: rows, rows, height: needed });
          placed = true;
          used += needed;
          from = rows;
        } else if (rows > 0 && fitRows >= 1 && (fitRows >= 3 || used === 0)) {
          const to = from + fitRows;
          const height = laneH(fitRows);
          pages.at(-1)!.push({ laneIndex, from, to, rows, height });
          placed = true;
          pages.push([]);
          used = 0;
          from = to;
        } else if (used === 0) {
          // Not even one row fits an empty page: the metrics are unusable, place the lane anyway.
          pages.at(-1)!.push({ laneIndex, from, to: rows, rows, height: needed });
          placed = true;
          used += needed;
          from = rows;
        } else {
          pages.push([]);
          used = 0;
        }
      } while (!placed || from < rows);
    });
    const nonEmpty = pages.filter((p) => p.length > 0);
    nonEmpty.forEach((segments, i) => plans.push({ stageFrom, stageTo, part: i + 1, parts: nonEmpty.length, segments }));
  }
  return plans;
}

/**
 * The largest card scale (up to `max`) at which every stage group still fits one page, so a small
 * map fills its page instead of leaving half of it blank; 1 when the map already needs more pages.
 */
export function fillScale(map: MapDocument, cells: Map<string, Touchpoint[]>, scaled: (k: number) => MapMetrics, max: number): number {
  const STEPS_PER_UNIT = 20;
  const onePage = (k: number) => planMapPages(map, cells, scaled(k)).every((p) => p.parts === 1);
  // Counted in whole steps, so the cap is reached exactly rather than overshot by rounding.
  let steps = 0;
  while (steps + 1 <= (max - 1) * STEPS_PER_UNIT + 1e-9 && onePage(1 + (steps + 1) / STEPS_PER_UNIT)) steps++;
  return Math.min(max, 1 + steps / STEPS_PER_UNIT);
}

export { lineBetween, type BlueprintLine } from '../../layout/grid';
