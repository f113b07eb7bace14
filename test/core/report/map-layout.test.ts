/** Map pagination: small maps grow to fill their page, big ones keep legible cards and split; the Emotions lane has room for its curve. */
import { describe, expect, it } from 'vitest';
import { cellIndex, EMOTION_LANE, fillScale, planMapPages, type MapMetrics } from '../../../src/report/pages/map-layout';
import { generateMap } from '../../fixtures/generate';
import { hotlineMap } from '../advice/hotline-map';

/** A4 landscape, as the report lays it out. */
const metrics = (k: number): MapMetrics => ({ width: 770, height: 493, laneLabelWidth: 96, minColumnWidth: 104, cardHeight: 32 * k, cardGap: 4, cardText: 8 * k, rowsHeight: 411 });

describe('map layout', () => {
  it('scales a small map’s cards up to fill one page, never past the cap', () => {
    const map = hotlineMap();
    const k = fillScale(map, cellIndex(map), metrics, 1.3);
    expect(k).toBeGreaterThan(1);
    expect(k).toBeLessThanOrEqual(1.3);
    expect(planMapPages(map, cellIndex(map), metrics(k)).every((p) => p.parts === 1)).toBe(true);
  });

  it('keeps cards at their legible size on a map that needs several pages', () => {
    const map = generateMap({ touchpoints: 300, stages: 6, seed: 4 });
    expect(fillScale(map, cellIndex(map), metrics, 1.3)).toBe(1);
  });

  it('gives an Emotions lane room for the curve even when it holds no cards', () => {
    const map = hotlineMap();
    map.lanes.splice(1, 0, { id: 'le', name: 'Emotions', kind: 'emotions' });
    const [page] = planMapPages(map, cellIndex(map), metrics(1));
    const lane = page!.segments.find((seg) => map.lanes[seg.laneIndex]!.kind === 'emotions')!;
    expect(lane.height).toBeGreaterThanOrEqual(EMOTION_LANE);
  });
});
