import { describe, expect, test } from 'vitest';
import { COMMAND_NAMES } from '../../../src/commands';
import { commandLabel, redoTitle, undoTitle } from '../../../renderer/src/i18n/commands';

describe('command labels', () => {
  test('every command has a distinct label in both languages', () => {
    for (const locale of ['en', 'zh-CN'] as const) {
      const labels = COMMAND_NAMES.map((name) => commandLabel(name, locale));
      expect(labels.every((l) => l.trim().length > 0)).toBe(true);
      expect(new Set(labels).size).toBe(labels.length);
    }
  });

  test('undo and redo titles name the step', () => {
    expect(undoTitle('moveTouchpoints', 'en')).toBe('Undo Move touchpoint');
    expect(undoTitle('moveTouchpoints', 'zh-CN')).toBe('撤销“移动触点”');
    expect(redoTitle('deleteElements', 'en')).toBe('Redo Delete');
    expect(undoTitle(null, 'zh-CN')).toBe('撤销');
    expect(redoTitle(null, 'en')).toBe('Redo');
  });
});
