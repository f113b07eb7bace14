/**
 * The application menu as data: File, Edit, View, Map, Help, with each platform's usual
 * accelerators. Items carry the same command ids as the renderer's toolbar; menu.ts turns the
 * model into a native Menu and forwards the ids to the renderer.
 */
import { basename } from 'node:path';
import { translate, type Locale } from '../../src/i18n';
import { MENU_COMMANDS, type MenuCommand } from '../shared/commands';
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

/** Things the main process does itself. */
export type MenuAction = 'about' | 'clearRecent';

export type MenuNode =
  | { type: 'command'; command: MenuCommand; label: string; accelerator?: string }
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
    accelerator ? { type: 'command', command: c, label: label(c as MenuLabelKey), accelerator } : { type: 'command', command: c, label: label(c as MenuLabelKey) };
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
      command('file.new', 'CmdOrCtrl+N'),
      command('file.open', 'CmdOrCtrl+O'),
      { type: 'submenu', label: label('file.openRecent'), items: recentItems },
      sep,
      command('file.save', 'CmdOrCtrl+S'),
      command('file.saveAs', 'CmdOrCtrl+Shift+S'),
      sep,
      command('file.exportPdf', 'CmdOrCtrl+Shift+E'),
      command('file.exportPng'),
      sep,
      role('close', 'file.close', 'CmdOrCtrl+W'),
      ...(mac ? [] : [sep, ctx.platform === 'win32' ? role('quit', 'file.exit') : role('quit', 'file.quit', 'Ctrl+Q')]),
    ],
  };

  const edit: MenuNode = {
    type: 'submenu',
    label: top('menu.edit'),
    items: [
      command('edit.undo', 'CmdOrCtrl+Z'),
      command('edit.redo', ctx.platform === 'win32' ? 'Ctrl+Y' : 'Shift+CmdOrCtrl+Z'),
      sep,
      role('cut', 'edit.cut', 'CmdOrCtrl+X'),
      role('copy', 'edit.copy', 'CmdOrCtrl+C'),
      role('paste', 'edit.paste', 'CmdOrCtrl+V'),
      role('selectAll', 'edit.selectAll', 'CmdOrCtrl+A'),
      sep,
      command('edit.find', 'CmdOrCtrl+F'),
    ],
  };

  const view: MenuNode = {
    type: 'submenu',
    label: top('menu.view'),
    items: [
      command('view.presentation', 'F5'),
      sep,
      command('view.zoomIn', 'CmdOrCtrl+='),
      command('view.zoomOut', 'CmdOrCtrl+-'),
      command('view.fitView', 'CmdOrCtrl+0'),
      sep,
      command('view.toggleHiddenLanes', 'CmdOrCtrl+Shift+H'),
      sep,
      role('togglefullscreen', 'view.fullScreen', mac ? 'Ctrl+Cmd+F' : 'F11'),
      ...(ctx.packaged ? [] : [role('toggleDevTools', 'view.devTools', mac ? 'Alt+Cmd+I' : 'Ctrl+Shift+I')]),
    ],
  };

  const map: MenuNode = {
    type: 'submenu',
    label: top('menu.map'),
    items: [
      command('map.addTouchpoint', 'CmdOrCtrl+Shift+T'),
      command('map.addPainPoint', 'CmdOrCtrl+Shift+P'),
      command('map.addStage'),
      command('map.addLane'),
      sep,
      command('map.check', 'F7'),
      command('map.properties'),
    ],
  };

  const about: MenuNode = { type: 'action', action: 'about', label: label('help.about') };
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
