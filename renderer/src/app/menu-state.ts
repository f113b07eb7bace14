/**
 * Keeps the desktop app's native menu in step with the page: the same predicates that grey out a
 * toolbar button grey out its menu item, and the panels' ticks follow. The state goes to the main
 * process coalesced and only when it changed, so a drag-select costs one menu rebuild, not one per frame.
 */
import { useEffect, useRef } from 'react';
import { menuStateFor, sameMenuState, type MenuState } from '../../../src/actions/menu-state';
import type { ActionContext } from '../../../src/actions';

/** Short enough that the menu is right by the time a person reaches for it, long enough to fold a burst of changes. */
export const MENU_STATE_DELAY_MS = 150;

export interface MenuStateSender {
  /** The page's context now; its menu state is sent after the delay unless it equals the last one sent. */
  update(ctx: ActionContext): void;
  dispose(): void;
}

export function createMenuStateSender(send: (state: MenuState) => void, delay = MENU_STATE_DELAY_MS): MenuStateSender {
  let sent: MenuState | null = null;
  let pending: MenuState | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    timer = undefined;
    if (pending && !(sent && sameMenuState(pending, sent))) {
      sent = pending;
      send(pending);
    }
    pending = null;
  };
  return {
    update(ctx) {
      pending = menuStateFor(ctx);
      timer ??= setTimeout(flush, delay);
    },
    dispose() {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      pending = null;
    },
  };
}

/** Sends the menu state for `context` whenever the page renders with a different one. */
export function useMenuState(send: (state: MenuState) => void, context: ActionContext): void {
  const sender = useRef<MenuStateSender | null>(null);
  useEffect(() => {
    const current = createMenuStateSender(send);
    sender.current = current;
    return () => {
      current.dispose();
      if (sender.current === current) sender.current = null;
    };
  }, [send]);
  useEffect(() => sender.current?.update(context));
}
