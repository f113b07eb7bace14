/** The emotion curve's data: a mean hides the worst moment, so each stage also carries its minimum. */
import { describe, expect, it } from 'vitest';
import { composeContent } from '../../../src/report/content';
import { stageEmotions } from '../../../src/report/draw/charts';
import { hotlineMap } from '../advice/hotline-map';

describe('stageEmotions', () => {
  it('gives each stage its mean and its lowest moment, and marks the stage 100 − 1 = 0 zeroed', () => {
    const points = stageEmotions(composeContent(hotlineMap(), 'en'));
    expect(points.map((p) => [p.stageId, p.mean, p.min, p.zeroed])).toEqual([
      ['s1', -2.5, -3, true],
      ['s2', -1, -1, false],
      ['s3', 1, 1, false],
    ]);
  });

  it('leaves a stage without emotions empty rather than at zero', () => {
    const map = hotlineMap();
    for (const tp of map.touchpoints) if (tp.stage === 's3') delete tp.emotion;
    const s3 = stageEmotions(composeContent(map, 'en')).find((p) => p.stageId === 's3')!;
    expect(s3).toMatchObject({ mean: null, min: null });
  });

  it('takes the analysis’s own minimum when it provides one', () => {
    const content = composeContent(hotlineMap(), 'en');
    content.analysis.emotionCurve = content.analysis.emotionCurve.map((p) => ({ ...p, min: -2 }));
    expect(stageEmotions(content).map((p) => p.min)).toEqual([-2, -2, -2]);
  });
});
