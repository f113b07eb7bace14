import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { copySelection, runCommand } from '../../../src/commands';
import {
  cardsFromRows,
  clipboardFlavours,
  MAX_PASTED_ROWS,
  parseTabular,
  payloadFromHtml,
  readClipboardContent,
} from '../../../src/commands/clipboard-formats';
import type { MapDocument } from '../../../src/model';
import { aftersalesMap } from '../../fixtures/maps';

const fallback = { stage: 's1', lane: 'l1' };

describe('copying cards for other applications', () => {
  test('plain text is one tab-separated line per card: stage, lane, level, title', () => {
    const payload = copySelection(aftersalesMap(), ['t1', 't2'])!;
    expect(clipboardFlavours(aftersalesMap(), payload, 'zh-CN').text).toBe('预约\t顾客行为\t基本\t电话预约\n到店接待\t前台接触\t难忘\t服务顾问接车');
    expect(clipboardFlavours(aftersalesMap(), payload, 'en').text.split('\n')[0]).toBe('预约\t顾客行为\tBasic\t电话预约');
  });

  test('a title with tabs or line breaks stays on its own line', () => {
    const map = aftersalesMap();
    map.touchpoints[0]!.title = 'Calls\tthe\nhotline';
    const { text } = clipboardFlavours(map, copySelection(map, ['t1'])!, 'en');
    expect(text).toBe('预约\t顾客行为\tBasic\tCalls the hotline');
  });

  test('the HTML table carries the fragment, escaped, and gives it back', () => {
    const map = aftersalesMap();
    map.touchpoints[0]!.title = '<b>"Hotline" & co</b>';
    const payload = copySelection(map, ['t1', 't2'])!;
    const { html } = clipboardFlavours(map, payload, 'en');
    expect(html).not.toContain('<b>');
    expect(html).toContain('<td>&lt;b&gt;&quot;Hotline&quot; &amp; co&lt;/b&gt;</td>');
    expect(payloadFromHtml(`<meta charset="utf-8">${html}`)).toEqual(payload);
    expect(payloadFromHtml('<table><tr><td>x</td></tr></table>')).toBeNull();
    expect(payloadFromHtml('<table data-touchpoint-studio="{&quot;format&quot;:1}"></table>')).toBeNull();
  });
});

describe('reading tab-separated text', () => {
  test('splits rows and cells, with quoted cells as spreadsheets write them, CRLF and blank rows', () => {
    expect(parseTabular('a\tb\r\n"c\td"\t"say ""hi""\nthere"\n\n\t\n')).toEqual([
      ['a', 'b'],
      ['c\td', 'say "hi"\nthere'],
    ]);
    expect(parseTabular('')).toEqual([]);
  });

  test('round-trips any table written with spreadsheet quoting', () => {
    const cell = fc.string({ maxLength: 12 }).filter((s) => s.trim() !== '');
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { maxLength: 8 }), (table) => {
        const quote = (c: string) => (/["\t\r\n]/.test(c) || c.startsWith('"') ? `"${c.replaceAll('"', '""')}"` : c);
        const text = table.map((r) => r.map(quote).join('\t')).join('\r\n');
        expect(parseTabular(text)).toEqual(table);
      }),
    );
  });
});

describe('pasting rows as cards', () => {
  test('a header row in either language picks the columns; names match stages and lanes', () => {
    const rows = parseTabular('标题\t阶段\t泳道\t层次\n取号\t到店接待\t前台接触\t满意\nWaits\tnowhere\tnone\t');
    const { touchpoints } = cardsFromRows(rows, aftersalesMap(), fallback, 2000);
    expect(touchpoints).toEqual([
      { id: 'row0', stage: 's2', lane: 'l2', title: '取号', level: 'satisfactory' },
      { id: 'row1', stage: 's1', lane: 'l1', title: 'Waits' },
    ]);
  });

  test('without a header, a plain list becomes one card per line in the paste cell', () => {
    const { touchpoints } = cardsFromRows(parseTabular('Greets the guest\n\tHands over the key\tx'), aftersalesMap(), { stage: 's2', lane: 'l2' }, 2000);
    expect(touchpoints.map((t) => [t.title, t.stage, t.lane])).toEqual([
      ['Greets the guest', 's2', 'l2'],
      ['Hands over the key', 's2', 'l2'],
    ]);
  });

  test('copied cards pasted as text land in their own stage and lane with their level', () => {
    const map = aftersalesMap();
    const { text } = clipboardFlavours(map, copySelection(map, ['t1', 't2', 't9'])!, 'en');
    const { touchpoints } = cardsFromRows(parseTabular(text), map, fallback, 2000);
    const original = map.touchpoints.map((t) => ({ stage: t.stage, lane: t.lane, level: t.level, title: t.title }));
    expect(touchpoints.map((t) => ({ stage: t.stage, lane: t.lane, level: t.level, title: t.title }))).toEqual(original);
  });

  test('over-long titles are cut, and rows past the limit are counted, not pasted', () => {
    const many = Array.from({ length: MAX_PASTED_ROWS + 5 }, (_, i) => `Card ${i}`).join('\n');
    const result = cardsFromRows(parseTabular(many), aftersalesMap(), fallback, 2000);
    expect(result.touchpoints).toHaveLength(MAX_PASTED_ROWS);
    expect(result.dropped).toBe(5);
    expect(cardsFromRows([['x'.repeat(3000)]], aftersalesMap(), fallback, 2000).touchpoints[0]!.title).toHaveLength(2000);
  });

  test('the pasted rows make a valid paste command: one undo step of new cards', () => {
    const map: MapDocument = aftersalesMap();
    const content = readClipboardContent({ text: 'Signs the form\nGets a copy' }, map, fallback, 2000);
    expect(content.kind).toBe('rows');
    if (content.kind !== 'rows') return;
    const result = runCommand(map, 'pasteTouchpoints', { touchpoints: content.rows.touchpoints, links: [] });
    expect(result?.map.touchpoints.slice(-2).map((t) => [t.title, t.stage, t.lane])).toEqual([
      ['Signs the form', 's1', 'l1'],
      ['Gets a copy', 's1', 'l1'],
    ]);
  });

  test('the fragment wins over text; nothing usable reads as nothing', () => {
    const map = aftersalesMap();
    const payload = copySelection(map, ['t1'])!;
    const flavours = clipboardFlavours(map, payload, 'en');
    expect(readClipboardContent({ html: flavours.html, text: flavours.text }, map, fallback, 2000)).toEqual({ kind: 'fragment', payload });
    expect(readClipboardContent({ text: flavours.json }, map, fallback, 2000)).toEqual({ kind: 'fragment', payload });
    expect(readClipboardContent({ text: ' \n\t' }, map, fallback, 2000)).toEqual({ kind: 'nothing' });
    expect(readClipboardContent({ text: 'A card' }, map, null, 2000)).toEqual({ kind: 'nothing' });
    expect(readClipboardContent({}, map, fallback, 2000)).toEqual({ kind: 'nothing' });
  });
});
