/**
 * Command ids shared by the native menu and the renderer's toolbar: the menu sends them, the
 * renderer dispatches them. Plain data, so the preload can bundle it and the renderer can import
 * the type.
 */
export const MENU_COMMANDS = [
  'file.new',
  'file.open',
  'file.save',
  'file.saveAs',
  'file.exportPdf',
  'file.exportPng',
  'edit.undo',
  'edit.redo',
  'edit.find',
  'view.presentation',
  'view.zoomIn',
  'view.zoomOut',
  'view.fitView',
  'view.toggleHiddenLanes',
  'map.addTouchpoint',
  'map.addStage',
  'map.addLane',
  'map.addPainPoint',
  'map.check',
  'map.properties',
  'help.shortcuts',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];
