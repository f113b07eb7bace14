/**
 * The application menu as data: File, Edit, View, Map, Help. The commands, their order, labels and
 * accelerators come from the action table (src/actions); this file adds what only the OS has (roles,
 * recent files, the macOS app and Window menus). native-menu.ts turns the model into a native Menu;
 * index.ts routes the ids (routeMenuCommand) to the renderer.
 */
import { basename } from 'node:path';
import { actionLabel, actionSpec, isChecked, menuAccelerator, menuGroups, platformOf, type ActionContext, type ActionId, type ActionSpec, type MenuName } from '../../src/actions';
import { mayGreyOut, type MenuState } from '../../src/actions/menu-state';
import { translate, type Locale } from '../../src/i18n';
import { LANGUAGE_COMMANDS, MENU_COMMANDS, type MenuCommand } from '../shared/commands';
import { menuMessages, type MenuLabelKey } from './menu-messages';

export { MENU_COMMANDS, type MenuCommand };

/** Native behaviours Electron implements itself (clipboard in text fields, window management). */
export type MenuRole =
  | 'cut'
  | 'copy'
  | 'paste'
  | 'selectAll'
  | 'togglefullscreen'
  | 'toggleDevTools'
  | 'close'
  | 'quit'
  | 'hide'
  | 'hideOthers'
  | 'unhide'
  | 'minimize'
  | 'zoom'
  | 'front';

/** Things the main process does itself that are not commands. */
export type MenuAction = 'clearRecent';

export type MenuNode =
  | {
      type: 'command';
      command: MenuCommand;
      label: string;
      accelerator?: string;
      /** Present (and false) only when the page says the action cannot run now. */
      enabled?: false;
      /** Present for items with a tick: a language (radio) or a panel (checkbox). */
      checked?: boolean;
      toggle?: 'radio' | 'checkbox';
    }
  | { type: 'role'; role: MenuRole; label: string; accelerator?: string }
  | { type: 'action'; action: MenuAction; label: string }
  | { type: 'recent'; path: string; label: string }
  | { type: 'placeholder'; label: string }
  | { type: 'separator' }
  | { type: 'submenu'; label: string; items: MenuNode[]; special?: 'services' | 'window' | 'help' };

export interface MenuContext {
  platform: NodeJS.Platform;
  locale: Locale;
  recent: readonly string[];
  /** Developer tools are offered only in development builds. */
  packaged: boolean;
  appName: string;
  /** What the page's actions allow now; null until the page has said (everything enabled, nothing ticked). */
  state?: MenuState | null;
}

/** A context for the predicates the menu evaluates itself (the language items). */
const MENU_DEFAULTS: ActionContext = {
  hasDocument: true,
  cards: 0,
  selectedCards: 0,
  selectedLinks: 0,
  canUndo: true,
  canRedo: true,
  saving: false,
  presenting: false,
  panels: { findings: false, inspector: false },
  locale: 'en',
};

export function buildMenuModel(ctx: MenuContext): MenuNode[] {
  const mac = ctx.platform === 'darwin';
  const platform = platformOf(ctx.platform);
  const label = (key: MenuLabelKey) => translate(menuMessages, ctx.locale, key);
  // macOS has no access keys: `&File` → `File`, `文件(&F)` → `文件`.
  const top = (key: MenuLabelKey) => (mac ? label(key).replace(/\(&\w\)/, '').replace(/&(?!&)/g, '') : label(key));
  const state = ctx.state ?? null;
  // The language is the main process's own (it switches before the page answers); the page owns the rest.
  const language: ActionContext = { ...MENU_DEFAULTS, locale: ctx.locale };
  const command = (spec: ActionSpec): MenuNode => {
    const accelerator = menuAccelerator(spec.id, platform);
    const radio = spec.menu?.submenu === 'language';
    const checked = radio ? isChecked(spec.id, language) : spec.checked ? (state?.checked.includes(spec.id) ?? false) : undefined;
    const disabled = mayGreyOut(spec) && (state?.disabled.includes(spec.id) ?? false);
    return {
      type: 'command',
      command: spec.id,
      label: actionLabel(spec.id, ctx.locale),
      ...(accelerator ? { accelerator } : {}),
      ...(disabled ? { enabled: false as const } : {}),
      ...(checked === undefined ? {} : { checked, toggle: radio ? ('radio' as const) : ('checkbox' as const) }),
    };
  };
  const role = (r: MenuRole, key: MenuLabelKey, accelerator?: string): MenuNode =>
    accelerator ? { type: 'role', role: r, label: label(key), accelerator } : { type: 'role', role: r, label: label(key) };
  const sep: MenuNode = { type: 'separator' };

  const recentItems: MenuNode[] = ctx.recent.length
    ? [...ctx.recent.map((path): MenuNode => ({ type: 'recent', path, label: basename(path) })), sep, { type: 'action', action: 'clearRecent', label: label('file.clearRecent') }]
    : [{ type: 'placeholder', label: label('file.noRecent') }];
  const submenuLabels: Record<'language' | 'level', MenuLabelKey> = { language: 'view.language', level: 'map.level' };

  /** A menu's groups from the table; items of one submenu gather where its first item stands. */
  const fromTable = (menu: MenuName, skip: readonly ActionId[] = []): MenuNode[] =>
    menuGroups(menu)
      .map((group) => {
        const nodes: MenuNode[] = [];
        const submenus = new Map<string, MenuNode[]>();
        for (const spec of group) {
          if (skip.includes(spec.id)) continue;
          const sub = spec.menu?.submenu;
          if (sub === undefined) {
            nodes.push(command(spec));
            if (spec.id === 'open') nodes.push({ type: 'submenu', label: label('file.openRecent'), items: recentItems });
            continue;
          }
          let items = submenus.get(sub);
          if (!items) {
            items = [];
            submenus.set(sub, items);
            nodes.push({ type: 'submenu', label: label(submenuLabels[sub]), items });
          }
          items.push(command(spec));
        }
        return nodes;
      })
      .filter((nodes) => nodes.length > 0)
      .flatMap((nodes, i) => (i === 0 ? nodes : [sep, ...nodes]));

  const file: MenuNode = {
    type: 'submenu',
    label: top('menu.file'),
    items: [
      ...fromTable('file'),
      sep,
      role('close', 'file.close', 'CmdOrCtrl+W'),
      ...(mac ? [] : [sep, ctx.platform === 'win32' ? role('quit', 'file.exit') : role('quit', 'file.quit', 'Ctrl+Q')]),
    ],
  };
  const edit: MenuNode = { type: 'submenu', label: top('menu.edit'), items: fromTable('edit') };
  const view: MenuNode = {
    type: 'submenu',
    label: top('menu.view'),
    items: [
      ...fromTable('view'),
      sep,
      role('togglefullscreen', 'view.fullScreen', mac ? 'Ctrl+Cmd+F' : 'F11'),
      ...(ctx.packaged ? [] : [role('toggleDevTools', 'view.devTools', mac ? 'Alt+Cmd+I' : 'Ctrl+Shift+I')]),
    ],
  };
  const map: MenuNode = { type: 'submenu', label: top('menu.map'), items: fromTable('map') };
  // macOS puts About in the application menu.
  const help: MenuNode = { type: 'submenu', label: top('menu.help'), special: 'help', items: fromTable('help', mac ? ['about'] : []) };

  if (!mac) return [file, edit, view, map, help];

  const appMenu: MenuNode = {
    type: 'submenu',
    label: ctx.appName,
    items: [
      command(actionSpec('about')),
      sep,
      { type: 'submenu', label: label('app.services'), special: 'services', items: [] },
      sep,
      role('hide', 'app.hide', 'Cmd+H'),
      role('hideOthers', 'app.hideOthers', 'Cmd+Alt+H'),
      role('unhide', 'app.showAll'),
      sep,
      role('quit', 'file.quit', 'Cmd+Q'),
    ],
  };
  const windowMenu: MenuNode = {
    type: 'submenu',
    label: top('menu.window'),
    special: 'window',
    items: [role('minimize', 'window.minimize', 'Cmd+M'), role('zoom', 'window.zoom'), sep, role('front', 'window.front')],
  };
  return [appMenu, file, edit, view, map, windowMenu, help];
}

/** Where a menu command goes: the main process handles some itself before (or instead of) the page. */
export interface CommandRoute {
  /** Send the id on to the renderer. */
  forward: boolean;
  /** Show the native About dialog. */
  about?: true;
  /** Switch the menu (and dialogs) to this language. */
  locale?: Locale;
}

/** Commands that make sense with no window open (macOS keeps running without one): they open it. */
export const WINDOWLESS_COMMANDS: readonly MenuCommand[] = ['new-map', 'new-journey', 'new-blueprint', 'new-empty', 'open'];

export function routeMenuCommand(command: MenuCommand): CommandRoute {
  if (command === 'about') return { forward: false, about: true };
  if (command in LANGUAGE_COMMANDS) return { forward: true, locale: LANGUAGE_COMMANDS[command as keyof typeof LANGUAGE_COMMANDS] };
  return { forward: true };
}

/** Every item in the model, depth first. */
export function flattenMenu(nodes: readonly MenuNode[]): MenuNode[] {
  return nodes.flatMap((n) => (n.type === 'submenu' ? [n, ...flattenMenu(n.items)] : [n]));
}

/** `CmdOrCtrl+Shift+S` on a platform → a canonical key chord, to spot duplicates. */
export function normaliseAccelerator(accelerator: string, platform: NodeJS.Platform): string {
  const mac = platform === 'darwin';
  const parts = accelerator.split('+').map((p) => {
    const key = p.toLowerCase();
    if (key === 'cmdorctrl' || key === 'commandorcontrol') return mac ? 'cmd' : 'ctrl';
    if (key === 'command') return 'cmd';
    if (key === 'control') return 'ctrl';
    if (key === 'option') return 'alt';
    return key;
  });
  const key = parts.pop() ?? '';
  return [...parts.sort(), key].join('+');
}
