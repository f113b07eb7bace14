/** Turns file failures into the sentence a person reads: what happened, and what to do now. */
import { basename, dirname } from 'node:path';
import { defineCatalog, translate, type Locale } from '../../../src/i18n';
import type { FailureReason } from '../../shared/ipc-contract';
import { desktopMessages } from '../messages';
import type { SaveError } from './atomic-save';

export interface Failure {
  readonly reason: FailureReason;
  readonly message: string;
}

export function describeSaveError(error: SaveError, locale: Locale): Failure {
  const params = { name: basename(error.path), folder: dirname(error.path), code: error.code };
  let message = translate(desktopMessages, locale, `save.${error.reason}`, params);
  if (error.backupPath) message += ` ${translate(desktopMessages, locale, 'save.backup-kept', { backup: error.backupPath })}`;
  return { reason: error.reason, message };
}

export function describeConflict(path: string, locale: Locale): Failure {
  return { reason: 'conflict', message: translate(desktopMessages, locale, 'save.conflict', { name: basename(path) }) };
}

export function describeReadError(path: string, code: string, locale: Locale): Failure {
  const name = basename(path);
  if (code === 'ENOENT' || code === 'ENOTDIR') return { reason: 'not-found', message: translate(desktopMessages, locale, 'open.not-found', { name }) };
  if (code === 'EACCES' || code === 'EPERM') return { reason: 'permission', message: translate(desktopMessages, locale, 'open.permission', { name }) };
  if (code === 'EISDIR') return { reason: 'io', message: translate(desktopMessages, locale, 'open.is-directory', { name }) };
  return { reason: 'io', message: translate(desktopMessages, locale, 'open.io', { name, code }) };
}

/** Refusals of the main process's own checks before a write, which a working page never triggers. */
const guardMessages = defineCatalog(
  {
    'save.not-a-map': 'Could not save “{name}”: the app sent text that is not a valid map ({problem}). The file on disk was not changed.',
    'save.not-open': 'Could not save “{name}”: it was not opened or saved in this session. Use Save As to choose where to save.',
  },
  {
    'save.not-a-map': '无法保存“{name}”：应用送来的内容不是有效的地图（{problem}）。磁盘上的文件没有改动。',
    'save.not-open': '无法保存“{name}”：本次没有打开或保存过这个文件。请用“另存为”选择保存位置。',
  },
);

export function describeGuardRefusal(key: 'save.not-a-map' | 'save.not-open', name: string, locale: Locale, problem = ''): Failure {
  return { reason: 'io', message: translate(guardMessages, locale, key, { name, problem }) };
}
