import { describe, expect, test } from 'vitest';
import { collectIds, runCommand } from '../../../src/commands';
import { aftersalesMap } from '../../fixtures/maps';

describe('ids', () => {
  test('collects every id in the document', () => {
    expect([...collectIds(aftersalesMap())].sort()).toEqual(['k1', 'l1', 'l2', 'l3', 'p1', 's1', 's2', 't1', 't2', 't9', 'u1']);
  });

  test('continue after the highest number for their prefix, with readable prefixes', () => {
    const map = aftersalesMap();
    const created = (name: Parameters<typeof runCommand>[1], args: object) => runCommand(map, name, args as never)?.created;
    expect(created('addTouchpoint', { stage: 's1', lane: 'l1', title: 'x' })).toEqual(['t10']);
    expect(created('addPainPoint', { touchpointId: 't2', title: 'x', severity: 'low' })).toEqual(['p2']);
    expect(created('addLink', { from: 't2', to: 't9' })).toEqual(['k2']);
    expect(created('addStage', { name: 'x' })).toEqual(['s3']);
    expect(created('addLane', { name: 'x' })).toEqual(['l4']);
    expect(created('addPersona', { name: 'x' })).toEqual(['u2']);
  });

  test('a custom generator is used, but never allowed to reuse an id', () => {
    let n = 0;
    const newId = (prefix: string) => (n++ < 3 ? 't1' : `${prefix}-custom-${n}`);
    const result = runCommand(aftersalesMap(), 'addTouchpoint', { stage: 's1', lane: 'l1', title: 'x' }, { newId });
    expect(result?.created).toEqual(['t-custom-4']);
    const stuck = runCommand(aftersalesMap(), 'addTouchpoint', { stage: 's1', lane: 'l1', title: 'x' }, { newId: () => 't1' });
    expect(stuck?.created).toEqual(['t10']);
  });
});
