/**
 * Closing a window (or quitting) with unsaved changes asks Save / Don't Save / Cancel. Electron
 * needs the answer to "may this close now?" synchronously, so the guard says no, asks, and closes
 * the window itself once the answer (and, for Save, the save) allows it.
 */
export type CloseChoice = 'save' | 'dontSave' | 'cancel';

export interface CloseGuardDeps {
  ask(): Promise<CloseChoice>;
  /** Asks the renderer to save (it holds the document); it reports back through setDirty / saveEnded. */
  requestSave(): void;
  discardDraft(): Promise<void>;
  /** Closes the window for real; the guard will allow it. */
  close(): void;
  /** The person kept the window open (Cancel, or a save that failed or was cancelled). */
  abandoned?(): void;
}

export type ClosePhase = 'idle' | 'asking' | 'saving' | 'closing';

export interface CloseGuard {
  setDirty(dirty: boolean): void;
  isDirty(): boolean;
  /** Synchronous: true lets the close go ahead; false means the guard has taken over. */
  allowsClose(): boolean;
  /** Runs the question; call after allowsClose() said false. */
  requestClose(): Promise<void>;
  /** A save started by requestSave() ended without the document becoming clean. */
  saveEnded(saved: boolean): void;
  phase(): ClosePhase;
}

export function createCloseGuard(deps: CloseGuardDeps): CloseGuard {
  let dirty = false;
  let phase: ClosePhase = 'idle';

  function closeNow(): void {
    phase = 'closing';
    deps.close();
  }

  return {
    setDirty(value) {
      dirty = value;
      if (!dirty && phase === 'saving') closeNow();
    },
    isDirty: () => dirty,
    allowsClose: () => phase === 'closing' || !dirty,
    async requestClose() {
      if (phase === 'asking' || phase === 'closing') return;
      phase = 'asking';
      const choice = await deps.ask();
      if (!dirty) {
        closeNow();
        return;
      }
      if (choice === 'cancel') {
        phase = 'idle';
        deps.abandoned?.();
      } else if (choice === 'dontSave') {
        await deps.discardDraft();
        closeNow();
      } else {
        phase = 'saving';
        deps.requestSave();
      }
    },
    saveEnded(saved) {
      if (phase !== 'saving' || saved) return;
      phase = 'idle';
      deps.abandoned?.();
    },
    phase: () => phase,
  };
}

/** `● journey.tpmap.json — Touchpoint Studio`; macOS shows the marker in the close button instead. */
export function windowTitle(documentTitle: string, dirty: boolean, platform: NodeJS.Platform, appName = 'Touchpoint Studio'): string {
  const marker = dirty && platform !== 'darwin' ? '● ' : '';
  return documentTitle ? `${marker}${documentTitle} — ${appName}` : `${marker}${appName}`;
}
