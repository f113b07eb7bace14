/**
 * The one document store: framework-free, bound in the renderer with useSyncExternalStore.
 * Every change is a named command; history keeps its immer patches and inverse patches, so undo
 * replays inverse deltas (Excalidraw's history) and one dispatch is one undo step (tldraw).
 */
import { freeze, type Patch } from 'immer';
import { runCommand, type CommandArgs, type CommandName, type IdGenerator } from '../commands';
import type { MapDocument } from '../model';
import { applyPatchesShared } from './apply-patches';
import { createListeners } from './listeners';

export interface DocState {
  map: MapDocument;
  canUndo: boolean;
  canRedo: boolean;
  /** True when the document differs from the last saved (or loaded) one, following the undo stack. */
  dirty: boolean;
  /** Increases on every state change, so autosave and memoised views have a cheap key. */
  revision: number;
  undoLabel: CommandName | null;
  redoLabel: CommandName | null;
  /** Ids of what the last dispatch created (a pasted group, a new touchpoint) so the canvas can select it. */
  created: readonly string[];
  /** True in a shared room (createCollabStore): the host writes the file, not this page. */
  shared: boolean;
}

export interface DispatchOptions {
  /**
   * Consecutive dispatches with the same key merge into one undo step, so typing a title or
   * dragging a slider is undone at once. A save between them starts a new step.
   */
  mergeKey?: string;
}

export interface DocStore {
  getState(): DocState;
  subscribe(listener: () => void): () => void;
  /** False when the command is refused or changes nothing; then nothing is recorded. */
  dispatch<K extends CommandName>(name: K, args: CommandArgs[K], options?: DispatchOptions): boolean;
  undo(): boolean;
  redo(): boolean;
  /**
   * Replaces the document; clears history; never undoable. Clean, unless `dirty` says the document
   * is not what is on disk (a recovered draft), in which case it stays dirty until saved.
   */
  load(map: MapDocument, options?: { dirty?: boolean }): void;
  /**
   * Records what is on disk: the current document, or the one given (as returned by getState() when
   * the save began, so edits made while writing stay dirty). Undoing or redoing back to it is clean.
   * A document this store did not hand out is ignored.
   */
  markSaved(saved?: MapDocument): void;
}

export interface DocStoreOptions {
  newId?: IdGenerator;
  /** Undo steps kept; the oldest are forgotten beyond this. */
  historyLimit?: number;
}

export const DEFAULT_HISTORY_LIMIT = 500;

interface Step {
  id: number;
  name: CommandName;
  patches: Patch[];
  inversePatches: Patch[];
  mergeKey?: string;
}

/** A private copy, frozen, so neither the caller nor the renderer can change the document behind the store's back. */
function adopt(map: MapDocument): MapDocument {
  return freeze(structuredClone(map), true);
}

export function createDocStore(initial: MapDocument, options: DocStoreOptions = {}): DocStore {
  const limit = Math.max(1, Math.trunc(options.historyLimit ?? DEFAULT_HISTORY_LIMIT));
  const listeners = createListeners();
  // Each document state is named by the id of the step that produced it (or of the load). Ids are
  // never reused, so a saved state on an abandoned branch, or one edited by a merge, can never be
  // mistaken for the current one: dirty stays true until the next save.
  let nextId = 1;
  let baseId = nextId++;
  let savedId = baseId;
  const stateIds = new WeakMap<MapDocument, number>();
  let map = adopt(initial);
  let past: Step[] = [];
  let future: Step[] = [];
  let revision = 0;
  let created: readonly string[] = [];
  let state = snapshot();

  function currentId(): number {
    return past.at(-1)?.id ?? baseId;
  }

  function snapshot(): DocState {
    stateIds.set(map, currentId());
    return {
      map,
      canUndo: past.length > 0,
      canRedo: future.length > 0,
      dirty: savedId !== currentId(),
      revision,
      undoLabel: past.at(-1)?.name ?? null,
      redoLabel: future.at(-1)?.name ?? null,
      created,
      shared: false,
    };
  }

  function changed(): void {
    revision++;
    state = snapshot();
    listeners.notify();
  }

  return {
    getState: () => state,

    subscribe: listeners.subscribe,

    dispatch(name, args, dispatchOptions = {}) {
      const result = runCommand(map, name, args, options.newId === undefined ? {} : { newId: options.newId });
      if (!result) return false;
      map = result.map;
      created = result.created;
      const top = past.at(-1);
      const key = dispatchOptions.mergeKey;
      const merges = future.length === 0 && key !== undefined && top?.mergeKey === key && top.name === name && savedId !== top.id;
      future = [];
      if (merges) {
        past[past.length - 1] = {
          ...top,
          id: nextId++,
          patches: [...top.patches, ...result.patches],
          inversePatches: [...result.inversePatches, ...top.inversePatches],
        };
      } else {
        const step: Step = { id: nextId++, name, patches: result.patches, inversePatches: result.inversePatches };
        if (key !== undefined) step.mergeKey = key;
        past.push(step);
        if (past.length > limit) {
          // Undoing everything that is left still reaches the state after the last dropped step.
          baseId = past[past.length - limit - 1]!.id;
          past = past.slice(past.length - limit);
        }
      }
      changed();
      return true;
    },

    undo() {
      const step = past.pop();
      if (!step) return false;
      map = applyPatchesShared(map, step.inversePatches);
      future.push(step);
      created = [];
      changed();
      return true;
    },

    redo() {
      const step = future.pop();
      if (!step) return false;
      map = applyPatchesShared(map, step.patches);
      past.push(step);
      created = [];
      changed();
      return true;
    },

    load(next, loadOptions = {}) {
      map = adopt(next);
      past = [];
      future = [];
      baseId = nextId++;
      // An id no state will ever have: nothing in this history is what is on disk.
      savedId = loadOptions.dirty ? nextId++ : baseId;
      created = [];
      changed();
    },

    markSaved(saved) {
      const id = saved === undefined ? currentId() : stateIds.get(saved);
      if (id === undefined || id === savedId) return;
      savedId = id;
      changed();
    },
  };
}
