/** What every inspector section shares: dispatching commands, removing, words, focus for what was just added. */
import { useCallback, useMemo, useRef } from 'react';
import type { CommandArgs, CommandName } from '../../../../src/commands';
import { PANEL_TEXT } from '../../i18n/panels';
import { TEMPLATE_TEXT } from '../../../../src/i18n/templates';
import { VOCAB } from '../../../../src/i18n/vocab';
import { useApp, useT } from '../../app/context';

export type Dispatch = <K extends CommandName>(name: K, args: CommandArgs[K], mergeKey?: string) => boolean;

export function useDispatch(): Dispatch {
  const { store } = useApp();
  return useCallback(
    <K extends CommandName>(name: K, args: CommandArgs[K], mergeKey?: string) =>
      store.dispatch(name, args, mergeKey === undefined ? undefined : { mergeKey }),
    [store],
  );
}

/** Deletes what the inspector shows, as one undo step, and leaves nothing selected. */
export function useRemove(): (args: CommandArgs['deleteElements']) => void {
  const { store, ui } = useApp();
  return useCallback(
    (args: CommandArgs['deleteElements']) => {
      if (store.dispatch('deleteElements', args)) ui.set({ selection: new Set() });
    },
    [store, ui],
  );
}

/** Every translator the inspector needs, bound once per render of the panel. */
export function useWords() {
  const t = useT(PANEL_TEXT);
  const v = useT(VOCAB);
  const d = useT(TEMPLATE_TEXT);
  return { t, v, d };
}
export type Words = ReturnType<typeof useWords>;


export type FocusRef = (element: HTMLInputElement | HTMLTextAreaElement | null) => void;

/**
 * Focus for something just added: `request(id)` after the dispatch, and the title field of `id`
 * takes focus (text selected, ready to overwrite) when it mounts, once. Undoing a removal later
 * mounts it again but does not steal focus.
 */
export function useFocusRequest(): { request: (id: string | null) => void; refFor: (id: string) => FocusRef } {
  const pending = useRef<string | null>(null);
  return useMemo(
    () => ({
      request(id) {
        pending.current = id;
      },
      refFor: (id) => (element) => {
        if (!element || pending.current !== id) return;
        pending.current = null;
        element.focus();
        element.select();
      },
    }),
    [],
  );
}
