/**
 * The page's side of a room: one Yjs document kept in step with the host by y-websocket's provider,
 * and what the person should be told about the connection.
 *
 * A browser cannot read the HTTP status of a refused WebSocket (the host answers 401 to a wrong
 * token or a room that no longer exists), so a socket that closes before it ever opened is followed
 * by a plain request to the page's own host: if that answers, the host is up and refused the room,
 * and retrying is pointless; if it does not, the host is unreachable and the provider keeps trying.
 *
 * The room's document is also kept in this browser's IndexedDB (y-indexeddb), per room: edits made
 * while the host is unreachable survive closing or reloading the page, the page opens on the last
 * copy when the host is down, and everything merges when the host is back (same Yjs history, see
 * the host's room log).
 */
import { IndexeddbPersistence } from 'y-indexeddb';
import { WebsocketProvider } from 'y-websocket';
import type { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { COLLAB_PATH, readYDoc, type JoinLink } from '../../../src/collab';

export type CollabStatus = 'connecting' | 'live' | 'offline' | 'refused';

export interface ConnectionState {
  readonly status: CollabStatus;
  /** True while the host does not answer at all (as opposed to refusing the room). */
  readonly unreachable: boolean;
  /** True once the page has held the room's map (it stays editable while offline). */
  readonly synced: boolean;
}

export interface RoomConnection {
  readonly ydoc: Y.Doc;
  readonly awareness: Awareness;
  getState(): ConnectionState;
  subscribe(listener: () => void): () => void;
  destroy(): void;
}

export interface ConnectOptions {
  /** Origin of the host, e.g. `http://192.168.1.20:41234`; the page's own origin in the browser build. */
  readonly origin: string;
  /** Whether the host answers at all; by default a request for its start page. */
  readonly reachable?: () => Promise<boolean>;
}

export function connectRoom(link: JoinLink, options: ConnectOptions): RoomConnection {
  const ydoc = new Y.Doc();
  const local = new IndexeddbPersistence(`touchpoint-room:${link.room}`, ydoc);
  const wsOrigin = options.origin.replace(/^http/, 'ws');
  const provider = new WebsocketProvider(`${wsOrigin}${COLLAB_PATH}`, link.room, ydoc, {
    params: { token: link.token },
    // Other tabs of this browser get the room's updates through the host, whose gate checks every update.
    disableBc: true,
  });
  const reachable =
    options.reachable ??
    (() =>
      fetch(`${options.origin}/`, { cache: 'no-store' }).then(
        (r) => r.ok,
        () => false,
      ));

  const listeners = new Set<() => void>();
  let state: ConnectionState = { status: 'connecting', unreachable: false, synced: false };
  const set = (patch: Partial<ConnectionState>) => {
    const next = { ...state, ...patch };
    if (next.status === state.status && next.unreachable === state.unreachable && next.synced === state.synced) return;
    state = next;
    for (const listener of [...listeners]) listener();
  };

  // A copy from an earlier visit is enough to start editing; the host's copy merges in when it answers.
  void local.whenSynced.then(
    () => {
      const copy = readYDoc(ydoc);
      if (copy.map !== null && copy.problems.length === 0 && state.status !== 'refused') set({ synced: true });
    },
    () => undefined,
  );

  let opened = false;
  provider.on('status', ({ status }: { status: 'connected' | 'disconnected' | 'connecting' }) => {
    if (state.status === 'refused') return;
    if (status === 'connecting') opened = false;
    else if (status === 'connected') {
      opened = true;
      set({ unreachable: false });
    } else set({ status: state.synced ? 'offline' : 'connecting' });
  });
  provider.on('sync', (isSynced: boolean) => {
    if (isSynced && state.status !== 'refused') set({ status: 'live', synced: true, unreachable: false });
  });
  provider.on('connection-close', () => {
    if (opened || state.status === 'refused') {
      if (state.status === 'live') set({ status: 'offline' });
      return;
    }
    void reachable().then((up) => {
      if (state.status === 'refused') return;
      if (up) {
        provider.disconnect();
        set({ status: 'refused', unreachable: false });
      } else set({ unreachable: true, status: state.synced ? 'offline' : 'connecting' });
    });
  });

  return {
    ydoc,
    awareness: provider.awareness,
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    destroy() {
      provider.destroy();
      void local.destroy();
      ydoc.destroy();
      listeners.clear();
    },
  };
}
