import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FAILURE_WORDS, failureInText, inferFailure } from '../../../src/suggestions';

describe('inferring how a pain point fails', () => {
  it.each([
    ['热线无人接听', 'unreachable'],
    ['Hotline rings out, nobody answers', 'unreachable'],
    ['打不通售后电话', 'unreachable'],
    ["Desk says the keys can't be in the room, without checking", 'denied'],
    ['前台说过了保修期不能修，没查购买凭证', 'denied'],
    ['Special requests vanish after booking', 'broken-promise'],
    ['说好 11 点交车，11:40 还没人通知', 'broken-promise'],
    ['回访只问打几分，提过的异响问题没人跟进', 'broken-promise'],
    ['刹车片缺货，要等 3 天', 'unavailable'],
    ['Part out of stock for a week', 'unavailable'],
    ['顾问一边接电话一边登记，没正眼看人', 'attitude'],
    ['Rude reply at the desk', 'attitude'],
    ['菜里吃出一根头发', 'wrong'],
    ['Folio charges a minibar item she never took', 'wrong'],
    ['附加项目没人解释为什么要做', 'unclear'],
    ['Nobody explained the fees', 'unclear'],
    ['服务员隔几分钟就来加汤，打断了谈话', 'other'],
    ['Twenty-minute queue at the desk', 'slow'],
    ['App 说等 30 分钟，到店后又等了 55 分钟', 'slow'],
  ] as const)('reads “%s” as %s', (title, failure) => {
    expect(inferFailure({ title }, {})).toBe(failure);
  });

  it('reads the title before the note, the note before the category, the category before the markers', () => {
    expect(inferFailure({ title: 'Queue at the desk', note: 'Nobody answers the bell', category: 'staff' }, {})).toBe('slow');
    expect(inferFailure({ title: 'Desk trouble', note: 'Nobody answers the bell', category: 'staff' }, {})).toBe('unreachable');
    expect(inferFailure({ title: 'Desk trouble', category: 'staff' }, { waitPoint: true })).toBe('attitude');
    expect(inferFailure({ title: 'Desk trouble', category: 'information' }, {})).toBe('unclear');
    expect(inferFailure({ title: 'Desk trouble', category: 'product' }, {})).toBe('wrong');
    expect(inferFailure({ title: 'Desk trouble', category: 'price' }, { waitPoint: true })).toBe('slow');
    expect(inferFailure({ title: 'Desk trouble' }, { metrics: { waitMinutes: 12 } })).toBe('slow');
    expect(inferFailure({ title: 'Desk trouble' }, { failPoint: true })).toBe('wrong');
    expect(inferFailure({ title: 'Desk trouble' }, {})).toBe('other');
  });

  it('does not read an English word inside a longer one', () => {
    expect(failureInText('Escalated to the manager')).toBeUndefined();
    expect(failureInText('The unanswered letter')).toBe('unreachable');
  });

  it('finds any word of the table inside any text without other keywords, in either language', () => {
    const rows = FAILURE_WORDS.flatMap(({ failure, en, zh }) => [...en, ...zh].map((word) => ({ failure, word })));
    const filler = fc.stringMatching(/^[0-9 ,.:]{0,12}$/);
    fc.assert(
      fc.property(fc.constantFrom(...rows), filler, filler, ({ failure, word }, before, after) => {
        // A word may contain an earlier row's word ("说好" is not in an earlier row, but e.g. "no reply" could be): the earlier row wins.
        const earlier = failureInText(word);
        expect(failureInText(`${before} ${word} ${after}`)).toBe(earlier);
        expect(FAILURE_WORDS.findIndex((r) => r.failure === earlier)).toBeLessThanOrEqual(FAILURE_WORDS.findIndex((r) => r.failure === failure));
      }),
    );
  });
});
