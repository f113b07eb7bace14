import { describe, expect, test } from 'vitest';
import { copySelection, parseClipboard, runCommand, CLIPBOARD_FORMAT } from '../../../src/commands';
import { aftersalesMap, minimalMap } from '../../fixtures/maps';
import { apply, refuse } from './run';

describe('copySelection', () => {
  test('copies the touchpoints and only the links between them, as JSON', () => {
    const payload = copySelection(aftersalesMap(), ['t2', 't1']);
    expect(payload?.format).toBe(CLIPBOARD_FORMAT);
    expect(payload?.touchpoints.map((t) => t.id)).toEqual(['t1', 't2']);
    expect(payload?.links.map((k) => k.id)).toEqual(['k1']);
    expect(copySelection(aftersalesMap(), ['t1', 't9'])?.links).toEqual([]);
    expect(parseClipboard(JSON.stringify(payload))).toEqual(payload);
  });

  test('an empty selection copies nothing', () => {
    expect(copySelection(aftersalesMap(), [])).toBeNull();
    expect(copySelection(aftersalesMap(), ['k1'])).toBeNull();
  });

  test('parseClipboard rejects anything that is not a payload', () => {
    expect(parseClipboard('hello')).toBeNull();
    expect(parseClipboard('{"format":"touchpoint-studio/clipboard","version":1,"touchpoints":[],"links":[]}')).toBeNull();
    expect(parseClipboard({ ...copySelection(aftersalesMap(), ['t1']), format: 'other' })).toBeNull();
    expect(parseClipboard(42)).toBeNull();
  });
});

describe('pasteTouchpoints', () => {
  test('re-ids touchpoints, pain points and internal links, and keeps internal causes', () => {
    const source = apply(aftersalesMap(), 'updatePainPoint', { touchpointId: 't1', painPointId: 'p1', patch: { causedBy: 't2' } });
    const payload = copySelection(source, ['t1', 't2'])!;
    const result = runCommand(source, 'pasteTouchpoints', payload);
    expect(result?.created).toEqual(['t10', 't11']);
    const map = apply(source, 'pasteTouchpoints', payload);
    const [a, b] = map.touchpoints.slice(-2);
    expect(a).toMatchObject({ id: 't10', stage: 's1', lane: 'l1', title: '电话预约' });
    expect(a?.painPoints?.[0]).toMatchObject({ id: 'p2', causedBy: 't11' });
    expect(b).toMatchObject({ id: 't11', stage: 's2', lane: 'l2' });
    expect(map.links?.at(-1)).toEqual({ id: 'k2', from: 't10', to: 't11', kind: 'flow' });
  });

  test('drops causes that point outside the pasted touchpoints', () => {
    const map = apply(aftersalesMap(), 'pasteTouchpoints', copySelection(aftersalesMap(), ['t1'])!);
    expect('causedBy' in map.touchpoints.at(-1)!.painPoints![0]!).toBe(false);
  });

  test('pastes into the given cell', () => {
    const map = apply(aftersalesMap(), 'pasteTouchpoints', { ...copySelection(aftersalesMap(), ['t1', 't2'])!, stage: 's2', lane: 'l3' });
    expect(map.touchpoints.slice(-2).map((t) => [t.stage, t.lane])).toEqual([
      ['s2', 'l3'],
      ['s2', 'l3'],
    ]);
  });

  test('into another map, cells that do not exist fall back to the first stage and lane', () => {
    const payload = copySelection(aftersalesMap(), ['t2'])!;
    const map = apply(minimalMap(), 'pasteTouchpoints', payload);
    expect(map.touchpoints.at(-1)).toMatchObject({ id: 't2', stage: 's1', lane: 'l1', title: '服务顾问接车' });
  });

  test('refuses unknown target cells and invalid touchpoints', () => {
    const payload = copySelection(aftersalesMap(), ['t1'])!;
    refuse(aftersalesMap(), 'pasteTouchpoints', { ...payload, stage: 's7' });
    refuse(aftersalesMap(), 'pasteTouchpoints', { ...payload, lane: 's1' });
    refuse(aftersalesMap(), 'pasteTouchpoints', { touchpoints: [], links: [] });
    refuse(aftersalesMap(), 'pasteTouchpoints', { touchpoints: [{ ...payload.touchpoints[0]!, level: 'top' as never }], links: [] });
    refuse(aftersalesMap(), 'pasteTouchpoints', { touchpoints: [payload.touchpoints[0]!, payload.touchpoints[0]!], links: [] });
  });
});

describe('duplicate', () => {
  test('copies the touchpoints into their own cells with their internal links', () => {
    const map = apply(aftersalesMap(), 'duplicate', { touchpointIds: ['t1', 't2'] });
    expect(map.touchpoints.map((t) => t.id)).toEqual(['t1', 't2', 't9', 't10', 't11']);
    expect(map.links?.map((k) => `${k.from}>${k.to}`)).toEqual(['t1>t2', 't10>t11']);
  });

  test('refuses an empty or unknown selection', () => {
    refuse(aftersalesMap(), 'duplicate', { touchpointIds: [] });
    refuse(aftersalesMap(), 'duplicate', { touchpointIds: ['t1', 'x'] });
  });
});
