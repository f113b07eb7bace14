import { describe, expect, it } from 'vitest';
import { analyzeMap, SEVERITY_WEIGHT } from '../../../src/analysis';
import { buildMap } from './build-map';

const pain = (id: string, severity: 'low' | 'medium' | 'high' | 'critical', extra: Record<string, unknown> = {}) => ({ id, title: id, severity, ...extra });

describe('pain-point risk', () => {
  it('weighs severities 1, 2, 4, 8', () => {
    expect(SEVERITY_WEIGHT).toEqual({ low: 1, medium: 2, high: 4, critical: 8 });
  });

  it('has reach 1 for a pain point that touches only its own touchpoint, and defaults the category to other', () => {
    const [risk] = analyzeMap(buildMap({ touchpoints: [{ id: 'desk', painPoints: [pain('p', 'medium')] }] })).risks;
    expect(risk).toMatchObject({ painPointId: 'p', touchpointId: 'desk', stageId: 's1', reach: 1, risk: 2, category: 'other', hiddenCause: false, votes: 0 });
    expect(risk!.causeId).toBeUndefined();
  });

  it('grows reach with the cause, the stages it spans and a hidden cause below the line of visibility', () => {
    const map = buildMap({
      touchpoints: [
        { id: 'desk', stage: 's3', painPoints: [pain('same-stage', 'high', { causedBy: 'clerk' }), pain('hidden', 'high', { causedBy: 'parts' })] },
        { id: 'clerk', stage: 's3', lane: 'front' },
        { id: 'parts', stage: 's1', lane: 'support' },
      ],
    });
    const byId = new Map(analyzeMap(map).risks.map((r) => [r.painPointId, r]));
    // desk + clerk, one stage
    expect(byId.get('same-stage')).toMatchObject({ reach: 2, risk: 8, hiddenCause: false, causeId: 'clerk' });
    // desk + parts (2) + one more stage (1) + hidden cause (1)
    expect(byId.get('hidden')).toMatchObject({ reach: 4, risk: 16, hiddenCause: true, causeId: 'parts' });
  });

  it('counts the touchpoints the customer goes on to along flow links, not support links', () => {
    const map = buildMap({
      touchpoints: [
        { id: 'order', stage: 's2', painPoints: [pain('p', 'low')] },
        { id: 'wait', stage: 's3' },
        { id: 'kitchen', stage: 's2', lane: 'back' },
        { id: 'later', stage: 's4' },
      ],
      links: [
        { from: 'order', to: 'wait' },
        { from: 'order', to: 'kitchen', kind: 'support' },
        { from: 'wait', to: 'later' },
      ],
    });
    // order + wait (2) + stage s3 (1); kitchen is a support link and "later" is not a direct successor
    expect(analyzeMap(map).risks[0]).toMatchObject({ reach: 3, risk: 3 });
  });

  it('sorts by risk, then by workshop votes, then by document order', () => {
    const map = buildMap({
      touchpoints: [
        { id: 'a', painPoints: [pain('low-first', 'low'), pain('medium-few-votes', 'medium', { votes: 1 })] },
        { id: 'b', painPoints: [pain('medium-many-votes', 'medium', { votes: 7 }), pain('medium-no-votes', 'medium')] },
        { id: 'c', painPoints: [pain('critical', 'critical')] },
        { id: 'd', painPoints: [pain('low-second', 'low')] },
      ],
    });
    expect(analyzeMap(map).risks.map((r) => r.painPointId)).toEqual([
      'critical',
      'medium-many-votes',
      'medium-few-votes',
      'medium-no-votes',
      'low-first',
      'low-second',
    ]);
  });

  it('counts pain points by severity', () => {
    const map = buildMap({ touchpoints: [{ id: 'a', painPoints: [pain('x', 'low'), pain('y', 'low'), pain('z', 'critical')] }] });
    expect(analyzeMap(map).painCounts).toEqual({ low: 2, medium: 0, high: 0, critical: 1 });
  });
});
