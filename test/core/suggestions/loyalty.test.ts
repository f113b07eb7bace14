import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../../src/model';
import { loyaltyIdeas } from '../../../src/suggestions';
import { buildMap } from '../analysis/build-map';
import { readMap, readSample } from './review';

describe('loyalty ideas', () => {
  const laptop = readMap('../../fixtures/laptop-aftersales.tpmap.json');

  it('proposes moments after a recovered failure, at the hand-over, at the follow-up and at the end, each stage once', () => {
    const ideas = loyaltyIdeas(laptop, 'en');
    expect(ideas.map((i) => i.id)).toEqual(['loyalty.after-recovery.s1', 'loyalty.after-recovery.s2', 'loyalty.after-recovery.s3', 'loyalty.hand-over.s4']);
    expect(ideas.find((i) => i.kind === 'hand-over')).toMatchObject({ targetId: 't5', level: 'value-added' });
    for (const idea of ideas) expect(idea.fact).toMatch(/satisfied is not loyal/);
  });

  it('skips a stage that already has a value-added or memorable moment (the laptop’s follow-up is tagged memorable)', () => {
    expect(loyaltyIdeas(laptop, 'en').some((i) => i.stageId === 's5')).toBe(false);
  });

  it('proposes the follow-up and the last stage on a plain map, in journey order', () => {
    const map = buildMap({
      stages: ['Book', 'Visit', 'After'],
      touchpoints: [
        { id: 'a', stage: 's1', lane: 'customer', title: 'Books online', level: 'basic' },
        { id: 'b', stage: 's2', lane: 'front', title: 'Collects the car', level: 'satisfactory' },
        { id: 'c', stage: 's3', lane: 'front', title: 'Follow-up call', level: 'satisfactory' },
      ],
    });
    const ideas = loyaltyIdeas(map, 'zh-CN');
    expect(ideas.map((i) => i.id)).toEqual(['loyalty.hand-over.s2', 'loyalty.follow-up.s3']);
    expect(ideas[1]!.title).toBe('让“Follow-up call”这次回访不只是提问，还要给予');
  });

  it('writes every idea in both languages with names filled, with stable ids', () => {
    for (const name of ['car-dealer-aftersales', 'haidilao-hotpot-dinner', 'hotel-stay']) {
      const map = readSample(name);
      for (const locale of LOCALES) {
        const ideas = loyaltyIdeas(map, locale);
        expect(ideas).toEqual(loyaltyIdeas(map, locale));
        expect(new Set(ideas.map((i) => i.id)).size).toBe(ideas.length);
        for (const i of ideas) expect(`${i.title}${i.text}`).not.toMatch(/\{\w+\}|“”/);
      }
    }
  });
});

describe('loyalty ideas on the car sample', () => {
  it('reads “交车三天后电话回访” as a follow-up, not a hand-over', () => {
    const ideas = loyaltyIdeas(readSample('car-dealer-aftersales'), 'zh-CN');
    expect(ideas.some((i) => i.kind === 'hand-over' && i.title.includes('回访'))).toBe(false);
  });
});
