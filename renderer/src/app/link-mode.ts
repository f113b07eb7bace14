/**
 * Linking without the mouse: L on a selected card starts it; the arrow keys move a target highlight
 * from card to card; Enter makes the link (one undo step); Esc cancels. Each step is announced.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { cardInDirection } from '../../../src/actions';
import { translate } from '../../../src/i18n';
import { UI } from '../i18n/ui';
import { layoutGrid } from '../../../src/layout';
import type { AppServices } from './context';
import { focusCard } from './actions';

const ARROWS: Readonly<Record<string, readonly [number, number]>> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };

export function useLinkMode(services: AppServices, announce: (text: string) => void): { start: () => void; active: boolean } {
  const { store, ui } = services;
  const [link, setLink] = useState<{ from: string; to: string } | null>(null);
  const active = link !== null;
  const current = useRef(link);
  current.current = link;
  const say = (key: 'link.start' | 'link.target' | 'link.done', from: string, to: string) => {
    const map = store.getState().map;
    const title = (id: string) => map.touchpoints.find((t) => t.id === id)?.title ?? '';
    announce(translate(UI, ui.getState().locale, key, { from: title(from), to: title(to) }));
  };
  const show = (to: string | null) => {
    ui.set({ highlight: new Set(to ? [to] : []) });
    if (to) ui.set((s) => ({ focus: { ids: [to], nonce: (s.focus?.nonce ?? 0) + 1 } }));
  };

  const start = useCallback(() => {
    const map = store.getState().map;
    const selected = map.touchpoints.filter((t) => ui.getState().selection.has(t.id));
    if (selected.length !== 1) return;
    const from = selected[0]!.id;
    const cards = layoutGrid(map).cards;
    const to = cardInDirection(cards.values(), from, 1, 0) ?? cardInDirection(cards.values(), from, 0, 1) ?? [...cards.keys()].find((id) => id !== from) ?? null;
    if (!to) {
      announce(translate(UI, ui.getState().locale, 'link.none'));
      return;
    }
    setLink({ from, to });
    show(to);
    say('link.start', from, to);
  }, [store, ui, announce]);

  useEffect(() => {
    if (!active) return undefined;
    const finish = () => {
      setLink(null);
      ui.set({ highlight: new Set() });
    };
    const onKey = (event: KeyboardEvent) => {
      const now = current.current;
      if (!now) return;
      const arrow = ARROWS[event.key];
      if (arrow && !event.altKey && !event.ctrlKey && !event.metaKey) {
        const next = cardInDirection(layoutGrid(store.getState().map).cards.values(), now.to, arrow[0], arrow[1]);
        if (next && next !== now.from) {
          setLink({ ...now, to: next });
          show(next);
          say('link.target', now.from, next);
        }
      } else if (event.key === 'Enter') {
        finish();
        if (store.dispatch('addLink', { from: now.from, to: now.to })) say('link.done', now.from, now.to);
        requestAnimationFrame(() => focusCard(now.from));
      } else if (event.key === 'Escape') {
        finish();
        announce(translate(UI, ui.getState().locale, 'link.cancelled'));
        requestAnimationFrame(() => focusCard(now.from));
      } else return;
      // Ahead of the editor's own keys (Esc clears the selection, arrows move a focused card).
      event.preventDefault();
      event.stopImmediatePropagation();
    };
    window.addEventListener('keydown', onKey, true);
    // A click elsewhere, or a different document, ends linking.
    const onDown = () => finish();
    window.addEventListener('pointerdown', onDown, true);
    return () => {
      window.removeEventListener('keydown', onKey, true);
      window.removeEventListener('pointerdown', onDown, true);
    };
  }, [active, store, ui]);

  return { start, active };
}
