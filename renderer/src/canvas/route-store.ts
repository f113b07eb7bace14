/**
 * The links' gutter routes, kept outside the React Flow edge objects. A drop that moves cards changes
 * the routes of the links touching them, but not the links themselves: with the routes here, the
 * edges array keeps its identity, so React Flow does not take a new edge list (its `setEdges` walks
 * every edge to rebuild its connection lookup), and only the edges whose routes changed draw again
 * (RoutedEdge reads its own route with useSyncExternalStore).
 *
 * Routes are written while the canvas renders (buildEdges) and announced after it commits (`flush`,
 * from a layout effect), so no component is told to update while another is rendering.
 */
import type { LinkRoute } from '../../../src/layout';

export interface RouteEntry {
  /** The gutter route (src/layout/routes.ts), or null for a link from a card to itself. */
  readonly route: LinkRoute | null;
  /** Identifies the route's geometry: an entry is replaced only when this changes. */
  readonly key: string;
}

export interface RouteStore {
  get(id: string): RouteEntry | undefined;
  /** Sets a link's route; a route with the same key keeps the old entry. Listeners hear of it at `flush`. */
  set(id: string, route: LinkRoute | null, key: string): void;
  delete(id: string): void;
  /** Tells the listeners of every link whose route changed since the last flush. */
  flush(): void;
  subscribe(id: string, listener: () => void): () => void;
}

export function routeKeyOf(route: LinkRoute | null): string {
  return route ? route.points.map((p) => `${p.x},${p.y}`).join(' ') : '';
}

export function createRouteStore(): RouteStore {
  const entries = new Map<string, RouteEntry>();
  const listeners = new Map<string, Set<() => void>>();
  const changed = new Set<string>();
  return {
    get: (id) => entries.get(id),
    set(id, route, key) {
      if (entries.get(id)?.key === key) return;
      entries.set(id, { route, key });
      changed.add(id);
    },
    delete(id) {
      if (entries.delete(id)) changed.add(id);
    },
    flush() {
      if (changed.size === 0) return;
      const ids = [...changed];
      changed.clear();
      for (const id of ids) for (const listener of listeners.get(id) ?? []) listener();
    },
    subscribe(id, listener) {
      let set = listeners.get(id);
      if (!set) listeners.set(id, (set = new Set()));
      set.add(listener);
      return () => {
        set.delete(listener);
        if (set.size === 0 && listeners.get(id) === set) listeners.delete(id);
      };
    },
  };
}
