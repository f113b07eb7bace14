import { describe, expect, it } from 'vitest';
import { checkMap, formatFinding, type Finding } from '../../../src/findings';
import { parseMapValue, type MapDocument } from '../../../src/model';
import { buildMap, type MapSpec } from '../analysis/build-map';

/** A loyalty moment and a recorded score, so only the rule under test speaks. */
const QUIET = { id: 'cloth', title: 'Glasses cloth', level: 'memorable' as const, stage: 's1', metrics: { nps: 60 } };

function withSettings(map: MapDocument, settings: unknown): MapDocument {
  const result = parseMapValue({ ...map, settings });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.map;
}

function run(map: MapDocument, rule: string): Finding[] {
  return checkMap(map).filter((f) => f.rule === rule);
}

const found = (spec: MapSpec, rule: string) => {
  const map = buildMap(spec);
  return { map, found: run(map, rule) };
};

describe('long-wait', () => {
  const wait = (minutes: number, channel?: 'phone' | 'chat' | 'in-person' | 'email' | 'web') =>
    buildMap({ touchpoints: [QUIET, { id: 'w', title: 'Hotline', stage: 's2', ...(channel ? { channel } : {}), metrics: { waitMinutes: minutes } }] });

  it('flags the 35-minute hotline wait and the five-day wait, in words people read at a glance', () => {
    const hotline = wait(35, 'phone');
    const [f] = run(hotline, 'long-wait');
    expect(f).toMatchObject({ severity: 'warning', ids: ['w'], params: { minutes: 35, threshold: 3, channelId: 'phone' } });
    expect(formatFinding(f!, hotline, 'en')).toBe(
      'Customers wait 35 min at "Hotline" (Order), more than the 3 min acceptable on the phone: a wait this long becomes what they remember. Shorten it, or say how long it will be and keep them posted.',
    );
    expect(formatFinding(f!, hotline, 'zh-CN')).toContain('客户在“Hotline”（Order）要等 35 分钟，超过了电话渠道可接受的 3 分钟');
    const repair = wait(7200, 'web');
    expect(formatFinding(run(repair, 'long-wait')[0]!, repair, 'en')).toContain('wait 5 days');
    expect(formatFinding(run(repair, 'long-wait')[0]!, repair, 'zh-CN')).toContain('要等 5 天');
  });

  it('uses a limit per channel: 3 minutes on the phone is too long, 3 minutes in person is not', () => {
    expect(run(wait(4, 'phone'), 'long-wait')).toHaveLength(1);
    expect(run(wait(3, 'phone'), 'long-wait')).toEqual([]);
    expect(run(wait(3, 'chat'), 'long-wait')).toHaveLength(1);
    expect(run(wait(9, 'in-person'), 'long-wait')).toEqual([]);
    expect(run(wait(11, 'in-person'), 'long-wait')).toHaveLength(1);
    expect(run(wait(12 * 60, 'email'), 'long-wait')).toEqual([]);
    expect(run(wait(25 * 60, 'email'), 'long-wait')).toHaveLength(1);
  });

  it('says where the customer waits in words that read in a sentence, for every channel', () => {
    for (const channel of ['in-person', 'phone', 'web', 'app', 'email', 'chat', 'social', 'mail', 'self-service', 'other'] as const) {
      const map = buildMap({ touchpoints: [QUIET, { id: 'w', stage: 's2', channel, metrics: { waitMinutes: 100_000 } }] });
      const [f] = run(map, 'long-wait');
      expect(formatFinding(f!, map, 'en')).toMatch(/acceptable (in|on|by|at) [a-z -]+: a wait/);
      expect(formatFinding(f!, map, 'zh-CN')).not.toMatch(/\{\w+\}/);
    }
  });

  it('treats a step with no channel as met in person', () => {
    expect(run(wait(9), 'long-wait')).toEqual([]);
    expect(run(wait(11), 'long-wait')[0]?.params['channelId']).toBe('in-person');
  });

  it("takes the team's own limits from settings.waitThresholds, channel by channel", () => {
    const strict = withSettings(wait(8, 'in-person'), { waitThresholds: { 'in-person': 5 } });
    expect(run(strict, 'long-wait')[0]?.params['threshold']).toBe(5);
    const lenient = withSettings(wait(35, 'phone'), { waitThresholds: { phone: 40, 'in-person': 1 } });
    expect(run(lenient, 'long-wait')).toEqual([]);
  });
});

describe('negative-nps and low-nps', () => {
  it('warns below 0 and notes below 30, one finding per touchpoint', () => {
    const { map, found: negative } = found({ touchpoints: [QUIET, { id: 'a', title: 'Hotline', stage: 's2', metrics: { nps: -15 } }] }, 'negative-nps');
    expect(negative).toEqual([{ rule: 'negative-nps', severity: 'warning', ids: ['a'], params: { touchpoint: 'Hotline', stage: 'Order', nps: '−15' } }]);
    expect(formatFinding(negative[0]!, map, 'en')).toContain('records an NPS of −15: more customers would warn others off than recommend you');
    expect(formatFinding(negative[0]!, map, 'zh-CN')).toContain('的 NPS 为 −15');
    const low = found({ touchpoints: [QUIET, { id: 'a', title: 'Hotline', stage: 's2', metrics: { nps: 12 } }] }, 'low-nps');
    expect(low.found.map((f) => [f.severity, f.ids])).toEqual([['info', ['a']]]);
    expect(formatFinding(low.found[0]!, low.map, 'en')).toContain('NPS of 12: positive, but under 30');
    expect(found({ touchpoints: [QUIET, { id: 'a', metrics: { nps: 30 } }] }, 'low-nps').found).toEqual([]);
    expect(found({ touchpoints: [QUIET, { id: 'a', metrics: { nps: 0 } }] }, 'negative-nps').found).toEqual([]);
  });
});

describe('low-csat', () => {
  it('infers the scale from the values and groups the low scores per stage', () => {
    const { map, found: low } = found(
      {
        touchpoints: [
          QUIET,
          { id: 'a', title: 'Hotline', stage: 's2', metrics: { csat: 3.9 } },
          { id: 'b', title: 'Agent', stage: 's2', metrics: { csat: 2.1 } },
          { id: 'c', title: 'Desk', stage: 's3', metrics: { csat: 4.2 } },
        ],
      },
      'low-csat',
    );
    expect(low).toEqual([{ rule: 'low-csat', severity: 'warning', ids: ['s2', 'a', 'b'], params: { stage: 'Order', scale: 5, limit: '4' } }]);
    expect(formatFinding(low[0]!, map, 'en')).toBe('Satisfaction in "Order" is below 4 out of 5, short of "satisfied": "Hotline" (3.9) and "Agent" (2.1).');
    expect(formatFinding(low[0]!, map, 'zh-CN')).toContain('“Hotline”（3.9）和“Agent”（2.1）');
  });

  it('reads 7.5 as low on a 10-point scale and 75 as low on a 100-point one, but 4.2 of 5 as satisfied', () => {
    expect(found({ touchpoints: [QUIET, { id: 'a', metrics: { csat: 7.5 } }, { id: 'b', metrics: { csat: 9 } }] }, 'low-csat').found[0]?.params).toMatchObject({ scale: 10, limit: '8' });
    expect(found({ touchpoints: [QUIET, { id: 'a', metrics: { csat: 75 } }, { id: 'b', metrics: { csat: 90 } }] }, 'low-csat').found[0]?.params).toMatchObject({ scale: 100 });
    expect(found({ touchpoints: [QUIET, { id: 'a', metrics: { csat: 4.2 } }] }, 'low-csat').found).toEqual([]);
  });

  it('follows settings.csatScale when the team set it', () => {
    const map = withSettings(buildMap({ touchpoints: [QUIET, { id: 'a', metrics: { csat: 4.5 } }] }), { csatScale: 10 });
    expect(run(map, 'low-csat')[0]?.params).toMatchObject({ scale: 10 });
  });
});

describe('loyalty-contradicted', () => {
  const memorable = (extra: object, stage = 's3') => ({ id: 'call', title: 'Follow-up call', stage, level: 'memorable' as const, ...extra });

  it('fires for a memorable moment customers score low, naming each reason, and the metric rules leave it to this one', () => {
    const { map, found: f } = found({ touchpoints: [memorable({ metrics: { nps: 12, csat: 3.2 }, emotion: -1 })] }, 'loyalty-contradicted');
    expect(f).toHaveLength(1);
    expect(formatFinding(f[0]!, map, 'en')).toBe(
      '"Follow-up call" (Wait) is meant as a memorable moment, but its NPS is only 12, its CSAT is only 3.2 out of 5 and customers feel bad there (emotion −1). A loyalty moment only works once the basics hold: fix what comes before it first.',
    );
    expect(formatFinding(f[0]!, map, 'zh-CN')).toContain('本应是难忘时刻，但NPS 只有 12、满意度只有 3.2 分（满分 5）');
    expect(run(map, 'low-nps')).toEqual([]);
    expect(run(map, 'low-csat')).toEqual([]);
  });

  it('fires for a loyalty moment placed right after, or inside, a stage a critical failure zeroed', () => {
    const zeroed = { id: 'repair', stage: 's2', level: 'satisfactory' as const, painPoints: [{ id: 'p', title: 'Part out of stock', severity: 'critical' as const }] };
    const after = found({ touchpoints: [zeroed, memorable({ metrics: { nps: 70 } })] }, 'loyalty-contradicted');
    expect(after.found[0]?.ids).toEqual(['call', 's2']);
    expect(formatFinding(after.found[0]!, after.map, 'en')).toContain('it comes right after "Order", a stage a critical failure zeroed');
    const inside = found({ touchpoints: [zeroed, memorable({}, 's2')] }, 'loyalty-contradicted');
    expect(formatFinding(inside.found[0]!, inside.map, 'zh-CN')).toContain('它所在的阶段“Order”已因致命痛点得 0 分');
    expect(found({ touchpoints: [zeroed, memorable({}, 's4')] }, 'loyalty-contradicted').found).toEqual([]);
  });

  it('groups the moments a zeroed stage undermines into one finding for their stage', () => {
    const zeroed = { id: 'rice', stage: 's2', level: 'satisfactory' as const, painPoints: [{ id: 'p', title: 'A hair in the food', severity: 'critical' as const }] };
    const { map, found: f } = found(
      {
        touchpoints: [
          zeroed,
          { id: 'cloth', title: 'Glasses cloth', stage: 's2', level: 'memorable' },
          { id: 'noodle', title: 'Noodle show', stage: 's2', level: 'value-added' },
          { id: 'apron', title: 'Apron', stage: 's2', level: 'value-added', metrics: { nps: 5 } },
        ],
      },
      'loyalty-contradicted',
    );
    expect(f.map((x) => x.ids)).toEqual([
      ['cloth', 'noodle', 's2'],
      ['apron', 's2'],
    ]);
    expect(formatFinding(f[0]!, map, 'en')).toBe(
      '"Glasses cloth" and "Noodle show" in "Order" are meant as loyalty moments, but their own stage, "Order", is zeroed by a critical failure. A loyalty moment only works once the basics hold: fix what comes before it first.',
    );
    expect(formatFinding(f[0]!, map, 'zh-CN')).toContain('“Glasses cloth”和“Noodle show”（Order）本应是忠诚时刻，但它们所在的阶段“Order”已因致命痛点得 0 分');
  });

  it('stays quiet for a well-scored moment and for memorable tags below the line', () => {
    expect(found({ touchpoints: [memorable({ metrics: { nps: 55, csat: 4.6 }, emotion: 2 })] }, 'loyalty-contradicted').found).toEqual([]);
    expect(found({ touchpoints: [memorable({ lane: 'back', emotion: -2 })] }, 'loyalty-contradicted').found).toEqual([]);
  });
});

describe('unrated-stage', () => {
  it('says which stages have no score and why, in both languages', () => {
    const { map, found: f } = found(
      { stages: ['Arrive', 'Order', 'Pay'], touchpoints: [QUIET, { id: 'note', stage: 's2', lane: 'customer' }] },
      'unrated-stage',
    );
    expect(f.map((x) => [x.severity, x.ids])).toEqual([
      ['info', ['s2']],
      ['info', ['s3']],
    ]);
    expect(formatFinding(f[0]!, map, 'en')).toBe('Stage "Order" has no score: none of its 1 touchpoint(s) has a service level or an emotion recorded.');
    expect(formatFinding(f[1]!, map, 'en')).toBe('Stage "Pay" has no score: no touchpoint is mapped in it yet.');
    expect(formatFinding(f[1]!, map, 'zh-CN')).toBe('阶段“Pay”没有得分：其中还没有任何触点。');
  });

  it('says nothing on a blank map: every stage is empty because nothing has been drawn yet', () => {
    expect(checkMap(buildMap({ touchpoints: [] }))).toEqual([]);
  });
});

describe('pain-without-cause', () => {
  const pains = [
    { id: 'p1', title: 'Nobody answers', severity: 'critical' as const },
    { id: 'p2', title: 'No news', severity: 'high' as const },
    { id: 'p3', title: 'Cold coffee', severity: 'low' as const },
    { id: 'p4', title: 'Wrong part', severity: 'high' as const, causedBy: 'stock' },
  ];

  it('lists, in one finding, the high and critical pains with no cause on a map with backstage or support lanes', () => {
    const { map, found: f } = found({ touchpoints: [QUIET, { id: 'desk', painPoints: pains }, { id: 'stock', lane: 'support' }] }, 'pain-without-cause');
    expect(f).toEqual([{ rule: 'pain-without-cause', severity: 'warning', ids: ['p1', 'p2'], params: { count: 2 } }]);
    expect(formatFinding(f[0]!, map, 'en')).toContain('2 high or critical pain point(s) name no cause: "Nobody answers" and "No news"');
  });

  it('stays quiet on a journey map without lanes below the line of visibility', () => {
    const journey = parseMapValue({
      ...buildMap({ touchpoints: [{ id: 'desk', painPoints: pains.slice(0, 2) }] }),
      lanes: [{ id: 'front', name: 'Touchpoints', kind: 'frontstage' }],
    });
    if (!journey.ok) throw new Error('fixture');
    expect(run(journey.map, 'pain-without-cause')).toEqual([]);
  });
});

describe('no-team-remedy', () => {
  it('lists the high and critical pains the team has not answered at all (recovery-only speaks for the rest)', () => {
    const { map, found: f } = found(
      {
        touchpoints: [
          QUIET,
          {
            id: 'desk',
            painPoints: [
              { id: 'p1', title: 'Nobody answers', severity: 'critical' },
              { id: 'p2', title: 'Queue', severity: 'high', remedies: [{ tier: 'recover', text: 'Apologise' }] },
              { id: 'p3', title: 'Cold coffee', severity: 'medium' },
            ],
          },
        ],
      },
      'no-team-remedy',
    );
    expect(f.map((x) => x.ids)).toEqual([['p1']]);
    expect(formatFinding(f[0]!, map, 'zh-CN')).toBe('有 1 个严重或致命痛点团队还没有任何对策：“Nobody answers”。请为每一个确定由谁、用什么办法事前预防。');
    expect(run(map, 'recovery-only').map((x) => x.ids[0])).toEqual(['p2']);
  });
});

describe('no-voice-of-customer', () => {
  const plain = { id: 'desk', title: 'Counter', level: 'memorable' as const };

  it('fires when no score is recorded and no step asks the customer', () => {
    const { map, found: f } = found({ title: 'Bank account opening', touchpoints: [plain] }, 'no-voice-of-customer');
    expect(f).toEqual([{ rule: 'no-voice-of-customer', severity: 'warning', ids: [], params: { title: 'Bank account opening' } }]);
    expect(formatFinding(f[0]!, map, 'en')).toContain('Only about 4% of unhappy customers complain');
    expect(formatFinding(f[0]!, map, 'zh-CN')).toContain('请在旅程末尾加上回访');
  });

  it('is satisfied by a recorded NPS or CSAT, or a follow-up, survey or feedback step named in either language', () => {
    const listens = (extra: object) => found({ touchpoints: [plain, { id: 'x', stage: 's4', ...extra }] }, 'no-voice-of-customer').found;
    expect(listens({ metrics: { csat: 4 } })).toEqual([]);
    expect(listens({ metrics: { nps: -20 } })).toEqual([]);
    for (const title of ['Follow-up call', 'Post-stay survey email', 'Leaves feedback', '交车三天后电话回访', '饭后满意度问卷', '客户意见卡']) {
      expect(listens({ title })).toEqual([]);
    }
    expect(listens({ title: 'Hands over the card', description: 'then asks for an improvement note' })).toEqual([]);
    expect(listens({ title: 'Credit rating check' })).toHaveLength(1);
  });

  it('stays quiet on an empty map', () => {
    expect(found({ touchpoints: [] }, 'no-voice-of-customer').found).toEqual([]);
  });
});
