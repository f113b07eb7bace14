import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeMap } from '../../../src/analysis';
import { parseMap } from '../../../src/model';
import fc from 'fast-check';
import { runCommand } from '../../../src/commands';
import { emotionGeometry, focusTargets, parseQuickEntry, planQuickEntry, summaryData, TOP_RISKS, topRisksOf } from '../../../src/workshop';
import { buildMap } from '../analysis/build-map';

function sample(stem: string) {
  const parsed = parseMap(readFileSync(new URL(`../../../samples/${stem}.tpmap.json`, import.meta.url), 'utf8'));
  if (!parsed.ok) throw new Error(`${stem} does not parse`);
  return parsed.map;
}

describe('summary slide', () => {
  const map = buildMap({
    stages: ['Book', 'Arrive', 'Wait'],
    touchpoints: [
      { id: 'a', stage: 's1', level: 'memorable', emotion: 2 },
      { id: 'b', stage: 's2', level: 'satisfactory', emotion: -1, painPoints: [{ id: 'p1', title: 'Nobody answers', severity: 'critical' }] },
      {
        id: 'c',
        stage: 's3',
        level: 'basic',
        painPoints: [
          { id: 'p2', title: 'Few votes', severity: 'medium', votes: 1 },
          { id: 'p3', title: 'Many votes', severity: 'medium', votes: 6 },
        ],
      },
    ],
  });

  it('scores every stage and marks the 100 − 1 = 0 stages with the pain point that zeroed them', () => {
    const data = summaryData(map);
    const analysis = analyzeMap(map);
    expect(data.stages.map((s) => s.score)).toEqual(analysis.stages.map((s) => s.score));
    expect(data.zeroedStages.map((s) => [s.stageId, s.score, s.zeroedBy])).toEqual([['s2', 0, ['Nobody answers']]]);
    expect(data.stages.find((s) => s.worst)?.stageId).toBe(analysis.worstStageId);
  });

  it('lists the top risks in the analysis order, votes breaking ties, with where they are felt', () => {
    const data = summaryData(map);
    expect(data.topRisks.map((r) => r.painPointId)).toEqual(['p1', 'p3', 'p2']);
    expect(data.topRisks[1]).toMatchObject({ stageName: 'Wait', touchpointTitle: 'c', votes: 6 });
    expect(data.votes).toBe(7);
    expect(data.painPoints).toBe(3);
    expect(data.belowBaseline).toBe(1);
    expect(summaryData(map, 1).topRisks).toHaveLength(1);
  });

  it('keeps at most five risks for a real map, the critical hotline first', () => {
    const car = sample('car-dealer-aftersales');
    const data = summaryData(car);
    expect(data.topRisks).toHaveLength(TOP_RISKS);
    expect(data.topRisks[0]!.severity).toBe('critical');
    expect(data.zeroedStages.map((s) => s.stageId)).toEqual(analyzeMap(car).stages.filter((s) => s.zeroedBy.length > 0).map((s) => s.stageId));
  });

  it('lists a critical pain point added a moment ago by quick entry, since its stage already shows 0', () => {
    const car = sample('car-dealer-aftersales');
    const stage = car.stages.find((st) => car.touchpoints.some((tp) => tp.stage === st.id && (tp.painPoints ?? []).length === 0))!;
    const target = car.touchpoints.find((tp) => tp.stage === stage.id && (tp.painPoints ?? []).length === 0)!;
    const plan = planQuickEntry(parseQuickEntry('!c Nobody at the desk'), { map: car, stageId: stage.id, selectedTouchpointId: target.id });
    if (!plan.ok || plan.command !== 'addPainPoint') throw new Error('quick entry refused the pain point');
    const after = runCommand(car, plan.command, plan.args)!.map;
    const fresh = after.touchpoints.find((tp) => tp.id === target.id)!.painPoints!.find((p) => p.title === 'Nobody at the desk')!;
    const analysis = analyzeMap(after);
    // The situation the room saw: the pain's reach is small, so five older risks outrank it…
    expect(analysis.risks.slice(0, TOP_RISKS).map((r) => r.painPointId)).not.toContain(fresh.id);
    // …while its stage already reads 0.
    const data = summaryData(after);
    expect(data.stages.find((st) => st.stageId === stage.id)!.score).toBe(0);
    expect(data.topRisks).toHaveLength(TOP_RISKS);
    expect(data.topRisks.map((r) => r.painPointId)).toContain(fresh.id);
    // Still in the analysis's order, so the list reads highest risk first.
    const order = analysis.risks.map((r) => r.painPointId);
    const listed = data.topRisks.map((r) => order.indexOf(r.painPointId));
    expect(listed).toEqual([...listed].sort((a, b) => a - b));
  });

  it('keeps every stage-zeroing pain point on the list before any wider-reaching lesser one', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ severity: fc.constantFrom('low', 'medium', 'high', 'critical' as const), stage: fc.integer({ min: 0, max: 3 }), links: fc.integer({ min: 0, max: 3 }) }), { minLength: 1, maxLength: 12 }), fc.integer({ min: 0, max: 6 }), (pains, limit) => {
        const m = buildMap({
          stages: ['A', 'B', 'C', 'D'],
          touchpoints: pains.map((p, i) => ({ id: `t${i}`, stage: `s${p.stage + 1}`, painPoints: [{ id: `p${i}`, title: `P${i}`, severity: p.severity }] })),
          // Flow links widen some pains' reach, so lesser pains can outrank a critical one.
          links: pains.flatMap((p, i) => (i + p.links < pains.length && p.links > 0 ? [{ from: `t${i}`, to: `t${i + p.links}` }] : [])),
        });
        const analysis = analyzeMap(m);
        const top = topRisksOf(analysis, limit);
        const zeroing = analysis.stages.flatMap((s) => s.zeroedBy);
        expect(top).toHaveLength(Math.min(limit, analysis.risks.length));
        expect(top.filter((r) => zeroing.includes(r.painPointId))).toHaveLength(Math.min(limit, zeroing.length));
      }),
    );
  });

  it('lays the emotion curve out from +3 at the top to −3 at the bottom, broken where a stage has no emotion', () => {
    const g = emotionGeometry(
      [
        { stageId: 's1', name: 'A', mean: 3 },
        { stageId: 's2', name: 'B', mean: -3 },
        { stageId: 's3', name: 'C', mean: null },
        { stageId: 's4', name: 'D', mean: 0 },
      ],
      400,
      60,
    );
    expect(g.slotX).toEqual([50, 150, 250, 350]);
    expect(g.points.map((p) => [p.x, p.y])).toEqual([
      [50, 0],
      [150, 60],
      [350, 30],
    ]);
    expect(g.segments.map((s) => s.map((p) => p.stageId))).toEqual([['s1', 's2'], ['s4']]);
    expect(g.zeroY).toBe(30);
  });
});

describe('focus on pain', () => {
  it('picks out touchpoints with pain points and those below the satisfactory baseline', () => {
    const map = buildMap({
      touchpoints: [
        { id: 'pain', level: 'value-added', painPoints: [{ id: 'p', title: 'x', severity: 'low' }] },
        { id: 'basic', level: 'basic' },
        { id: 'fine', level: 'satisfactory' },
        { id: 'untagged' },
      ],
    });
    const f = focusTargets(map);
    expect([...f.painTouchpoints]).toEqual(['pain']);
    expect([...f.belowBaseline]).toEqual(['basic']);
  });
});
