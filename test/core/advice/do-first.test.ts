/** "Do first": the actions an executive funds, chosen from the risk ranking and placed at the cause. */
import { describe, expect, it } from 'vitest';
import { selectDoFirst } from '../../../src/advice';
import { pickForRegister, suggestionsForMap, type Suggestion } from '../../../src/suggestions';
import { analyzeMap } from '../../../src/analysis';
import type { MapDocument } from '../../../src/model';
import { hotlineMap } from './hotline-map';
import { readSample } from '../suggestions/review';

function doFirstOf(map: MapDocument, advice = suggestionsForMap(map, 'en')) {
  return selectDoFirst(map, analyzeMap(map), advice);
}

describe('selectDoFirst', () => {
  it('puts the top risk first, as a prevention at its cause below the line, with stage and owning lane', () => {
    const { actions } = doFirstOf(hotlineMap());
    expect(actions[0]).toMatchObject({ stepId: 'x1', stageId: 's1', laneId: 'ls', atHiddenCause: true });
    expect(actions[0]!.advice.tier).toBe('prevent');
    expect(actions[0]!.removes.map((r) => r.painPointId)).toEqual(['p1']);
  });

  it('lists at most three actions, in risk order', () => {
    const map = hotlineMap();
    const order = analyzeMap(map).risks.map((r) => r.painPointId);
    const { actions } = doFirstOf(map);
    expect(actions.length).toBe(3);
    expect(actions.map((a) => a.removes[0]!.painPointId)).toEqual(order.slice(0, 3));
  });

  it('takes in a critical pain point added a moment ago, with no remedy, on a single step, ahead of wider high risks', () => {
    const before = doFirstOf(readSample('car-dealer-aftersales')).actions;
    // A new document, as every edit makes one: analyses are kept per document object.
    const map = readSample('car-dealer-aftersales');
    const last = map.touchpoints.find((tp) => tp.stage === map.stages.at(-1)!.id && (tp.painPoints ?? []).length === 0)!;
    last.painPoints = [{ id: 'fresh', title: 'Handed the wrong car keys', severity: 'critical', category: 'product' }];
    const risks = analyzeMap(map).risks;
    expect(risks.findIndex((r) => r.painPointId === 'fresh')).toBeGreaterThanOrEqual(3);
    const { actions } = doFirstOf(map);
    expect(actions.map((a) => a.removes[0]!.painPointId)).toContain('fresh');
    expect(actions.find((a) => a.removes.some((r) => r.painPointId === 'fresh'))!.advice.tier).toBe('prevent');
    expect(actions[0]).toEqual(before[0]);
  });

  it('prefers the team’s own prevention at the cause over anything else', () => {
    const map = hotlineMap();
    map.touchpoints[1]!.painPoints![0]!.remedies = [
      { tier: 'recover', text: 'Call back within the hour' },
      { tier: 'prevent', text: 'Staff the Monday peak with two more agents' },
    ];
    const top = doFirstOf(map).actions[0]!;
    expect(top.advice).toMatchObject({ source: 'team', tier: 'prevent', text: 'Staff the Monday peak with two more agents' });
    expect(top.stepId).toBe('x1');
  });

  it('falls back to detection, then recovery, when a pain point has no prevention', () => {
    const map = hotlineMap();
    const only = (tier: Suggestion['tier']) => new Map([...suggestionsForMap(map, 'en')].map(([id, list]) => [id, list.filter((a) => a.tier === tier)]));
    expect(doFirstOf(map, only('detect')).actions.every((a) => a.advice.tier === 'detect')).toBe(true);
    expect(doFirstOf(map, only('recover')).actions.every((a) => a.advice.tier === 'recover')).toBe(true);
  });

  it('merges two pain points fixed by the same action at the same step into one action that removes both', () => {
    const map = hotlineMap();
    // A second hotline complaint made by the same rota, failing the same way (nobody answers).
    map.touchpoints[0]!.painPoints = [{ id: 'p4', title: 'Nobody answers on Monday mornings', severity: 'high', category: 'waiting', failure: 'unreachable', causedBy: 'x1' }];
    const { actions } = doFirstOf(map);
    const atRota = actions.filter((a) => a.stepId === 'x1');
    expect(atRota).toHaveLength(1);
    expect(atRota[0]!.removes.map((r) => r.painPointId).sort()).toEqual(['p1', 'p4']);
    expect(new Set(actions.map((a) => `${a.stepId}|${a.advice.id}`)).size).toBe(actions.length);
  });

  it('gathers the evidence: worst waits first, the lowest NPS, the zeroed stages', () => {
    const { waits, scores, zeroed } = doFirstOf(hotlineMap());
    expect(waits).toEqual([
      { touchpointId: 'f2', minutes: 7200 },
      { touchpointId: 'f1', minutes: 35 },
    ]);
    expect(scores).toEqual([{ touchpointId: 'f1', nps: 12, csat: 3.9 }]);
    expect(zeroed).toEqual([{ stageId: 's1', painPointIds: ['p1'] }]);
  });

  it('quotes the waits furthest over their channel’s limit, not the longest in minutes', () => {
    const map = readSample('car-dealer-aftersales');
    const post = map.touchpoints.find((tp) => tp.metrics?.waitMinutes === undefined && tp.painPoints === undefined)!;
    Object.assign(post, { channel: 'mail', metrics: { waitMinutes: 4320 } });
    const { waits } = doFirstOf(map);
    expect(waits.map((w) => w.touchpointId)).not.toContain(post.id);
    const ratios = waits.map((w) => analyzeMap(map).metrics.waits.find((r) => r.touchpointId === w.touchpointId)!.ratio);
    expect([...ratios].sort((a, b) => b - a)).toEqual(ratios);
    expect(ratios.every((r) => r > 1)).toBe(true);
  });

  it('says nothing to do on a map without pain points, and still reports', () => {
    const map = hotlineMap();
    for (const tp of map.touchpoints) delete tp.painPoints;
    expect(doFirstOf(map).actions).toEqual([]);
  });

  it('reads a map whose every optional field is missing', () => {
    const map: MapDocument = {
      format: 'touchpoint-studio/map',
      version: 1,
      title: 'Bare',
      stages: [{ id: 's', name: 'S' }],
      lanes: [{ id: 'l', name: 'L' }],
      touchpoints: [{ id: 't', stage: 's', lane: 'l', title: 'T', painPoints: [{ id: 'p', title: 'P', severity: 'medium' }] }],
    };
    const result = doFirstOf(map);
    expect(result.actions.map((a) => a.stepId)).toEqual(['t']);
    expect(result).toMatchObject({ waits: [], scores: [], zeroed: [] });
  });
});

describe('pickForRegister', () => {
  it('keeps the best two per tier and every team remedy, the rest for the appendix, nothing lost', () => {
    const map = hotlineMap();
    map.touchpoints[1]!.painPoints![0]!.remedies = [{ tier: 'detect', text: 'Watch the queue' }];
    const list = suggestionsForMap(map, 'en').get('p1')!;
    const { main, appendix } = pickForRegister(list, 2);
    expect([...main, ...appendix].map((a) => a.id).sort()).toEqual(list.map((a) => a.id).sort());
    for (const tier of ['prevent', 'detect', 'recover'] as const) expect(main.filter((a) => a.tier === tier).length).toBeLessThanOrEqual(2);
    expect(main.some((a) => a.source === 'team')).toBe(true);
    expect(main.map((a) => a.tier)).toEqual([...main.map((a) => a.tier)].sort((a, b) => ['prevent', 'detect', 'recover'].indexOf(a) - ['prevent', 'detect', 'recover'].indexOf(b)));
  });
});
