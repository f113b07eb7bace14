/**
 * The map canvas: React Flow showing the touchpoints of the grid layout (src/layout), with the grid
 * drawn behind and sticky headers in front. Everything it changes goes through named commands, so a
 * whole drag, a multi-delete or a connect is one undo step; selection and viewport are canvas-only.
 */
import {
  ReactFlow,
  useReactFlow,
  useStore,
  type Connection,
  type EdgeChange,
  type NodeChange,
  type OnNodeDrag,
  type ReactFlowState,
  type XYPosition,
} from '@xyflow/react';
import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState, type MouseEvent as ReactMouseEvent } from 'react';
import { analyzeMap } from '../../../src/analysis';
import { defaultLinkKind, isFilterActive } from '../../../src/commands';
import { UI } from '../../../src/i18n/ui';
import { cellAt, dropTarget, layoutGrid, type GridLayout } from '../../../src/layout';
import { defaultNames } from '../../../src/templates';
import { useApp, useDoc, useT, useUi } from '../app/context';
import { sameSelection } from '../app/ui-store';
import { buildEdges, buildNodes, createNodeCache } from './build-nodes';
import { GridBackdrop } from './GridBackdrop';
import { HEADER_HEIGHT, HEADER_WIDTH, LaneHeaders, StageHeaders } from './Headers';
import { TouchpointNode, type TouchpointFlowNode } from './TouchpointNode';

const nodeTypes = { touchpoint: TouchpointNode };
const MARGIN = 24;
const MIN_ZOOM = 0.08;
const MAX_ZOOM = 2.5;
const READABLE_ZOOM = 0.6;
const PAN_BUTTONS = [1, 2];
const MULTI_KEYS = ['Shift', 'Meta', 'Control'];
const proOptions = { hideAttribution: true };

/** The viewport that shows the whole grid inside the area the sticky headers leave free. */
export function fitViewport(layout: GridLayout, width: number, height: number) {
  const freeW = Math.max(50, width - HEADER_WIDTH - MARGIN * 2);
  const freeH = Math.max(50, height - HEADER_HEIGHT - MARGIN * 2);
  // Fit when that keeps cards readable; a larger map opens at its top-left corner instead.
  const zoom = Math.min(1, Math.max(READABLE_ZOOM, Math.min(freeW / Math.max(1, layout.width), freeH / Math.max(1, layout.height))));
  return { x: HEADER_WIDTH + MARGIN, y: HEADER_HEIGHT + MARGIN, zoom };
}

const widthSelector = (s: ReactFlowState) => s.width;
const heightSelector = (s: ReactFlowState) => s.height;

export function Canvas() {
  const { store, ui } = useApp();
  const doc = useDoc();
  const { selection, filter, highlight, locale, focus, documentKey, theme } = useUi();
  const t = useT(UI);
  const flow = useReactFlow();
  const map = doc.map;
  const layout = useMemo(() => layoutGrid(map), [map]);
  // Findings-grade analysis is not needed per keystroke: let React finish the edit first.
  const deferredMap = useDeferredValue(map);
  const analysis = useMemo(() => analyzeMap(deferredMap), [deferredMap]);
  const [dragging, setDragging] = useState<ReadonlyMap<string, XYPosition> | null>(null);
  const cache = useRef(createNodeCache());
  const filterActive = isFilterActive(filter);
  // Two scalar selectors: a tuple would be a new value on every React Flow store change (each pan frame).
  const w = useStore(widthSelector);
  const h = useStore(heightSelector);
  const sizeRef = useRef({ width: w, height: h });
  sizeRef.current = { width: w, height: h };

  const nodes = useMemo(
    () => buildNodes({ map, layout, selection, filter, filterActive, highlight, locale, dragging }, cache.current),
    [map, layout, selection, filter, filterActive, highlight, locale, dragging],
  );
  const edges = useMemo(() => buildEdges(map, layout, selection, cache.current, locale), [map, layout, selection, locale]);

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
        const add = moved;
        setDragging((current) => {
          const next = new Map(current ?? []);
          for (const [id, position] of add) next.set(id, position);
          return next;
        });
      }
      if (nextSelection && !sameSelection(nextSelection, ui.getState().selection)) ui.set({ selection: nextSelection, highlight: new Set() });
    },
    [ui],
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
      if (moves.length > 0) store.dispatch('moveTouchpoints', { moves });
      setDragging(null);
    },
    [store],
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
        requestAnimationFrame(() => document.querySelector<HTMLInputElement>('[data-testid="inspector-title"]')?.select());
      }
    },
    [flow, store, ui, locale],
  );

  const onNodeDoubleClick = useCallback(() => {
    requestAnimationFrame(() => document.querySelector<HTMLInputElement>('[data-testid="inspector-title"]')?.select());
  }, []);

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
    const zoom = Math.min(1.1, Math.max(MIN_ZOOM, Math.min((width - HEADER_WIDTH - 160) / (x1 - x0), (height - HEADER_HEIGHT - 160) / (y1 - y0))));
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
        void flow.setViewport(fitViewport(layoutGrid(next), width, height));
      }),
    [ui, flow],
  );
  useEffect(() => {
    if (w === 0 || h === 0 || fittedFor.current === documentKey) return;
    fittedFor.current = documentKey;
    void flow.setViewport(fitViewport(layout, w, h));
  }, [documentKey, layout, w, h, flow]);

  return (
    <div className="canvas" data-testid="canvas" role="region" aria-label={t('canvas.label')}>
      <ReactFlow<TouchpointFlowNode>
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
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
        minZoom={MIN_ZOOM}
        maxZoom={MAX_ZOOM}
        onlyRenderVisibleElements={nodes.length > 300}
        elevateNodesOnSelect={false}
        nodeDragThreshold={3}
        proOptions={proOptions}
        colorMode={theme}
      >
        <GridBackdrop layout={layout} analysis={analysis} locale={locale} />
        <StageHeaders layout={layout} analysis={analysis} />
        <LaneHeaders layout={layout} />
        <div className="header-corner" style={{ width: HEADER_WIDTH, height: HEADER_HEIGHT }} />
        {map.touchpoints.length === 0 ? <div className="canvas-hint">{t('canvas.emptyCell')}</div> : null}
      </ReactFlow>
    </div>
  );
}

