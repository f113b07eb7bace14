import { describe, expect, test } from 'vitest';
import { COMMAND_NAMES, COMMANDS, isCommandName, runCommand } from '../../../src/commands';
import { minimalMap } from '../../fixtures/maps';

describe('command registry', () => {
  test('knows its own names and nothing else', () => {
    expect(COMMAND_NAMES.length).toBe(Object.keys(COMMANDS).length);
    expect(COMMAND_NAMES.every(isCommandName)).toBe(true);
    expect(isCommandName('toString')).toBe(false);
    expect(isCommandName('undo')).toBe(false);
    expect(isCommandName(42)).toBe(false);
  });

  test('runCommand never changes the document it is given', () => {
    const map = Object.freeze(minimalMap());
    const result = runCommand(map, 'renameStage', { id: 's1', name: 'Pay' });
    expect(result?.map.stages[0]?.name).toBe('Pay');
    expect(map.stages[0]?.name).toBe('Order');
  });
});
