/**
 * What the browser build says about files: failures of open, save and export (File System Access
 * API, file input, downloads) and the names of the file types in the browser's save dialog.
 * The desktop shell has its own wording in electron/main/messages.ts.
 */
import { defineCatalog, translate, type Locale, type Params } from '../../../src/i18n';

/** Why a file operation failed, as far as the browser tells us. Mirrors PlatformError's reasons. */
export type WebFailureReason = 'permission' | 'not-found' | 'disk-full' | 'busy' | 'io';
export type WebFileOperation = 'open' | 'save' | 'export';

const en = {
  'open.permission': 'Could not open “{name}”: the browser was not allowed to read it. Open it again and choose Allow when the browser asks.',
  'open.not-found': 'Could not open “{name}”: the file is no longer there. It may have been moved, renamed or deleted.',
  'open.disk-full': 'Could not open “{name}”: the browser has run out of storage space. Free some space and try again.',
  'open.busy': 'Could not open “{name}”: another program or browser tab is using it. Wait a moment and try again.',
  'open.io': 'Could not open “{name}” ({code}). Try again, or open it with Open.',
  'save.permission':
    'Could not save “{name}”: the browser was not allowed to write to it. The file was not changed. Save again and choose Allow when the browser asks, or use Save As to save a copy.',
  'save.not-found':
    'Could not save “{name}”: the file is no longer where it was (moved, renamed or deleted). Your changes are still open here — use Save As to save them.',
  'save.disk-full':
    'Could not save “{name}”: there is not enough storage space. The file was not changed. Free some space, then save again.',
  'save.busy':
    'Could not save “{name}”: another program or browser tab is using the file. The file was not changed. Wait a moment and save again.',
  'save.io': 'Could not save “{name}” ({code}). The file was not changed. Try again, or use Save As to save a copy.',
  'export.permission': 'Could not export “{name}”: the browser was not allowed to write the file. Export again and choose Allow, or pick another folder.',
  'export.not-found': 'Could not export “{name}”: the folder is no longer there. Export again and pick another folder.',
  'export.disk-full': 'Could not export “{name}”: there is not enough storage space. Free some space, then export again.',
  'export.busy': 'Could not export “{name}”: another program is using the file. Close it, or export under another name.',
  'export.io': 'Could not export “{name}” ({code}). Try again.',
  'picker.permission': 'The browser did not let the page open its file dialog. Click the button again.',
  'picker.io': 'The browser could not show its file dialog ({code}). Try again.',
  'type.map': 'Touchpoint map',
  'type.pdf': 'PDF document',
  'type.png': 'PNG image',
  'type.svg': 'SVG image',
  'type.json': 'JSON file',
  'type.other': 'File',
  'draft.unavailable':
    'Drafts are off: this browser does not let the page use IndexedDB (private browsing?). Unsaved changes will not be recovered after a crash.',
} as const;

export const PLATFORM_MESSAGES = defineCatalog(en, {
  'open.permission': '无法打开“{name}”：浏览器没有获得读取该文件的权限。请重新打开，并在浏览器询问时选择“允许”。',
  'open.not-found': '无法打开“{name}”：文件已不存在，可能已被移动、改名或删除。',
  'open.disk-full': '无法打开“{name}”：浏览器的存储空间已用完。请腾出空间后重试。',
  'open.busy': '无法打开“{name}”：另一个程序或浏览器标签页正在使用它。请稍候再试。',
  'open.io': '无法打开“{name}”（{code}）。请重试，或通过“打开”重新选择文件。',
  'save.permission': '无法保存“{name}”：浏览器没有获得写入该文件的权限。文件没有改动。请重新保存并在浏览器询问时选择“允许”，或用“另存为”保存副本。',
  'save.not-found': '无法保存“{name}”：文件已不在原来的位置（被移动、改名或删除）。你的修改仍在本页中——请用“另存为”保存。',
  'save.disk-full': '无法保存“{name}”：存储空间不足。文件没有改动。请先腾出空间，再重新保存。',
  'save.busy': '无法保存“{name}”：另一个程序或浏览器标签页正在使用该文件。文件没有改动。请稍候再保存。',
  'save.io': '无法保存“{name}”（{code}）。文件没有改动。请重试，或用“另存为”保存副本。',
  'export.permission': '无法导出“{name}”：浏览器没有获得写入该文件的权限。请重新导出并选择“允许”，或换一个文件夹。',
  'export.not-found': '无法导出“{name}”：文件夹已不存在。请重新导出并选择其他文件夹。',
  'export.disk-full': '无法导出“{name}”：存储空间不足。请先腾出空间，再重新导出。',
  'export.busy': '无法导出“{name}”：另一个程序正在使用该文件。请关闭它，或换一个文件名导出。',
  'export.io': '无法导出“{name}”（{code}）。请重试。',
  'picker.permission': '浏览器不允许页面打开文件对话框。请再点击一次按钮。',
  'picker.io': '浏览器无法显示文件对话框（{code}）。请重试。',
  'type.map': 'Touchpoint 地图',
  'type.pdf': 'PDF 文档',
  'type.png': 'PNG 图片',
  'type.svg': 'SVG 图片',
  'type.json': 'JSON 文件',
  'type.other': '文件',
  'draft.unavailable': '草稿已关闭：此浏览器不允许页面使用 IndexedDB（是否处于无痕模式？）。程序崩溃后将无法恢复未保存的修改。',
});

export type PlatformMessageKey = keyof typeof en;

export function platformMessage(locale: Locale, key: PlatformMessageKey, params?: Params): string {
  return translate(PLATFORM_MESSAGES, locale, key, params);
}

/**
 * The plain-language message for a failed file operation. Without a file name the failure came
 * from the browser's file dialog itself, before any file was chosen.
 */
export function fileFailureMessage(
  locale: Locale,
  operation: WebFileOperation,
  reason: WebFailureReason,
  params: { name?: string; code?: string },
): string {
  const code = params.code ?? reason;
  if (params.name === undefined) return platformMessage(locale, reason === 'permission' ? 'picker.permission' : 'picker.io', { code });
  return platformMessage(locale, `${operation}.${reason}`, { name: params.name, code });
}
