/**
 * How the workshop views reach a shared room: the Y.Doc that carries the map and the room, and who
 * this device is. The app's connection to a room provides these; tests link two Y.Docs in the page.
 */
import { useCallback, useRef, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import { readYDoc } from '../../../src/collab';
import type { MapDocument } from '../../../src/model';
import { readRoom, type RoomState } from '../../../src/workshop';

export interface RoomLink {
  ydoc: Y.Doc;
  /** Stable for this person across reconnects, so their dots stay theirs. */
  participantId: string;
  self: { name: string };
}

export interface RoomView {
  room: RoomState;
  /** Null until the shared map has arrived. */
  map: MapDocument | null;
}

/** The room and the merged map, read again after each change to the document. */
export function useRoomView(ydoc: Y.Doc): RoomView {
  const cache = useRef<{ ydoc: Y.Doc; version: number; view: RoomView } | null>(null);
  const version = useRef(0);
  const subscribe = useCallback(
    (notify: () => void) => {
      const onUpdate = () => {
        version.current += 1;
        notify();
      };
      ydoc.on('update', onUpdate);
      return () => ydoc.off('update', onUpdate);
    },
    [ydoc],
  );
  const snapshot = useCallback((): RoomView => {
    if (cache.current?.ydoc !== ydoc || cache.current.version !== version.current) {
      cache.current = { ydoc, version: version.current, view: { room: readRoom(ydoc), map: readYDoc(ydoc).map } };
    }
    return cache.current.view;
  }, [ydoc]);
  return useSyncExternalStore(subscribe, snapshot);
}
