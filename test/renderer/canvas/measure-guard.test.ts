import type { ReactFlowState } from '@xyflow/react';
import { describe, expect, it, vi } from 'vitest';
import { guardNodeMeasure, type MeasureStore } from '../../../renderer/src/canvas/measure-guard';

const ZOOM = 0.8;
const WIDTH = 200;
const HEIGHT = 100;
const HANDLE = 10;
/** Where React Flow holds a card's handles: declared by build-nodes (target left, source right, centred). */
const held = (id: string) => ({
  target: [{ id: null, type: 'target', nodeId: id, position: 'left', x: -HANDLE / 2, y: HEIGHT / 2 - HANDLE / 2, width: HANDLE, height: HANDLE }],
  source: [{ id: null, type: 'source', nodeId: id, position: 'right', x: WIDTH - HANDLE / 2, y: HEIGHT / 2 - HANDLE / 2, width: HANDLE, height: HANDLE }],
});

interface Drawn {
  width?: number;
  height?: number;
  /** Where the handles are drawn, in flow px from the card's corner. */
  target?: { x: number; y: number };
  source?: { x: number; y: number };
}

/** A card element as the browser lays it out at ZOOM, at a fractional screen position. */
function element(drawn: Drawn = {}): HTMLDivElement {
  const left = 101.3;
  const top = 57.7;
  const handle = (at: { x: number; y: number }) => ({
    offsetWidth: HANDLE,
    offsetHeight: HANDLE,
    getBoundingClientRect: () => ({ left: left + at.x * ZOOM, top: top + at.y * ZOOM }),
  });
  // Float noise as a browser measures it at zoom 0.8: −5.00004 for the declared −5.
  const target = handle(drawn.target ?? { x: -5.00004, y: HEIGHT / 2 - HANDLE / 2 + 0.00003 });
  const source = handle(drawn.source ?? { x: WIDTH - HANDLE / 2 - 0.00002, y: HEIGHT / 2 - HANDLE / 2 });
  return {
    offsetWidth: drawn.width ?? WIDTH,
    offsetHeight: drawn.height ?? HEIGHT,
    getBoundingClientRect: () => ({ left, top }),
    querySelectorAll: (selector: string) => (selector === '.source' ? [source] : selector === '.target' ? [target] : []),
  } as unknown as HTMLDivElement;
}

function store(ids: string[], options: { withoutBounds?: string[]; fitViewQueued?: boolean } = {}) {
  const original = vi.fn<ReactFlowState['updateNodeInternals']>();
  const nodeLookup = new Map(
    ids.map((id) => [
      id,
      { id, hidden: false, measured: { width: WIDTH, height: HEIGHT }, internals: { handleBounds: options.withoutBounds?.includes(id) ? undefined : held(id) } },
    ]),
  );
  let state = { nodeLookup, transform: [0, 0, ZOOM], fitViewQueued: options.fitViewQueued ?? false, updateNodeInternals: original } as unknown as ReactFlowState;
  const api: MeasureStore = {
    getState: () => state,
    setState: (partial) => {
      state = { ...state, ...partial };
    },
  };
  guardNodeMeasure(api);
  /** What React Flow's ResizeObserver does when it first sees the cards: a forced update of each. */
  const observe = (elements: Record<string, HTMLDivElement>) =>
    api.getState().updateNodeInternals(new Map(Object.entries(elements).map(([id, nodeElement]) => [id, { id, nodeElement, force: true }])));
  return { api, original, observe };
}

describe('measure guard: React Flow does not re-measure a card that did not change', () => {
  it('drops the forced first measure of cards drawn at their declared size and handles, float noise included', () => {
    const { original, observe } = store(['a', 'b']);
    observe({ a: element(), b: element() });
    expect(original).not.toHaveBeenCalled();
  });

  it('passes on only the cards whose size changed', () => {
    const { original, observe } = store(['a', 'b', 'c']);
    observe({ a: element(), b: element({ height: HEIGHT + 24 }), c: element() });
    expect(original).toHaveBeenCalledTimes(1);
    expect([...original.mock.calls[0]![0].keys()]).toEqual(['b']);
  });

  it('passes on a card whose handle moved by more than half a pixel', () => {
    const { original, observe } = store(['a']);
    observe({ a: element({ source: { x: WIDTH - HANDLE / 2, y: HEIGHT / 2 - HANDLE / 2 + 3 } }) });
    expect([...original.mock.calls[0]![0].keys()]).toEqual(['a']);
  });

  it('passes on a card React Flow holds no handle bounds for, and everything while a fit is queued', () => {
    const first = store(['a', 'b'], { withoutBounds: ['b'] });
    first.observe({ a: element(), b: element() });
    expect([...first.original.mock.calls[0]![0].keys()]).toEqual(['b']);

    const queued = store(['a'], { fitViewQueued: true });
    queued.observe({ a: element() });
    expect(queued.original).toHaveBeenCalledTimes(1);
  });

  it('wraps a store once, however often the canvas mounts', () => {
    const { api, original, observe } = store(['a']);
    const wrapped = api.getState().updateNodeInternals;
    guardNodeMeasure(api);
    expect(api.getState().updateNodeInternals).toBe(wrapped);
    observe({ a: element({ width: WIDTH + 40 }) });
    expect(original).toHaveBeenCalledTimes(1);
  });
});
