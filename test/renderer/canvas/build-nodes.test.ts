import { describe, expect, it } from 'vitest';
import { runCommand } from '../../../src/commands';
import { layoutGrid, reuseLayout, type GridLayout } from '../../../src/layout';
import type { MapDocument } from '../../../src/model';
import { buildEdges, buildNodes, createNodeCache, type BuildInput, type NodeCache } from '../../../renderer/src/canvas/build-nodes';
import { benchMap } from '../../bench/fixtures';
import { sixCardMap } from '../../fixtures/maps';

const NONE: ReadonlySet<string> = new Set();

function input(map: MapDocument, layout: GridLayout, dragging: BuildInput['dragging'] = null): BuildInput {
  return { map, layout, selection: NONE, filter: {}, filterActive: false, highlight: NONE, locale: 'en', dragging };
}

function build(map: MapDocument, layout: GridLayout, cache: NodeCache) {
  return { nodes: buildNodes(input(map, layout), cache), edges: buildEdges(map, layout, NONE, cache, 'en') };
}

function move(map: MapDocument, id: string, stage: string, lane: string, before: string | null): MapDocument {
  const result = runCommand(map, 'moveTouchpoints', { moves: [{ id, stage, lane, before }] });
  if (!result) throw new Error('move refused');
  return result.map;
}

describe('canvas nodes and edges after a move', () => {
  it('keep the object of every other node and every edge not touching the moved card', () => {
    const cache = createNodeCache();
    const before = sixCardMap();
    const layoutBefore = layoutGrid(before);
    const first = build(before, layoutBefore, cache);
    const routesBefore = new Map(['k1', 'k2', 'k3', 'k4'].map((id) => [id, cache.routes.get(id)]));

    const after = move(before, 'f', 's2', 'l1', null);
    const layoutAfter = reuseLayout(layoutBefore, layoutGrid(after));
    const second = build(after, layoutAfter, cache);

    // The moved card is drawn in its new cell, as a plain layout of the new map puts it.
    const fresh = layoutGrid(after);
    const moved = second.nodes.find((n) => n.id === 'f')!;
    expect(moved.position).toEqual({ x: fresh.cards.get('f')!.x, y: fresh.cards.get('f')!.y });
    expect(moved).not.toBe(first.nodes.find((n) => n.id === 'f'));
    for (const id of ['a', 'b', 'c', 'd', 'e']) expect(second.nodes.find((n) => n.id === id), id).toBe(first.nodes.find((n) => n.id === id));

    // The links only moved: React Flow is handed the same edge list, and the route store has the
    // link into the moved card routed again, to the card's new place, and every other route unchanged.
    expect(second.edges).toBe(first.edges);
    const routes = cache.routes;
    expect(routes.get('k2')).not.toBe(routesBefore.get('k2'));
    expect(routes.get('k2')!.route!.points.at(-1)).toEqual({ x: fresh.cards.get('f')!.x, y: fresh.cards.get('f')!.y + fresh.cards.get('f')!.height / 2 });
    for (const id of ['k1', 'k3', 'k4']) expect(routes.get(id), id).toBe(routesBefore.get(id));
  });

  it('on a 2 000-card map, replace only the nodes and edges whose boxes moved', () => {
    const cache = createNodeCache();
    const before = benchMap(2000);
    const layoutBefore = layoutGrid(before);
    const first = build(before, layoutBefore, cache);
    const routesBefore = new Map(first.edges.map((e) => [e.id, cache.routes.get(e.id)]));
    // The last card of its cell goes to the end of its neighbour cell one stage to the right.
    const tp = before.touchpoints.findLast((t) => t.stage === before.stages[0]!.id)!;
    const after = move(before, tp.id, before.stages[1]!.id, tp.lane, null);
    const layoutAfter = reuseLayout(layoutBefore, layoutGrid(after));
    const second = build(after, layoutAfter, cache);

    const firstNodes = new Map(first.nodes.map((n) => [n.id, n]));
    const firstEdges = new Map(first.edges.map((e) => [e.id, e]));
    const movedBoxes = new Set([...layoutAfter.cards].filter(([id, box]) => layoutBefore.cards.get(id) !== box).map(([id]) => id));
    expect(movedBoxes.has(tp.id)).toBe(true);
    for (const node of second.nodes) expect(node === firstNodes.get(node.id), node.id).toBe(!movedBoxes.has(node.id) && node.id !== tp.id);
    // No edge object changes (React Flow keeps its edge list); only routes of links whose cards moved do.
    for (const e of second.edges) expect(e, e.id).toBe(firstEdges.get(e.id));
    expect(second.edges).toBe(first.edges);
    const rerouted = second.edges.filter((e) => cache.routes.get(e.id) !== routesBefore.get(e.id));
    expect(rerouted.length).toBeGreaterThan(0);
    for (const e of rerouted) expect(movedBoxes.has(e.source) || movedBoxes.has(e.target), e.id).toBe(true);
    // And what is kept is what a build from scratch would give.
    const scratchCache = createNodeCache();
    const scratch = build(after, layoutGrid(after), scratchCache);
    // (The same nodes at the same places; the list keeps the order the cards were first drawn in.)
    const byId = (nodes: typeof second.nodes) => new Map(nodes.map((n) => [n.id, n.position]));
    expect(byId(second.nodes)).toEqual(byId(scratch.nodes));
    expect(second.nodes.map((n) => n.id)).toEqual(first.nodes.map((n) => n.id));
    expect(second.edges.map((e) => [e.id, cache.routes.get(e.id)!.key])).toEqual(scratch.edges.map((e) => [e.id, scratchCache.routes.get(e.id)!.key]));
  });

  it('keep the cards already drawn in their order in the list when a move reorders the map; new cards follow, deleted ones go', () => {
    const cache = createNodeCache();
    const before = sixCardMap();
    const first = build(before, layoutGrid(before), cache);
    // The last card goes before the first: the map's order changes, the list's does not.
    const ids = before.touchpoints.map((t) => t.id);
    const last = before.touchpoints.at(-1)!;
    const head = before.touchpoints[0]!;
    const moved = move(before, last.id, head.stage, head.lane, head.id);
    expect(moved.touchpoints.map((t) => t.id)).not.toEqual(ids);
    const second = build(moved, layoutGrid(moved), cache);
    expect(second.nodes.map((n) => n.id)).toEqual(first.nodes.map((n) => n.id));
    expect(second.nodes.find((n) => n.id === last.id)!.position).toEqual({ x: layoutGrid(moved).cards.get(last.id)!.x, y: layoutGrid(moved).cards.get(last.id)!.y });

    const added = runCommand(moved, 'addTouchpoint', { stage: head.stage, lane: head.lane, title: 'New', id: 'new1' })!.map;
    const withoutHead = runCommand(added, 'deleteElements', { touchpointIds: [head.id] })!.map;
    const third = build(withoutHead, layoutGrid(withoutHead), cache);
    expect(third.nodes.map((n) => n.id)).toEqual([...first.nodes.map((n) => n.id).filter((id) => id !== head.id), 'new1']);
    // A fresh build (a map just opened) follows the map's order.
    expect(build(withoutHead, layoutGrid(withoutHead), createNodeCache()).nodes.map((n) => n.id)).toEqual(withoutHead.touchpoints.map((t) => t.id));
  });

  it('return the same arrays when nothing changed, and a drag frame replaces only the dragged node', () => {
    const cache = createNodeCache();
    const map = sixCardMap();
    const layout = layoutGrid(map);
    const nodes = buildNodes(input(map, layout), cache);
    const edges = buildEdges(map, layout, NONE, cache, 'en');
    expect(buildNodes(input(map, layout), cache)).toBe(nodes);
    expect(buildEdges(map, layout, NONE, cache, 'en')).toBe(edges);
    // A relayout that moves nothing gives the same layout, hence the same nodes.
    expect(reuseLayout(layout, layoutGrid(map))).toBe(layout);

    const dragged = buildNodes(input(map, layout, new Map([['c', { x: 900, y: 40 }]])), cache);
    expect(dragged).not.toBe(nodes);
    expect(dragged.find((n) => n.id === 'c')!.position).toEqual({ x: 900, y: 40 });
    for (const node of dragged) if (node.id !== 'c') expect(node).toBe(nodes.find((n) => n.id === node.id));
    // Dropped where it was (no move): the node goes back to its box.
    const back = buildNodes(input(map, layout, null), cache);
    expect(back.find((n) => n.id === 'c')!.position).toEqual({ x: layout.cards.get('c')!.x, y: layout.cards.get('c')!.y });
  });

  it('on a selection change replace only the nodes and edges whose selection changed, as a fresh build would draw them', () => {
    const cache = createNodeCache();
    const map = benchMap(2000);
    const layout = layoutGrid(map);
    const nodes = buildNodes(input(map, layout), cache);
    const edges = buildEdges(map, layout, NONE, cache, 'en');
    const [a, b] = map.touchpoints;
    const link = map.links![0]!;
    const select = (ids: string[]) => ({ ...input(map, layout), selection: new Set(ids) });

    for (const [step, ids] of [[1, [a!.id, link.id]], [2, [b!.id]], [3, []]] as const) {
      const selection = new Set<string>(ids);
      const nextNodes = buildNodes(select([...ids]), cache);
      const nextEdges = buildEdges(map, layout, selection, cache, 'en');
      const scratchCache = createNodeCache();
      const scratchNodes = buildNodes(select([...ids]), scratchCache);
      const scratchEdges = buildEdges(map, layout, selection, scratchCache, 'en');
      expect(nextNodes.map((n) => [n.id, n.selected, n.position]), `step ${step}`).toEqual(scratchNodes.map((n) => [n.id, n.selected, n.position]));
      expect(nextEdges.map((e) => [e.id, e.selected, e.ariaLabel]), `step ${step}`).toEqual(scratchEdges.map((e) => [e.id, e.selected, e.ariaLabel]));
    }
    // Back to no selection: every node and edge but the ones once selected is the first build's object.
    const last = buildNodes(input(map, layout), cache);
    const touched = new Set([a!.id, b!.id, link.id]);
    for (const node of last) if (!touched.has(node.id)) expect(node, node.id).toBe(nodes.find((n) => n.id === node.id));
    const lastEdges = buildEdges(map, layout, NONE, cache, 'en');
    for (const edge of lastEdges) if (!touched.has(edge.id)) expect(edge, edge.id).toBe(edges.find((e) => e.id === edge.id));
    // A selection that changes nothing keeps the arrays.
    expect(buildNodes(input(map, layout), cache)).toBe(last);
    expect(buildEdges(map, layout, new Set(), cache, 'en')).toBe(lastEdges);
  });
});
