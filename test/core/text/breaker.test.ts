import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { breakLines, isClosing, isOpening, rejoinLines } from '../../../src/text/breaker';

const unit = (s: string) => [...s].length;
const words = (t: string) => [...new Intl.Segmenter('zh', { granularity: 'word' }).segment(t)].map((s) => s.segment);

describe('breakLines', () => {
  it('breaks Chinese between words, never inside one', () => {
    expect(breakLines('电子保养记录', 5, unit)).toEqual(['电子', '保养记录']);
    expect(breakLines('顾客在前台感到的不满', 6, unit).every((line) => words(line).join('') === line)).toBe(true);
  });

  it('keeps a word together when a break between two lone ideographs would leave the line short', () => {
    // The segmenter's dictionary does not know 微信 ("微|信"): breaking inside it is only a last resort.
    expect(breakLines('微信预约页面', 4, unit)[0]).toBe('微信');
  });

  it('never starts a line with closing punctuation: the comma moves down with the word before it', () => {
    const lines = breakLines('热线无人接听，顾客挂断', 6, unit);
    expect(lines.join('')).toBe('热线无人接听，顾客挂断');
    for (const line of lines.slice(1)) expect(isClosing([...line][0]!)).toBe(false);
  });

  it('never ends a line with opening punctuation', () => {
    const lines = breakLines('让“呼叫中心排班”提前报警', 7, unit);
    expect(lines).toEqual(['让“呼叫中心', '排班”提前报警']);
  });

  it('does not leave one or two ideographs alone on the last line when words can move down', () => {
    const lines = breakLines('这样顾客才不会再打电话来问，也不会觉得不能。', 10, unit);
    const last = lines.at(-1)!.replace(/\p{P}/gu, '');
    expect(last.length).toBeGreaterThan(2);
    for (const line of lines) expect(unit(line)).toBeLessThanOrEqual(10);
  });

  it('breaks English at spaces and after a hyphen, and drops the spaces at the break', () => {
    expect(breakLines('Nobody answers the hotline', 14, unit)).toEqual(['Nobody answers', 'the hotline']);
    expect(breakLines('Call-centre staffing', 8, unit)).toEqual(['Call-', 'centre', 'staffing']);
  });

  it('keeps a Latin word whole next to Chinese and breaks at the script boundary', () => {
    expect(breakLines('录入DMS系统', 4, unit)).toEqual(['录入', 'DMS', '系统']);
  });

  it('cuts a word longer than the line rather than overflowing the page', () => {
    expect(breakLines('Supercalifragilistic', 8, unit)).toEqual(['Supercal', 'ifragili', 'stic']);
  });

  it('keeps hard line breaks', () => {
    expect(breakLines('第一行\n第二行', 10, unit)).toEqual(['第一行', '第二行']);
  });
});

const alphabet = fc.constantFrom(...'顾客等待热线服务满意前台后台保养记录维修进度ab cdWX 12，。、）」』”！？；：（「『“,.;:!?()-'.split(''));
const text = fc.array(alphabet, { maxLength: 60 }).map((a) => a.join(''));
const phrase = fc
  .array(fc.constantFrom('顾客', '等待', '热线', '服务', '满意', '前台', '后台', '保养', '记录', '维修', '进度', '呼叫中心', '排班', '，', '。', '“', '”', 'hotline ', 'staff ', 'NPS 12 '), { minLength: 1, maxLength: 30 })
  .map((a) => a.join(''))
  // Closing punctuation hugs the word before it; after a space it would glue two words into one run.
  .filter((t) => !/ [，。”]/.test(t));

describe('breakLines properties', () => {
  it('never loses or reorders characters: lines appear in order, separated only by the spaces dropped at breaks', () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 1, max: 12 }), (t, width) => {
        const lines = breakLines(t, width, unit);
        let cursor = 0;
        for (const line of lines) {
          const at = t.indexOf(line, cursor);
          expect(at).toBeGreaterThanOrEqual(0);
          expect(t.slice(cursor, at).trim()).toBe('');
          cursor = at + line.length;
        }
        expect(t.slice(cursor).trim()).toBe('');
        expect(lines.join('').replace(/\s/g, '')).toBe(t.replace(/\s/g, ''));
      }),
    );
  });

  it('never breaks before closing punctuation nor after opening punctuation', () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 1, max: 12 }), (t, width) => {
        const lines = breakLines(t, width, unit);
        lines.slice(1).forEach((line) => expect(line === '' || !isClosing([...line][0]!)).toBe(true));
        lines.slice(0, -1).forEach((line) => expect(line === '' || !isOpening([...line].at(-1)!)).toBe(true));
      }),
    );
  });

  it('never splits inside a word when every word fits the line, and respects the width', () => {
    fc.assert(
      fc.property(phrase, fc.integer({ min: 8, max: 20 }), (t, width) => {
        const lines = breakLines(t, width, unit);
        // Each break falls on a word boundary of the whole text.
        const boundaries = new Set<number>();
        let at = 0;
        for (const w of words(t)) {
          boundaries.add(at);
          at += [...w].length;
        }
        let cursor = 0;
        const chars = [...t];
        for (const line of lines) {
          while (chars[cursor] === ' ') cursor++;
          expect(boundaries.has(cursor)).toBe(true);
          cursor += [...line].length;
          expect(unit(line)).toBeLessThanOrEqual(width);
        }
      }),
    );
  });
});

describe('rejoinLines', () => {
  it('puts back the space a break dropped between Latin words, and none between ideographs', () => {
    expect(rejoinLines(['Realises her house', 'keys are still'])).toBe('Realises her house keys are still');
    expect(rejoinLines(['电子', '保养记录'])).toBe('电子保养记录');
    expect(rejoinLines(['Call-', 'centre'])).toBe('Call-centre');
  });

  it('gives back the English or Chinese text the breaker was given', () => {
    const english = fc.array(fc.constantFrom('hotline', 'staff', 'NPS', '12', 'call-centre', 'waits.'), { minLength: 1, maxLength: 20 }).map((a) => a.join(' '));
    const chinese = fc.array(fc.constantFrom('顾客', '等待', '热线', '呼叫中心', '排班', '，', '。'), { minLength: 1, maxLength: 20 }).map((a) => a.join(''));
    fc.assert(
      fc.property(fc.oneof(english, chinese), fc.integer({ min: 8, max: 20 }), (t, width) => {
        expect(rejoinLines(breakLines(t, width, unit))).toBe(t);
      }),
    );
  });
});
