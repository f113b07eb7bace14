import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeMap } from '../../../src/analysis';
import { parseMap } from '../../../src/model';
import { emotionGeometry, focusTargets, summaryData, TOP_RISKS } from '../../../src/workshop';
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
