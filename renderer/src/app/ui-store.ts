/**
 * Canvas-only state: selection, filter, language, theme, panels. Never in the undo history and never
 * in the document (the document store is src/store). A tiny external store, read with
 * useSyncExternalStore like the document store.
 */
import type { TouchpointFilter } from '../../../src/commands';
import type { Locale, MapDocument } from '../../../src/model';
import type { ThemeName } from '../theme/tokens';

export type ThemeChoice = ThemeName | 'system';

export interface UiState {
  /** Selected touchpoint and link ids (React Flow node and edge ids are the document ids). */
  readonly selection: ReadonlySet<string>;
  readonly filter: TouchpointFilter;
  readonly locale: Locale;
  readonly themeChoice: ThemeChoice;
  /** The theme in effect (system resolved). */
  readonly theme: ThemeName;
  readonly panels: { readonly findings: boolean; readonly inspector: boolean };
  /** A request to centre the canvas on these ids; the nonce makes a repeated request distinct. */
  readonly focus: { readonly ids: readonly string[]; readonly nonce: number } | null;
  /** Changes whenever a different document is loaded (new, open, restore), so the canvas fits it once. */
  readonly documentKey: number;
  /** Ids to highlight briefly (the touchpoints of a clicked finding). */
  readonly highlight: ReadonlySet<string>;
}

export interface UiStore {
  getState(): UiState;
  subscribe(listener: () => void): () => void;
  set(update: Partial<UiState> | ((state: UiState) => Partial<UiState>)): void;
  /** Selects these ids and asks the canvas to centre on them. */
  reveal(ids: readonly string[]): void;
  /**
   * Called just before a different document is loaded, in the same task, so the canvas can set the
   * viewport for it and React renders the new cards once, already in place.
   */
  onBeforeLoad(listener: (map: MapDocument) => void): () => void;
  beforeLoad(map: MapDocument): void;
}

export const EMPTY_SELECTION: ReadonlySet<string> = new Set();

export function createUiStore(initial: Pick<UiState, 'locale' | 'themeChoice' | 'theme'> & Partial<UiState>): UiStore {
  let state: UiState = {
    selection: EMPTY_SELECTION,
    filter: {},
    panels: { findings: true, inspector: true },
    focus: null,
    highlight: EMPTY_SELECTION,
    documentKey: 0,
    ...initial,
  };
  const listeners = new Set<() => void>();
  const loadListeners = new Set<(map: MapDocument) => void>();
  let nonce = 0;
  const store: UiStore = {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    set(update) {
      const patch = typeof update === 'function' ? update(state) : update;
      const keys = Object.keys(patch) as (keyof UiState)[];
      if (keys.every((key) => Object.is(patch[key], state[key]))) return;
      state = { ...state, ...patch };
      for (const listener of [...listeners]) listener();
    },
    reveal(ids) {
      store.set({ selection: new Set(ids), highlight: new Set(ids), focus: { ids, nonce: ++nonce } });
    },
    onBeforeLoad(listener) {
      loadListeners.add(listener);
      return () => loadListeners.delete(listener);
    },
    beforeLoad(map) {
      for (const listener of [...loadListeners]) listener(map);
    },
  };
  return store;
}

/** True when two selections hold the same ids. */
export function sameSelection(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size !== b.size) return false;
  for (const id of a) if (!b.has(id)) return false;
  return true;
}
