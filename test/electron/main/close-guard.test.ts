import { describe, expect, it } from 'vitest';
import { createCloseGuard, windowTitle, type CloseChoice } from '../../../electron/main/close-guard';

function setup(answer: CloseChoice) {
  const log: string[] = [];
  const guard = createCloseGuard({
    ask: async () => (log.push('ask'), answer),
    requestSave: () => void log.push('save'),
    discardDraft: async () => void log.push('discard draft'),
    close: () => void log.push('close'),
    abandoned: () => void log.push('kept open'),
  });
  return { guard, log };
}

describe('closing with unsaved changes', () => {
  it('closes at once when everything is saved', () => {
    const { guard, log } = setup('cancel');
    expect(guard.allowsClose()).toBe(true);
    expect(log).toEqual([]);
  });

  it('Cancel keeps the window and the changes', async () => {
    const { guard, log } = setup('cancel');
    guard.setDirty(true);
    expect(guard.allowsClose()).toBe(false);
    await guard.requestClose();
    expect(log).toEqual(['ask', 'kept open']);
    expect(guard.phase()).toBe('idle');
    expect(guard.allowsClose()).toBe(false);
  });

  it('Don’t Save drops the draft and closes', async () => {
    const { guard, log } = setup('dontSave');
    guard.setDirty(true);
    await guard.requestClose();
    expect(log).toEqual(['ask', 'discard draft', 'close']);
    expect(guard.allowsClose()).toBe(true);
  });

  it('Save closes only once the document is saved', async () => {
    const { guard, log } = setup('save');
    guard.setDirty(true);
    await guard.requestClose();
    expect(log).toEqual(['ask', 'save']);
    expect(guard.allowsClose()).toBe(false);
    guard.saveEnded(true);
    guard.setDirty(false);
    expect(log).toEqual(['ask', 'save', 'close']);
    expect(guard.allowsClose()).toBe(true);
  });

  it('a cancelled or failed save keeps the window open and can be asked again', async () => {
    const { guard, log } = setup('save');
    guard.setDirty(true);
    await guard.requestClose();
    guard.saveEnded(false);
    expect(log).toEqual(['ask', 'save', 'kept open']);
    expect(guard.allowsClose()).toBe(false);
    await guard.requestClose();
    expect(log).toEqual(['ask', 'save', 'kept open', 'ask', 'save']);
  });

  it('asks only once when close is pressed repeatedly', async () => {
    const { guard, log } = setup('cancel');
    guard.setDirty(true);
    await Promise.all([guard.requestClose(), guard.requestClose(), guard.requestClose()]);
    expect(log.filter((l) => l === 'ask')).toHaveLength(1);
  });

  it('shows the file name and an unsaved marker in the title (macOS uses the close button)', () => {
    expect(windowTitle('journey.tpmap.json', true, 'win32')).toBe('● journey.tpmap.json — Touchpoint Studio');
    expect(windowTitle('journey.tpmap.json', false, 'linux')).toBe('journey.tpmap.json — Touchpoint Studio');
    expect(windowTitle('journey.tpmap.json', true, 'darwin')).toBe('journey.tpmap.json — Touchpoint Studio');
    expect(windowTitle('', false, 'linux')).toBe('Touchpoint Studio');
  });
});
