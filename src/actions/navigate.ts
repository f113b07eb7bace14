/** Moving between cards with the keyboard: the link target's arrow keys and the focus after Delete. */

export interface Box {
  readonly id: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

const centre = (b: Box) => ({ x: b.x + b.width / 2, y: b.y + b.height / 2 });

/**
 * The card an arrow key goes to: among the cards whose centre lies ahead in that direction, the
 * nearest, with sideways distance counting double so ← stays in the lane and ↓ in the stage where
 * it can. Null when nothing lies ahead.
 */
export function cardInDirection(boxes: Iterable<Box>, fromId: string, dx: number, dy: number): string | null {
  const all = [...boxes];
  const from = all.find((b) => b.id === fromId);
  if (!from) return null;
  const c = centre(from);
  let best: { id: string; cost: number } | null = null;
  for (const b of all) {
    if (b.id === fromId) continue;
    const p = centre(b);
    const ahead = dx !== 0 ? (p.x - c.x) * dx : (p.y - c.y) * dy;
    if (ahead <= 0) continue;
    const sideways = dx !== 0 ? Math.abs(p.y - c.y) : Math.abs(p.x - c.x);
    const cost = ahead + 2 * sideways;
    if (!best || cost < best.cost || (cost === best.cost && b.id < best.id)) best = { id: b.id, cost };
  }
  return best?.id ?? null;
}

/** Where focus goes after cards are deleted: the remaining card nearest the first deleted one. */
export function neighbourAfterDelete(boxes: Iterable<Box>, deleted: readonly string[]): string | null {
  const all = [...boxes];
  const gone = new Set(deleted);
  const first = all.find((b) => b.id === deleted[0]);
  if (!first) return null;
  const c = centre(first);
  let best: { id: string; d: number } | null = null;
  for (const b of all) {
    if (gone.has(b.id)) continue;
    const p = centre(b);
    // Same lane first (a row reads left to right), then anything nearest.
    const d = Math.hypot(p.x - c.x, (p.y - c.y) * 3);
    if (!best || d < best.d) best = { id: b.id, d };
  }
  return best?.id ?? null;
}
