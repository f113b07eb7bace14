/** The web platform's pure parts: browser errors → PlatformError in the person's language, names, titles. */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { PLATFORM_MESSAGES } from '../../../renderer/src/i18n/platform';
import { PlatformError } from '../../../renderer/src/platform/types';
import {
  exportFileType,
  failureReason,
  isAbortError,
  mapFileName,
  toPlatformError,
  windowTitle,
} from '../../../renderer/src/platform/web';

const dom = (name: string) => new DOMException('browser says no', name);

describe('failureReason', () => {
  test.each([
    ['NotAllowedError', 'permission'],
    ['SecurityError', 'permission'],
    ['NotFoundError', 'not-found'],
    ['QuotaExceededError', 'disk-full'],
    ['NoModificationAllowedError', 'busy'],
    ['InvalidStateError', 'busy'],
    ['NotReadableError', 'io'],
    ['TypeMismatchError', 'io'],
    ['EncodingError', 'io'],
  ] as const)('%s → %s', (name, reason) => {
    expect(failureReason(dom(name))).toBe(reason);
  });

  test('anything that is not a named error is an i/o failure', () => {
    expect(failureReason(new TypeError('x'))).toBe('io');
    expect(failureReason('a string')).toBe('io');
    expect(failureReason(undefined)).toBe('io');
    expect(failureReason({ name: 42 })).toBe('io');
  });

  test('AbortError is recognised as a cancel', () => {
    expect(isAbortError(dom('AbortError'))).toBe(true);
    expect(isAbortError(dom('NotAllowedError'))).toBe(false);
    expect(isAbortError(null)).toBe(false);
  });
});

describe('toPlatformError', () => {
  test('names the file and the reason in English and Chinese', () => {
    const en = toPlatformError(dom('QuotaExceededError'), 'save', 'hotel.tpmap.json', 'en');
    expect(en).toBeInstanceOf(PlatformError);
    expect(en.reason).toBe('disk-full');
    expect(en.message).toContain('“hotel.tpmap.json”');
    expect(en.message).toMatch(/storage space/);
    expect(en.message).toMatch(/not changed/);

    const zh = toPlatformError(dom('QuotaExceededError'), 'save', '酒店.tpmap.json', 'zh-CN');
    expect(zh.reason).toBe('disk-full');
    expect(zh.message).toContain('“酒店.tpmap.json”');
    expect(zh.message).toMatch(/存储空间不足/);
  });

  test('the wording follows the operation', () => {
    const open = toPlatformError(dom('NotFoundError'), 'open', 'a.tpmap.json', 'en');
    const save = toPlatformError(dom('NotFoundError'), 'save', 'a.tpmap.json', 'en');
    const exp = toPlatformError(dom('NotFoundError'), 'export', 'a.pdf', 'en');
    expect(open.message).toMatch(/^Could not open/);
    expect(save.message).toMatch(/^Could not save/);
    expect(exp.message).toMatch(/^Could not export/);
    expect(new Set([open.reason, save.reason, exp.reason])).toEqual(new Set(['not-found']));
  });

  test('an unexpected error keeps its name for support, and the original as cause', () => {
    const original = dom('NotReadableError');
    const error = toPlatformError(original, 'open', 'a.tpmap.json', 'en');
    expect(error.reason).toBe('io');
    expect(error.message).toContain('NotReadableError');
    expect((error as { cause?: unknown }).cause).toBe(original);
  });

  test('without a file name the message is about the file dialog', () => {
    const error = toPlatformError(dom('SecurityError'), 'open', undefined, 'en');
    expect(error.reason).toBe('permission');
    expect(error.message).toMatch(/file dialog/);
    expect(error.message).not.toContain('“');
    expect(toPlatformError(new TypeError('bad'), 'save', undefined, 'zh-CN').message).toContain('TypeError');
  });

  test('a PlatformError passes through unchanged', () => {
    const error = new PlatformError('already explained', 'conflict');
    expect(toPlatformError(error, 'save', 'x', 'en')).toBe(error);
  });

  test('every message is filled in, in both languages, for every operation and reason', () => {
    for (const locale of ['en', 'zh-CN'] as const)
      for (const operation of ['open', 'save', 'export'] as const)
        for (const name of ['NotAllowedError', 'NotFoundError', 'QuotaExceededError', 'InvalidStateError', 'UnknownError']) {
          const message = toPlatformError(dom(name), operation, 'f.tpmap.json', locale).message;
          expect(message).toContain('f.tpmap.json');
          expect(message).not.toMatch(/\{\w+\}/);
        }
    const en = Object.values(PLATFORM_MESSAGES.en);
    const zh = Object.values(PLATFORM_MESSAGES['zh-CN']);
    expect(zh.every((m) => /[\u4e00-\u9fff]/.test(m))).toBe(true);
    expect(new Set(zh).size).toBe(zh.length);
    expect(new Set(en).size).toBe(en.length);
  });
});

describe('file names and titles', () => {
  test('map names end in .tpmap.json exactly once', () => {
    expect(mapFileName('Hotel stay')).toBe('Hotel stay.tpmap.json');
    expect(mapFileName('hotel.tpmap.json')).toBe('hotel.tpmap.json');
    expect(mapFileName('hotel.json')).toBe('hotel.tpmap.json');
    expect(mapFileName('  ')).toBe('map.tpmap.json');
    expect(mapFileName('海底捞')).toBe('海底捞.tpmap.json');
    fc.assert(
      fc.property(fc.string(), (name) => {
        const result = mapFileName(name);
        expect(result.endsWith('.tpmap.json')).toBe(true);
        expect(result.slice(0, -'.tpmap.json'.length).toLowerCase().endsWith('.tpmap.json')).toBe(false);
        expect(mapFileName(result)).toBe(result);
      }),
    );
  });

  test('the title marks unsaved changes', () => {
    expect(windowTitle(true, 'hotel.tpmap.json')).toBe('• hotel.tpmap.json — Touchpoint Studio');
    expect(windowTitle(false, 'hotel.tpmap.json')).toBe('hotel.tpmap.json — Touchpoint Studio');
    expect(windowTitle(false, '')).toBe('Touchpoint Studio');
    expect(windowTitle(true, ' ')).toBe('• Touchpoint Studio');
  });

  test('export dialogs offer the type of the file, named in the UI language', () => {
    expect(exportFileType('report.pdf', 'application/pdf', 'en')).toEqual({ description: 'PDF document', accept: { 'application/pdf': ['.pdf'] } });
    expect(exportFileType('canvas.png', 'image/png', 'zh-CN')).toEqual({ description: 'PNG 图片', accept: { 'image/png': ['.png'] } });
    expect(exportFileType('m.tpmap.json', 'application/json', 'en')?.accept).toEqual({ 'application/json': ['.tpmap.json'] });
    // The browser would refuse these: better no filter than no dialog.
    expect(exportFileType('no-extension', 'application/pdf', 'en')).toBeUndefined();
    expect(exportFileType('a.pdf', 'not a mime', 'en')).toBeUndefined();
    expect(exportFileType('a.averyveryverylongextension', 'application/x-y', 'en')).toBeUndefined();
  });
});
