/**
 * Command ids shared by the native menu and the renderer's toolbar: the menu sends them, the
 * renderer receives them through `Platform.onCommand(listener)` and dispatches them. Plain data,
 * so the preload can bundle it and the renderer can import the type.
 *
 * Contract with the renderer:
 * - Keyboard shortcuts reach the page first. When the renderer handles a shortcut itself it must
 *   call `event.preventDefault()`; the menu's accelerator then does not fire a second time.
 * - NATIVE_EDIT_COMMANDS (undo, redo, cut, copy, paste, delete, select-all) are not sent to the
 *   renderer while a text field has focus (or, for copy, while text is selected): the preload asks
 *   the main process to run the browser's own editing action instead, so typing works as usual.
 * - MAIN_COMMANDS are handled in the main process: `about` shows the native About dialog (never
 *   sent); the `language-*` commands switch the menu's language and are then sent on as well.
 */
export const MENU_COMMANDS = [
  // File
  'new-journey',
  'new-blueprint',
  'open',
  'save',
  'save-as',
  'export-pdf',
  'export-png',
  'export-svg',
  'export-json',
  // Edit
  'undo',
  'redo',
  'cut',
  'copy',
  'paste',
  'duplicate',
  'delete',
  'select-all',
  'edit.find',
  // View
  'toggle-findings',
  'toggle-inspector',
  'view.toggleHiddenLanes',
  'zoom-in',
  'zoom-out',
  'zoom-fit',
  'presentation-mode',
  'toggle-theme',
  'language-en',
  'language-zh-CN',
  // Map
  'add-touchpoint',
  'add-stage',
  'add-lane',
  'map.addPainPoint',
  'map.check',
  'map.properties',
  // Help
  'help.shortcuts',
  'about',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

/** Commands a focused text field answers with the browser's own editing action. */
export const NATIVE_EDIT_COMMANDS = ['undo', 'redo', 'cut', 'copy', 'paste', 'delete', 'select-all'] as const;
export type NativeEditCommand = (typeof NATIVE_EDIT_COMMANDS)[number];

export function isNativeEditCommand(command: string): command is NativeEditCommand {
  return (NATIVE_EDIT_COMMANDS as readonly string[]).includes(command);
}

/** The language each `language-*` command selects. */
export const LANGUAGE_COMMANDS = { 'language-en': 'en', 'language-zh-CN': 'zh-CN' } as const;
