import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defineCatalog, interpolate, translate, withoutOuterQuotes } from '../../../src/i18n';
import { quote } from '../../../src/findings/rule';

describe('interpolate', () => {
  it('fills placeholders and leaves an unknown one visible', () => {
    expect(interpolate('{a} and {b}', { a: 1 })).toBe('1 and {b}');
  });

  it('does not quote twice a value that is already in quotes', () => {
    expect(interpolate('Removes: "{title}" (critical)', { title: '"Nobody said it was a 12-month minimum"' })).toBe('Removes: "Nobody said it was a 12-month minimum" (critical)');
    expect(interpolate('消除：“{title}”', { title: '“销售说首付三成就够”' })).toBe('消除：“销售说首付三成就够”');
    expect(interpolate('消除：“{title}”', { title: '「不让先验货」' })).toBe('消除：“不让先验货”');
  });

  it('keeps quotes that are not the value’s outer pair, and values outside quotes as they are', () => {
    // Quotes inside a quoted value nest as the inner kind.
    expect(interpolate('"{t}"', { t: '"A" and "B"' })).toBe(`"'A' and 'B'"`);
    expect(interpolate('"{t}"', { t: 'said "no"' })).toBe(`"said 'no'"`);
    expect(interpolate('Title: {t}', { t: '"Quoted"' })).toBe('Title: "Quoted"');
    expect(interpolate('“{title}”', { title: 'The “真房源” badge' })).toBe('“The ‘真房源’ badge”');
    expect(quote('报价“全包”但预算书里一大堆“另计”', 'zh-CN')).toBe('“报价‘全包’但预算书里一大堆‘另计’”');
    expect(quote('Report says "under review"', 'en')).toBe(`"Report says 'under review'"`);
    expect(withoutOuterQuotes('"')).toBe('"');
    expect(withoutOuterQuotes('“unbalanced"')).toBe('“unbalanced"');
  });

  it('unwraps a value in one kind of quotes inside a message that quotes with another', () => {
    expect(interpolate('Removes: “{title}” (critical)', { title: '"Nobody said it was a 12-month minimum"' })).toBe('Removes: “Nobody said it was a 12-month minimum” (critical)');
    expect(quote('"Racks taped \'out of order\' since March"', 'en')).toBe('"Racks taped \'out of order\' since March"');
  });

  it('reaches every message through translate', () => {
    const catalog = defineCatalog({ k: 'Step "{name}"' }, { k: '环节“{name}”' });
    expect(translate(catalog, 'en', 'k', { name: '"Pay"' })).toBe('Step "Pay"');
    expect(translate(catalog, 'zh-CN', 'k', { name: '“付款”' })).toBe('环节“付款”');
  });

  it('quotes a touchpoint name once in findings, in both languages', () => {
    expect(quote('"Hold music for 48 minutes"', 'en')).toBe('"Hold music for 48 minutes"');
    expect(quote('“转了三次人工”', 'zh-CN')).toBe('“转了三次人工”');
  });

  it('never drops text: unwrapping only removes one outer pair (property)', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const out = withoutOuterQuotes(text);
        expect(out === text || out.length === text.trim().length - 2).toBe(true);
        expect(text.includes(out)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
