/**
 * Replays recorded patches without copying their values. immer's own applyPatches deep-clones every
 * value it applies, so undoing a delete would hand the canvas 2 000 new touchpoint objects and
 * every memoised card would re-render. The values in our history are frozen and never mutated,
 * so they can be shared; only the containers along each patch's path are copied (by immer).
 */
import { produce, type Patch } from 'immer';
import type { MapDocument } from '../model';

type Container = Record<string | number, unknown> | unknown[];

export function applyPatchesShared(map: MapDocument, patches: readonly Patch[]): MapDocument {
  return produce(map, (draft) => {
    for (const { op, path, value } of patches) {
      let parent = draft as unknown as Container;
      for (const key of path.slice(0, -1)) parent = (parent as Record<string | number, unknown>)[key] as Container;
      const key = path[path.length - 1]!;
      if (Array.isArray(parent) && typeof key === 'number') {
        if (op === 'add') parent.splice(key, 0, value);
        else if (op === 'remove') parent.splice(key, 1);
        else parent[key] = value;
      } else if (op === 'remove') {
        delete (parent as Record<string | number, unknown>)[key];
      } else {
        (parent as Record<string | number, unknown>)[key] = value;
      }
    }
  });
}
