/**
 * Command ids shared by the native menu and the renderer: the action table's ids (src/actions/ids.ts,
 * import-free so the preload can bundle it). The menu sends them, the renderer receives them through
 * `Platform.onCommand(listener)` and runs them.
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
import { ACTION_IDS, NATIVE_EDIT_ACTIONS, type ActionId, type NativeEditAction } from '../../src/actions/ids';

export const MENU_COMMANDS = ACTION_IDS;
export type MenuCommand = ActionId;

/** Commands a focused text field answers with the browser's own editing action. */
export const NATIVE_EDIT_COMMANDS = NATIVE_EDIT_ACTIONS;
export type NativeEditCommand = NativeEditAction;

export function isNativeEditCommand(command: string): command is NativeEditCommand {
  return (NATIVE_EDIT_COMMANDS as readonly string[]).includes(command);
}

/** The language each `language-*` command selects. */
export const LANGUAGE_COMMANDS = { 'language-en': 'en', 'language-zh-CN': 'zh-CN' } as const;
