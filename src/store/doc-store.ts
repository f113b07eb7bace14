/**
 * The one document store: framework-free, bound in the renderer with useSyncExternalStore.
 * Every change is a named command; history keeps its immer patches and inverse patches, so undo
 * replays inverse deltas (Excalidraw's history) and one dispatch is one undo step (tldraw).
 */
import { freeze, type Patch } from 'immer';
import { runCommand, type CommandArgs, type CommandName, type IdGenerator } from '../commands';
import type { MapDocument } from '../model';
import { applyPatchesShared } from './apply-patches';

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
  /** Replaces the document; clears history; clean; never undoable. */
  load(map: MapDocument): void;
  /** The current document is what is on disk: dirty becomes false until the undo stack moves away from here. */
  markSaved(): void;
}

export interface DocStoreOptions {
  newId?: IdGenerator;
  /** Undo steps kept; the oldest are forgotten beyond this. */
  historyLimit?: number;
}

export const DEFAULT_HISTORY_LIMIT = 500;

interface Step {
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
  const listeners = new Set<() => void>();
  let map = adopt(initial);
  let past: Step[] = [];
  let future: Step[] = [];
  // Positions count steps from the load, including ones dropped by the limit; the saved position is
  // null once no sequence of undo and redo can get back to it.
  let dropped = 0;
  let savedAt: number | null = 0;
  let revision = 0;
  let created: readonly string[] = [];
  let state = snapshot();

  function position(): number {
    return dropped + past.length;
  }

  function snapshot(): DocState {
    return {
      map,
      canUndo: past.length > 0,
      canRedo: future.length > 0,
      dirty: savedAt !== position(),
      revision,
      undoLabel: past.at(-1)?.name ?? null,
      redoLabel: future.at(-1)?.name ?? null,
      created,
    };
  }

  function changed(): void {
    revision++;
    state = snapshot();
    for (const listener of [...listeners]) listener();
  }

  return {
    getState: () => state,

    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },

    dispatch(name, args, dispatchOptions = {}) {
      const result = runCommand(map, name, args, options.newId === undefined ? {} : { newId: options.newId });
      if (!result) return false;
      map = result.map;
      created = result.created;
      if (savedAt !== null && savedAt > position()) savedAt = null;
      const continues = future.length === 0 && savedAt !== position();
      future = [];
      const top = past.at(-1);
      const key = dispatchOptions.mergeKey;
      if (continues && key !== undefined && top?.mergeKey === key && top.name === name) {
        past[past.length - 1] = {
          ...top,
          patches: [...top.patches, ...result.patches],
          inversePatches: [...result.inversePatches, ...top.inversePatches],
        };
      } else {
        past.push({ name, patches: result.patches, inversePatches: result.inversePatches, ...(key === undefined ? {} : { mergeKey: key }) });
        if (past.length > limit) {
          dropped += past.length - limit;
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

    load(next) {
      map = adopt(next);
      past = [];
      future = [];
      dropped = 0;
      savedAt = 0;
      created = [];
      changed();
    },

    markSaved() {
      if (savedAt === position()) return;
      savedAt = position();
      changed();
    },
  };
}
