import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { baseFileName, exportFileName } from '../../../renderer/src/export/filename';
import { MAX_CANVAS_AREA, MAX_CANVAS_SIDE, planPng } from '../../../renderer/src/export/png';

describe('export file names', () => {
  it('keep Chinese and spaces, and take the format’s extension', () => {
    expect(exportFileName('4S 店售后保养', 'pdf')).toBe('4S 店售后保养.pdf');
    expect(exportFileName('4S 店售后保养', 'json')).toBe('4S 店售后保养.tpmap.json');
    expect(exportFileName('City hotel stay: two nights', 'png')).toBe('City hotel stay two nights.png');
  });

  it('drop characters no file system accepts, reserved names and edge dots', () => {
    expect(baseFileName('a/b\\c:d*e?f"g<h>i|j')).toBe('a b c d e f g h i j');
    expect(baseFileName('  ...hidden. ')).toBe('hidden');
    expect(baseFileName('CON')).toBe('map');
    expect(baseFileName('???')).toBe('map');
    expect([...baseFileName('长'.repeat(300))]).toHaveLength(100);
  });

  it('never contain an illegal character, whatever the title', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (title) => {
        const name = baseFileName(title);
        expect(name.length).toBeGreaterThan(0);
        // eslint-disable-next-line no-control-regex
        expect(name).not.toMatch(/[<>:"/\\|?*\u0000-\u001F]/);
        expect(name).not.toMatch(/^[. ]|[. ]$/);
      }),
    );
  });
});

describe('PNG size plan', () => {
  it('keeps the requested scale when the canvas fits', () => {
    expect(planPng(1966, 1272, 2)).toEqual({ scale: 2, width: 3932, height: 2544, capped: false });
  });

  it('lowers the scale to stay inside the side and area limits, and says so', () => {
    const wide = planPng(9000, 800, 3);
    expect(wide.capped).toBe(true);
    expect(wide.width).toBeLessThanOrEqual(MAX_CANVAS_SIDE);
    expect(wide.scale).toBeLessThan(3);
    const big = planPng(12000, 12000, 2);
    expect(big.capped).toBe(true);
    expect(big.width * big.height).toBeLessThanOrEqual(MAX_CANVAS_AREA);
  });

  it('never exceeds the limits and never scales up past the request', () => {
    fc.assert(
      fc.property(fc.integer({ min: 48, max: 60000 }), fc.integer({ min: 48, max: 60000 }), fc.constantFrom(1, 2, 3), (w, h, s) => {
        const plan = planPng(w, h, s);
        expect(plan.width).toBeLessThanOrEqual(MAX_CANVAS_SIDE);
        expect(plan.height).toBeLessThanOrEqual(MAX_CANVAS_SIDE);
        expect(plan.width * plan.height).toBeLessThanOrEqual(MAX_CANVAS_AREA);
        expect(plan.scale).toBeLessThanOrEqual(s);
        expect(plan.capped).toBe(plan.scale < s);
      }),
    );
  });
});
