/**
 * Every action's id: the one list the native menu sends, the IPC contract checks and the renderer
 * runs. Kept apart from the table (and free of imports) so the sandboxed preload can bundle it alone.
 */
export const ACTION_IDS = [
  'new-map',
  'new-journey',
  'new-blueprint',
  'new-empty',
  'open',
  'save',
  'save-as',
  'export-pdf',
  'export-dialog',
  'export-png',
  'export-svg',
  'export-json',
  'compare-with',
  'share-network',
  'undo',
  'redo',
  'cut',
  'copy',
  'paste',
  'duplicate',
  'delete',
  'select-all',
  'select-none',
  'edit.find',
  'command-palette',
  'toggle-findings',
  'toggle-inspector',
  'view.toggleHiddenLanes',
  'zoom-in',
  'zoom-out',
  'zoom-fit',
  'focus-next-region',
  'focus-previous-region',
  'presentation-mode',
  'toggle-theme',
  'language-en',
  'language-zh-CN',
  'add-touchpoint',
  'add-stage',
  'add-lane',
  'map.addPainPoint',
  'link-mode',
  'set-level-1',
  'set-level-2',
  'set-level-3',
  'set-level-4',
  'set-level-0',
  'move-left',
  'move-right',
  'move-up',
  'move-down',
  'map.check',
  'map.properties',
  'help.shortcuts',
  'about',
] as const;

export type ActionId = (typeof ACTION_IDS)[number];

/** Actions the main process answers itself (the native About box); the page never runs them. */
export const MAIN_ONLY_ACTIONS = ['about'] as const satisfies readonly ActionId[];
export type PageActionId = Exclude<ActionId, (typeof MAIN_ONLY_ACTIONS)[number]>;

/** Actions a focused text field answers with the browser's own editing action. */
export const NATIVE_EDIT_ACTIONS = ['undo', 'redo', 'cut', 'copy', 'paste', 'delete', 'select-all'] as const satisfies readonly ActionId[];
export type NativeEditAction = (typeof NATIVE_EDIT_ACTIONS)[number];

export function isActionId(value: string): value is ActionId {
  return (ACTION_IDS as readonly string[]).includes(value);
}
