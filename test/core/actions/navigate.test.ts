import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cardInDirection, neighbourAfterDelete, type Box } from '../../../src/actions';

// A 3 × 2 grid of cards: stage columns 0–2, lanes 0–1.
const grid: Box[] = [0, 1, 2].flatMap((col) => [0, 1].map((row) => ({ id: `c${col}r${row}`, x: col * 200, y: row * 120, width: 160, height: 90 })));

describe('card navigation', () => {
  it('moves along the lane and down the stage', () => {
    expect(cardInDirection(grid, 'c0r0', 1, 0)).toBe('c1r0');
    expect(cardInDirection(grid, 'c1r0', -1, 0)).toBe('c0r0');
    expect(cardInDirection(grid, 'c1r0', 0, 1)).toBe('c1r1');
    expect(cardInDirection(grid, 'c2r1', 1, 0)).toBeNull();
    expect(cardInDirection(grid, 'missing', 1, 0)).toBeNull();
  });

  it('never returns the card it starts from, and always something ahead (property)', () => {
    const boxes = fc.uniqueArray(fc.record({ id: fc.string({ minLength: 1, maxLength: 4 }), x: fc.integer({ min: 0, max: 2000 }), y: fc.integer({ min: 0, max: 2000 }), width: fc.constant(100), height: fc.constant(60) }), {
      minLength: 1,
      maxLength: 30,
      selector: (b) => b.id,
    });
    const dirs = fc.constantFrom([1, 0], [-1, 0], [0, 1], [0, -1]);
    fc.assert(
      fc.property(boxes, dirs, (all, [dx, dy]) => {
        const from = all[0]!;
        const to = cardInDirection(all, from.id, dx!, dy!);
        if (to === null) return;
        expect(to).not.toBe(from.id);
        const target = all.find((b) => b.id === to)!;
        expect(dx !== 0 ? (target.x - from.x) * dx! : (target.y - from.y) * dy!).toBeGreaterThan(0);
      }),
    );
  });

  it('after Delete, goes to the nearest card left, preferring the same lane', () => {
    expect(neighbourAfterDelete(grid, ['c1r0'])).toMatch(/^c[02]r0$/);
    expect(neighbourAfterDelete(grid, ['c1r0', 'c0r0', 'c2r0'])).toBe('c1r1');
    expect(neighbourAfterDelete(grid, grid.map((b) => b.id))).toBeNull();
  });
});
