import { describe, expect, it } from 'vitest';
import { runNativeEdit, type EditableContents } from '../../../electron/main/native-edit';
import { belongsToText, isTextField, type FocusedElementLike } from '../../../electron/preload/editing';
import { isNativeEditCommand, MENU_COMMANDS, NATIVE_EDIT_COMMANDS } from '../../../electron/shared/commands';

function recorder(): EditableContents & { calls: string[] } {
  const calls: string[] = [];
  const note = (name: string) => () => void calls.push(name);
  return { calls, undo: note('undo'), redo: note('redo'), cut: note('cut'), copy: note('copy'), paste: note('paste'), delete: note('delete'), selectAll: note('selectAll') };
}

const input = (type?: string): FocusedElementLike => (type === undefined ? { tagName: 'INPUT' } : { tagName: 'INPUT', type });
const canvas: FocusedElementLike = { tagName: 'DIV', isContentEditable: false };

describe('native editing in text fields', () => {
  it('maps each edit command to the one WebContents method of that name', () => {
    const expected = { undo: 'undo', redo: 'redo', cut: 'cut', copy: 'copy', paste: 'paste', delete: 'delete', 'select-all': 'selectAll' } as const;
    for (const command of NATIVE_EDIT_COMMANDS) {
      const contents = recorder();
      runNativeEdit(contents, command);
      expect(contents.calls).toEqual([expected[command]]);
    }
  });

  it('only menu commands can be edit commands', () => {
    for (const command of NATIVE_EDIT_COMMANDS) expect(MENU_COMMANDS).toContain(command);
    expect(MENU_COMMANDS.filter(isNativeEditCommand).sort()).toEqual([...NATIVE_EDIT_COMMANDS].sort());
    expect(isNativeEditCommand('duplicate')).toBe(false);
  });

  it('recognises text fields, including inside a shadow root', () => {
    expect(isTextField(input())).toBe(true);
    expect(isTextField(input('search'))).toBe(true);
    expect(isTextField({ tagName: 'textarea' })).toBe(true);
    expect(isTextField({ tagName: 'DIV', isContentEditable: true })).toBe(true);
    expect(isTextField({ tagName: 'X-FIELD', shadowRoot: { activeElement: input('text') } })).toBe(true);
    expect(isTextField(input('checkbox'))).toBe(false);
    expect(isTextField(input('range'))).toBe(false);
    expect(isTextField({ tagName: 'BUTTON' })).toBe(false);
    expect(isTextField(canvas)).toBe(false);
    expect(isTextField(null)).toBe(false);
  });

  it('gives edit commands to the text being edited, and to the map otherwise', () => {
    for (const command of NATIVE_EDIT_COMMANDS) {
      expect(belongsToText(command, input('text'), false)).toBe(true);
      expect(belongsToText(command, canvas, false)).toBe(false);
    }
    // Selected text on the page (a finding, a label) is copied as text; pasting still goes to the map.
    expect(belongsToText('copy', canvas, true)).toBe(true);
    expect(belongsToText('paste', canvas, true)).toBe(false);
    expect(belongsToText('delete', canvas, true)).toBe(false);
  });
});
