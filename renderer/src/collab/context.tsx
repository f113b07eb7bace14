/**
 * The shared room, for every part of the page that takes part in it: the editor's chrome and canvas
 * (presence) and the workshop's participant view. Null outside a room, so components render nothing
 * extra for a local map.
 */
import { createContext, useContext, useEffect, useMemo, useState, useSyncExternalStore, type ReactNode } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import { readPresence, type CollabSession, type PresenceState } from '../../../src/collab';
import type { ConnectionState, RoomConnection } from './connection';

export interface CollabState {
  ydoc: Y.Doc;
  awareness: Awareness;
  session: CollabSession;
  status: 'connecting' | 'live' | 'offline' | 'refused';
  self: { name: string; colour: string };
  role: 'editor' | 'participant';
  /** Stable for this device across reloads (workshop stickies and dots). */
  participantId: string;
}

/** What joinRoom hands the page: the connection and this person's side of the room. */
export interface Room {
  readonly connection: RoomConnection;
  readonly session: CollabSession;
  readonly self: { readonly name: string; readonly colour: string };
  readonly role: 'editor' | 'participant';
  readonly participantId: string;
}

const CollabContext = createContext<CollabState | null>(null);
const ConnectionContext = createContext<ConnectionState | null>(null);

export function CollabProvider({ room, children }: { room: Room; children: ReactNode }) {
  const connection = useSyncExternalStore(room.connection.subscribe, room.connection.getState);
  const value = useMemo<CollabState>(
    () => ({
      ydoc: room.connection.ydoc,
      awareness: room.connection.awareness,
      session: room.session,
      status: connection.status,
      self: { name: room.self.name, colour: room.self.colour },
      role: room.role,
      participantId: room.participantId,
    }),
    [room, connection.status],
  );
  return (
    <CollabContext.Provider value={value}>
      <ConnectionContext.Provider value={connection}>{children}</ConnectionContext.Provider>
    </CollabContext.Provider>
  );
}

export function useCollab(): CollabState | null {
  return useContext(CollabContext);
}

/** The connection in detail (whether the host answers at all), for the status in the chrome. */
export function useConnection(): ConnectionState | null {
  return useContext(ConnectionContext);
}

export interface Peer extends PresenceState {
  readonly clientId: number;
  readonly isSelf: boolean;
}

/** Everyone in the room with a readable presence, this person first, then by name. */
export function usePeers(): readonly Peer[] {
  const collab = useCollab();
  const awareness = collab?.awareness ?? null;
  const [version, setVersion] = useState(0);
  useEffect(() => {
    if (!awareness) return undefined;
    const bump = () => setVersion((v) => v + 1);
    awareness.on('change', bump);
    return () => awareness.off('change', bump);
  }, [awareness]);
  return useMemo(() => {
    if (!awareness) return [];
    void version;
    const peers: Peer[] = [];
    for (const [clientId, value] of awareness.getStates()) {
      const presence = readPresence(value);
      if (presence) peers.push({ ...presence, clientId, isSelf: clientId === awareness.clientID });
    }
    return peers.sort((a, b) => Number(b.isSelf) - Number(a.isSelf) || a.name.localeCompare(b.name) || a.clientId - b.clientId);
  }, [awareness, version]);
}
