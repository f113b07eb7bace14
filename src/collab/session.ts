/**
 * One person's side of a shared map: their edits go through the same commands as a local map,
 * carry their own origin, and their undo stack tracks only that origin, so undo never removes
 * someone else's edit.
 */
import * as Y from 'yjs';
import { runCommand, type CommandArgs, type CommandName, type CommandResult, type IdGenerator } from '../commands';
import type { MapDocument } from '../model';
import { applyMapToYDoc, patchMap, readDroppedSomething, readYDoc, rootOf } from './mapping';

/**
 * Ids that cannot collide between people: the commands' default ids continue a sequence (t12, t13),
 * so two people adding at once would both create t13 and one card would replace the other.
 */
export function collabIdGenerator(tag: string): IdGenerator {
  let n = 0;
  return (prefix) => `${prefix}${tag}${(++n).toString(36)}`;
}

/** A short random tag (8 base-36 characters, about 41 bits) naming one editing session in its ids. */
export function randomTag(): string {
  const bytes = new Uint8Array(8);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => (b % 36).toString(36)).join('');
}

export interface RunOptions {
  /** As the local store's mergeKey: consecutive runs with the same key are one undo step (typing a title). */
  readonly mergeKey?: string;
}

const COMMAND = 'command';

/** Undo steps never merge by time, only by mergeKey (Yjs's default merges edits 500 ms apart). */
const NEVER = Number.MAX_SAFE_INTEGER;

export class CollabSession {
  readonly origin: object;
  readonly undoManager: Y.UndoManager;
  private readonly newId: IdGenerator;
  private lastMergeKey: string | undefined;
  /**
   * The merged map exactly as the document holds it, or null to read it again. Other people's edits
   * patch it (patchMap) instead of reading 2 000 touchpoints per keystroke someone makes.
   */
  private cached: MapDocument | null = null;
  private readonly follow = (tr: Y.Transaction) => {
    if (tr.changed.size === 0 || tr.origin === this.origin || this.cached === null) return;
    this.cached = patchMap(this.ydoc, this.cached, tr.changed);
  };

  constructor(
    readonly ydoc: Y.Doc,
    tag: string = randomTag(),
  ) {
    this.origin = { session: tag };
    this.newId = collabIdGenerator(tag);
    this.undoManager = new Y.UndoManager(rootOf(ydoc), { trackedOrigins: new Set([this.origin]), captureTimeout: NEVER });
    ydoc.on('afterTransaction', this.follow);
  }

  /** The merged map as everyone currently sees it. */
  get map(): MapDocument {
    if (this.cached) return this.cached;
    const { map, problems } = readYDoc(this.ydoc);
    if (map === null) throw new Error(`The shared document holds no valid map (${problems.length} problems).`);
    // The last valid map stands in for an invalid merged state, but is not what the document holds.
    if (problems.length === 0) this.cached = map;
    return map;
  }

  /** Runs a command on the current merged map and shares its effect; null when it refused or changed nothing. */
  run<K extends CommandName>(name: K, args: CommandArgs[K], options: RunOptions = {}): CommandResult | null {
    const before = this.map;
    const result = runCommand(before, name, args, { newId: this.newId });
    if (!result) return null;
    const merges = options.mergeKey !== undefined && options.mergeKey === this.lastMergeKey && this.undoManager.redoStack.length === 0;
    if (!merges) this.undoManager.stopCapturing();
    this.lastMergeKey = options.mergeKey;
    applyMapToYDoc(this.ydoc, before, result.map, this.origin);
    // The step keeps the command's name so menus can say "Undo add touchpoint".
    const step = this.undoManager.undoStack.at(-1);
    if (step && !step.meta.has(COMMAND)) step.meta.set(COMMAND, name);
    // What this person just made is the merged state too (the edit is applied locally at once) — unless
    // the reading it started from dropped something dangling, which the edit may have made whole again.
    this.cached = readDroppedSomething(before) ? null : result.map;
    return result;
  }

  undo(): boolean {
    return this.replay('undo');
  }

  redo(): boolean {
    return this.replay('redo');
  }

  private replay(which: 'undo' | 'redo'): boolean {
    this.lastMergeKey = undefined;
    const name = this.label(which);
    const done = which === 'undo' ? this.undoManager.undo() : this.undoManager.redo();
    if (done === null) return false;
    // Yjs makes a fresh step on the opposite stack; carry the name over.
    const opposite = which === 'undo' ? this.undoManager.redoStack : this.undoManager.undoStack;
    if (name !== null) opposite.at(-1)?.meta.set(COMMAND, name);
    return true;
  }

  /** The command the next undo or redo would reverse or repeat, for "Undo add touchpoint". */
  label(which: 'undo' | 'redo'): CommandName | null {
    const stack = which === 'undo' ? this.undoManager.undoStack : this.undoManager.redoStack;
    return (stack.at(-1)?.meta.get('command') as CommandName | undefined) ?? null;
  }

  destroy(): void {
    this.undoManager.destroy();
    this.ydoc.off('afterTransaction', this.follow);
  }
}
