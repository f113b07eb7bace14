import { describe, expect, it } from 'vitest';
import { analyzeMap } from '../../../src/analysis';
import { buildMap } from './build-map';

describe('emotion curve', () => {
  it('gives the mean emotion of each stage in stage order, null where nobody recorded one', () => {
    const analysis = analyzeMap(
      buildMap({
        stages: ['Arrive', 'Wait', 'Pay'],
        touchpoints: [
          { id: 'pay', stage: 's3', lane: 'emotions', emotion: 1 },
          { id: 'greet', stage: 's1', lane: 'emotions', emotion: 2 },
          { id: 'door', stage: 's1', lane: 'front', emotion: 1 },
          { id: 'no-feeling', stage: 's3', lane: 'front' },
        ],
      }),
    );
    expect(analysis.emotionCurve).toEqual([
      { stageId: 's1', name: 'Arrive', mean: 1.5 },
      { stageId: 's2', name: 'Wait', mean: null },
      { stageId: 's3', name: 'Pay', mean: 1 },
    ]);
    expect(analysis.stages.map((s) => s.meanEmotion)).toEqual([1.5, null, 1]);
  });
});
