import { describe, expect, test } from 'vitest';
import { aftersalesMap } from '../../fixtures/maps';
import { apply, refuse } from './run';

describe('addLink', () => {
  test('links two touchpoints, as flow unless told otherwise', () => {
    const map = apply(aftersalesMap(), 'addLink', { from: 't9', to: 't1' });
    expect(map.links?.at(-1)).toEqual({ id: 'k2', from: 't9', to: 't1', kind: 'flow' });
    const support = apply(aftersalesMap(), 'addLink', { from: 't9', to: 't2', kind: 'support', label: '排班' });
    expect(support.links?.at(-1)).toEqual({ id: 'k2', from: 't9', to: 't2', kind: 'support', label: '排班' });
  });

  test('creates the links list when the map has none', () => {
    const { links: _, ...rest } = aftersalesMap();
    const map = apply(rest, 'addLink', { from: 't1', to: 't2' });
    expect(map.links).toHaveLength(1);
  });

  test('refuses self-links, unknown ends, duplicates, used ids and unknown kinds', () => {
    refuse(aftersalesMap(), 'addLink', { from: 't1', to: 't1' });
    refuse(aftersalesMap(), 'addLink', { from: 't1', to: 'zz' });
    refuse(aftersalesMap(), 'addLink', { from: 't1', to: 't2' });
    refuse(aftersalesMap(), 'addLink', { from: 't2', to: 't9', id: 'p1' });
    refuse(aftersalesMap(), 'addLink', { from: 't2', to: 't9', kind: 'loop' as never });
  });
});

describe('updateLink and reverseLink', () => {
  test('changes kind and label, and removes a label set to undefined', () => {
    const labelled = apply(aftersalesMap(), 'updateLink', { id: 'k1', patch: { kind: 'support', label: 'next' } });
    expect(labelled.links?.[0]).toEqual({ id: 'k1', from: 't1', to: 't2', kind: 'support', label: 'next' });
    const cleared = apply(labelled, 'updateLink', { id: 'k1', patch: { label: undefined } });
    expect(cleared.links?.[0]).toEqual({ id: 'k1', from: 't1', to: 't2', kind: 'support' });
  });

  test('reverses a link', () => {
    const map = apply(aftersalesMap(), 'reverseLink', { id: 'k1' });
    expect(map.links?.[0]).toMatchObject({ from: 't2', to: 't1' });
  });

  test('refuses unknown links, ends changed through update, and a reverse that would duplicate', () => {
    refuse(aftersalesMap(), 'updateLink', { id: 'k9', patch: { kind: 'flow' } });
    refuse(aftersalesMap(), 'updateLink', { id: 'k1', patch: { from: 't9' } as never });
    refuse(aftersalesMap(), 'reverseLink', { id: 'k9' });
    const both = apply(aftersalesMap(), 'addLink', { from: 't2', to: 't1' });
    refuse(both, 'reverseLink', { id: 'k1' });
  });
});
