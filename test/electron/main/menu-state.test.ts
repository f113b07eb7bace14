/**
 * The main process's side of the menu state: the menu model drawn from what the page sent, and the
 * IPC channel that carries it (sender checked, payload validated like every other channel).
 */
import { describe, expect, it } from 'vitest';
import { menuStateFor, type MenuState } from '../../../src/actions/menu-state';
import type { ActionContext } from '../../../src/actions';
import { buildMenuModel, flattenMenu, type MenuContext, type MenuNode } from '../../../electron/main/menu-model';
import { guardSend } from '../../../electron/main/ipc-router';
import { isAppUrl } from '../../../electron/main/security';
import { MENU_COMMANDS } from '../../../electron/shared/commands';

const page: ActionContext = {
  hasDocument: true,
  cards: 8,
  selectedCards: 0,
  selectedLinks: 0,
  canUndo: true,
  canRedo: false,
  saving: true,
  presenting: false,
  panels: { findings: false, inspector: true },
  locale: 'en',
};

const menu = (state: MenuState | null, extra: Partial<MenuContext> = {}) =>
  flattenMenu(buildMenuModel({ platform: 'linux', locale: 'en', recent: [], packaged: true, appName: 'Touchpoint Studio', state, ...extra }));
const commands = (nodes: MenuNode[]) => nodes.flatMap((n) => (n.type === 'command' ? [n] : []));
const item = (nodes: MenuNode[], id: string) => commands(nodes).find((n) => n.command === id)!;

describe('the menu drawn from the page’s state', () => {
  it('greys out exactly the items the page refuses', () => {
    const state = menuStateFor(page);
    const nodes = menu(state);
    const greyed = commands(nodes).filter((n) => n.enabled === false).map((n) => n.command);
    expect(greyed.sort()).toEqual([...state.disabled].sort());
    expect(greyed).toEqual(expect.arrayContaining(['save', 'save-as', 'duplicate', 'link-mode']));
    // Nothing to redo in the map, but a focused text field may have: native edits stay enabled.
    expect(item(nodes, 'redo').enabled).toBeUndefined();
  });

  it('ticks the panels as the page shows them, as checkboxes', () => {
    const nodes = menu(menuStateFor(page));
    expect(item(nodes, 'toggle-inspector')).toMatchObject({ checked: true, toggle: 'checkbox' });
    expect(item(nodes, 'toggle-findings')).toMatchObject({ checked: false, toggle: 'checkbox' });
    const swapped = menu(menuStateFor({ ...page, panels: { findings: true, inspector: false } }));
    expect(item(swapped, 'toggle-inspector').checked).toBe(false);
    expect(item(swapped, 'toggle-findings').checked).toBe(true);
  });

  it('ticks the language the menu speaks, as radio items, even before the page has caught up', () => {
    const nodes = menu(menuStateFor(page), { locale: 'zh-CN' });
    expect(item(nodes, 'language-zh-CN')).toMatchObject({ checked: true, toggle: 'radio' });
    expect(item(nodes, 'language-en')).toMatchObject({ checked: false, toggle: 'radio' });
  });

  it('keeps the edit items and About enabled whatever a page sends', () => {
    const nodes = menu({ disabled: ['undo', 'redo', 'cut', 'copy', 'paste', 'delete', 'select-all', 'about', 'save'], checked: [] });
    expect(commands(nodes).filter((n) => n.enabled === false).map((n) => n.command)).toEqual(['save']);
  });

  it('enables everything until a page has said otherwise (and after its window closed)', () => {
    const nodes = menu(null);
    expect(commands(nodes).filter((n) => n.enabled === false)).toEqual([]);
    expect(item(nodes, 'toggle-findings').checked).toBe(false);
    expect(commands(nodes).map((n) => n.command).sort()).toEqual([...MENU_COMMANDS].sort());
  });
});

describe('the menu:state channel', () => {
  const fromApp = { senderFrame: { url: 'app://touchpoint/index.html', parent: null }, sender: 'window-1' };
  const receive = () => {
    const log: string[] = [];
    const got: MenuState[] = [];
    const handler = guardSend<string, 'menu:state'>('menu:state', (_sender, state) => void got.push(state), { isTrustedUrl: (url) => isAppUrl(url), log: (m) => log.push(m) });
    return { handler, log, got };
  };

  it('hands a state the page derived to the handler', () => {
    const { handler, log, got } = receive();
    const state = menuStateFor(page);
    handler(fromApp, state);
    expect(got).toEqual([state]);
    expect(log).toEqual([]);
  });

  it.each<[string, unknown[]]>([
    ['an unknown command', [{ disabled: ['format-disk'], checked: [] }]],
    ['an id twice', [{ disabled: ['save', 'save'], checked: [] }]],
    ['an extra field', [{ disabled: [], checked: [], script: 'x' }]],
    ['a missing list', [{ disabled: [] }]],
    ['more ids than the table has', [{ disabled: [...MENU_COMMANDS, ...MENU_COMMANDS], checked: [] }]],
    ['no argument', []],
  ])('refuses %s and logs it', (_name, args) => {
    const { handler, log, got } = receive();
    handler(fromApp, ...args);
    expect(got).toEqual([]);
    expect(log).toHaveLength(1);
  });

  it('refuses a state from a page that is not the app', () => {
    const { handler, log, got } = receive();
    handler({ senderFrame: { url: 'https://evil.example/', parent: null }, sender: 'x' }, menuStateFor(page));
    handler({ senderFrame: { url: 'app://touchpoint/index.html', parent: {} }, sender: 'x' }, menuStateFor(page));
    expect(got).toEqual([]);
    expect(log).toHaveLength(2);
  });
});
