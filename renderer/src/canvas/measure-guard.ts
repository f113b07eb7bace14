/**
 * Spares React Flow re-measuring cards that did not change. React Flow observes every node element it
 * mounts with a ResizeObserver and, on the observer's first report, forces `updateNodeInternals`:
 * it reads the card's and its handles' boxes from the DOM and, whatever it finds, sets its store once
 * more, so every mounted edge and node re-runs its selectors. Our nodes declare their size and their
 * handles (build-nodes.ts), so on a drop (cards mounting after the reflow) and on a pan (cards
 * scrolling into view) that pass only finds what it already knew — give or take float noise
 * (a handle at x = −5.00004 at zoom 0.8 instead of the declared −5), which is enough to make the
 * links of the card draw again.
 *
 * The guard wraps the store's `updateNodeInternals` and drops the updates of cards whose size equals
 * the one React Flow holds and whose handles sit within half a flow pixel of the ones it holds. Any
 * other update (a card that grew, a handle that moved, a node without handle bounds yet, a queued
 * fit-view) goes through unchanged.
 */
import type { InternalNode, ReactFlowState } from '@xyflow/react';

type UpdateNodeInternals = ReactFlowState['updateNodeInternals'];
type Updates = Parameters<UpdateNodeInternals>[0];
type Update = Updates extends Map<string, infer U> ? U : never;

/** How far (flow px) a measured handle may sit from the held one and still be the same place. */
const HANDLE_TOLERANCE = 0.5;

export interface MeasureStore {
  getState(): ReactFlowState;
  setState(partial: Partial<ReactFlowState>): void;
}

/** True when measuring `update` would tell React Flow nothing it does not already hold. */
export function measuresUnchanged(state: ReactFlowState, update: Update): boolean {
  const node: InternalNode | undefined = state.nodeLookup.get(update.id);
  const bounds = node?.internals.handleBounds;
  if (!node || node.hidden || !bounds || !node.measured.width || !node.measured.height) return false;
  const el = update.nodeElement;
  if (el.offsetWidth !== node.measured.width || el.offsetHeight !== node.measured.height) return false;
  const zoom = state.transform[2];
  const box = el.getBoundingClientRect();
  for (const type of ['source', 'target'] as const) {
    const held = bounds[type] ?? [];
    const found = el.querySelectorAll<HTMLElement>(`.${type}`);
    if (found.length !== held.length) return false;
    for (let i = 0; i < found.length; i++) {
      const handle = found[i]!;
      const h = held[i]!;
      const r = handle.getBoundingClientRect();
      if (Math.abs((r.left - box.left) / zoom - h.x) > HANDLE_TOLERANCE || Math.abs((r.top - box.top) / zoom - h.y) > HANDLE_TOLERANCE) return false;
      if (handle.offsetWidth !== h.width || handle.offsetHeight !== h.height) return false;
    }
  }
  return true;
}

const guarded = new WeakSet<object>();

/**
 * Installs the guard on a React Flow store (once per store; call it before the flow's nodes mount,
 * since React Flow's ResizeObserver keeps the function it finds at its first render).
 */
export function guardNodeMeasure(store: MeasureStore): void {
  const original = store.getState().updateNodeInternals;
  if (guarded.has(original)) return;
  const wrapped: UpdateNodeInternals = (updates, params) => {
    const state = store.getState();
    if (state.fitViewQueued) return original(updates, params);
    let kept: Updates | null = null;
    for (const [id, update] of updates) {
      if (!measuresUnchanged(state, update)) continue;
      kept ??= new Map(updates);
      kept.delete(id);
    }
    if (kept === null) return original(updates, params);
    if (kept.size > 0) original(kept, params);
  };
  guarded.add(wrapped);
  store.setState({ updateNodeInternals: wrapped });
}
