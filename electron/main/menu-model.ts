/**
 * The application menu as data: File, Edit, View, Map, Help, with each platform's usual
 * accelerators. Items carry the same command ids as the renderer's toolbar; menu.ts turns the
 * model into a native Menu; index.ts routes the ids (routeMenuCommand) to the renderer.
 */
import { basename } from 'node:path';
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
  | { type: 'command'; command: MenuCommand; label: string; accelerator?: string; checked?: boolean }
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
}

export function buildMenuModel(ctx: MenuContext): MenuNode[] {
  const mac = ctx.platform === 'darwin';
  const label = (key: MenuLabelKey) => translate(menuMessages, ctx.locale, key);
  // macOS has no access keys: `&File` → `File`, `文件(&F)` → `文件`.
  const top = (key: MenuLabelKey) => (mac ? label(key).replace(/\(&\w\)/, '').replace(/&(?!&)/g, '') : label(key));
  const command = (c: MenuCommand, accelerator?: string): MenuNode =>
    accelerator ? { type: 'command', command: c, label: label(c), accelerator } : { type: 'command', command: c, label: label(c) };
  const role = (r: MenuRole, key: MenuLabelKey, accelerator?: string): MenuNode =>
    accelerator ? { type: 'role', role: r, label: label(key), accelerator } : { type: 'role', role: r, label: label(key) };
  const sep: MenuNode = { type: 'separator' };

  const recentItems: MenuNode[] = ctx.recent.length
    ? [...ctx.recent.map((path): MenuNode => ({ type: 'recent', path, label: basename(path) })), sep, { type: 'action', action: 'clearRecent', label: label('file.clearRecent') }]
    : [{ type: 'placeholder', label: label('file.noRecent') }];

  const file: MenuNode = {
    type: 'submenu',
    label: top('menu.file'),
    items: [
      command('new-journey', 'CmdOrCtrl+N'),
      command('new-blueprint', 'CmdOrCtrl+Shift+N'),
      command('open', 'CmdOrCtrl+O'),
      { type: 'submenu', label: label('file.openRecent'), items: recentItems },
      sep,
      command('save', 'CmdOrCtrl+S'),
      command('save-as', 'CmdOrCtrl+Shift+S'),
      sep,
      command('export-pdf', 'CmdOrCtrl+Shift+E'),
      command('export-png'),
      command('export-svg'),
      command('export-json'),
      sep,
      role('close', 'file.close', 'CmdOrCtrl+W'),
      ...(mac ? [] : [sep, ctx.platform === 'win32' ? role('quit', 'file.exit') : role('quit', 'file.quit', 'Ctrl+Q')]),
    ],
  };

  const edit: MenuNode = {
    type: 'submenu',
    label: top('menu.edit'),
    items: [
      command('undo', 'CmdOrCtrl+Z'),
      command('redo', ctx.platform === 'win32' ? 'Ctrl+Y' : 'Shift+CmdOrCtrl+Z'),
      sep,
      command('cut', 'CmdOrCtrl+X'),
      command('copy', 'CmdOrCtrl+C'),
      command('paste', 'CmdOrCtrl+V'),
      command('duplicate', 'CmdOrCtrl+D'),
      command('delete', mac ? 'Backspace' : 'Delete'),
      command('select-all', 'CmdOrCtrl+A'),
      sep,
      command('edit.find', 'CmdOrCtrl+F'),
    ],
  };

  const languages = (Object.keys(LANGUAGE_COMMANDS) as (keyof typeof LANGUAGE_COMMANDS)[]).map(
    (c): MenuNode => ({ type: 'command', command: c, label: label(c), checked: LANGUAGE_COMMANDS[c] === ctx.locale }),
  );

  const view: MenuNode = {
    type: 'submenu',
    label: top('menu.view'),
    items: [
      command('toggle-findings', 'CmdOrCtrl+Shift+F'),
      command('toggle-inspector', 'CmdOrCtrl+I'),
      command('view.toggleHiddenLanes', 'CmdOrCtrl+Shift+H'),
      sep,
      command('zoom-in', 'CmdOrCtrl+='),
      command('zoom-out', 'CmdOrCtrl+-'),
      command('zoom-fit', 'CmdOrCtrl+0'),
      sep,
      command('presentation-mode', 'F5'),
      command('toggle-theme'),
      { type: 'submenu', label: label('view.language'), items: languages },
      sep,
      role('togglefullscreen', 'view.fullScreen', mac ? 'Ctrl+Cmd+F' : 'F11'),
      ...(ctx.packaged ? [] : [role('toggleDevTools', 'view.devTools', mac ? 'Alt+Cmd+I' : 'Ctrl+Shift+I')]),
    ],
  };

  const map: MenuNode = {
    type: 'submenu',
    label: top('menu.map'),
    items: [
      command('add-touchpoint', 'CmdOrCtrl+Shift+T'),
      command('map.addPainPoint', 'CmdOrCtrl+Shift+P'),
      command('add-stage'),
      command('add-lane'),
      sep,
      command('map.check', 'F7'),
      command('map.properties'),
    ],
  };

  const about = command('about');
  const help: MenuNode = {
    type: 'submenu',
    label: top('menu.help'),
    special: 'help',
    items: [command('help.shortcuts', 'CmdOrCtrl+/'), ...(mac ? [] : [sep, about])],
  };

  if (!mac) return [file, edit, view, map, help];

  const appMenu: MenuNode = {
    type: 'submenu',
    label: ctx.appName,
    items: [
      about,
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
export const WINDOWLESS_COMMANDS: readonly MenuCommand[] = ['new-journey', 'new-blueprint', 'open'];

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
