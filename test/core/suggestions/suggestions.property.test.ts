import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexMap } from '../../../src/analysis/map-index';
import { CATEGORIES, CHANNELS, FAILURES, LANE_KINDS, LOCALES, parseMapValue, PERSONA_TYPES, SEVERITIES, TIERS, type Locale, type MapDocument } from '../../../src/model';
import { actorOf, channelModeOf, KNOWLEDGE_BASE, suggestionsFor, suggestionsForMap, TIER_ORDER, type KnowledgeEntry } from '../../../src/suggestions';
import { readMap } from './review';
import { ADDRESSES_STAFF, FACE_TO_FACE, FOLLOW_UP_CALL } from './wording';

/** Step names as teams write them: noun phrases and verb phrases, in both languages. */
const STEP_NAMES = ['Hotline', 'Fills in the application form', 'Breakfast at 07:15', 'Key-card encoding', '等待维修进度', '拨打售后热线', '呼叫中心排班', '配件调拨', '前台', '在 App 上远程排号'];
const PAIN_NAMES = ['Nobody answers', 'Twenty-minute queue', 'Wrong charge on the bill', 'Said no without checking', 'Out of stock', '热线无人接听', '刹车片缺货，要等 3 天', '说好 11 点交车，还没人通知', '态度冷漠', '看不懂说明'];

/** Random but valid maps: lanes of random kinds (or none), random channels, pain points with causes, metrics and team remedies. */
const arbMap: fc.Arbitrary<MapDocument> = fc
  .record({
    stageCount: fc.integer({ min: 1, max: 6 }),
    lanes: fc.array(fc.option(fc.constantFrom(...LANE_KINDS), { nil: undefined }), { minLength: 1, maxLength: 6 }),
    personas: fc.array(fc.constantFrom(...PERSONA_TYPES), { maxLength: 2 }),
    touchpoints: fc.array(
      fc.record({
        stage: fc.nat(),
        lane: fc.nat(),
        title: fc.constantFrom(...STEP_NAMES),
        channel: fc.option(fc.constantFrom(...CHANNELS), { nil: undefined }),
        wait: fc.option(fc.integer({ min: 0, max: 10_000 }), { nil: undefined }),
        nps: fc.option(fc.integer({ min: -100, max: 100 }), { nil: undefined }),
        csat: fc.option(fc.double({ min: 0, max: 5, noNaN: true }), { nil: undefined }),
        complaints: fc.option(fc.nat(50), { nil: undefined }),
        failPoint: fc.boolean(),
        pains: fc.array(
          fc.record({
            title: fc.constantFrom(...PAIN_NAMES),
            severity: fc.constantFrom(...SEVERITIES),
            category: fc.option(fc.constantFrom(...CATEGORIES), { nil: undefined }),
            failure: fc.option(fc.constantFrom(...FAILURES), { nil: undefined }),
            cause: fc.option(fc.nat(), { nil: undefined }),
            remedies: fc.array(fc.constantFrom(...TIERS), { maxLength: 3 }),
          }),
          { maxLength: 3 },
        ),
      }),
      { minLength: 1, maxLength: 10 },
    ),
  })
  .map(({ stageCount, lanes, personas, touchpoints }) => {
    const value = {
      format: 'touchpoint-studio/map',
      version: 1,
      title: 'Generated journey',
      stages: Array.from({ length: stageCount }, (_, i) => ({ id: `s${i}`, name: i % 2 ? `阶段 ${i}` : `Stage ${i}` })),
      lanes: lanes.map((kind, i) => ({ id: `l${i}`, name: `Lane ${i}`, ...(kind ? { kind } : {}) })),
      personas: personas.map((type, i) => ({ id: `u${i}`, name: `Persona ${i}`, type })),
      touchpoints: touchpoints.map((tp, i) => ({
        id: `t${i}`,
        stage: `s${tp.stage % stageCount}`,
        lane: `l${tp.lane % lanes.length}`,
        title: tp.title,
        ...(tp.channel ? { channel: tp.channel } : {}),
        failPoint: tp.failPoint,
        metrics: {
          ...(tp.wait !== undefined ? { waitMinutes: tp.wait } : {}),
          ...(tp.nps !== undefined ? { nps: tp.nps } : {}),
          ...(tp.csat !== undefined ? { csat: tp.csat } : {}),
          ...(tp.complaints !== undefined ? { complaints: tp.complaints } : {}),
        },
        painPoints: tp.pains.map((p, j) => ({
          id: `t${i}p${j}`,
          title: p.title,
          severity: p.severity,
          ...(p.category ? { category: p.category } : {}),
          ...(p.failure ? { failure: p.failure } : {}),
          ...(p.cause !== undefined ? { causedBy: `t${p.cause % touchpoints.length}` } : {}),
          remedies: p.remedies.map((tier) => ({ tier, text: `Team ${tier}` })),
        })),
      })),
    };
    const parsed = parseMapValue(value);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    return parsed.map;
  });

/** The suggestion's own words: quoted names are the team's, not the knowledge base's. */
const ownWords = (text: string) => text.replace(/“[^”]*”/g, '“”');

/** Suggestions that speak to staff at a step nobody staffs, or offer an in-person gesture on a remote channel. */
function misaddressed(map: MapDocument, locale: Locale, kb: readonly KnowledgeEntry[] = KNOWLEDGE_BASE): string[] {
  const index = indexMap(map);
  const found: string[] = [];
  for (const pain of index.pains) {
    const mode = channelModeOf(pain.touchpoint.channel);
    const remote = mode === 'remote' || mode === 'delivered';
    for (const s of suggestionsFor(map, pain.painPoint.id, locale, kb)) {
      if (s.source === 'team') continue;
      const target = index.touchpointById.get(s.targetId)!;
      const words = ownWords(`${s.title} ${s.text}`);
      if (actorOf(index.laneKind(target), target.channel) !== 'staff' && ADDRESSES_STAFF.test(words)) found.push(`${pain.painPoint.id} ${s.id}: staff`);
      if (remote && FACE_TO_FACE.test(words)) found.push(`${pain.painPoint.id} ${s.id}: face to face`);
      if (mode === 'delivered' && FOLLOW_UP_CALL.test(words)) found.push(`${pain.painPoint.id} ${s.id}: call back on a letter or parcel`);
      if (/\{\w+\}/.test(`${s.title} ${s.text} ${s.measure}`)) found.push(`${pain.painPoint.id} ${s.id}: unfilled placeholder`);
    }
  }
  return found;
}

describe('suggestions, for any map', () => {
  it('give every pain point prevent, detect and recover, in that order, with stable unique ids and ranks from 1', () => {
    fc.assert(
      fc.property(arbMap, fc.constantFrom(...LOCALES), (map, locale) => {
        const ids = map.touchpoints.flatMap((tp) => (tp.painPoints ?? []).map((p) => p.id));
        const all = suggestionsForMap(map, locale);
        expect([...all.keys()]).toEqual(ids);
        for (const id of ids) {
          const list = suggestionsFor(map, id, locale);
          expect(list).toEqual(all.get(id));
          const groups = TIER_ORDER.map((tier) => list.filter((s) => s.tier === tier));
          for (const group of groups) {
            expect(group.length).toBeGreaterThan(0);
            expect(group.map((s) => s.rank)).toEqual(group.map((_, i) => i + 1));
          }
          expect(list).toEqual(groups.flat());
          expect(new Set(list.map((s) => s.id)).size).toBe(list.length);
          for (const s of list) expect(s.id).toBe(s.source === 'team' ? s.id.match(/^team\.\d+$/)?.[0] : s.entryId);
          const facts = list.flatMap((s) => (s.fact ? [s.fact] : []));
          expect(new Set(facts).size).toBe(facts.length);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('never speak to staff on a customer, self-service, backstage or support step, nor face to face on a remote channel, nor call back about a letter or parcel', () => {
    fc.assert(
      fc.property(arbMap, fc.constantFrom(...LOCALES), (map, locale) => {
        expect(misaddressed(map, locale)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('would catch an entry that speaks to staff or offers a face-to-face gesture anywhere', () => {
    // Specific enough to be chosen for the laptop's unanswered hotline, a customer's own call.
    const careless: KnowledgeEntry[] = [
      ...KNOWLEDGE_BASE,
      {
        id: 'recover.waiting.careless',
        tier: 'recover',
        when: { categories: ['waiting'], failures: ['unreachable'], actors: ['customer'] },
        title: { en: 'Apologise face to face', 'zh-CN': '当面致歉' },
        text: { en: 'Staff apologise.', 'zh-CN': '员工致歉。' },
        measure: 'csat',
      },
    ];
    const map = readMap('../../fixtures/laptop-aftersales.tpmap.json');
    const found = misaddressed(map, 'en', careless);
    expect(found).toEqual(['p1 recover.waiting.careless: staff', 'p1 recover.waiting.careless: face to face']);
  });
});
