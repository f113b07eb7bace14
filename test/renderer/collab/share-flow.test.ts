import { describe, expect, it } from 'vitest';
import { parseJoinLink } from '../../../src/collab';
import { ownRoomHash, startSharing, stopSharing, takeReopen, takeReturnFile, type ShareNavigation } from '../../../renderer/src/collab/share-flow';
import { PlatformError, type SharePort, type ShareStatus } from '../../../renderer/src/platform/types';

const file = { id: 'f1', name: 'hotel.tpmap.json', path: '/maps/hotel.tpmap.json' };
const stopped: ShareStatus = { running: false, fileName: null, joinUrl: null, localOrigin: null, port: null, interfaceId: null, people: 0, interfaces: [] };
const running: ShareStatus = {
  ...stopped,
  running: true,
  fileName: 'hotel.tpmap.json',
  joinUrl: 'http://192.168.1.20:47913/#room=Rm_1&token=Tk-2',
  localOrigin: 'http://127.0.0.1:47913',
  port: 47913,
  interfaceId: '192.168.1.20',
};

function navigation() {
  const items = new Map<string, string>();
  const reloads: string[] = [];
  const nav: ShareNavigation = {
    storage: { getItem: (k) => items.get(k) ?? null, setItem: (k, v) => void items.set(k, v), removeItem: (k) => void items.delete(k) },
    reloadWith: (hash) => void reloads.push(hash),
  };
  return { nav, reloads };
}

function port(start: () => Promise<ShareStatus>): SharePort & { calls: unknown[] } {
  const calls: unknown[] = [];
  return {
    calls,
    status: () => Promise.resolve(stopped),
    start: (ref, id) => (calls.push(['start', ref, id]), start()),
    stop: () => (calls.push(['stop']), Promise.resolve(stopped)),
    onChange: () => () => undefined,
  };
}

describe('the desktop window and the room it shares', () => {
  it('joins its own room at the host\'s loopback address, never at the address handed to the room', () => {
    const link = parseJoinLink(ownRoomHash(running)!);
    expect(link).toEqual({ room: 'Rm_1', token: 'Tk-2', role: 'editor', origin: 'http://127.0.0.1:47913' });
    expect(ownRoomHash(stopped)).toBeNull();
  });

  it('starting moves the window into the room, and coming back opens the shared file once', async () => {
    const { nav, reloads } = navigation();
    const share = port(() => Promise.resolve(running));
    await startSharing(share, file, '192.168.1.20', nav);
    expect(share.calls).toEqual([['start', file, '192.168.1.20']]);
    expect(reloads).toHaveLength(1);
    expect(parseJoinLink(reloads[0]!)?.origin).toBe('http://127.0.0.1:47913');
    // In the room: the dialog comes back once.
    expect(takeReopen(nav)).toBe(true);
    expect(takeReopen(nav)).toBe(false);
    await stopSharing(share, nav, true);
    expect(reloads[1]).toBe('');
    expect(takeReturnFile(nav)).toEqual(file);
    expect(takeReturnFile(nav)).toBeNull();
  });

  it('a refused start leaves the window where it is', async () => {
    const { nav, reloads } = navigation();
    const share = port(() => Promise.reject(new PlatformError('Save it first', 'io')));
    await expect(startSharing(share, file, 'loopback', nav)).rejects.toThrow('Save it first');
    expect(reloads).toEqual([]);
    expect(takeReturnFile(nav)).toBeNull();
  });

  it('stopping from outside the room (after a crash reload) stops the host without reloading', async () => {
    const { nav, reloads } = navigation();
    await stopSharing(port(() => Promise.resolve(running)), nav, false);
    expect(reloads).toEqual([]);
  });
});
