/** Copy and paste of cards through the main process's system clipboard. */
import { describe, expect, it } from 'vitest';
import { copySelection } from '../../../src/commands';
import { clipboardFlavours, readClipboardContent } from '../../../src/commands/clipboard-formats';
import { createClipboardService } from '../../../electron/main/clipboard';
import { INVOKE } from '../../../electron/shared/ipc-contract';
import { createElectronPlatform } from '../../../renderer/src/platform/electron';
import type { TouchpointBridge } from '../../../electron/preload/api';
import { aftersalesMap } from '../../fixtures/maps';

/** A system clipboard shared by every window, as the operating system's is. */
function systemClipboard() {
  const state: { text: string; html: string; image?: string } = { text: '', html: '' };
  return {
    state,
    write(data: { text?: string; html?: string; image?: string }) {
      state.text = data.text ?? '';
      state.html = data.html ?? '';
      state.image = data.image;
    },
    readText: () => state.text,
    readHTML: () => state.html,
  };
}

describe('system clipboard in the main process', () => {
  it('copies cards in one window and pastes them in another (the same fragment arrives)', () => {
    const os = systemClipboard();
    const logs: string[] = [];
    const service = createClipboardService(os, (png) => `image:${png.length}`, (m) => logs.push(m));
    const map = aftersalesMap();
    const payload = copySelection(map, ['t1', 't2'])!;
    const flavours = clipboardFlavours(map, payload, 'en');
    expect(service.write({ ...flavours, png: new Uint8Array(5) })).toBe(true);
    expect(os.state).toEqual({ text: flavours.text, html: flavours.html, image: 'image:5' });

    // Another window reads it back through the same service and pastes it into its own map.
    const read = service.read();
    const other = { ...aftersalesMap(), title: 'Second window' };
    expect(readClipboardContent(read, other, { stage: 's1', lane: 'l1' }, 2000)).toEqual({ kind: 'fragment', payload });
    expect(logs).toEqual([]);
  });

  it('refuses to write anything that is not a copy of cards, and leaves the clipboard alone', () => {
    const os = systemClipboard();
    os.state.text = 'kept';
    const logs: string[] = [];
    const service = createClipboardService(os, () => 'image', (m) => logs.push(m));
    const map = aftersalesMap();
    const flavours = clipboardFlavours(map, copySelection(map, ['t1'])!, 'en');
    expect(service.write({ ...flavours, json: '{"hello":1}' })).toBe(false);
    // The HTML must carry the same fragment as the JSON.
    expect(service.write({ ...flavours, html: '<b>x</b>' })).toBe(false);
    expect(os.state.text).toBe('kept');
    expect(logs).toHaveLength(2);
  });

  it('reads an empty clipboard as nulls; text from a spreadsheet reads as rows', () => {
    const os = systemClipboard();
    const service = createClipboardService(os, () => 'image', () => undefined);
    expect(service.read()).toEqual({ text: null, html: null });
    os.state.text = 'Stage\tTitle\n到店接待\tHands over the key';
    const content = readClipboardContent(service.read(), aftersalesMap(), { stage: 's1', lane: 'l1' }, 2000);
    expect(content.kind === 'rows' && content.rows.touchpoints.map((t) => [t.stage, t.title])).toEqual([['s2', 'Hands over the key']]);
  });

  it('the IPC contract bounds what a page may send', () => {
    const args = INVOKE['clipboard:write'].args;
    expect(args.safeParse([{ json: '{}', text: '', html: '' }]).success).toBe(true);
    expect(args.safeParse([{ json: '{}', text: 1, html: '' }]).success).toBe(false);
    expect(args.safeParse([{ json: 'x'.repeat(20_000_001), text: '', html: '' }]).success).toBe(false);
    expect(INVOKE['clipboard:read'].args.safeParse(['extra']).success).toBe(false);
  });

  it('the renderer’s Electron platform goes through the bridge', async () => {
    const sent: unknown[] = [];
    const bridge = {
      writeClipboard: async (data: unknown) => {
        sent.push(data);
        return true;
      },
      readClipboard: async () => ({ text: 'a', html: null }),
    } as unknown as TouchpointBridge;
    const platform = createElectronPlatform(bridge);
    expect(await platform.writeClipboard({ json: '{}', text: 't', html: 'h', png: new Uint8Array([1, 2]) })).toBe(true);
    expect(sent).toEqual([{ json: '{}', text: 't', html: 'h', png: new Uint8Array([1, 2]) }]);
    expect(await platform.readClipboard()).toEqual({ json: null, text: 'a', html: null });
  });
});
