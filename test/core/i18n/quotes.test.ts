import { describe, expect, it } from 'vitest';
import { interpolate, unquoted } from '../../../src/i18n';
import { quote } from '../../../src/findings/rule';

describe('a name that brings its own quotes is quoted once', () => {
  it('drops the value’s own quotes where the template already quotes the placeholder, in both languages', () => {
    expect(interpolate('Removes: “{title}” (critical)', { title: '"Nobody said it was a 12-month minimum"' })).toBe('Removes: “Nobody said it was a 12-month minimum” (critical)');
    expect(interpolate('消除：“{title}”（致命）', { title: '“签的时候没人提”' })).toBe('消除：“签的时候没人提”（致命）');
    expect(quote('“照片与实际不符”', 'zh-CN')).toBe('“照片与实际不符”');
    expect(quote('"Racks taped \'out of order\' since March"', 'en')).toBe('"Racks taped \'out of order\' since March"');
  });

  it('keeps quotes that are part of the name, and values in unquoted slots', () => {
    expect(interpolate('“{title}”', { title: '"A" or "B"' })).toBe('“"A" or "B"”');
    expect(interpolate('“{title}”', { title: 'The “真房源” badge' })).toBe('“The “真房源” badge”');
    expect(interpolate('Said {title}', { title: '"no"' })).toBe('Said "no"');
    expect(unquoted('"')).toBe('"');
    expect(unquoted('“unbalanced"')).toBe('“unbalanced"');
  });
});
