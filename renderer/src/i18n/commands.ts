/** Human names of the commands, for "Undo Move touchpoint" tooltips and menus. */
import type { CommandName } from '../../../src/commands';
import { defineCatalog, translate, type Locale } from '../../../src/i18n';

const en = {
  addTouchpoint: 'Add touchpoint',
  updateTouchpoint: 'Edit touchpoint',
  moveTouchpoints: 'Move touchpoint',
  deleteElements: 'Delete',
  addLink: 'Connect touchpoints',
  updateLink: 'Edit link',
  reverseLink: 'Reverse link',
  addStage: 'Add stage',
  renameStage: 'Rename stage',
  setStageDescription: 'Edit stage description',
  moveStage: 'Move stage',
  deleteStage: 'Delete stage',
  addLane: 'Add lane',
  renameLane: 'Rename lane',
  setLaneKind: 'Change lane type',
  moveLane: 'Move lane',
  deleteLane: 'Delete lane',
  addPainPoint: 'Add pain point',
  updatePainPoint: 'Edit pain point',
  deletePainPoint: 'Delete pain point',
  addRemedy: 'Add remedy',
  updateRemedy: 'Edit remedy',
  deleteRemedy: 'Delete remedy',
  setVotes: 'Set votes',
  adjustVotes: 'Vote',
  recordVoteSession: 'Keep the vote results',
  setMapTitle: 'Rename map',
  setMapLocale: 'Change map language',
  setMapDescription: 'Edit map description',
  addPersona: 'Add persona',
  updatePersona: 'Edit persona',
  deletePersona: 'Delete persona',
  setLaneHidden: 'Show or hide lane',
  pasteTouchpoints: 'Paste',
  duplicate: 'Duplicate',
} as const satisfies Record<CommandName, string>;

export const COMMAND_LABELS = defineCatalog(en, {
  addTouchpoint: '添加触点',
  updateTouchpoint: '编辑触点',
  moveTouchpoints: '移动触点',
  deleteElements: '删除',
  addLink: '连接触点',
  updateLink: '编辑连线',
  reverseLink: '反转连线',
  addStage: '添加阶段',
  renameStage: '重命名阶段',
  setStageDescription: '编辑阶段说明',
  moveStage: '移动阶段',
  deleteStage: '删除阶段',
  addLane: '添加泳道',
  renameLane: '重命名泳道',
  setLaneKind: '更改泳道类型',
  moveLane: '移动泳道',
  deleteLane: '删除泳道',
  addPainPoint: '添加痛点',
  updatePainPoint: '编辑痛点',
  deletePainPoint: '删除痛点',
  addRemedy: '添加改进措施',
  updateRemedy: '编辑改进措施',
  deleteRemedy: '删除改进措施',
  setVotes: '设置票数',
  adjustVotes: '投票',
  recordVoteSession: '保存投票结果',
  setMapTitle: '重命名地图',
  setMapLocale: '更改地图语言',
  setMapDescription: '编辑地图说明',
  addPersona: '添加用户画像',
  updatePersona: '编辑用户画像',
  deletePersona: '删除用户画像',
  setLaneHidden: '显示或隐藏泳道',
  pasteTouchpoints: '粘贴',
  duplicate: '创建副本',
});

const HISTORY = defineCatalog(
  { undo: 'Undo', redo: 'Redo', undoNamed: 'Undo {action}', redoNamed: 'Redo {action}' },
  { undo: '撤销', redo: '重做', undoNamed: '撤销“{action}”', redoNamed: '重做“{action}”' },
);

export function commandLabel(name: CommandName, locale: Locale): string {
  return translate(COMMAND_LABELS, locale, name);
}

/** "Undo Move touchpoint" / "撤销“移动触点”", or plain "Undo" when there is nothing to name. */
export function undoTitle(name: CommandName | null, locale: Locale): string {
  return name === null ? translate(HISTORY, locale, 'undo') : translate(HISTORY, locale, 'undoNamed', { action: commandLabel(name, locale) });
}

export function redoTitle(name: CommandName | null, locale: Locale): string {
  return name === null ? translate(HISTORY, locale, 'redo') : translate(HISTORY, locale, 'redoNamed', { action: commandLabel(name, locale) });
}
