/**
 * Presentation mode's keyboard: one handler for the whole mode, on window in the capture phase so
 * the editor's own shortcuts (still mounted or not) never see a key meant for the room. Ctrl/Cmd
 * shortcuts other than undo and redo pass through untouched, for whoever handles Save and the like.
 */
import { useEffect, type Dispatch, type RefObject, type SetStateAction } from 'react';
import type { DocStore } from '../../../src/store';
import { navActionForKey, type NavAction, type TimerEvent } from '../../../src/workshop';
import type { EntryMessage } from './overlays';

type Setter<T> = Dispatch<SetStateAction<T>>;

/** What the handler reads at the moment a key arrives. */
export interface KeyState {
  entry: { initial: string; key: number } | null;
  helpOpen: boolean;
  painId: string | null;
  zoomId: string | null;
  voteSetup: boolean;
  blank: boolean;
}

/** What keys do, refreshed on every render so the handler never holds a stale closure. */
export interface KeyActions {
  go(action: NavAction): void;
  setLevelKey(key: string): boolean;
  onExit(): void;
  showPain(step: 1 | -1): boolean;
  setEntry: Setter<KeyState['entry']>;
  setEntryMessage: Setter<EntryMessage | null>;
  setHelpOpen: Setter<boolean>;
  setPainId: Setter<string | null>;
  setZoomId: Setter<string | null>;
  setVoteSetup: Setter<boolean>;
  setBlank: Setter<boolean>;
  setFocus: Setter<boolean>;
  setLaser: Setter<boolean>;
  dispatchTimer: Dispatch<TimerEvent>;
}

function isTextField(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.isContentEditable);
}

export function usePresentationKeys(
  store: DocStore,
  latest: RefObject<KeyState>,
  actions: RefObject<KeyActions>,
  retryFullscreen: RefObject<(() => void) | null>,
): void {
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.isComposing) return;
      if (e.key !== 'Escape') retryFullscreen.current?.();
      const s = latest.current;
      const a = actions.current;
      const mod = e.ctrlKey || e.metaKey;
      if (mod) {
        const k = e.key.toLowerCase();
        if ((k === 'z' || k === 'y') && !isTextField(e.target)) {
          e.preventDefault();
          e.stopPropagation();
          if (k === 'y' || e.shiftKey) store.redo();
          else store.undo();
        }
        return;
      }
      // Keys typed into the mode's own fields go on to those fields (their React handlers included).
      // A clicker's PageDown / PageUp still turn the slide while the quick-entry bar has the focus.
      const clicker = e.key === 'PageDown' || e.key === 'PageUp';
      const typing = isTextField(e.target) && !clicker;
      if (!typing || e.key === 'Escape' || e.key === 'F5') e.stopPropagation();
      if (e.key === 'F5') {
        e.preventDefault();
        return;
      }
      // A blanked screen (B or . — the "blank" button on many clickers) comes back on any key.
      if (s.blank && !typing) {
        e.preventDefault();
        a.setBlank(false);
        return;
      }
      if (e.key === 'Escape') {
        e.preventDefault();
        if (s.entry) a.setEntry(null);
        else if (s.helpOpen) a.setHelpOpen(false);
        else if (s.painId) a.setPainId(null);
        else if (s.zoomId) a.setZoomId(null);
        else if (s.voteSetup) a.setVoteSetup(false);
        else a.onExit();
        return;
      }
      if (typing) return;
      const nav = navActionForKey(e);
      if (nav) {
        e.preventDefault();
        a.go(nav);
        return;
      }
      if (e.altKey) return;
      switch (e.key) {
        case 'Enter':
        case 'n':
        case 'N':
          e.preventDefault();
          a.setEntry((v) => v ?? { initial: '', key: Date.now() });
          a.setEntryMessage(null);
          return;
        case '!':
        case '！':
          e.preventDefault();
          a.setEntry({ initial: '!', key: Date.now() });
          a.setEntryMessage(null);
          return;
        case '?':
          e.preventDefault();
          a.setHelpOpen((v) => !v);
          return;
        case 'p':
        case 'P':
          e.preventDefault();
          a.setFocus((v) => !v);
          return;
        case 'l':
        case 'L':
          e.preventDefault();
          if (!e.repeat) actions.current.setLaser(true);
          return;
        case 'b':
        case 'B':
        case '.':
          e.preventDefault();
          a.setBlank(true);
          return;
        case 's':
        case 'S':
          if (a.showPain(e.shiftKey ? -1 : 1)) e.preventDefault();
          return;
        case 't':
        case 'T':
          e.preventDefault();
          a.dispatchTimer({ type: 'toggle', now: Date.now() });
          return;
        default:
          if (a.setLevelKey(e.key)) e.preventDefault();
      }
    };
    const onKeyUp = (e: KeyboardEvent) => {
      if (e.key === 'l' || e.key === 'L') actions.current.setLaser(false);
    };
    const onBlur = () => actions.current.setLaser(false);
    window.addEventListener('keydown', onKeyDown, true);
    window.addEventListener('keyup', onKeyUp, true);
    window.addEventListener('blur', onBlur);
    return () => {
      window.removeEventListener('keydown', onKeyDown, true);
      window.removeEventListener('keyup', onKeyUp, true);
      window.removeEventListener('blur', onBlur);
    };
  }, [store, latest, actions, retryFullscreen]);
}
