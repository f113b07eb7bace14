import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDuration } from '../../../src/i18n/duration';

/** Reads a duration back into minutes, from either language's words. */
function readBack(text: string): number {
  const units: Array<[RegExp, number]> = [
    [/([\d.]+) (?:days?|天)/, 1440],
    [/([\d.]+) (?:h|小时)(?![a-z])/, 60],
    [/([\d.]+) (?:min|分钟)/, 1],
  ];
  return units.reduce((sum, [re, size]) => {
    const m = re.exec(text);
    return sum + (m ? Number(m[1]) * size : 0);
  }, 0);
}

describe('formatDuration: durations as people say them', () => {
  it('says hours and minutes, never a decimal hour', () => {
    expect(formatDuration(95, 'en')).toBe('1 h 35 min');
    expect(formatDuration(95, 'zh-CN')).toBe('1 小时 35 分钟');
    expect(formatDuration(35, 'en')).toBe('35 min');
    expect(formatDuration(35, 'zh-CN')).toBe('35 分钟');
    expect(formatDuration(120, 'en')).toBe('2 h');
    expect(formatDuration(7200, 'en')).toBe('5 days');
    expect(formatDuration(7200, 'zh-CN')).toBe('5 天');
    expect(formatDuration(1440, 'en')).toBe('1 day');
    expect(formatDuration(2000, 'en')).toBe('1 day 9 h');
    expect(formatDuration(2000, 'zh-CN')).toBe('1 天 9 小时');
    expect(formatDuration(2.5, 'en')).toBe('2.5 min');
    expect(formatDuration(0, 'zh-CN')).toBe('0 分钟');
  });

  it('rounds up into the next unit instead of printing 60 min or 24 h', () => {
    expect(formatDuration(59.97, 'en')).toBe('1 h');
    expect(formatDuration(1439.7, 'en')).toBe('1 day');
    expect(formatDuration(2 * 1440 - 10, 'en')).toBe('2 days');
  });

  it('property: at most two units, largest first, whole numbers above minutes, close to the value, the same numbers in both languages', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 2_000_000, noNaN: true }), (minutes) => {
        const en = formatDuration(minutes, 'en');
        const zh = formatDuration(minutes, 'zh-CN');
        expect(en).toMatch(/^(\d+ days?( \d+ h)?|\d+ h( \d+ min)?|\d+(\.\d)? min)$/);
        expect(zh).toMatch(/^(\d+ 天( \d+ 小时)?|\d+ 小时( \d+ 分钟)?|\d+(\.\d)? 分钟)$/);
        expect(en.match(/[\d.]+/g)).toEqual(zh.match(/[\d.]+/g));
        expect(en).not.toMatch(/\b(60 min|24 h)\b/);
        // Rounding error grows with the size of the unit dropped, never beyond half of it.
        const tolerance = minutes < 60 ? 0.05 : minutes < 1440 ? 0.5 : minutes < 7 * 1440 ? 30 : 720;
        expect(Math.abs(readBack(en) - minutes)).toBeLessThanOrEqual(tolerance + 1e-9);
        expect(readBack(zh)).toBe(readBack(en));
      }),
    );
  });
});
