/** Lists read as each language writes them. */
import { describe, expect, it } from 'vitest';
import { joinList } from '../../../src/i18n';

describe('joinList', () => {
  it('joins English with “and” before the last item, no serial comma', () => {
    expect(joinList(['A'], 'en')).toBe('A');
    expect(joinList(['A', 'B'], 'en')).toBe('A and B');
    expect(joinList(['A', 'B', 'C'], 'en')).toBe('A, B and C');
  });

  it('joins Chinese with 、 and 和 before the last item', () => {
    expect(joinList(['甲', '乙'], 'zh-CN')).toBe('甲和乙');
    expect(joinList(['甲', '乙', '丙'], 'zh-CN')).toBe('甲、乙和丙');
    // A figure or a Latin word beside 和 keeps the space Chinese sets around it.
    expect(joinList(['“热线” 2.6', '“回访” 3.1'], 'zh-CN')).toBe('“热线” 2.6 和“回访” 3.1');
    expect(joinList(['甲', 'NPS'], 'zh-CN')).toBe('甲和 NPS');
  });

  it('keeps an enumeration of options a plain list', () => {
    expect(joinList(['basic', 'memorable'], 'en', 'enumeration')).toBe('basic, memorable');
    expect(joinList(['basic', 'memorable'], 'zh-CN', 'enumeration')).toBe('basic、memorable');
  });

  it('returns nothing for an empty list', () => {
    expect(joinList([], 'en')).toBe('');
  });
});
