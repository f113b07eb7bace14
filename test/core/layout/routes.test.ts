import fc from 'fast-check';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { GRID, LABEL_HEIGHT, createRouter, layoutGrid, routePath, type CardBox, type Point } from '../../../src/layout';
import { parseMap, type MapDocument } from '../../../src/model';
import { arbMap } from '../../fixtures/arbitrary';

interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const rect = (c: CardBox): Rect => ({ left: c.x, top: c.y, right: c.x + c.width, bottom: c.y + c.height });
const interiorsMeet = (a: Rect, b: Rect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
const segment = (p: Point, q: Point): Rect => ({ left: Math.min(p.x, q.x), top: Math.min(p.y, q.y), right: Math.max(p.x, q.x), bottom: Math.max(p.y, q.y) });
/** An axis-aligned segment crosses a card when it passes through its inside (running along an edge does not). */
const crosses = (s: Rect, c: Rect) =>
  s.left === s.right ? s.left > c.left && s.left < c.right && s.top < c.bottom && s.bottom > c.top : s.top > c.top && s.top < c.bottom && s.left < c.right && s.right > c.left;

function checkRoutes(map: MapDocument) {
  const layout = layoutGrid(map);
  const route = createRouter(layout);
  const cards = [...layout.cards.values()];
  let routed = 0;
  for (const link of map.links ?? []) {
    const from = layout.cards.get(link.from);
    const to = layout.cards.get(link.to);
    if (!from || !to || from === to) continue;
    const r = route(from, to)!;
    routed++;
    expect(r.points[0]).toEqual({ x: from.x + from.width, y: from.y + from.height / 2 });
    expect(r.points.at(-1)).toEqual({ x: to.x, y: to.y + to.height / 2 });
    for (let i = 1; i < r.points.length; i++) {
      const [p, q] = [r.points[i - 1]!, r.points[i]!];
      expect(p.x === q.x || p.y === q.y).toBe(true);
      for (const card of cards) expect(crosses(segment(p, q), rect(card))).toBe(false);
    }
    // A label as wide as two cards, with a margin of a few px all round, covers no part of any card.
    const margin = 6;
    const half = LABEL_HEIGHT / 2 + margin;
    const label = { left: r.label.x - GRID.cardWidth, right: r.label.x + GRID.cardWidth, top: r.label.y - half, bottom: r.label.y + half };
    for (const card of cards) expect(interiorsMeet(label, rect(card))).toBe(false);
  }
  return routed;
}

describe('link routes', () => {
  it('run in the gutters: orthogonal, from side to side, through no card, with labels a few px clear of every card', () => {
    fc.assert(fc.property(arbMap, (map) => void checkRoutes(map)), { numRuns: 150 });
  });

  it('keep off the cards on every sample map', () => {
    const dir = fileURLToPath(new URL('../../../samples/', import.meta.url));
    let routed = 0;
    for (const name of readdirSync(dir).filter((f) => f.endsWith('.tpmap.json'))) {
      const parsed = parseMap(readFileSync(`${dir}${name}`, 'utf8'));
      if (!parsed.ok) throw new Error(`${name} does not parse`);
      routed += checkRoutes(parsed.map);
    }
    expect(routed).toBeGreaterThan(0);
  });

  it('draws rounded corners as a path through every corner', () => {
    const d = routePath([
      { x: 0, y: 0 },
      { x: 10, y: 0 },
      { x: 10, y: 30 },
    ]);
    // The first run is 10 long, so the corner's radius shrinks to half of it.
    expect(d).toBe('M0 0L5 0Q10 0 10 5L10 30');
    expect(routePath([])).toBe('');
  });
});
