import { describe, expect, it } from 'vitest';
import { analyzeMap, SERIOUS_PER_COMPLAINT, SILENT_PER_COMPLAINT } from '../../../src/analysis';
import { buildMap } from './build-map';

describe('complaint iceberg', () => {
  it('is null when no touchpoint records complaints', () => {
    expect(analyzeMap(buildMap({ touchpoints: [{ id: 'a', metrics: { waitMinutes: 5 } }] })).iceberg).toBeNull();
  });

  it('follows seed 001: 25 unhappy customers per complaint, 24 of them silent, 6 with serious problems', () => {
    expect(SILENT_PER_COMPLAINT).toBe(24);
    expect(SERIOUS_PER_COMPLAINT).toBe(6);
    const map = buildMap({ touchpoints: [{ id: 'a', metrics: { complaints: 3 } }, { id: 'b' }, { id: 'c', metrics: { complaints: 1 } }] });
    expect(analyzeMap(map).iceberg).toEqual({ voiced: 4, silent: 96, serious: 24 });
  });

  it('reports a recorded zero as zero, not as unknown', () => {
    expect(analyzeMap(buildMap({ touchpoints: [{ id: 'a', metrics: { complaints: 0 } }] })).iceberg).toEqual({ voiced: 0, silent: 0, serious: 0 });
  });
});
