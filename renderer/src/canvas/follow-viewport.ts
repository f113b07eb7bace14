/**
 * Drawings that follow the canvas's pan (the grid behind the cards, the sticky header tracks) move by
 * writing their CSS transform straight to their element from React Flow's store, as React Flow
 * moves its own viewport. Panning then re-renders no component of ours: each frame is one style
 * write per drawing, and only a zoom step (which changes sizes) renders the headers again.
 */
import { useStore, useStoreApi, type ReactFlowState, type Transform } from '@xyflow/react';
import { useLayoutEffect, useRef, type RefObject } from 'react';

const zoomSelector = (s: ReactFlowState) => s.transform[2];

/** The canvas zoom; a component using it re-renders on zoom steps, not on pans. */
export function useZoom(): number {
  return useStore(zoomSelector);
}

/**
 * A ref for an element whose `transform` style follows the viewport: `toCss` turns React Flow's
 * [x, y, zoom] into the CSS value. Do not also set `transform` in the element's style prop.
 */
export function useFollowViewport<E extends HTMLElement>(toCss: (transform: Transform) => string): RefObject<E | null> {
  const ref = useRef<E | null>(null);
  const api = useStoreApi();
  useLayoutEffect(() => {
    let last: Transform | null = null;
    const apply = (transform: Transform) => {
      if (transform === last || !ref.current) return;
      last = transform;
      ref.current.style.transform = toCss(transform);
    };
    apply(api.getState().transform);
    return api.subscribe((state) => apply(state.transform));
  }, [api, toCss]);
  return ref;
}
