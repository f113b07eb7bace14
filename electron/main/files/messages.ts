/** Turns file failures into the sentence a person reads: what happened, and what to do now. */
import { basename, dirname } from 'node:path';
import { translate, type Locale } from '../../../src/i18n';
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
