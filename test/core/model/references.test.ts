import { describe, expect, it } from 'vitest';
import { checkReferences, formatProblem, type MapDocument } from '../../../src/model';
import { aftersalesMap } from '../../fixtures/maps';

const problems = (edit: (m: MapDocument) => void) => {
  const map = aftersalesMap();
  edit(map);
  return checkReferences(map).map((p) => formatProblem(p));
};

describe('checkReferences', () => {
  it('finds nothing wrong in a map whose ids are all used once and all resolve', () => {
    expect(problems(() => undefined)).toEqual([]);
  });

  it('refuses a link or a cause that names a stage, a lane or a pain point instead of a touchpoint', () => {
    expect(
      problems((m) => {
        m.links![0]!.to = 's2';
        m.links![0]!.from = 'p1';
        m.touchpoints[0]!.painPoints![0]!.causedBy = 'l3';
      }),
    ).toEqual([
      'touchpoints[0].painPoints[0].causedBy: no touchpoint with id "l3"',
      'links[0].from: no touchpoint with id "p1"',
      'links[0].to: no touchpoint with id "s2"',
    ]);
  });

  it('refuses a link from a touchpoint to itself', () => {
    expect(problems((m) => (m.links![0]!.to = 't1'))).toEqual(['links[0]: a link cannot lead from a touchpoint to itself ("t1")']);
  });

  it('names both places of an id used twice, pain points included, and still checks references by each list', () => {
    expect(
      problems((m) => {
        m.touchpoints[2]!.painPoints = [
          { id: 'p8', title: '排班不足', severity: 'high' },
          { id: 'p9', title: '系统卡顿', severity: 'medium' },
        ];
        m.personas![0]!.id = 'p9';
        // A lane that shares a stage's id still counts as that lane.
        m.lanes[2]!.id = 's1';
        m.touchpoints[2]!.lane = 's1';
      }),
    ).toEqual(['lanes[2].id: id "s1" is already used at stages[0].id', 'personas[0].id: id "p9" is already used at touchpoints[2].painPoints[1].id']);
  });
});
