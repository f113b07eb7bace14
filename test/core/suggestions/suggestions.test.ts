import { describe, expect, it } from 'vitest';
import { indexMap } from '../../../src/analysis/map-index';
import { CATEGORIES, LANE_KINDS } from '../../../src/model';
import { KNOWLEDGE_BASE, PER_TIER, pickForRegister, situationOf, suggestionsFor, suggestionsForMap, TIER_ORDER, tierLabel, type Condition, type Suggestion } from '../../../src/suggestions';
import { matches, specificity } from '../../../src/suggestions/match';
import { painMap, type PainSpec } from './pain-map';
import { readMap } from './review';
import { FACE_TO_FACE, FOLLOW_UP_CALL } from './wording';

const ids = (spec: PainSpec, locale: 'en' | 'zh-CN' = 'en') => suggestionsFor(painMap(spec), 'pain', locale).map((s) => s.id);
const tier = (list: Suggestion[], t: string) => list.filter((s) => s.tier === t);
const situation = (spec: PainSpec) => {
  const index = indexMap(painMap(spec));
  return situationOf(index, index.painById.get('pain')!);
};

function expectPreventionFirst(list: Suggestion[]) {
  for (const t of TIER_ORDER) expect(list.some((s) => s.tier === t)).toBe(true);
  const ranks = list.map((s) => TIER_ORDER.indexOf(s.tier));
  expect([...ranks].sort((a, b) => a - b)).toEqual(ranks);
}

describe('matching, one condition at a time', () => {
  const base: PainSpec = { category: 'waiting', painLane: 'frontstage', channel: 'phone', causeLane: 'support', metrics: { waitMinutes: 35, nps: 12 }, failPoint: true, personas: ['loyal'] };
  const s = situation(base);
  const cases: [string, Condition, Condition][] = [
    ['categories', { categories: ['waiting'] }, { categories: ['staff'] }],
    ['severities', { severities: ['medium'] }, { severities: ['critical'] }],
    ['failures', { failures: ['slow'] }, { failures: ['unreachable'] }],
    ['actors', { actors: ['staff'] }, { actors: ['customer'] }],
    ['causeActors', { causeActors: ['support'] }, { causeActors: ['backstage'] }],
    ['causePositions', { causePositions: ['hidden'] }, { causePositions: ['none'] }],
    ['channelModes', { channelModes: ['remote'] }, { channelModes: ['in-person'] }],
    ['painLanes', { painLanes: ['frontstage'] }, { painLanes: ['customer'] }],
    ['causeLanes', { causeLanes: ['support'] }, { causeLanes: ['backstage'] }],
    ['position', { position: 'late' }, { position: 'early' }],
    ['places', { places: ['last'] }, { places: ['first'] }],
    ['metrics', { metrics: ['wait', 'nps'] }, { metrics: ['wait', 'csat'] }],
    ['markers', { markers: ['fail'] }, { markers: ['wait'] }],
    ['atFollowUp', { atFollowUp: true }, { atFollowUp: false }],
    ['awaiting', { awaiting: false }, { awaiting: true }],
    ['atMenu', { atMenu: false }, { atMenu: true }],
    ['askedAgain', {}, { askedAgain: true }],
    ['personas', { personas: ['loyal', 'occasional'] }, { personas: ['occasional'] }],
    ['earlierStage', { earlierStage: true }, { earlierStage: true }],
  ];
  it.each(cases)('%s: holds for the situation it names, not for another', (name, yes, no) => {
    expect(matches(yes, s)).toBe(true);
    if (name !== 'earlierStage') expect(matches(no, s)).toBe(false);
  });

  it('lowScore, hasCause and earlierStage need what they name', () => {
    expect(matches({ lowScore: true }, s)).toBe(true);
    expect(matches({ lowScore: true }, situation({ ...base, metrics: { nps: 60 } }))).toBe(false);
    expect(matches({ hasCause: true }, situation({ painLane: 'customer' }))).toBe(false);
    expect(matches({ earlierStage: true }, situation({ painLane: 'customer', painStage: 1 }))).toBe(false);
    expect(matches({ causeActors: ['support'] }, situation({ painLane: 'customer' }))).toBe(false);
  });

  it('ranks a failure-and-category entry above a category entry, and a category entry above a general one', () => {
    expect(specificity({ categories: ['waiting'], failures: ['slow'] })).toBeGreaterThan(specificity({ categories: ['waiting'] }));
    expect(specificity({ categories: ['waiting'] })).toBeGreaterThan(specificity({ severities: ['critical'] }));
    expect(specificity({ places: ['last'], atFollowUp: false })).toBe(0);
  });
});

describe('suggestionsFor', () => {
  it('gives prevent, detect and recover, in that order, for every category × lane of the pain × lane of the cause', () => {
    for (const category of CATEGORIES) {
      for (const painLane of LANE_KINDS) {
        for (const causeLane of [undefined, ...LANE_KINDS]) {
          const list = suggestionsFor(painMap({ category, painLane, causeLane }), 'pain', 'en');
          expectPreventionFirst(list);
          for (const t of TIER_ORDER) expect(tier(list, t).length).toBeLessThanOrEqual(PER_TIER);
        }
      }
    }
  });

  it('answers a hotline nobody answers with capacity, not with a promised time', () => {
    const list = ids({ category: 'waiting', painLane: 'customer', channel: 'phone', painTitle: 'Nobody answers the hotline', causeLane: 'support' });
    expect(list[0]).toBe('prevent.waiting.unreachable-rota');
    expect(list).toContain('recover.waiting.call-back-missed');
    expect(list).not.toContain('prevent.waiting.promise-you-can-beat');
    expect(list).not.toContain('prevent.waiting.time-standard');
  });

  it('answers a slow service with a time standard and a time you can beat', () => {
    const list = ids({ category: 'waiting', painLane: 'customer', channel: 'in-person', painTitle: 'Twenty-minute queue' });
    expect(list.slice(0, 2)).toEqual(['prevent.waiting.time-standard', 'prevent.waiting.promise-you-can-beat']);
  });

  it('answers the lost-key case (a “no” without checking) with a check and authority, not warmth', () => {
    const list = ids({ category: 'staff', painLane: 'frontstage', channel: 'phone', painTitle: "Desk says the keys can't be in the room, without checking" });
    expect(list).toEqual(expect.arrayContaining(['prevent.staff.authority', 'prevent.staff.check-before-no', 'recover.staff.check-and-reverse']));
    expect(list).not.toContain('prevent.staff.warmth-standard');
    expect(list).not.toContain('recover.staff.leader-in-person');
  });

  it('answers a stock-out with stock, not with a zero-defect product', () => {
    const list = ids({ category: 'product', painLane: 'customer', channel: 'in-person', painTitle: 'Spare part out of stock', causeLane: 'support' });
    expect(list).toContain('prevent.product.stock-what-wears');
    expect(list).not.toContain('prevent.product.check-at-source');
    expect(list).toContain('recover.product.missing-choice');
  });

  it('never answers a failed follow-up call with another call', () => {
    const list = suggestionsFor(painMap({ category: 'complaint-handling', painLane: 'frontstage', channel: 'phone', title: 'Follow-up call three days later', painTitle: 'Nobody answers, and then nothing', metrics: { nps: 12 } }), 'pain', 'en');
    expect(list.map((s) => s.id)).not.toContain('recover.complaint-handling.same-day-call');
    for (const s of list) expect(s.text).not.toMatch(/call\w* (the customer )?back/i);
  });

  it('speaks to the owner of a customer’s step, never to staff at it', () => {
    const list = suggestionsFor(painMap({ category: 'staff', painLane: 'customer', channel: 'web', title: 'Fills in the application form' }), 'pain', 'en');
    for (const s of list) expect(s.text).not.toMatch(/\bstaff\b|the person at/i);
    expect(list.map((s) => s.id)).toContain('prevent.staff.human-voice');
    expect(list.find((s) => s.id === 'prevent.staff.human-voice')!.text).toContain('the product owner of the step “Fills in the application form”');
  });

  it('keeps the screen’s wording for a customer alone at a screen, not for one who meets a person in person or by phone (round 9)', () => {
    for (const channel of ['in-person', 'phone'] as const) {
      for (const locale of ['en', 'zh-CN'] as const) {
        const list = suggestionsFor(painMap({ category: 'staff', painLane: 'customer', channel, title: 'Visits the site with the builder' }), 'pain', locale);
        expect(list.map((s) => s.id), `${channel} ${locale}`).not.toContain('prevent.staff.human-voice');
        expect(list.filter((s) => s.tier === 'prevent').length, `${channel} ${locale}`).toBeGreaterThan(0);
      }
    }
  });

  it('offers face-to-face apologies in person only', () => {
    const spec: PainSpec = { category: 'waiting', painLane: 'frontstage', painTitle: 'Long queue' };
    expect(ids({ ...spec, channel: 'in-person' })).toContain('recover.waiting.staff-gesture');
    expect(ids({ ...spec, channel: 'phone' })).not.toContain('recover.waiting.staff-gesture');
  });

  it('answers a late home visit with a visit window, a running-late call and compensation, not a queue screen or a second counter', () => {
    const list = ids({ category: 'waiting', painLane: 'frontstage', channel: 'in-person', title: '装维师傅上门安装', painTitle: '师傅迟到三个小时，也没打电话说一声', causeLane: 'backstage' });
    expect(list[0]).toBe('prevent.waiting.visit-window');
    expect(list).toEqual(expect.arrayContaining(['detect.waiting.running-late', 'recover.waiting.visit-late']));
    for (const queue of ['detect.waiting.show-the-wait', 'detect.waiting.look-up', 'prevent.waiting.flex-staff', 'prevent.waiting.support-earlier', 'prevent.waiting.appointment-honoured']) expect(list).not.toContain(queue);
    // At a counter the queue advice still applies.
    expect(ids({ category: 'waiting', painLane: 'frontstage', channel: 'in-person', title: 'Front desk', painTitle: 'Long queue' })).toContain('detect.waiting.show-the-wait');
  });

  it('tells a menu the customer works through from waiting for us to get in touch: no menu advice for a wait', () => {
    const menu = ids({ category: 'process', painLane: 'customer', channel: 'phone', title: 'Calls the hotline to order', painTitle: 'Has to go through five menus to reach sales', waitPoint: true });
    expect(menu).toContain('prevent.process.common-first');
    for (const spec of [
      { title: '等待预约短信', painTitle: '下单两天没人联系预约时间' },
      { title: 'Book the installation', painTitle: 'Two days after ordering, nobody called to book a slot' },
      { title: 'Waiting for the claim decision', painTitle: 'Two weeks to hear back' },
    ]) {
      const list = ids({ category: 'process', painLane: 'customer', channel: 'app', waitPoint: true, metrics: { waitMinutes: 2880 }, ...spec });
      for (const menuOrForm of ['prevent.process.common-first', 'prevent.process.remove-steps', 'detect.process.drop-outs']) expect(list).not.toContain(menuOrForm);
      expect(list).toContain('prevent.process.next-step-booked');
      // The silent cases are listed once: by the entry for a pain that names the silence, else by the one for an awaiting step.
      expect(list.filter((id) => id === 'detect.process.silent-cases' || id === 'detect.any.silent-past-limit')).toHaveLength(1);
    }
  });

  it('answers a customer asked again for what they gave with “never ask twice”, whoever the persona', () => {
    expect(situation({ painLane: 'customer', painTitle: 'The form asks again for every detail already given' }).askedAgain).toBe(true);
    expect(situation({ painLane: 'customer', painTitle: '理赔时又要重复填写一遍保单信息' }).askedAgain).toBe(true);
    expect(situation({ painLane: 'customer', painTitle: 'Upload fails again' }).askedAgain).toBe(false);
    // Told over the phone: the story told again from the start at every transfer.
    expect(situation({ painLane: 'customer', painTitle: 'Transferred three times, each time explaining the fault again from the start' }).askedAgain).toBe(true);
    expect(situation({ painLane: 'customer', painTitle: '转了三次人工，每换一个人都要从头报一遍订单号' }).askedAgain).toBe(true);
    expect(situation({ painLane: 'customer', painTitle: 'Told again to wait another week' }).askedAgain).toBe(false);
    expect(situation({ painLane: 'customer', painTitle: '客服又说了一遍政策' }).askedAgain).toBe(false);
    const list = ids({ category: 'process', painLane: 'customer', channel: 'app', title: 'Fills in the claim form in the app', painTitle: 'The form asks again for every detail already given', causeLane: 'backstage' });
    // The details live at the cause below the line: the step that holds them is asked to pass them on.
    expect(list.filter((id) => id.startsWith('prevent.'))[0]).toBe('prevent.any.ask-once-from-cause');
    expect(list).not.toContain('prevent.process.ask-once');
    const noCause = ids({ category: 'process', painLane: 'customer', channel: 'app', title: 'Fills in the claim form in the app', painTitle: 'The form asks again for every detail already given' });
    expect(noCause.filter((id) => id.startsWith('prevent.')).slice(0, 2)).toContain('prevent.process.ask-once-asked-again');
  });

  it('orders a menu only where there is one: not a claim form, not a letter asking for documents', () => {
    expect(ids({ category: 'process', painLane: 'customer', channel: 'phone', title: '拨打售后热线', painTitle: '语音菜单要按 4 次键才转到售后', waitPoint: true })).toContain('prevent.process.common-first');
    expect(ids({ category: 'process', painLane: 'customer', channel: 'app', title: 'Fills in the claim form in the app', painTitle: 'The form asks again for every detail already given' })).not.toContain('prevent.process.common-first');
    expect(ids({ category: 'process', painLane: 'frontstage', channel: 'email', title: 'Claims handler asks for missing documents', painTitle: 'Asked for one document at a time' })).not.toContain('prevent.process.common-first');
  });

  it('settles a cause “before the customer arrives” only where the customer arrives somewhere, not in an app waiting for a decision', () => {
    const spec: PainSpec = { category: 'waiting', painLane: 'customer', channel: 'app', causeLane: 'backstage', painStage: 4, causeStage: 2, waitPoint: true };
    expect(ids({ ...spec, title: 'Waiting for the claim decision', painTitle: 'Two weeks without a word on the claim' })).not.toContain('prevent.waiting.support-earlier');
    expect(ids({ ...spec, channel: 'in-person', title: 'Waits for a table', painTitle: 'An hour in the queue' })).toContain('prevent.waiting.support-earlier');
  });

  it('puts the check before the authority when a person says no without checking', () => {
    const list = ids({ category: 'staff', painLane: 'frontstage', channel: 'phone', title: 'Complaints line agent takes the dispute', painTitle: 'The agent refuses to reopen the claim without checking the file', severity: 'critical' });
    expect(list[0]).toBe('prevent.staff.check-before-no');
    expect(list).toContain('prevent.staff.authority');
  });

  it('holds the billing step to the payment terms first promised, not only to its charges', () => {
    const [first] = suggestionsFor(painMap({ category: 'price', painLane: 'frontstage', channel: 'in-person', title: 'Clinic billing desk settles the bill', painTitle: 'Told to pay up front, though the insurer promised direct billing', causeLane: 'support' }), 'pain', 'en');
    expect(first!.id).toBe('prevent.price.rule-at-cause');
    expect(first!.text).toMatch(/asked to pay/);
    expect(first!.text).toMatch(/payment condition/);
  });

  it('watches a letter that confuses by the calls it causes, not by tracking its delivery', () => {
    const list = ids({ category: 'information', painLane: 'evidence', channel: 'mail', title: 'Decision letter by post', painTitle: 'The letter refuses 30% of the claim without saying which items or why', causeLane: 'support' });
    const detect = list.filter((id) => id.startsWith('detect.'));
    expect(detect[0]).toBe('detect.information.calls-after-delivery');
    expect(detect.slice(0, 2)).not.toContain('detect.any.threshold');
  });

  it('reads “arrived late”, 迟到 and an unquoted extra charge as a broken promise, not a slow service', () => {
    expect(situation({ painLane: 'frontstage', category: 'waiting', painTitle: 'Engineer arrived late and never rang' }).failure).toBe('broken-promise');
    expect(situation({ painLane: 'frontstage', category: 'waiting', painTitle: '师傅迟到三个小时' }).failure).toBe('broken-promise');
    // A charge nobody quoted is a broken promise, even where the step also records a wait.
    expect(situation({ painLane: 'frontstage', category: 'price', painTitle: '师傅说穿墙打孔要另收 200 元', metrics: { waitMinutes: 180 } }).failure).toBe('broken-promise');
  });

  it('treats a letter or a parcel as something delivered: no call back, no face to face, no question asked at it, and a tracked delivery', () => {
    for (const category of CATEGORIES) {
      for (const painLane of ['customer', 'evidence', 'frontstage'] as const) {
        const list = suggestionsFor(painMap({ category, painLane, channel: 'mail', title: 'Router parcel left at a locker', painTitle: 'Nobody told us it had come' }), 'pain', 'en');
        for (const s of list) {
          expect(s.text, s.id).not.toMatch(FACE_TO_FACE);
          expect(s.text, s.id).not.toMatch(FOLLOW_UP_CALL);
          expect(s.text, s.id).not.toMatch(/right after the step|at the end of the step|ask (a|one) question|“Is there anything we haven’t made clear\?”/i);
        }
      }
    }
    expect(ids({ category: 'information', painLane: 'customer', channel: 'mail', painTitle: 'Nobody told us it had come', causeLane: 'support' })).toEqual(
      expect.arrayContaining(['prevent.information.delivery-tells', 'detect.any.delivery-confirmed']),
    );
  });

  it('keeps “reward fixing, not scoring” for a follow-up that only collects scores', () => {
    expect(ids({ category: 'complaint-handling', painLane: 'customer', channel: 'app', title: 'Reports a fault in the app', painTitle: 'No response for 24 hours', causeLane: 'backstage' })).not.toContain('prevent.complaint-handling.reward-fixing');
    expect(ids({ category: 'complaint-handling', painLane: 'frontstage', channel: 'phone', title: 'Follow-up call', painTitle: 'Only asks for a score', causeLane: 'support', metrics: { nps: 12 } })).toContain('prevent.complaint-handling.reward-fixing');
  });

  it('puts prevention at a hidden cause first, gives the frontstage a signal from it, and feeds the lesson back', () => {
    const list = suggestionsFor(painMap({ category: 'information', painLane: 'customer', channel: 'in-person', causeLane: 'backstage', painTitle: 'Nobody explained the extra work' }), 'pain', 'en');
    expect(tier(list, 'prevent')[0]!.targetId).toBe('cause');
    expect(tier(list, 'detect').some((s) => /frontstage/.test(s.text) && s.text.includes('“Parts ordering”'))).toBe(true);
    expect(tier(list, 'recover').some((s) => s.targetId === 'cause')).toBe(true);
  });

  it('gives each idea once: one of a group per pain point, one telling of each fact', () => {
    const list = suggestionsFor(painMap({ category: 'waiting', painLane: 'customer', channel: 'phone', painTitle: 'Nobody answers', causeLane: 'support', severity: 'critical' }), 'pain', 'en');
    const groups = list.flatMap((s) => KNOWLEDGE_BASE.find((e) => e.id === s.id)?.group ?? []);
    expect(new Set(groups).size).toBe(groups.length);
    const facts = list.flatMap((s) => s.fact ?? []);
    expect(new Set(facts).size).toBe(facts.length);
  });

  it('fills figures where the step records them', () => {
    const list = suggestionsFor(painMap({ category: 'waiting', painLane: 'customer', channel: 'in-person', painTitle: 'Queue', metrics: { waitMinutes: 35 } }), 'pain', 'zh-CN');
    expect(list.find((s) => s.id === 'prevent.waiting.recorded-peak')!.title).toBe('把 35 分钟的等待按日期和时段拆开看');
    // A wait of days is said in days, as the report and the findings say it, not as 20 160 minutes.
    const long = suggestionsFor(painMap({ category: 'waiting', painLane: 'customer', channel: 'app', painTitle: 'Queue', metrics: { waitMinutes: 20160 } }), 'pain', 'en');
    expect(long.find((s) => s.id === 'prevent.waiting.recorded-peak')!.title).toBe('Take the 14 days of waiting apart by day and hour');
  });

  it('aims a waiting pain caused by a support step at that step, in an earlier stage', () => {
    const map = painMap({ category: 'waiting', painLane: 'customer', channel: 'in-person', painTitle: 'Queue', causeLane: 'support', painStage: 4, causeStage: 4 });
    const prevent = tier(suggestionsFor(map, 'pain', 'en'), 'prevent');
    expect(prevent[0]).toMatchObject({ id: 'prevent.waiting.support-earlier', entryId: 'prevent.waiting.support-earlier', targetId: 'cause', stageId: 's3', rank: 1 });
    expect(prevent[0]!.title).toBe('Settle the step “Parts ordering” before the customer arrives');
    expect(prevent[0]!.measure).toContain('Wait minutes at the step “Car handover”');
    expect(suggestionsFor(map, 'pain', 'zh-CN')[0]!.text).toContain('早在“Service”阶段就把“Parts ordering”这一环节要为这位客户做的事办妥');
  });

  it('returns the team’s own remedies first in their tier, with stable ids and ranks', () => {
    const map = painMap({ category: 'waiting', painLane: 'frontstage', causeLane: 'support' });
    map.touchpoints[0]!.painPoints![0]!.remedies = [
      { tier: 'recover', text: 'Free car wash' },
      { tier: 'prevent', text: 'Order parts when the booking is made' },
    ];
    const list = suggestionsFor(map, 'pain', 'zh-CN');
    expectPreventionFirst(list);
    expect(list.filter((s) => s.source === 'team')).toEqual([
      { id: 'team.2', tier: 'prevent', rank: 1, title: '团队自己的对策', text: 'Order parts when the booking is made', targetId: 'cause', source: 'team' },
      { id: 'team.1', tier: 'recover', rank: 1, title: '团队自己的对策', text: 'Free car wash', targetId: 'felt', source: 'team' },
    ]);
  });

  it('is deterministic, the same for a whole map as one pain point at a time, and empty for an unknown id', () => {
    const map = painMap({ category: 'price', painLane: 'evidence', causeLane: 'backstage' });
    expect(suggestionsFor(map, 'pain', 'en')).toEqual(suggestionsFor(map, 'pain', 'en'));
    expect(suggestionsForMap(map, 'zh-CN').get('pain')).toEqual(suggestionsFor(map, 'pain', 'zh-CN'));
    expect(suggestionsFor(map, 'felt', 'en')).toEqual([]);
  });

  it('names the tiers the way the report heads them', () => {
    expect(TIER_ORDER.map((t) => tierLabel(t, 'en'))).toEqual(['Prevent', 'Detect', 'Recover']);
    expect(TIER_ORDER.map((t) => tierLabel(t, 'zh-CN'))).toEqual(['事前预防', '事中控制', '事后补救']);
  });
});

describe('reading as the language does', () => {
  const laptop = readMap('../../fixtures/laptop-aftersales.tpmap.json');
  const zh = [...suggestionsForMap(laptop, 'zh-CN').values()].flat();
  const en = [...suggestionsForMap(laptop, 'en').values()].flat();

  it('never puts a quoted step name where only a noun fits', () => {
    const all = zh.map((s) => `${s.title}${s.text}`).join('\n');
    expect(all).not.toContain('让“呼叫中心排班”提前报警');
    expect(all).not.toContain('在客户离开“等待维修进度”之前');
    // Every quoted step name in Chinese is followed by a word that makes it a step, a stage, or an owner phrase.
    for (const m of all.matchAll(/“([^”]+)”(.{0,2})/g)) {
      const isStep = laptop.touchpoints.some((tp) => tp.title === m[1]);
      if (isStep) expect(m[2], m[0]).toMatch(/^(这一|这次|的)/);
    }
  });

  it('uses one quotation style per language: “ ” in both', () => {
    for (const s of [...zh, ...en]) expect(`${s.title}${s.text}${s.measure ?? ''}`).not.toMatch(/["「」]/);
  });
});

describe('pickForRegister', () => {
  it('keeps the best one or two per tier for the executive register, team remedies first, the rest for the appendix', () => {
    const map = painMap({ category: 'waiting', painLane: 'customer', channel: 'phone', painTitle: 'Nobody answers', causeLane: 'support' });
    map.touchpoints[0]!.painPoints![0]!.remedies = [{ tier: 'prevent', text: 'Hire two agents for Monday mornings' }];
    const list = suggestionsFor(map, 'pain', 'en');
    const { main, appendix } = pickForRegister(list);
    expect(main.map((s) => s.tier)).toEqual(['prevent', 'prevent', 'detect', 'detect', 'recover', 'recover']);
    expect(main[0]!.id).toBe('team.1');
    expect([...main, ...appendix].sort((a, b) => a.id.localeCompare(b.id))).toEqual([...list].sort((a, b) => a.id.localeCompare(b.id)));
    expect(pickForRegister(list, 1).main.map((s) => s.rank)).toEqual([1, 1, 1]);
  });
});

describe('a refusal written below the line (round 4)', () => {
  it('asks the rules behind a “no” without a check to require the check, before any redesign, in both languages', () => {
    for (const [locale, painTitle] of [
      ['en', 'The partner flight tonight is refused without checking'],
      ['zh-CN', '今晚合作航司的航班，没查就一口回绝'],
    ] as const) {
      const all = suggestionsFor(painMap({ category: 'process', painLane: 'frontstage', channel: 'in-person', title: 'Transfer desk rebooks', painTitle, causeLane: 'support' }), 'pain', locale);
      const prevent = all.filter((s) => s.tier === 'prevent');
      expect(prevent[0]!.id, locale).toBe('prevent.process.cause-check-before-no');
      expect(prevent[0]!.targetId).toBe('cause');
    }
  });
});

describe('broad environment advice without another trade’s examples (round 10)', () => {
  const env = (painTitle: string, failure: 'unavailable' | 'other' | 'wrong', locale: 'en' | 'zh-CN') =>
    suggestionsFor(painMap({ category: 'environment', failure, painLane: 'customer', channel: 'in-person', title: 'Arrives on site', painTitle, causeLane: 'backstage' }), 'pain', locale);

  it('plans seats from the forecast only where the space ran out, in both languages', () => {
    for (const [locale, crowded, skill, seats] of [
      ['en', 'Waiting area full, nowhere to sit', 'Gas left off because the engineer was not gas-qualified', /seats/],
      ['zh-CN', '等位区拥挤，没处坐', '工程师没有燃气资质，断气六个小时', /座位/],
    ] as const) {
      const forCrowd = env(crowded, 'unavailable', locale).find((s) => s.id === 'prevent.environment.plan-from-forecast');
      expect(forCrowd, locale).toBeDefined();
      expect(forCrowd!.text).toMatch(seats);
      expect(env(skill, 'other', locale).map((s) => s.id), locale).not.toContain('prevent.environment.plan-from-forecast');
    }
  });

  it('words the fallback entries without examples from a café or a restaurant, in both languages', () => {
    for (const [locale, meter, locker, trade] of [
      ['en', 'Had to climb behind a hot boiler to read the gas meter', 'Phone stolen from a locker whose code had reset', /Wi-Fi|toilet|seat|window|dessert|drink/i],
      ['zh-CN', '要爬到很烫的锅炉后面才能读燃气表', '储物柜密码被重置，手机被偷', /Wi-Fi|洗手间|座位|靠窗|甜点|饮品/],
    ] as const) {
      const forMeter = env(meter, 'other', locale);
      const explaining = forMeter.find((s) => s.id === 'prevent.environment.self-explaining');
      expect(explaining, locale).toBeDefined();
      expect(explaining!.text).not.toMatch(trade);
      const forLocker = env(locker, 'wrong', locale);
      for (const id of ['recover.environment.better-place', 'recover.environment.gesture']) {
        const s = forLocker.find((x) => x.id === id);
        expect(s, `${locale} ${id}`).toBeDefined();
        expect(s!.text).not.toMatch(trade);
      }
    }
  });
});
