/** Turns the menu model into Electron's Menu; clicks go to the renderer as command ids. */
import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../shared/commands';
import type { MenuAction, MenuNode } from './menu-model';

export interface MenuHandlers {
  command(command: MenuCommand): void;
  action(action: MenuAction): void;
  openRecent(path: string): void;
}

function toTemplate(node: MenuNode, handlers: MenuHandlers): MenuItemConstructorOptions {
  switch (node.type) {
    case 'separator':
      return { type: 'separator' };
    case 'placeholder':
      return { label: node.label, enabled: false };
    case 'command':
      return {
        label: node.label,
        accelerator: node.accelerator,
        // F5 must reach the page as a real key press: full screen needs a user gesture there.
        ...(node.command === 'presentation-mode' ? { registerAccelerator: false } : {}),
        ...(node.enabled === false ? { enabled: false } : {}),
        ...(node.toggle === undefined ? {} : { type: node.toggle, checked: node.checked === true }),
        click: () => handlers.command(node.command),
      };
    case 'role':
      return { label: node.label, accelerator: node.accelerator, role: node.role };
    case 'action':
      return { label: node.label, click: () => handlers.action(node.action) };
    case 'recent':
      return { label: node.label, toolTip: node.path, click: () => handlers.openRecent(node.path) };
    case 'submenu':
      if (node.special === 'services') return { label: node.label, role: 'services' };
      return {
        label: node.label,
        ...(node.special === 'window' ? { role: 'window' as const } : node.special === 'help' ? { role: 'help' as const } : {}),
        submenu: node.items.map((n) => toTemplate(n, handlers)),
      };
  }
}

export function buildNativeMenu(model: readonly MenuNode[], handlers: MenuHandlers): Menu {
  return Menu.buildFromTemplate(model.map((n) => toTemplate(n, handlers)));
}
