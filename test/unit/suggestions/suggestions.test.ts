import { describe, expect, it } from 'vitest';
import { CATEGORIES, LANE_KINDS, SEVERITIES, type Category, type LaneKind, type MapDocument, type Severity } from '../../../src/model';
import { PER_TIER, suggestionsFor, suggestionsForMap, TIER_ORDER, tierLabel, type Suggestion } from '../../../src/suggestions';
import { buildMap } from '../analysis/build-map';

/** A map with one lane of every kind (lane id = kind) and a pain point felt in one lane, caused in another. */
function painMap(opts: { category?: Category; severity?: Severity; painLane: LaneKind; causeLane?: LaneKind; painStage?: number; causeStage?: number }): MapDocument {
  const stages = ['Book', 'Arrive', 'Service', 'Collect'];
  const value = buildMap({ stages, touchpoints: [] });
  return {
    ...value,
    lanes: LANE_KINDS.map((kind) => ({ id: kind, name: kind, kind })),
    touchpoints: [
      {
        id: 'felt',
        stage: `s${opts.painStage ?? 4}`,
        lane: opts.painLane,
        title: 'Car handover',
        painPoints: [
          {
            id: 'pain',
            title: 'Car not ready',
            severity: opts.severity ?? 'medium',
            ...(opts.category ? { category: opts.category } : {}),
            ...(opts.causeLane ? { causedBy: 'cause' } : {}),
          },
        ],
      },
      ...(opts.causeLane ? [{ id: 'cause', stage: `s${opts.causeStage ?? opts.painStage ?? 4}`, lane: opts.causeLane, title: 'Parts ordering' }] : []),
    ],
  };
}

function expectPreventionFirst(list: Suggestion[]) {
  for (const tier of TIER_ORDER) expect(list.some((s) => s.tier === tier)).toBe(true);
  const ranks = list.map((s) => TIER_ORDER.indexOf(s.tier));
  expect([...ranks].sort((a, b) => a - b)).toEqual(ranks);
}

describe('suggestionsFor', () => {
  it('gives prevent, detect and recover suggestions, in that order, for every category × lane of the pain × lane of the cause', () => {
    for (const category of CATEGORIES) {
      for (const painLane of LANE_KINDS) {
        for (const causeLane of [undefined, ...LANE_KINDS]) {
          const list = suggestionsFor(painMap({ category, painLane, causeLane }), 'pain', 'en');
          expectPreventionFirst(list);
          for (const tier of TIER_ORDER) expect(list.filter((s) => s.tier === tier).length).toBeLessThanOrEqual(PER_TIER);
        }
      }
    }
  });

  it('aims a waiting pain felt frontstage and caused by a support step at that step, in an earlier stage', () => {
    const map = painMap({ category: 'waiting', painLane: 'frontstage', causeLane: 'support', painStage: 4, causeStage: 4 });
    const prevent = suggestionsFor(map, 'pain', 'en').filter((s) => s.tier === 'prevent');
    expect(prevent[0]).toMatchObject({
      source: 'knowledge-base',
      entryId: 'prevent.waiting.support-earlier',
      targetId: 'cause',
      stageId: 's3',
      title: 'Have "Parts ordering" ready before the customer waits',
    });
    expect(prevent[0]!.text).toContain('"Service"');
    expect(prevent[0]!.fact).toMatch(/best after-sales service is no after-sales service/);
    const zh = suggestionsFor(map, 'pain', 'zh-CN')[0]!;
    expect(zh.title).toBe('在客户等待之前备好“Parts ordering”');
    expect(zh.text).toContain('提前到“Service”阶段');
  });

  it('acts in the cause’s own stage when the cause comes earlier than the pain', () => {
    const map = painMap({ category: 'waiting', painLane: 'frontstage', causeLane: 'support', painStage: 4, causeStage: 1 });
    expect(suggestionsFor(map, 'pain', 'en')[0]).toMatchObject({ entryId: 'prevent.waiting.support-earlier', stageId: 's1', targetId: 'cause' });
  });

  it('still aims prevention at the support step when there is no earlier stage to act in', () => {
    const map = painMap({ category: 'waiting', painLane: 'frontstage', causeLane: 'support', painStage: 1 });
    const prevent = suggestionsFor(map, 'pain', 'en').filter((s) => s.tier === 'prevent');
    expect(prevent.map((s) => s.entryId)).not.toContain('prevent.waiting.support-earlier');
    expect(prevent[0]!.targetId).toBe('cause');
    expect(prevent.every((s) => s.stageId === undefined)).toBe(true);
  });

  it('targets the pain point’s own touchpoint when no cause is named', () => {
    const list = suggestionsFor(painMap({ category: 'waiting', painLane: 'frontstage' }), 'pain', 'en');
    expect(new Set(list.map((s) => s.targetId))).toEqual(new Set(['felt']));
  });

  it('ranks the most specific entries first: a staff pain opens with warmth and cites the 68%', () => {
    const list = suggestionsFor(painMap({ category: 'staff', painLane: 'frontstage', painStage: 2 }), 'pain', 'en');
    expect(list[0]).toMatchObject({ tier: 'prevent', entryId: 'prevent.staff.warmth-standard' });
    expect(list[0]!.fact).toContain('68%');
    const recover = list.filter((s) => s.tier === 'recover');
    expect(recover[0]!.entryId).toBe('recover.staff.empathy');
  });

  it('uses stage position only as a filter: early-journey advice appears early, not late', () => {
    const early = suggestionsFor(painMap({ category: 'waiting', painLane: 'frontstage', painStage: 1 }), 'pain', 'en').map((s) => s.entryId);
    const late = suggestionsFor(painMap({ category: 'waiting', painLane: 'frontstage', painStage: 4 }), 'pain', 'en').map((s) => s.entryId);
    expect(early).toContain('prevent.waiting.promise-you-can-beat');
    expect(late).not.toContain('prevent.waiting.promise-you-can-beat');
    expect(early[0]).toBe('prevent.waiting.time-standard');
    expect(late).toContain('recover.late.win-back');
  });

  it('adds the 100 − 1 = 0 control point and a senior apology for a critical pain point', () => {
    const list = suggestionsFor(painMap({ category: 'other', severity: 'critical', painLane: 'frontstage' }), 'pain', 'en');
    const ids = list.map((s) => s.entryId);
    expect(ids).toContain('prevent.severe.control-point');
    expect(ids).toContain('recover.severe.senior-apology');
  });

  it('returns the team’s own remedies first in their tier, marked as the team’s', () => {
    const map = painMap({ category: 'waiting', painLane: 'frontstage', causeLane: 'support' });
    map.touchpoints[0]!.painPoints![0]!.remedies = [
      { tier: 'recover', text: 'Free car wash' },
      { tier: 'prevent', text: 'Order parts when the booking is made' },
    ];
    const list = suggestionsFor(map, 'pain', 'zh-CN');
    expectPreventionFirst(list);
    const team = list.filter((s) => s.source === 'team');
    expect(team).toEqual([
      { tier: 'prevent', title: '团队自己的对策', text: 'Order parts when the booking is made', targetId: 'cause', source: 'team' },
      { tier: 'recover', title: '团队自己的对策', text: 'Free car wash', targetId: 'felt', source: 'team' },
    ]);
    expect(list.find((s) => s.tier === 'prevent')!.source).toBe('team');
    expect(list.find((s) => s.tier === 'recover')!.source).toBe('team');
    expect(list.filter((s) => s.tier === 'recover' && s.source === 'knowledge-base')).toHaveLength(PER_TIER);
  });

  it('is deterministic, and empty for an id that names no pain point', () => {
    const map = painMap({ category: 'price', painLane: 'evidence', causeLane: 'backstage' });
    expect(suggestionsFor(map, 'pain', 'en')).toEqual(suggestionsFor(map, 'pain', 'en'));
    expect(suggestionsFor(map, 'felt', 'en')).toEqual([]);
  });

  it('gives the same suggestions for a whole map as one pain point at a time', () => {
    const map = painMap({ category: 'information', painLane: 'customer', causeLane: 'support', painStage: 3 });
    const all = suggestionsForMap(map, 'zh-CN');
    expect([...all.keys()]).toEqual(['pain']);
    expect(all.get('pain')).toEqual(suggestionsFor(map, 'pain', 'zh-CN'));
  });

  it('writes each suggestion fully in the requested language', () => {
    const cjk = /[\u3400-\u9fff]/;
    for (const category of CATEGORIES) {
      for (const severity of SEVERITIES) {
        const map = painMap({ category, severity, painLane: 'frontstage', causeLane: 'support', painStage: 4, causeStage: 2 });
        for (const s of suggestionsFor(map, 'pain', 'en')) {
          for (const text of [s.title, s.text, s.fact ?? '']) expect(text).not.toMatch(cjk);
        }
        for (const s of suggestionsFor(map, 'pain', 'zh-CN')) {
          expect(s.title).toMatch(cjk);
          expect(s.text).toMatch(cjk);
        }
      }
    }
  });

  it('names the tiers the way the report heads them', () => {
    expect(TIER_ORDER.map((t) => tierLabel(t, 'en'))).toEqual(['Prevent', 'Detect', 'Recover']);
    expect(TIER_ORDER.map((t) => tierLabel(t, 'zh-CN'))).toEqual(['事前预防', '事中控制', '事后补救']);
  });
});
