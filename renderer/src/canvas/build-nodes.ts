/**
 * Document → React Flow nodes and edges. Node and data objects are reused from the previous build
 * while nothing about a card changed, so React Flow and the memoised cards skip unchanged cards
 * (React Flow's performance guide: stable node objects, node types defined once).
 */
import { Position, type Edge, type NodeHandle, type XYPosition } from '@xyflow/react';
import { matchesFilter, type TouchpointFilter } from '../../../src/commands';
import { createRouter, type CardBox, type GridLayout, type LaneBox, type LinkRoute } from '../../../src/layout';
import type { Link, Locale, MapDocument, Touchpoint } from '../../../src/model';
import { translate } from '../../../src/i18n';
import { UI } from '../i18n/ui';
import { painSummary } from './pain';
import { createRouteStore, routeKeyOf, type RouteStore } from './route-store';
import type { TouchpointFlowNode, TouchpointNodeData } from './TouchpointNode';

export interface NodeCache {
  nodes: Map<string, TouchpointFlowNode>;
  edges: Map<string, EdgeEntry>;
  /** The last build's input and output, so a build whose input did not change returns the same array. */
  lastNodes: { input: BuildInput; nodes: TouchpointFlowNode[]; index: Map<string, number> } | null;
  lastEdges: { map: MapDocument; layout: GridLayout; selection: ReadonlySet<string>; locale: Locale; edges: RoutedFlowEdge[]; index: Map<string, number> } | null;
  /** Touchpoint titles by id, for the map's touchpoint list they were read from. */
  titles: { touchpoints: MapDocument['touchpoints']; byId: Map<string, string> } | null;
  /** The links' routes, read by RoutedEdge (route-store.ts). */
  routes: RouteStore;
}

/** What an edge was built from: while all of it is the same object (or value), the edge object is reused. */
interface EdgeEntry {
  readonly edge: RoutedFlowEdge;
  readonly from: CardBox;
  readonly to: CardBox;
  /** The lane whose top band the route runs along. */
  readonly band: LaneBox | undefined;
  readonly fromTitle: string;
  readonly toTitle: string;
  readonly locale: Locale;
}

export function createNodeCache(): NodeCache {
  return { nodes: new Map(), edges: new Map(), lastNodes: null, lastEdges: null, titles: null, routes: createRouteStore() };
}

export interface BuildInput {
  map: MapDocument;
  layout: GridLayout;
  selection: ReadonlySet<string>;
  filter: TouchpointFilter;
  filterActive: boolean;
  highlight: ReadonlySet<string>;
  locale: Locale;
  /** Positions of cards being dragged, which win over the layout until the drop. */
  dragging: ReadonlyMap<string, XYPosition> | null;
}

/** True when `a` and `b` differ at most in the selection and the dragged cards. */
function sameExceptSelectionAndDragging(a: BuildInput, b: BuildInput): boolean {
  return (
    a.map === b.map &&
    a.layout === b.layout &&
    a.filter === b.filter &&
    a.filterActive === b.filterActive &&
    a.highlight === b.highlight &&
    a.locale === b.locale
  );
}

/** `.tp-handle` in styles.css: the side of a card's two connection handles (CSS px = flow px at zoom 1). */
const HANDLE_SIZE = 10;
const handleCache = new Map<string, NodeHandle[]>();

/**
 * Where a card's handles are, as React Flow would measure them: the target centred on the left side,
 * the source on the right (TouchpointNode). Given up front, React Flow need not mount every card of
 * the map once to measure its handles before it culls to the cards in view (a first render of
 * 2 000 cards would otherwise put some 21 000 elements in the page and take them out again).
 */
function handlesFor(width: number, height: number): NodeHandle[] {
  const key = `${width}x${height}`;
  let handles = handleCache.get(key);
  if (!handles) {
    const y = height / 2 - HANDLE_SIZE / 2;
    handles = [
      { type: 'target', position: Position.Left, x: -HANDLE_SIZE / 2, y, width: HANDLE_SIZE, height: HANDLE_SIZE },
      { type: 'source', position: Position.Right, x: width - HANDLE_SIZE / 2, y, width: HANDLE_SIZE, height: HANDLE_SIZE },
    ];
    handleCache.set(key, handles);
  }
  return handles;
}

/** The node for one touchpoint: the cached one while nothing it shows changed. */
function nodeFor(tp: Touchpoint, box: CardBox, input: BuildInput, cache: NodeCache): TouchpointFlowNode {
  const { selection, filter, filterActive, highlight, locale, dragging } = input;
  const position = dragging?.get(tp.id) ?? box;
  const dimmed = filterActive && !matchesFilter(tp, filter);
  const highlighted = highlight.has(tp.id);
  const selected = selection.has(tp.id);
  const previous = cache.nodes.get(tp.id);
  const sameData =
    previous !== undefined &&
    previous.data.tp === tp &&
    previous.data.locale === locale &&
    previous.data.dimmed === dimmed &&
    previous.data.highlighted === highlighted;
  if (
    sameData &&
    previous.selected === selected &&
    previous.position.x === position.x &&
    previous.position.y === position.y &&
    previous.width === box.width &&
    previous.height === box.height
  ) {
    return previous;
  }
  const data: TouchpointNodeData = sameData ? previous.data : { tp, locale, dimmed, highlighted };
  return {
    id: tp.id,
    type: 'touchpoint',
    position: { x: position.x, y: position.y },
    data,
    selected,
    width: box.width,
    height: box.height,
    // The card is drawn at exactly this size. Saying so keeps React Flow's measured handles when a
    // node object is replaced (every move of a drag): without `measured` it drops them, observes
    // the card again and re-measures it on each mouse move.
    measured: { width: box.width, height: box.height },
    handles: handlesFor(box.width, box.height),
    className: dimmed ? 'is-dimmed' : undefined,
    ariaLabel: tp.painPoints?.length ? `${tp.title}. ${painSummary(tp, locale)}` : tp.title,
  };
}

/** The ids in exactly one of `a` and `b`. */
function changedMembers(a: ReadonlySet<string>, b: ReadonlySet<string>): string[] {
  if (a === b) return [];
  const changed: string[] = [];
  for (const id of a) if (!b.has(id)) changed.push(id);
  for (const id of b) if (!a.has(id)) changed.push(id);
  return changed;
}

/**
 * The React Flow nodes for the map. Incremental: every node whose touchpoint, box, selection, filter
 * state and position are unchanged keeps its object, and when none changed the previous array itself
 * is returned, so React Flow does no work for it. A drag frame or a click (only `dragging` or the
 * selection differs from the last build) replaces just the nodes of the cards concerned without
 * walking the map.
 */
export function buildNodes(input: BuildInput, cache: NodeCache): TouchpointFlowNode[] {
  const last = cache.lastNodes;
  if (last && sameExceptSelectionAndDragging(last.input, input)) {
    if (last.input.dragging === input.dragging && last.input.selection === input.selection) return last.nodes;
    const ids = new Set([...(last.input.dragging?.keys() ?? []), ...(input.dragging?.keys() ?? [])]);
    for (const id of changedMembers(last.input.selection, input.selection)) ids.add(id);
    let nodes: TouchpointFlowNode[] | null = null;
    for (const id of ids) {
      const at = last.index.get(id);
      const old = at === undefined ? undefined : last.nodes[at];
      const box = input.layout.cards.get(id);
      if (at === undefined || !old || !box) continue;
      const node = nodeFor(old.data.tp, box, input, cache);
      if (node === old) continue;
      nodes ??= last.nodes.slice();
      nodes[at] = node;
      cache.nodes.set(id, node);
    }
    cache.lastNodes = { input, nodes: nodes ?? last.nodes, index: last.index };
    return cache.lastNodes.nodes;
  }
  const next = new Map<string, TouchpointFlowNode>();
  for (const tp of input.map.touchpoints) {
    const box = input.layout.cards.get(tp.id);
    if (!box) continue; // in a hidden lane
    next.set(tp.id, nodeFor(tp, box, input, cache));
  }
  // The cards already drawn keep their order in the list and the cards new to it follow, in the map's
  // order: React Flow draws its nodes in list order, so a move that only reorders the map (a drop puts
  // the card among its new cell's cards in document order) moves no element of the page. Moving one
  // re-attaches it (style and layout again) and, for the card that has the focus, blurs it and makes
  // React read the scroll position of every ancestor to give the focus back, all inside the drop's commit.
  const index = new Map<string, number>();
  const nodes: TouchpointFlowNode[] = [];
  const place = (id: string) => {
    const node = next.get(id);
    if (!node || index.has(id)) return;
    index.set(id, nodes.length);
    nodes.push(node);
  };
  if (last) for (const node of last.nodes) place(node.id);
  for (const id of next.keys()) place(id);
  let reused = last !== null && last.nodes.length === nodes.length;
  for (let i = 0; reused && i < nodes.length; i++) if (last!.nodes[i] !== nodes[i]) reused = false;
  cache.nodes = next;
  cache.lastNodes = { input, nodes: reused ? last!.nodes : nodes, index };
  return cache.lastNodes.nodes;
}

export interface RoutedEdgeData extends Record<string, unknown> {
  readonly link: Link;
}

export type RoutedFlowEdge = Edge<RoutedEdgeData, 'routed'>;

function titlesById(map: MapDocument, cache: NodeCache): Map<string, string> {
  if (cache.titles?.touchpoints !== map.touchpoints) cache.titles = { touchpoints: map.touchpoints, byId: new Map(map.touchpoints.map((t) => [t.id, t.title])) };
  return cache.titles.byId;
}

/**
 * The React Flow edges for the map's links. Their gutter routes go to the cache's route store, not
 * into the edges: a link's route is computed again only when one of its cards' boxes or its band's
 * lane box changed (the layout keeps the boxes of cards that did not move, see reuseLayout), and its
 * edge object is kept while its link, name and selection are the same, so a move that only re-routes
 * links returns the previous array (React Flow takes no new edge list) and updates the store.
 */
export function buildEdges(map: MapDocument, layout: GridLayout, selection: ReadonlySet<string>, cache: NodeCache, locale: Locale): RoutedFlowEdge[] {
  const previousBuild = cache.lastEdges;
  if (previousBuild && previousBuild.map === map && previousBuild.layout === layout && previousBuild.locale === locale) {
    // Only the selection changed (a click, the start of a drag): replace the edges of the links
    // whose selection changed, without walking the map's links.
    let edges: RoutedFlowEdge[] | null = null;
    for (const id of changedMembers(previousBuild.selection, selection)) {
      const at = previousBuild.index.get(id);
      const entry = cache.edges.get(id);
      if (at === undefined || !entry) continue;
      const old = entry.edge;
      const edge = makeEdge(old.data!.link, selection.has(id), old.ariaLabel!);
      edges ??= previousBuild.edges.slice();
      edges[at] = edge;
      cache.edges.set(id, { ...entry, edge });
    }
    cache.lastEdges = { ...previousBuild, selection, edges: edges ?? previousBuild.edges };
    return cache.lastEdges.edges;
  }
  const next = new Map<string, EdgeEntry>();
  const edges: RoutedFlowEdge[] = [];
  const index = new Map<string, number>();
  const last = previousBuild?.edges ?? null;
  let reused = last !== null;
  let route: ((from: CardBox, to: CardBox) => LinkRoute | null) | null = null;
  let lanes: Map<string, number> | null = null;
  const titles = titlesById(map, cache);
  for (const link of map.links ?? []) {
    const from = layout.cards.get(link.from);
    const to = layout.cards.get(link.to);
    if (!from || !to) continue;
    lanes ??= new Map(layout.lanes.map((l, i) => [l.lane.id, i]));
    const band = layout.lanes[Math.max(lanes.get(from.lane) ?? -1, lanes.get(to.lane) ?? -1)];
    const selected = selection.has(link.id);
    const fromTitle = titles.get(link.from) ?? '';
    const toTitle = titles.get(link.to) ?? '';
    const previous = cache.edges.get(link.id);
    if (!(previous && previous.from === from && previous.to === to && previous.band === band)) {
      route ??= createRouter(layout);
      const path = route(from, to);
      cache.routes.set(link.id, path, routeKeyOf(path));
    }
    // Named by its cards' titles (React Flow would say "Edge from t9 to t7"); a card that only moved keeps its name.
    const named = previous !== undefined && previous.fromTitle === fromTitle && previous.toTitle === toTitle && previous.locale === locale;
    const old = previous?.edge;
    const edge =
      old && named && old.data?.link === link && old.selected === selected
        ? old
        : makeEdge(link, selected, named ? old!.ariaLabel! : translate(UI, locale, 'link.edge', { from: fromTitle, to: toTitle }));
    if (reused && last![edges.length] !== edge) reused = false;
    next.set(link.id, { edge, from, to, band, fromTitle, toTitle, locale });
    index.set(link.id, edges.length);
    edges.push(edge);
  }
  if (reused && last!.length !== edges.length) reused = false;
  for (const id of cache.edges.keys()) if (!next.has(id)) cache.routes.delete(id);
  cache.edges = next;
  cache.lastEdges = { map, layout, selection, locale, edges: reused ? last! : edges, index };
  return cache.lastEdges.edges;
}

/**
 * The id of the links' arrowhead, drawn once by LinkArrow (Canvas.tsx). A marker given as an id,
 * not as an object, spares React Flow building a marker id for each of the map's edges whenever
 * the edge list changes (its MarkerDefinitions walk every edge).
 */
export const LINK_ARROW_ID = 'tp-link-arrow';

function makeEdge(link: Link, selected: boolean, name: string): RoutedFlowEdge {
  return {
    id: link.id,
    source: link.from,
    target: link.to,
    type: 'routed',
    selected,
    ariaLabel: name,
    // Links are reached through their cards; only a selected link is a Tab stop (to delete it).
    focusable: selected,
    label: link.label,
    className: `tp-edge tp-edge--${link.kind}`,
    markerEnd: LINK_ARROW_ID,
    data: { link },
  };
}
