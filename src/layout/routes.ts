/**
 * Link routes that keep off the cards. Cards sit in a regular grid: inside a stage every lane uses
 * the same card columns, so the gaps between columns (and the padding at a stage's edges) are free
 * from the top of the grid to the bottom; the padding band at the top of every lane is free from
 * left to right. A route leaves its card on the right into the column gap, runs up or down to a
 * lane's top band, along it, and down or up the column gap before the target card into its left
 * side. No segment crosses a card, and the label sits on the band, clear of every title.
 */
import { GRID, type CardBox, type GridLayout } from './grid';

export interface Point {
  readonly x: number;
  readonly y: number;
}

export interface LinkRoute {
  /** Orthogonal polyline from the source card's right side to the target card's left side. */
  readonly points: readonly Point[];
  /** Centre of the label, on the free band. */
  readonly label: Point;
}

/** How tall a link label may be (flow px) and still sit inside a lane's top band. */
export const LABEL_HEIGHT = GRID.padding - 2;

function laneIndex(layout: GridLayout): Map<string, number> {
  return new Map(layout.lanes.map((l, i) => [l.lane.id, i]));
}

/** Reusable for many links on the same layout (lane lookups are built once). */
export function createRouter(layout: GridLayout): (from: CardBox, to: CardBox) => LinkRoute | null {
  const lanes = laneIndex(layout);
  const half = GRID.gap / 2;
  return (from, to) => {
    const a = lanes.get(from.lane);
    const b = lanes.get(to.lane);
    if (a === undefined || b === undefined || from.id === to.id) return null;
    // The band at the top of the lower of the two lanes: between them when they differ, above both when they are one.
    const band = layout.lanes[Math.max(a, b)]!;
    const bandY = band.y + GRID.padding / 2;
    const sy = from.y + from.height / 2;
    const ty = to.y + to.height / 2;
    const sx = from.x + from.width;
    const tx = to.x;
    const outX = sx + half;
    const inX = tx - half;
    const raw: Point[] = [
      { x: sx, y: sy },
      { x: outX, y: sy },
      { x: outX, y: bandY },
      { x: inX, y: bandY },
      { x: inX, y: ty },
      { x: tx, y: ty },
    ];
    const points = simplify(raw);
    // On the band the label is clear of cards wherever it goes; centring it on the run keeps it by its link.
    const label = { x: (outX + inX) / 2, y: bandY };
    return { points, label };
  };
}

/** Drop repeated points and the middle of straight runs, so the path has only real corners. */
function simplify(points: readonly Point[]): Point[] {
  const out: Point[] = [];
  for (const p of points) {
    const last = out.at(-1);
    if (last && last.x === p.x && last.y === p.y) continue;
    const prev = out.at(-2);
    if (prev && last && ((prev.x === last.x && last.x === p.x) || (prev.y === last.y && last.y === p.y))) out.pop();
    out.push(p);
  }
  return out;
}

/** SVG path data for a route, with rounded corners of at most `radius`. */
export function routePath(points: readonly Point[], radius = 6): string {
  if (points.length === 0) return '';
  const f = (n: number) => Number(n.toFixed(1));
  let d = `M${f(points[0]!.x)} ${f(points[0]!.y)}`;
  for (let i = 1; i < points.length - 1; i++) {
    const p = points[i - 1]!;
    const c = points[i]!;
    const n = points[i + 1]!;
    const r = Math.min(radius, Math.hypot(c.x - p.x, c.y - p.y) / 2, Math.hypot(n.x - c.x, n.y - c.y) / 2);
    const inX = c.x - Math.sign(c.x - p.x) * r;
    const inY = c.y - Math.sign(c.y - p.y) * r;
    const outX = c.x + Math.sign(n.x - c.x) * r;
    const outY = c.y + Math.sign(n.y - c.y) * r;
    d += `L${f(inX)} ${f(inY)}Q${f(c.x)} ${f(c.y)} ${f(outX)} ${f(outY)}`;
  }
  const last = points.at(-1)!;
  return `${d}L${f(last.x)} ${f(last.y)}`;
}
