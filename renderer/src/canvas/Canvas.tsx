/**
 * The map canvas: React Flow showing the touchpoints of the grid layout (src/layout), with the grid
 * drawn behind and sticky headers in front. Everything it changes goes through named commands, so a
 * whole drag, a multi-delete or a connect is one undo step; selection and viewport are canvas-only.
 */
import {
  MiniMap,
  ReactFlow,
  useReactFlow,
  useStore,
  useStoreApi,
  type Connection,
  type EdgeChange,
  type NodeChange,
  type OnNodeDrag,
  type ReactFlowState,
  type XYPosition,
} from '@xyflow/react';
import { memo, useCallback, useDeferredValue, useEffect, useLayoutEffect, useMemo, useRef, useState, type MouseEvent as ReactMouseEvent } from 'react';
import { analyzeMap } from '../../../src/analysis';
import { defaultLinkKind, isFilterActive } from '../../../src/commands';
import { UI } from '../i18n/ui';
import { Map as MapIcon } from 'lucide-react';
import {
  ZOOM,
  cardDetail,
  cellAt,
  dropTarget,
  fitViewport as fitRule,
  GRID,
  nearestCell,
  reuseLayout,
  layoutGrid,
  openingViewport,
  revealCard,
  type CanvasArea,
  type CellHit,
  type GridLayout,
  type Insets,
} from '../../../src/layout';
import type { MapDocument } from '../../../src/model';
import { defaultNames } from '../../../src/templates';
import { useApp, useDoc, useT, useUi } from '../app/context';
import { PresenceOverlay } from '../collab/PresenceOverlay';
import { sameSelection } from '../app/ui-store';
import { selectInspectorTitle } from '../app/inspector-title';
import { buildEdges, buildNodes, createNodeCache, LINK_ARROW_ID, type RoutedFlowEdge } from './build-nodes';
import { CardDetailContext } from './detail';
import { GridBackdrop } from './GridBackdrop';
import { guardNodeMeasure } from './measure-guard';
import { HEADER_HEIGHT, HEADER_WIDTH, LaneHeaders, StageHeaders } from './Headers';
import { RoutedEdge, RouteStoreContext } from './RoutedEdge';
import { TouchpointNode, type TouchpointFlowNode } from './TouchpointNode';

const nodeTypes = { touchpoint: TouchpointNode };
const edgeTypes = { routed: RoutedEdge };
const PAN_BUTTONS = [1, 2];
const MULTI_KEYS = ['Shift', 'Meta', 'Control'];
const proOptions = { hideAttribution: true };
/**
 * Until the person toggles it, the overview map (bottom right) shows only once the map is zoomed out
 * to level-coloured blocks, where a person looks for where they are, and only on maps it draws
 * cheaply, and not while the whole map is in view (it would only cover cards there, as after Fit on a
 * small window). At a reading zoom it would sit on cards (any corner of a map larger than the window holds
 * cards), so there, as in draw.io, it waits for the toggle in the header corner.
 */
const OVERVIEW_MAX_CARDS = 1500;
const minimapClass = (node: TouchpointFlowNode) => `minimap-card minimap-card--${node.data.tp.level ?? 'untagged'}`;

/**
 * The parts of the canvas that panels drawn over it cover (a panel beside the canvas covers nothing).
 * Panels mark themselves with the `side` class or `data-covers-canvas`.
 */
function coveredInsets(canvas: Element): Insets {
  const box = canvas.getBoundingClientRect();
  let left = 0;
  let right = 0;
  for (const el of document.querySelectorAll('.side, [data-covers-canvas]')) {
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.right <= box.left || r.left >= box.right || r.bottom <= box.top || r.top >= box.bottom) continue;
    if (r.left + r.width / 2 > box.left + box.width / 2) right = Math.max(right, box.right - r.left);
    else left = Math.max(left, r.right - box.left);
  }
  return { left, right, top: 0, bottom: 0 };
}

function canvasArea(width: number, height: number): CanvasArea {
  const el = document.querySelector('.canvas');
  return { width, height, covered: el ? coveredInsets(el) : undefined };
}

/** "Fit": the whole grid in the part of the canvas no panel covers (the rule is src/layout fitViewport). */
export function fitViewport(layout: GridLayout, width: number, height: number) {
  return fitRule(layout, canvasArea(width, height));
}

/** The list given, or the previous one while every element is the same (a stable prop for memoised drawings). */
function useStableList<T>(list: readonly T[]): readonly T[] {
  const ref = useRef(list);
  const previous = ref.current;
  if (previous !== list && (previous.length !== list.length || list.some((v, i) => v !== previous[i]))) ref.current = list;
  return ref.current;
}

/**
 * The arrowhead every link ends in: the marker React Flow draws for `MarkerType.ArrowClosed` at
 * 16 × 16 in its default colour, defined once under a fixed id (see LINK_ARROW_ID).
 */
const LinkArrow = memo(function LinkArrow() {
  return (
    <svg className="react-flow__marker" aria-hidden="true" style={{ position: 'absolute', width: 0, height: 0 }}>
      <defs>
        <marker className="react-flow__arrowhead" id={LINK_ARROW_ID} markerWidth="16" markerHeight="16" viewBox="-10 -10 20 20" markerUnits="strokeWidth" orient="auto-start-reverse" refX="0" refY="0">
          <polyline className="arrowclosed" style={ARROW_STYLE} strokeLinecap="round" strokeLinejoin="round" points="-5,-4 0,0 -5,4 -5,-4" />
        </marker>
      </defs>
    </svg>
  );
});
const ARROW_STYLE = { strokeWidth: 1, stroke: '#b1b1b7', fill: '#b1b1b7' };

/**
 * The grid and the stage headers, with the stage analysis they show (mean emotion, score). A
 * component of its own, so the analysis of a new map is computed in a render step apart from the
 * canvas's layout and nodes, and React may yield between the two.
 */
const AnalysedGrid = memo(function AnalysedGrid({ map, layout, dropCell }: { map: MapDocument; layout: GridLayout; dropCell: CellHit | null }) {
  const analysis = useMemo(() => analyzeMap(map), [map]);
  const emotionMeans = useStableList(analysis.stages.map((s) => s.meanEmotion));
  return (
    <>
      <GridBackdrop layout={layout} means={emotionMeans} dropCell={dropCell} />
      <StageHeaders layout={layout} analysis={analysis} />
    </>
  );
});

const widthSelector = (s: ReactFlowState) => s.width;
const heightSelector = (s: ReactFlowState) => s.height;
// A string, so the canvas re-renders when the detail changes, not on every zoom step.
const detailSelector = (s: ReactFlowState) => cardDetail(s.transform[2]);
/** Whether the whole grid (width × height from the origin) is in the pane: a boolean, so a pan re-renders nothing until it flips. */
const wholeGridInView = (width: number, height: number) => (s: ReactFlowState) => {
  const [x, y, zoom] = s.transform;
  return x >= -1 && y >= -1 && x + width * zoom <= s.width + 1 && y + height * zoom <= s.height + 1;
};

export function Canvas() {
  const { store, ui } = useApp();
  const doc = useDoc();
  const { selection, filter, highlight, locale, focus, documentKey, theme } = useUi();
  const t = useT(UI);
  const flow = useReactFlow();
  // Before React Flow's node renderer first renders (it keeps the function it finds then).
  const flowStore = useStoreApi();
  useState(() => guardNodeMeasure(flowStore));
  // The canvas draws the document a moment after the rest of the window: after an edit such as a drop,
  // the urgent render (the panels) is committed first and the canvas's own work (layout, nodes,
  // links, analysis) follows in a render of its own that React may interrupt. Until then React Flow
  // keeps showing what it shows (a dropped card stays where it was let go).
  const map = useDeferredValue(doc.map);
  // The boxes of cards, stages and lanes that did not move keep their objects (reuseLayout), so the
  // nodes, links and grid built from them are rebuilt only where something moved.
  const layoutRef = useRef<GridLayout | null>(null);
  const layout = useMemo(() => (layoutRef.current = reuseLayout(layoutRef.current, layoutGrid(map))), [map]);
  // Positions of the cards being dragged. A drag frame does not render the canvas: the moved nodes go
  // straight to React Flow's store (onNodesChange), as an uncontrolled React Flow would apply them, and
  // the document learns of the move once, at the drop. A render during the drag reads them from here.
  const draggingRef = useRef<ReadonlyMap<string, XYPosition> | null>(null);
  // The cell the dragged cards would land in: state that changes only when the cell does.
  const [dropCell, setDropCell] = useState<CellHit | null>(null);
  const cache = useRef(createNodeCache());
  const filterActive = isFilterActive(filter);
  // Two scalar selectors: a tuple would be a new value on every React Flow store change (each pan frame).
  const w = useStore(widthSelector);
  const h = useStore(heightSelector);
  const detail = useStore(detailSelector);
  const sizeRef = useRef({ width: w, height: h });
  sizeRef.current = { width: w, height: h };
  const allInView = useStore(useMemo(() => wholeGridInView(layout.width, layout.height), [layout.width, layout.height]));
  const [overviewChoice, setOverviewChoice] = useState<boolean | null>(null);
  const overview = overviewChoice ?? (detail === 'overview' && !allInView && map.touchpoints.length <= OVERVIEW_MAX_CARDS);

  const nodes = useMemo(
    () => buildNodes({ map, layout, selection, filter, filterActive, highlight, locale, dragging: draggingRef.current }, cache.current),
    [map, layout, selection, filter, filterActive, highlight, locale],
  );
  const edges = useMemo(() => buildEdges(map, layout, selection, cache.current, locale), [map, layout, selection, locale]);
  // The routes buildEdges changed reach their edges once this render is committed, before paint.
  useLayoutEffect(() => cache.current.routes.flush());

  const layoutNow = useRef(layout);
  layoutNow.current = layout;
  /** Hands React Flow the last build's nodes with the dragged cards at `dragging`, without rendering the canvas. */
  const setNodesDragged = useCallback(
    (dragging: ReadonlyMap<string, XYPosition> | null) => {
      const last = cache.current.lastNodes;
      if (last) flowStore.getState().setNodes(buildNodes({ ...last.input, dragging }, cache.current));
    },
    [flowStore],
  );

  const onNodesChange = useCallback(
    (changes: NodeChange<TouchpointFlowNode>[]) => {
      let moved: Map<string, XYPosition> | null = null;
      let nextSelection: Set<string> | null = null;
      for (const change of changes) {
        if (change.type === 'position' && change.position && change.dragging) {
          moved ??= new Map();
          moved.set(change.id, change.position);
        } else if (change.type === 'select') {
          nextSelection ??= new Set(ui.getState().selection);
          if (change.selected) nextSelection.add(change.id);
          else nextSelection.delete(change.id);
        }
      }
      if (moved) {
        const next = new Map(draggingRef.current ?? []);
        for (const [id, position] of moved) next.set(id, position);
        draggingRef.current = next;
        // Only the dragged cards' nodes are replaced (buildNodes' drag path), without a render.
        setNodesDragged(next);
        // The cell under the first card's centre, as dropTarget decides, lit up until the drop.
        const first = next.values().next().value;
        const hit = first ? nearestCell(layoutNow.current, first.x + GRID.cardWidth / 2, first.y + GRID.cardHeight / 2) : null;
        setDropCell((current) => (current?.stage === hit?.stage && current?.lane === hit?.lane ? current : hit));
      }
      if (nextSelection && !sameSelection(nextSelection, ui.getState().selection)) ui.set({ selection: nextSelection, highlight: new Set() });
    },
    [ui, setNodesDragged],
  );

  const onEdgesChange = useCallback(
    (changes: EdgeChange[]) => {
      let nextSelection: Set<string> | null = null;
      for (const change of changes) {
        if (change.type !== 'select') continue;
        nextSelection ??= new Set(ui.getState().selection);
        if (change.selected) nextSelection.add(change.id);
        else nextSelection.delete(change.id);
      }
      if (nextSelection && !sameSelection(nextSelection, ui.getState().selection)) ui.set({ selection: nextSelection });
    },
    [ui],
  );

  const onNodeDragStop: OnNodeDrag<TouchpointFlowNode> = useCallback(
    (_event, _node, dragged) => {
      const current = store.getState().map;
      const grid = layoutGrid(current);
      const moving = new Set(dragged.map((n) => n.id));
      const order = new Map(current.touchpoints.map((tp, i) => [tp.id, i]));
      const moves = [...dragged]
        .sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0))
        .flatMap((n) => {
          const target = dropTarget(grid, current, n.position.x, n.position.y, moving);
          return target ? [{ id: n.id, stage: target.stage, lane: target.lane, before: target.before }] : [];
        });
      draggingRef.current = null;
      setDropCell(null);
      if (moves.length > 0) store.dispatch('moveTouchpoints', { moves });
      // A drop that changed nothing (back in its own place) renders no new nodes: put the cards back.
      if (store.getState().map === current) setNodesDragged(null);
    },
    [store, setNodesDragged],
  );

  const onConnect = useCallback(
    (connection: Connection) => {
      const current = store.getState().map;
      if (store.dispatch('addLink', { from: connection.source, to: connection.target, kind: defaultLinkKind(current, connection.source, connection.target) })) {
        ui.set({ selection: new Set(store.getState().created) });
      }
    },
    [store, ui],
  );

  const onDoubleClick = useCallback(
    (event: ReactMouseEvent) => {
      const target = event.target as HTMLElement;
      if (!target.classList.contains('react-flow__pane')) return;
      const point = flow.screenToFlowPosition({ x: event.clientX, y: event.clientY });
      const current = store.getState().map;
      const cell = cellAt(layoutGrid(current), point.x, point.y);
      if (!cell) return;
      if (store.dispatch('addTouchpoint', { stage: cell.stage, lane: cell.lane, title: defaultNames(locale).touchpoint })) {
        ui.set({ selection: new Set(store.getState().created), highlight: new Set() });
        selectInspectorTitle(store.getState().created[0]);
      }
    },
    [flow, store, ui, locale],
  );

  const onNodeDoubleClick = useCallback((_event: ReactMouseEvent, node: TouchpointFlowNode) => selectInspectorTitle(node.id), []);

  // Centre on what a finding or a search asked for.
  useEffect(() => {
    if (!focus) return;
    const boxes = focus.ids.map((id) => layout.cards.get(id)).filter((b) => b !== undefined);
    if (boxes.length === 0) return;
    const x0 = Math.min(...boxes.map((b) => b.x));
    const y0 = Math.min(...boxes.map((b) => b.y));
    const x1 = Math.max(...boxes.map((b) => b.x + b.width));
    const y1 = Math.max(...boxes.map((b) => b.y + b.height));
    const { width, height } = sizeRef.current;
    const zoom = Math.min(1.1, Math.max(ZOOM.min, Math.min((width - HEADER_WIDTH - 160) / (x1 - x0), (height - HEADER_HEIGHT - 160) / (y1 - y0))));
    const cx = (x0 + x1) / 2;
    const cy = (y0 + y1) / 2;
    void flow.setViewport({ x: HEADER_WIDTH + (width - HEADER_WIDTH) / 2 - cx * zoom, y: HEADER_HEIGHT + (height - HEADER_HEIGHT) / 2 - cy * zoom, zoom }, { duration: 280 });
    // Only a new request moves the view, not a layout change.
  }, [focus]);

  // Fit the grid when a different document is loaded (not on every edit): before the load when the
  // controller announces it (one render of the new cards, already in place), else once mounted.
  const fittedFor = useRef<number | null>(null);
  useEffect(
    () =>
      ui.onBeforeLoad((next) => {
        const { width, height } = sizeRef.current;
        if (width === 0 || height === 0) return;
        fittedFor.current = ui.getState().documentKey + 1;
        void flow.setViewport(openingViewport(layoutGrid(next), canvasArea(width, height)));
      }),
    [ui, flow],
  );
  useEffect(() => {
    if (w === 0 || h === 0 || fittedFor.current === documentKey) return;
    fittedFor.current = documentKey;
    void flow.setViewport(openingViewport(layout, canvasArea(w, h)));
  }, [documentKey, layout, w, h, flow]);

  // A card just added (N, Add touchpoint, paste) is brought into view if it is not in it.
  useEffect(() => {
    if (selection.size !== 1) return;
    const [id] = selection;
    const box = id === undefined ? undefined : layout.cards.get(id);
    if (!box || !store.getState().created.includes(box.id)) return;
    const { width, height } = sizeRef.current;
    const view = flow.getViewport();
    const next = revealCard(view, box, canvasArea(width, height));
    if (next !== view) void flow.setViewport(next, { duration: 200 });
  }, [selection, layout, store, flow]);

  return (
    <div className={`canvas canvas--${detail}`} data-testid="canvas" role="region" aria-label={t('canvas.label')}>
      <CardDetailContext.Provider value={detail}>
      <RouteStoreContext.Provider value={cache.current.routes}>
      <ReactFlow<TouchpointFlowNode, RoutedFlowEdge>
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onNodeDragStop={onNodeDragStop}
        onConnect={onConnect}
        onDoubleClick={onDoubleClick}
        onNodeDoubleClick={onNodeDoubleClick}
        deleteKeyCode={null}
        selectionKeyCode={null}
        multiSelectionKeyCode={MULTI_KEYS}
        selectionOnDrag
        panOnDrag={PAN_BUTTONS}
        panOnScroll
        zoomOnDoubleClick={false}
        minZoom={ZOOM.min}
        maxZoom={ZOOM.max}
        onlyRenderVisibleElements={nodes.length > 300}
        elevateNodesOnSelect={false}
        nodeDragThreshold={3}
        proOptions={proOptions}
        colorMode={theme}
      >
        <AnalysedGrid map={map} layout={layout} dropCell={dropCell} />
        <LaneHeaders layout={layout} />
        <div className="header-corner" style={{ width: HEADER_WIDTH, height: HEADER_HEIGHT }}>
          <button
            type="button"
            className={`icon-btn overview-toggle${overview ? ' is-on' : ''}`}
            aria-pressed={overview}
            title={overview ? t('canvas.hideOverview') : t('canvas.showOverview')}
            aria-label={t('canvas.overview')}
            data-testid="overview-toggle"
            onClick={() => setOverviewChoice(!overview)}
          >
            <MapIcon size={16} aria-hidden="true" />
          </button>
        </div>
        {overview ? <MiniMap<TouchpointFlowNode> className="canvas-minimap" nodeClassName={minimapClass} pannable zoomable ariaLabel={t('canvas.overview')} /> : null}
        <LinkArrow />
        <PresenceOverlay layout={layout} />
        {map.touchpoints.length === 0 ? <div className="canvas-hint">{t('canvas.emptyCell')}</div> : null}
      </ReactFlow>
      </RouteStoreContext.Provider>
      </CardDetailContext.Provider>
    </div>
  );
}

