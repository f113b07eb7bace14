import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { analysisBuildCount, analyzeMap, indexMap, mapIndexBuildCount } from '../../../src/analysis';
import { checkMap, findingStageIds, findingTouchpointIds, formatFinding } from '../../../src/findings';
import { composeContent } from '../../../src/report/content';
import { suggestionsForMap } from '../../../src/suggestions';
import { buildMap } from './build-map';

const blueprint = () =>
  buildMap({
    stages: ['Call', 'Repair', 'Follow-up'],
    touchpoints: [
      { id: 'hotline', stage: 's1', level: 'basic', waitPoint: true, painPoints: [{ id: 'p1', title: 'Nobody answers', severity: 'critical', causedBy: 'rota' }] },
      { id: 'rota', stage: 's1', lane: 'support', title: 'Call-centre staffing' },
      { id: 'desk', stage: 's2', level: 'basic', painPoints: [{ id: 'p2', title: 'No spare part', severity: 'high' }] },
      { id: 'call', stage: 's3', level: 'memorable', metrics: { nps: 12 } },
    ],
  });

describe('one index and one analysis per document', () => {
  it('builds them once however many findings, suggestions and messages ask for them', () => {
    const map = blueprint();
    const indexes = mapIndexBuildCount();
    const analyses = analysisBuildCount();
    const findings = checkMap(map, analyzeMap(map));
    expect(findings.length).toBeGreaterThan(3);
    for (const f of findings) {
      formatFinding(f, map, 'en');
      formatFinding(f, map, 'zh-CN');
      findingStageIds(f, map);
      findingTouchpointIds(f, map);
    }
    suggestionsForMap(map, 'en');
    expect(mapIndexBuildCount() - indexes).toBe(1);
    expect(analysisBuildCount() - analyses).toBe(1);
    expect(analyzeMap(map)).toBe(analyzeMap(map));
    expect(indexMap(map)).toBe(indexMap(map));
  });

  it('builds them once for a whole report, in both languages, and the canvas then gets the same analysis', () => {
    const map = blueprint();
    const indexes = mapIndexBuildCount();
    const analyses = analysisBuildCount();
    const en = composeContent(map, 'en');
    const zh = composeContent(map, 'zh-CN');
    expect(en.findings.length).toBeGreaterThan(3);
    expect(mapIndexBuildCount() - indexes).toBe(1);
    expect(analysisBuildCount() - analyses).toBe(1);
    expect(zh.analysis).toBe(en.analysis);
    expect(analyzeMap(map)).toBe(en.analysis);
  });

  it('builds them again for a new revision, and the new one sees the edit', () => {
    const map = blueprint();
    const before = analyzeMap(map);
    const indexes = mapIndexBuildCount();
    const next = produce(map, (draft) => {
      draft.touchpoints[2]!.level = 'value-added';
    });
    const after = analyzeMap(next);
    expect(mapIndexBuildCount() - indexes).toBe(1);
    expect(after).not.toBe(before);
    expect(after.stages[1]!.levels.basic).toBe(0);
    expect(before.stages[1]!.levels.basic).toBe(1);
  });
});
