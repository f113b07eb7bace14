/**
 * One person's side of a shared map: their edits go through the same commands as a local map,
 * carry their own origin, and their undo stack tracks only that origin, so undo never removes
 * someone else's edit.
 */
import * as Y from 'yjs';
import { runCommand, type CommandArgs, type CommandName, type CommandResult, type IdGenerator } from '../commands';
import type { MapDocument } from '../model';
import { applyMapToYDoc, fromYDoc, rootOf } from './mapping';

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

export class CollabSession {
  readonly origin: object;
  readonly undoManager: Y.UndoManager;
  private readonly newId: IdGenerator;
  /** The merged map, read again only after the document changed (reading a large map is not free). */
  private cached: MapDocument | null = null;
  private readonly invalidate = () => {
    this.cached = null;
  };

  constructor(
    readonly ydoc: Y.Doc,
    tag: string = randomTag(),
  ) {
    this.origin = { session: tag };
    this.newId = collabIdGenerator(tag);
    // captureTimeout 0: each command is its own undo step, as in the local store.
    this.undoManager = new Y.UndoManager(rootOf(ydoc), { trackedOrigins: new Set([this.origin]), captureTimeout: 0 });
    ydoc.on('update', this.invalidate);
  }

  /** The merged map as everyone currently sees it. */
  get map(): MapDocument {
    return (this.cached ??= fromYDoc(this.ydoc));
  }

  /** Runs a command on the current merged map and shares its effect; null when it refused or changed nothing. */
  run<K extends CommandName>(name: K, args: CommandArgs[K]): CommandResult | null {
    const before = this.map;
    const result = runCommand(before, name, args, { newId: this.newId });
    if (result) {
      applyMapToYDoc(this.ydoc, before, result.map, this.origin);
      // What this person just made is the merged state too (the edit is applied locally at once).
      this.cached = result.map;
    }
    return result;
  }

  undo(): boolean {
    return this.undoManager.undo() !== null;
  }

  redo(): boolean {
    return this.undoManager.redo() !== null;
  }

  destroy(): void {
    this.undoManager.destroy();
    this.ydoc.off('update', this.invalidate);
  }
}
