import { describe, expect, it } from 'vitest';
import { runCommand } from '../../../src/commands';
import { layoutGrid, reuseLayout } from '../../../src/layout';
import { buildEdges, createNodeCache } from '../../../renderer/src/canvas/build-nodes';
import { sixCardMap } from '../../fixtures/maps';

const NONE: ReadonlySet<string> = new Set();

describe('the route store', () => {
  it('after a move, tells only the moved card’s links, once the change is flushed, and keeps the other routes', () => {
    const cache = createNodeCache();
    const before = sixCardMap();
    const layoutBefore = layoutGrid(before);
    buildEdges(before, layoutBefore, NONE, cache, 'en');
    cache.routes.flush();
    const heard: string[] = [];
    const off = ['k1', 'k2', 'k3', 'k4'].map((id) => cache.routes.subscribe(id, () => heard.push(id)));
    const old = new Map(['k1', 'k2', 'k3', 'k4'].map((id) => [id, cache.routes.get(id)]));

    const after = runCommand(before, 'moveTouchpoints', { moves: [{ id: 'f', stage: 's2', lane: 'l1', before: null }] })!.map;
    const layoutAfter = reuseLayout(layoutBefore, layoutGrid(after));
    buildEdges(after, layoutAfter, NONE, cache, 'en');
    // Written during the build, announced only at the flush (after the canvas commits).
    expect(heard).toEqual([]);
    cache.routes.flush();
    expect(heard).toEqual(['k2']);

    const box = layoutAfter.cards.get('f')!;
    expect(cache.routes.get('k2')!.route!.points.at(-1)).toEqual({ x: box.x, y: box.y + box.height / 2 });
    expect(cache.routes.get('k1')).toBe(old.get('k1'));
    expect(cache.routes.get('k3')).toBe(old.get('k3'));
    expect(cache.routes.get('k4')).toBe(old.get('k4'));

    // A second flush with nothing new tells nobody; a listener that left hears nothing more.
    cache.routes.flush();
    expect(heard).toEqual(['k2']);
    off[1]!();
    const back = reuseLayout(layoutAfter, layoutGrid(before));
    buildEdges(before, back, NONE, cache, 'en');
    cache.routes.flush();
    expect(heard).toEqual(['k2']);
    expect(cache.routes.get('k2')!.key).toBe(old.get('k2')!.key);
  });

  it('forgets the route of a deleted link', () => {
    const cache = createNodeCache();
    const before = sixCardMap();
    const layout = layoutGrid(before);
    buildEdges(before, layout, NONE, cache, 'en');
    const heard: string[] = [];
    cache.routes.subscribe('k3', () => heard.push('k3'));
    cache.routes.flush();
    heard.length = 0;
    const after = { ...before, links: before.links!.filter((l) => l.id !== 'k3') };
    const edges = buildEdges(after, layout, NONE, cache, 'en');
    cache.routes.flush();
    expect(edges.map((e) => e.id)).toEqual(['k1', 'k2', 'k4']);
    expect(cache.routes.get('k3')).toBeUndefined();
    expect(heard).toEqual(['k3']);
  });
});
