import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { breakLines } from '../../../src/report';
import { isClosing, isOpening } from '../../../src/report/text/breaker';

const unit = (s: string) => [...s].length;

describe('breakLines', () => {
  it('breaks Chinese between characters, where splitTextToSize would not break at all', () => {
    expect(breakLines('顾客在前台感到的不满病根多半在后台', 6, unit)).toEqual(['顾客在前台感', '到的不满病根', '多半在后台']);
  });

  it('never starts a line with closing punctuation: the comma moves up with its character', () => {
    const lines = breakLines('热线无人接听，顾客挂断', 6, unit);
    expect(lines[0]).toBe('热线无人接');
    expect(lines[1]).toBe('听，顾客挂断');
  });

  it('never ends a line with opening punctuation', () => {
    const lines = breakLines('请到「休息区」等候', 3, unit);
    expect(lines.every((l) => !isOpening([...l].at(-1)!))).toBe(true);
    expect(lines.join('')).toBe('请到「休息区」等候');
  });

  it('breaks English at spaces and drops the spaces at the break', () => {
    expect(breakLines('Nobody answers the hotline', 14, unit)).toEqual(['Nobody answers', 'the hotline']);
  });

  it('keeps a Latin word whole next to Chinese and breaks at the script boundary', () => {
    expect(breakLines('录入DMS系统', 4, unit)).toEqual(['录入', 'DMS系', '统']);
  });

  it('cuts a word longer than the line rather than overflowing the page', () => {
    expect(breakLines('Supercalifragilistic', 8, unit)).toEqual(['Supercal', 'ifragili', 'stic']);
  });

  it('keeps hard line breaks', () => {
    expect(breakLines('第一行\n第二行', 10, unit)).toEqual(['第一行', '第二行']);
  });
});

const alphabet = fc.constantFrom(...'顾客等待热线服务满意ab cdWX 12，。、）」』！？；：（「『,.;:!?()-'.split(''));
const text = fc.array(alphabet, { maxLength: 60 }).map((a) => a.join(''));

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

  it('fits every line whenever the text has a break opportunity at every character', () => {
    const cjk = fc.array(fc.constantFrom(...'顾客等待热线服务满意前台后台'.split('')), { minLength: 1, maxLength: 80 }).map((a) => a.join(''));
    fc.assert(
      fc.property(cjk, fc.integer({ min: 1, max: 12 }), (t, width) => {
        for (const line of breakLines(t, width, unit)) expect(unit(line)).toBeLessThanOrEqual(width);
      }),
    );
  });
});
