/**
 * The document store in a shared room: the same DocStore the editor binds to, but every command runs
 * through the person's CollabSession, undo and redo use their own Yjs UndoManager (never someone
 * else's edit), and changes from other people refresh the view without entering the local history.
 * The file belongs to the host, so the state is never dirty and a room has nothing to load or save.
 */
import type { CollabSession } from '../collab';
import type { MapDocument } from '../model';
import type { DocState, DocStore } from './doc-store';
import { createListeners } from './listeners';

export interface CollabStoreOptions {
  /**
   * When to refresh after other people's edits. Ten people typing send many small updates; the
   * renderer passes requestAnimationFrame so the map is read at most once per frame. Default: at once.
   */
  schedule?: (refresh: () => void) => void;
}

export interface CollabStore extends DocStore {
  /** Stops following the room (the session and its document stay with their owner). */
  dispose(): void;
}

export function createCollabStore(session: CollabSession, options: CollabStoreOptions = {}): CollabStore {
  const schedule = options.schedule ?? ((refresh: () => void) => refresh());
  const listeners = createListeners();
  let revision = 0;
  let created: readonly string[] = [];
  let state = snapshot(session.map);
  let pending = false;

  function snapshot(map: MapDocument): DocState {
    return {
      map,
      canUndo: session.undoManager.undoStack.length > 0,
      canRedo: session.undoManager.redoStack.length > 0,
      dirty: false,
      revision,
      undoLabel: session.label('undo'),
      redoLabel: session.label('redo'),
      created,
      shared: true,
    };
  }

  function changed(): void {
    revision++;
    state = snapshot(session.map);
    listeners.notify();
  }

  const refresh = () => {
    pending = false;
    // An edit of ours since the refresh was asked for already showed the merged map.
    if (session.map === state.map) return;
    created = [];
    changed();
  };

  const onUpdate = (_update: Uint8Array, origin: unknown) => {
    // Our own commands refresh in dispatch; undo and redo in their calls. Everything else is remote.
    if (origin === session.origin || origin === session.undoManager) return;
    if (pending) return;
    pending = true;
    schedule(refresh);
  };
  session.ydoc.on('update', onUpdate);

  return {
    getState: () => state,

    subscribe: listeners.subscribe,

    dispatch(name, args, dispatchOptions = {}) {
      const result = session.run(name, args, dispatchOptions.mergeKey === undefined ? {} : { mergeKey: dispatchOptions.mergeKey });
      if (!result) return false;
      created = result.created;
      changed();
      return true;
    },

    undo() {
      if (!session.undo()) return false;
      created = [];
      changed();
      return true;
    },

    redo() {
      if (!session.redo()) return false;
      created = [];
      changed();
      return true;
    },

    // The room's map is everyone's: replacing it from this page would replace it for the whole room.
    load: () => undefined,
    markSaved: () => undefined,

    dispose() {
      session.ydoc.off('update', onUpdate);
      listeners.clear();
    },
  };
}
