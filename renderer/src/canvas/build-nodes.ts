/**
 * Document → React Flow nodes and edges. Node and data objects are reused from the previous build
 * while nothing about a card changed, so React Flow and the memoised cards skip unchanged cards
 * (React Flow's performance guide: stable node objects, node types defined once).
 */
import { MarkerType, type Edge, type XYPosition } from '@xyflow/react';
import { matchesFilter, type TouchpointFilter } from '../../../src/commands';
import { createRouter, type GridLayout, type LinkRoute } from '../../../src/layout';
import type { Link, Locale, MapDocument } from '../../../src/model';
import { translate } from '../../../src/i18n';
import { UI } from '../i18n/ui';
import { painSummary, type TouchpointFlowNode, type TouchpointNodeData } from './TouchpointNode';

export interface NodeCache {
  nodes: Map<string, TouchpointFlowNode>;
  edges: Map<string, RoutedFlowEdge>;
}

export function createNodeCache(): NodeCache {
  return { nodes: new Map(), edges: new Map() };
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

export function buildNodes(input: BuildInput, cache: NodeCache): TouchpointFlowNode[] {
  const { map, layout, selection, filter, filterActive, highlight, locale, dragging } = input;
  const next = new Map<string, TouchpointFlowNode>();
  const nodes: TouchpointFlowNode[] = [];
  for (const tp of map.touchpoints) {
    const box = layout.cards.get(tp.id);
    if (!box) continue; // in a hidden lane
    const position = dragging?.get(tp.id) ?? { x: box.x, y: box.y };
    const dimmed = filterActive && !matchesFilter(tp, filter);
    const highlighted = highlight.has(tp.id);
    const selected = selection.has(tp.id);
    const previous = cache.nodes.get(tp.id);
    let node: TouchpointFlowNode;
    if (
      previous &&
      previous.data.tp === tp &&
      previous.data.locale === locale &&
      previous.data.dimmed === dimmed &&
      previous.data.highlighted === highlighted &&
      previous.selected === selected &&
      previous.position.x === position.x &&
      previous.position.y === position.y
    ) {
      node = previous;
    } else {
      const data: TouchpointNodeData =
        previous && previous.data.tp === tp && previous.data.locale === locale && previous.data.dimmed === dimmed && previous.data.highlighted === highlighted
          ? previous.data
          : { tp, locale, dimmed, highlighted };
      node = {
        id: tp.id,
        type: 'touchpoint',
        position,
        data,
        selected,
        width: box.width,
        height: box.height,
        // The card is drawn at exactly this size. Saying so keeps React Flow's measured handles when a
        // node object is replaced (every move of a drag): without `measured` it drops them, observes
        // the card again and re-measures it on each mouse move.
        measured: { width: box.width, height: box.height },
        className: dimmed ? 'is-dimmed' : undefined,
        ariaLabel: tp.painPoints?.length ? `${tp.title}. ${painSummary(tp, locale)}` : tp.title,
      };
    }
    next.set(tp.id, node);
    nodes.push(node);
  }
  cache.nodes = next;
  return nodes;
}

export interface RoutedEdgeData extends Record<string, unknown> {
  readonly link: Link;
  /** The gutter route (src/layout/routes.ts), or null for a link from a card to itself. */
  readonly route: LinkRoute | null;
  /** Identifies the route's geometry, so an unchanged route keeps its edge object across edits. */
  readonly routeKey: string;
}

export type RoutedFlowEdge = Edge<RoutedEdgeData, 'routed'>;

export function buildEdges(map: MapDocument, layout: GridLayout, selection: ReadonlySet<string>, cache: NodeCache, locale: Locale): RoutedFlowEdge[] {
  const next = new Map<string, RoutedFlowEdge>();
  const edges: RoutedFlowEdge[] = [];
  const route = createRouter(layout);
  const titles = new Map(map.touchpoints.map((t) => [t.id, t.title]));
  for (const link of map.links ?? []) {
    const from = layout.cards.get(link.from);
    const to = layout.cards.get(link.to);
    if (!from || !to) continue;
    const selected = selection.has(link.id);
    const path = route(from, to);
    const routeKey = path ? path.points.map((p) => `${p.x},${p.y}`).join(' ') : '';
    // Named by its cards' titles (React Flow would say "Edge from t9 to t7").
    const name = translate(UI, locale, 'link.edge', { from: titles.get(link.from) ?? '', to: titles.get(link.to) ?? '' });
    const previous = cache.edges.get(link.id);
    const edge =
      previous && previous.data?.link === link && previous.data.routeKey === routeKey && previous.selected === selected && previous.ariaLabel === name
        ? previous
        : makeEdge(link, selected, path, routeKey, name);
    next.set(link.id, edge);
    edges.push(edge);
  }
  cache.edges = next;
  return edges;
}

function makeEdge(link: Link, selected: boolean, route: LinkRoute | null, routeKey: string, name: string): RoutedFlowEdge {
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
    markerEnd: { type: MarkerType.ArrowClosed, width: 16, height: 16 },
    data: { link, route, routeKey },
  };
}
