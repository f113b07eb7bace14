import { describe, expect, it } from 'vitest';
import { analyzeMap } from '../../../src/analysis';
import { buildMap } from './build-map';

const scoreOf = (spec: Parameters<typeof buildMap>[0], stage = 0) => analyzeMap(buildMap(spec)).stages[stage]!;

describe('experience score', () => {
  it('weighs levels 60% and emotion 40%', () => {
    // satisfactory = 70 points, emotion 0 = 50 points: 0.6 × 70 + 0.4 × 50 = 62
    expect(scoreOf({ touchpoints: [{ id: 'a', level: 'satisfactory', emotion: 0 }] }).score).toBe(62);
    // memorable = 100, emotion +3 = 100
    expect(scoreOf({ touchpoints: [{ id: 'a', level: 'memorable', emotion: 3 }] }).score).toBe(100);
  });

  it('uses whichever of levels and emotion exists when only one does', () => {
    expect(scoreOf({ touchpoints: [{ id: 'a', level: 'basic' }] }).score).toBe(40);
    expect(scoreOf({ touchpoints: [{ id: 'a', lane: 'emotions', emotion: -3 }] }).score).toBe(0);
    // mean level of basic (40) and value-added (85) = 62.5 → 63
    expect(scoreOf({ touchpoints: [{ id: 'a', level: 'basic' }, { id: 'b', level: 'value-added' }] }).score).toBe(63);
  });

  it('subtracts low 5, medium 10 and high 20 for each pain point felt in the stage', () => {
    const s = scoreOf({
      touchpoints: [
        { id: 'a', level: 'memorable', painPoints: [{ id: 'p1', title: 'Scratched cup', severity: 'low' }] },
        { id: 'b', level: 'memorable', painPoints: [{ id: 'p2', title: 'Cold tea', severity: 'medium' }] },
      ],
    });
    expect(s.score).toBe(100 - 5 - 10);
    expect(s.zeroedBy).toEqual([]);
    expect(s.painPointIds).toEqual(['p1', 'p2']);
  });

  it('never goes below 0 from penalties alone, and is not marked as zeroed then', () => {
    const s = scoreOf({
      touchpoints: [
        {
          id: 'a',
          level: 'basic',
          painPoints: [
            { id: 'p1', title: 'Rude', severity: 'high' },
            { id: 'p2', title: 'Slow', severity: 'high' },
            { id: 'p3', title: 'Dirty', severity: 'high' },
          ],
        },
      ],
    });
    expect(s.score).toBe(0);
    expect(s.zeroedBy).toEqual([]);
  });

  describe('100 − 1 = 0', () => {
    it('zeroes a stage holding a critical pain point even when every touchpoint is memorable and joyful', () => {
      const s = scoreOf({
        touchpoints: [
          { id: 'welcome', level: 'memorable', emotion: 3 },
          { id: 'glasses-cloth', level: 'memorable', emotion: 3 },
          { id: 'rice', level: 'memorable', emotion: 3, painPoints: [{ id: 'bug', title: 'Something in the rice', severity: 'critical' }] },
        ],
      });
      expect(s.score).toBe(0);
      expect(s.zeroedBy).toEqual(['bug']);
    });

    it('names every critical pain point that zeroed the stage', () => {
      const s = scoreOf({
        touchpoints: [
          { id: 'a', painPoints: [{ id: 'c1', title: 'Wrong car', severity: 'critical' }] },
          { id: 'b', painPoints: [{ id: 'c2', title: 'Brakes not fixed', severity: 'critical' }, { id: 'h', title: 'Late', severity: 'high' }] },
        ],
      });
      expect(s.zeroedBy).toEqual(['c1', 'c2']);
    });

    it('does not zero for a high pain point', () => {
      const s = scoreOf({ touchpoints: [{ id: 'a', level: 'memorable', painPoints: [{ id: 'p', title: 'Late', severity: 'high' }] }] });
      expect(s.score).toBe(80);
      expect(s.zeroedBy).toEqual([]);
    });

    it('zeroes only the stage where the pain is felt, not the stage of its cause', () => {
      const analysis = analyzeMap(
        buildMap({
          stages: ['Book', 'Collect'],
          touchpoints: [
            { id: 'order-parts', stage: 's1', lane: 'support', level: 'satisfactory' },
            { id: 'handover', stage: 's2', level: 'satisfactory', painPoints: [{ id: 'p', title: 'Car not ready', severity: 'critical', causedBy: 'order-parts' }] },
          ],
        }),
      );
      expect(analysis.stages.map((s) => s.score)).toEqual([70, 0]);
      expect(analysis.worstStageId).toBe('s2');
    });
  });

  it('gives an empty stage no score at all, never a default number, and never calls it the worst', () => {
    const analysis = analyzeMap(buildMap({ stages: ['Arrive', 'Empty'], touchpoints: [{ id: 'a', level: 'basic' }] }));
    const empty = analysis.stages[1]!;
    expect(empty.touchpointIds).toEqual([]);
    expect(empty.score).toBeNull();
    expect(empty.meanEmotion).toBeNull();
    expect(analysis.worstStageId).toBe('s1');
  });

  it('gives no score to a stage whose cards carry neither a level nor an emotion, even with a pain point', () => {
    const analysis = analyzeMap(
      buildMap({
        stages: ['Arrive', 'Wait'],
        touchpoints: [
          { id: 'a', stage: 's1', level: 'basic' },
          { id: 'note', stage: 's2', lane: 'customer' },
          { id: 'queue', stage: 's2', lane: 'back', painPoints: [{ id: 'p', title: 'Slow', severity: 'high' }] },
        ],
      }),
    );
    expect(analysis.stages.map((s) => s.score)).toEqual([40, null]);
    expect(analysis.worstStageId).toBe('s1');
  });

  it('still zeroes an otherwise unrated stage that holds a critical pain point', () => {
    expect(scoreOf({ touchpoints: [{ id: 'a', painPoints: [{ id: 'p', title: 'Nobody answers', severity: 'critical' }] }] }).score).toBe(0);
  });

  it('has no worst stage when no stage has a score', () => {
    expect(analyzeMap(buildMap({ touchpoints: [] })).worstStageId).toBeNull();
    expect(analyzeMap(buildMap({ touchpoints: [{ id: 'untagged' }] })).worstStageId).toBeNull();
  });

  it('picks the earliest of equally bad stages as the worst', () => {
    const analysis = analyzeMap(
      buildMap({ touchpoints: [{ id: 'a', stage: 's2', level: 'basic' }, { id: 'b', stage: 's3', level: 'basic' }, { id: 'c', stage: 's4', level: 'memorable' }] }),
    );
    expect(analysis.worstStageId).toBe('s2');
  });
});
