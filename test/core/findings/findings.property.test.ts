import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeMap } from '../../../src/analysis';
import { checkMap, formatFinding } from '../../../src/findings';
import { listensToCustomer } from '../../../src/findings/rules/no-voice-of-customer';
import { HIDDEN_LANE_KINDS, type MapDocument } from '../../../src/model';
import { arbMap } from '../../fixtures/arbitrary';

const hiddenIds = (map: MapDocument) => {
  const hidden = new Set(map.lanes.filter((l) => l.kind !== undefined && HIDDEN_LANE_KINDS.includes(l.kind)).map((l) => l.id));
  return new Set(map.touchpoints.filter((tp) => hidden.has(tp.lane)).map((tp) => tp.id));
};

describe('findings on any valid map', () => {
  it('format in both languages with no placeholder left, and stay grouped: one per stage, one per cause', () => {
    fc.assert(
      fc.property(arbMap, (map) => {
        const findings = checkMap(map);
        for (const f of findings) {
          for (const locale of ['en', 'zh-CN'] as const) expect(formatFinding(f, map, locale)).not.toMatch(/\{\w+\}/);
        }
        for (const rule of ['below-baseline', 'all-basic-stage', 'low-csat', 'hidden-cause', 'unrated-stage']) {
          const heads = findings.filter((f) => f.rule === rule).map((f) => f.ids[0]);
          expect(new Set(heads).size).toBe(heads.length);
        }
        for (const rule of ['no-team-remedy', 'pain-without-cause', 'untagged', 'no-voice-of-customer', 'no-loyalty-moment']) {
          expect(findings.filter((f) => f.rule === rule).length).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('never name a backstage or support step as a service gap the customer meets', () => {
    fc.assert(
      fc.property(arbMap, (map) => {
        const hidden = hiddenIds(map);
        for (const f of checkMap(map).filter((x) => ['below-baseline', 'all-basic-stage', 'loyalty-contradicted'].includes(x.rule))) {
          for (const id of f.ids) expect(hidden.has(id)).toBe(false);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('give every stage either a 0–100 score or null, and the worst stage is one that has a score', () => {
    fc.assert(
      fc.property(arbMap, (map) => {
        const analysis = analyzeMap(map);
        for (const s of analysis.stages) {
          if (s.score !== null) expect(s.score >= 0 && s.score <= 100).toBe(true);
          if (s.zeroedBy.length > 0) expect(s.score).toBe(0);
          if (s.minEmotion !== null) expect(s.minEmotion).toBeLessThanOrEqual(s.meanEmotion!);
        }
        const worst = analysis.stages.find((s) => s.stageId === analysis.worstStageId);
        if (worst) expect(worst.score).not.toBeNull();
        else expect(analysis.stages.every((s) => s.score === null)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
});

describe('voice-of-customer keywords', () => {
  const KEYWORDS = ['follow-up', 'Follow up', 'survey', 'Feedback', 'questionnaire', 'NPS', 'CSAT', 'satisfaction', '回访', '调查', '问卷', '反馈', '评价', '满意度', '意见', '留言'];

  it('recognise a listening step whatever surrounds the keyword, in title or description', () => {
    fc.assert(
      fc.property(fc.constantFrom(...KEYWORDS), fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), fc.boolean(), (word, before, after, inTitle) => {
        const text = `${before} ${word} ${after}`;
        const tp = { id: 't', stage: 's', lane: 'l', title: inTitle ? text : 'Step', ...(inTitle ? {} : { description: text }) };
        expect(listensToCustomer(tp)).toBe(true);
      }),
      { numRuns: 120 },
    );
  });
});
