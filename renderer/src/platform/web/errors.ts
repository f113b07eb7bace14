/** What a failed browser file operation means for a person, in their language. */
import type { Locale } from '../../../../src/i18n';
import { fileFailureMessage, type WebFailureReason, type WebFileOperation } from '../../i18n/platform';
import { PlatformError } from '../types';

export function errorName(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'name' in error && typeof error.name === 'string') return error.name;
  return undefined;
}

/** The person closed a picker: a cancel, not a failure. */
export function isAbortError(error: unknown): boolean {
  return errorName(error) === 'AbortError';
}

/** What a browser file error means for a person (DOMException names, by the File System spec). */
export function failureReason(error: unknown): WebFailureReason {
  switch (errorName(error)) {
    case 'NotAllowedError':
    case 'SecurityError':
      return 'permission';
    case 'NotFoundError':
      return 'not-found';
    case 'QuotaExceededError':
    case 'NS_ERROR_DOM_QUOTA_REACHED': // older Firefox
      return 'disk-full';
    case 'NoModificationAllowedError':
    case 'InvalidStateError':
      return 'busy';
    default:
      return 'io';
  }
}

/**
 * A PlatformError in the person's language for a failed browser file operation. `name` is the
 * file's name; leave it out when the file dialog itself failed. PlatformErrors pass through.
 */
export function toPlatformError(error: unknown, operation: WebFileOperation, name: string | undefined, locale: Locale): PlatformError {
  if (error instanceof PlatformError) return error;
  const reason = failureReason(error);
  const code = errorName(error) ?? 'unknown error';
  const message = fileFailureMessage(locale, operation, reason, name === undefined ? { code } : { name, code });
  const result = new PlatformError(message, reason);
  (result as { cause?: unknown }).cause = error;
  return result;
}
