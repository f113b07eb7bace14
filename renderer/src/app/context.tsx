/**
 * What every component of the editor reaches: the document store, the canvas-only UI store and the
 * platform port. Components read with the hooks below and change the document only by dispatching
 * named commands (src/commands), so every edit is one undo step.
 */
import { createContext, useCallback, useContext, useSyncExternalStore } from 'react';
import type { Catalog, Params } from '../../../src/i18n';
import { translate } from '../../../src/i18n';
import type { DocState, DocStore } from '../../../src/store';
import type { Platform } from '../platform/types';
import type { UiState, UiStore } from './ui-store';

export interface AppServices {
  readonly store: DocStore;
  readonly ui: UiStore;
  readonly platform: Platform;
}

export const AppContext = createContext<AppServices | null>(null);

export function useApp(): AppServices {
  const services = useContext(AppContext);
  if (!services) throw new Error('useApp outside <AppContext.Provider>');
  return services;
}

/** The document state (map, undo/redo, dirty); re-renders on every change. */
export function useDoc(): DocState {
  const { store } = useApp();
  return useSyncExternalStore(store.subscribe, store.getState);
}

export function useUi(): UiState {
  const { ui } = useApp();
  return useSyncExternalStore(ui.subscribe, ui.getState);
}

/** A translator bound to the UI language for one catalogue. */
export function useT<K extends string>(catalog: Catalog<K>): (key: K, params?: Params) => string {
  const { locale } = useUi();
  return useCallback((key: K, params?: Params) => translate(catalog, locale, key, params), [catalog, locale]);
}
