import { describe, expect, it } from 'vitest';
import type { TouchpointBridge } from '../../../electron/preload/api';
import { createElectronPlatform } from '../../../renderer/src/platform/electron';
import { PlatformError } from '../../../renderer/src/platform/types';

const ref = { id: 'f1', name: 'journey.tpmap.json', path: '/maps/journey.tpmap.json' };

function bridge(overrides: Partial<TouchpointBridge>): TouchpointBridge {
  const unused = () => {
    throw new Error('not expected in this test');
  };
  return {
    platform: 'electron',
    os: 'linux',
    openFile: unused,
    openRecent: unused,
    openDropped: unused,
    save: unused,
    saveAs: unused,
    exportFile: unused,
    readDraft: unused,
    writeDraft: unused,
    discardDraft: unused,
    recentFiles: unused,
    takePendingFiles: unused,
    setDirty: unused,
    setLocale: unused,
    setMenuState: unused,
    onCommand: unused,
    onExternalChange: unused,
    onOpenRequested: unused,
    writeClipboard: unused,
    readClipboard: unused,
    openVersion: unused,
    fileHistory: unused,
    readVersion: unused,
    shareStatus: unused,
    shareStart: unused,
    shareStop: unused,
    onShareChanged: unused,
    ...overrides,
  };
}

describe('Electron platform over the preload bridge', () => {
  it('shares the opened file by its ref and turns a refusal into a PlatformError with the message', async () => {
    const calls: unknown[] = [];
    const platform = createElectronPlatform(
      bridge({
        shareStart: (r, id) => {
          calls.push([r, id]);
          return Promise.resolve({ ok: false, reason: 'not-saved', message: 'Save it first' });
        },
      }),
    );
    const error = await platform.share!.start(ref, 'loopback').catch((e: unknown) => e);
    expect(calls).toEqual([[ref, 'loopback']]);
    expect(error).toBeInstanceOf(PlatformError);
    expect((error as PlatformError).message).toBe('Save it first');
  });

  it('returns opened files and null when the person cancels', async () => {
    let answer: Awaited<ReturnType<TouchpointBridge['openFile']>> = { ok: true, value: { ref, text: '{}' } };
    const platform = createElectronPlatform(bridge({ openFile: async () => answer }));
    expect(await platform.openFile()).toEqual({ ref, text: '{}' });
    answer = { ok: true, value: null };
    expect(await platform.openFile()).toBeNull();
  });

  it('turns a refused save into a PlatformError carrying the translated message', async () => {
    const platform = createElectronPlatform(
      bridge({ save: async () => ({ ok: false, reason: 'disk-full', message: '无法保存“journey.tpmap.json”：磁盘已满。' }) }),
    );
    const error = await platform.save(ref, '{}').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PlatformError);
    expect(error).toMatchObject({ reason: 'disk-full', message: '无法保存“journey.tpmap.json”：磁盘已满。' });
  });

  it('reports an invalid map as an unreadable file', async () => {
    const platform = createElectronPlatform(bridge({ openRecent: async () => ({ ok: false, reason: 'invalid', message: 'not a valid map' }) }));
    await expect(platform.openRecent(ref)).rejects.toMatchObject({ reason: 'io', message: 'not a valid map' });
  });

  it('passes drafts through with their file', async () => {
    const written: unknown[] = [];
    const platform = createElectronPlatform(
      bridge({
        writeDraft: async (d) => void written.push(d),
        readDraft: async () => ({ text: 'draft', savedAt: 7, ref }),
      }),
    );
    await platform.writeDraft({ text: 'draft', savedAt: 7, ref });
    await platform.writeDraft({ text: 'new', savedAt: 8 });
    expect(written).toEqual([{ text: 'draft', savedAt: 7, ref }, { text: 'new', savedAt: 8 }]);
    expect(await platform.readDraft()).toEqual({ text: 'draft', savedAt: 7, ref });
  });

  it('delivers files the OS asked to open', async () => {
    let notify: () => void = () => undefined;
    const platform = createElectronPlatform(
      bridge({
        onOpenRequested: (l) => ((notify = l), () => undefined),
        takePendingFiles: async () => [{ ref, text: '{"a":1}' }],
      }),
    );
    const opened: string[] = [];
    platform.onOpenFile((f) => opened.push(f.ref.name));
    notify();
    await new Promise((r) => setTimeout(r, 0));
    expect(opened).toEqual(['journey.tpmap.json']);
  });
});
