/**
 * Link routes that keep off the cards. Cards sit in a regular grid: inside a stage every lane uses
 * the same card columns, so the gaps between columns (and the padding at a stage's edges) are free
 * from the top of the grid to the bottom; the padding at the top and at the bottom of every lane is
 * free from left to right, so a lane boundary has a free gutter of twice the padding around it. A
 * route leaves its card on the right into the column gap, runs up or down to that gutter, along it,
 * and down or up the column gap before the target card into its left side. No segment crosses a card.
 * The label sits centred on the lane boundary itself, the middle of the gutter, so its box keeps
 * `LABEL_CLEARANCE` from every card above and below it (not only from their titles).
 */
import { GRID, type CardBox, type GridLayout } from './grid';

export interface Point {
  readonly x: number;
  readonly y: number;
}

export interface LinkRoute {
  /** Orthogonal polyline from the source card's right side to the target card's left side. */
  readonly points: readonly Point[];
  /** Centre of the label, on the lane boundary in the middle of the free gutter. */
  readonly label: Point;
}

/** How tall a link label is drawn (flow px). */
export const LABEL_HEIGHT = 16;
/** The free space (flow px) between a label's box and the nearest card above or below it. */
export const LABEL_CLEARANCE = GRID.padding - LABEL_HEIGHT / 2;

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
    // The gutter on a lane boundary: between the two lanes when they differ, above the one lane
    // when it has a lane above it, else below it (the top lane's bottom edge, which may be the
    // grid's). The route runs in the half of the gutter nearer its cards, the label on the boundary.
    const lower = layout.lanes[Math.max(a, b)]!;
    const below = a === b && a === 0;
    const boundary = below ? lower.y + lower.height : lower.y;
    const runY = below ? boundary - GRID.padding / 2 : boundary + GRID.padding / 2;
    const sy = from.y + from.height / 2;
    const ty = to.y + to.height / 2;
    const sx = from.x + from.width;
    const tx = to.x;
    const outX = sx + half;
    const inX = tx - half;
    const raw: Point[] = [
      { x: sx, y: sy },
      { x: outX, y: sy },
      { x: outX, y: runY },
      { x: inX, y: runY },
      { x: inX, y: ty },
      { x: tx, y: ty },
    ];
    const points = simplify(raw);
    // Anywhere along the boundary is clear of cards; centring it on the run keeps it by its link.
    const label = { x: (outX + inX) / 2, y: boundary };
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
