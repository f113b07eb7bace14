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
    expect(analysis.emotionCurve.map(({ stageId, name, mean }) => ({ stageId, name, mean }))).toEqual([
      { stageId: 's1', name: 'Arrive', mean: 1.5 },
      { stageId: 's2', name: 'Wait', mean: null },
      { stageId: 's3', name: 'Pay', mean: 1 },
    ]);
    expect(analysis.stages.map((s) => s.meanEmotion)).toEqual([1.5, null, 1]);
  });

  it('keeps the lowest moment of each stage beside the mean, so one −3 is not averaged away', () => {
    const analysis = analyzeMap(
      buildMap({
        stages: ['Call', 'Repair'],
        touchpoints: [
          { id: 'dial', stage: 's1', emotion: 1 },
          { id: 'hold', stage: 's1', emotion: -3 },
          { id: 'menu', stage: 's1', emotion: 2 },
          { id: 'again', stage: 's1', emotion: -3 },
          { id: 'untouched', stage: 's2' },
        ],
      }),
    );
    const [call, repair] = analysis.emotionCurve;
    expect(call).toMatchObject({ mean: -0.75, min: -3, lowestTouchpointId: 'hold' });
    expect(repair).toMatchObject({ mean: null, min: null, lowestTouchpointId: null });
    expect(analysis.stages.map((s) => s.minEmotion)).toEqual([-3, null]);
  });
});
