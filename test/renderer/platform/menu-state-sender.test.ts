/** How the page sends its menu state to the desktop shell: coalesced, and only when the menu would change. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { menuStateFor, sameMenuState, type MenuState } from '../../../src/actions/menu-state';
import { createMenuStateSender, MENU_STATE_DELAY_MS } from '../../../renderer/src/app/menu-state';
import { IDLE_CONTEXT } from '../../fixtures/action-context';

const idle = IDLE_CONTEXT;

describe('sending the menu state', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('folds a burst of changes into one message with the latest state', () => {
    const sent: MenuState[] = [];
    const sender = createMenuStateSender((s) => sent.push(s));
    for (let n = 0; n <= 4; n++) sender.update({ ...idle, selectedCards: n });
    expect(sent).toEqual([]);
    vi.advanceTimersByTime(MENU_STATE_DELAY_MS);
    expect(sent).toHaveLength(1);
    expect(sameMenuState(sent[0]!, menuStateFor({ ...idle, selectedCards: 4 }))).toBe(true);
  });

  it('sends nothing when the menu would not change', () => {
    const sent: MenuState[] = [];
    const sender = createMenuStateSender((s) => sent.push(s));
    sender.update({ ...idle, selectedCards: 1 });
    vi.advanceTimersByTime(MENU_STATE_DELAY_MS);
    // Two cards instead of one: only linking and adding a pain point change, so this one is sent…
    sender.update({ ...idle, selectedCards: 2 });
    vi.advanceTimersByTime(MENU_STATE_DELAY_MS);
    // …while more cards in the map change nothing the menu shows.
    sender.update({ ...idle, selectedCards: 2, cards: 40 });
    vi.advanceTimersByTime(MENU_STATE_DELAY_MS);
    expect(sent).toHaveLength(2);
    expect(sent[0]!.disabled).not.toContain('link-mode');
    expect(sent[1]!.disabled).toContain('link-mode');
  });

  it('sends nothing after it is disposed', () => {
    const sent: MenuState[] = [];
    const sender = createMenuStateSender((s) => sent.push(s));
    sender.update(idle);
    sender.dispose();
    vi.advanceTimersByTime(MENU_STATE_DELAY_MS * 2);
    expect(sent).toEqual([]);
  });
});
