/**
 * A link drawn along its gutter route (src/layout/routes.ts), so it never runs over a card's text and
 * its label sits on a lane's free top band. While a card is dragged its links no longer match the
 * grid; they follow the card as a plain step path until the drop.
 */
import { BaseEdge, getSmoothStepPath, type EdgeProps } from '@xyflow/react';
import { createContext, memo, useCallback, useContext, useSyncExternalStore } from 'react';
import { LABEL_HEIGHT, routePath } from '../../../src/layout';
import type { RoutedFlowEdge } from './build-nodes';
import { createRouteStore, type RouteStore } from './route-store';

/** Where the edges read their routes (the canvas provides its build cache's store). */
export const RouteStoreContext = createContext<RouteStore>(createRouteStore());

/** The link's route from the store; this edge alone re-renders when it changes. */
function useRoute(id: string) {
  const routes = useContext(RouteStoreContext);
  const subscribe = useCallback((listener: () => void) => routes.subscribe(id, listener), [routes, id]);
  const getSnapshot = useCallback(() => routes.get(id), [routes, id]);
  return useSyncExternalStore(subscribe, getSnapshot)?.route ?? null;
}

/** How far (flow px) React Flow's handle may sit from the route's end and still count as the same place. */
const SNAP = 12;
const LABEL_CHARS = 28;
const labelStyle = { fontSize: 11, fontWeight: 600 };
const labelBgPadding: [number, number] = [5, (LABEL_HEIGHT - 13) / 2];

/** Long labels are shortened to fit the band (CJK characters count double: they are twice as wide). */
function shorten(label: string): string {
  let width = 0;
  let out = '';
  for (const ch of label) {
    width += /[\u2e80-\uffff]/u.test(ch) ? 2 : 1;
    if (width > LABEL_CHARS) return `${out}…`;
    out += ch;
  }
  return out;
}

export const RoutedEdge = memo(function RoutedEdge(props: EdgeProps<RoutedFlowEdge>) {
  const { id, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, label, markerEnd, style, interactionWidth } = props;
  const route = useRoute(id);
  const start = route?.points[0];
  const end = route?.points.at(-1);
  const onRoute =
    route && start && end && Math.abs(start.x - sourceX) + Math.abs(start.y - sourceY) <= SNAP && Math.abs(end.x - targetX) + Math.abs(end.y - targetY) <= SNAP;
  let path: string;
  let labelX: number;
  let labelY: number;
  if (onRoute) {
    path = routePath(route.points);
    labelX = route.label.x;
    labelY = route.label.y;
  } else {
    [path, labelX, labelY] = getSmoothStepPath({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition });
  }
  const text = typeof label === 'string' && label ? shorten(label) : undefined;
  return (
    <BaseEdge
      path={path}
      markerEnd={markerEnd}
      style={style}
      interactionWidth={interactionWidth}
      label={text}
      labelX={labelX}
      labelY={labelY}
      labelStyle={labelStyle}
      labelShowBg
      labelBgPadding={labelBgPadding}
      labelBgBorderRadius={4}
    />
  );
});
