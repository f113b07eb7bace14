import { describe, expect, it } from 'vitest';
import { guardInvoke, guardSend, IpcRejection, registerIpc, type InvokeHandlers, type SendHandlers } from '../../../electron/main/ipc-router';
import { isAppUrl } from '../../../electron/main/security';
import { EVENTS, INVOKE, SEND } from '../../../electron/shared/ipc-contract';

const options = (log: string[]) => ({ isTrustedUrl: (url: string) => isAppUrl(url), log: (m: string) => log.push(m) });
const fromApp = { senderFrame: { url: 'app://touchpoint/index.html', parent: null }, sender: 'window-1' };
const ref = { id: 'f-1', name: 'journey.tpmap.json', path: '/maps/journey.tpmap.json' };

describe('IPC contract', () => {
  it('passes valid arguments to the handler with the sender', async () => {
    const log: string[] = [];
    const calls: unknown[] = [];
    const save = guardInvoke<string, 'file:save'>(
      'file:save',
      async (sender, fileRef, text) => {
        calls.push([sender, fileRef, text]);
        return { ok: true, value: fileRef };
      },
      options(log),
    );
    expect(await save(fromApp, ref, '{}')).toEqual({ ok: true, value: ref });
    expect(calls).toEqual([['window-1', ref, '{}']]);
    expect(log).toEqual([]);
  });

  const malformed: [string, unknown[]][] = [
    ['no arguments', []],
    ['a number instead of text', [ref, 42]],
    ['a reference without id', [{ name: 'x' }, '{}']],
    ['an extra argument', [ref, '{}', 'rm -rf /']],
    ['text beyond the size limit', [ref, 'x'.repeat(20_000_001)]],
    ['a prototype-polluting object', [JSON.parse('{"__proto__":{"polluted":true}}'), '{}']],
  ];
  for (const [what, args] of malformed) {
    it(`rejects and logs ${what}, never calling the handler`, async () => {
      const log: string[] = [];
      let called = false;
      const save = guardInvoke<string, 'file:save'>('file:save', async (_s, r) => ((called = true), { ok: true, value: r }), options(log));
      await expect(save(fromApp, ...args)).rejects.toBeInstanceOf(IpcRejection);
      expect(called).toBe(false);
      expect(log[0]).toMatch(/^ipc file:save refused/);
      expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    });
  }

  const strangers = [
    ['a web page', { senderFrame: { url: 'https://evil.example/', parent: null }, sender: 'w' }],
    ['a file:// page', { senderFrame: { url: 'file:///tmp/x.html', parent: null }, sender: 'w' }],
    ['a look-alike host', { senderFrame: { url: 'app://touchpoint.evil/index.html', parent: null }, sender: 'w' }],
    ['a sub-frame of our page', { senderFrame: { url: 'app://touchpoint/index.html', parent: {} }, sender: 'w' }],
    ['a frame that is gone', { senderFrame: null, sender: 'w' }],
  ] as const;
  for (const [who, event] of strangers) {
    it(`refuses messages from ${who}`, async () => {
      const log: string[] = [];
      let called = false;
      const read = guardInvoke<string, 'draft:read'>('draft:read', () => ((called = true), null), options(log));
      await expect(read(event)).rejects.toBeInstanceOf(IpcRejection);
      const dirty = guardSend<string, 'window:setDirty'>('window:setDirty', () => void (called = true), options(log));
      dirty(event, true, 'x');
      expect(called).toBe(false);
      expect(log).toHaveLength(2);
    });
  }

  it('drops malformed one-way messages', () => {
    const log: string[] = [];
    const seen: unknown[] = [];
    const dirty = guardSend<string, 'window:setDirty'>('window:setDirty', (_s, d, t) => void seen.push([d, t]), options(log));
    dirty(fromApp, 'yes', 'title');
    dirty(fromApp, true, 'journey.tpmap.json');
    expect(seen).toEqual([[true, 'journey.tpmap.json']]);
    expect(log).toHaveLength(1);
  });

  it('registers every channel of the contract', () => {
    const handled: string[] = [];
    const listened: string[] = [];
    const invoke = Object.fromEntries(Object.keys(INVOKE).map((c) => [c, () => null])) as unknown as InvokeHandlers<string>;
    const send = Object.fromEntries(Object.keys(SEND).map((c) => [c, () => undefined])) as unknown as SendHandlers<string>;
    registerIpc<string>({ handle: (c) => void handled.push(c), on: (c) => void listened.push(c) }, invoke, send, options([]));
    expect(handled.sort()).toEqual(Object.keys(INVOKE).sort());
    expect(listened).toEqual(Object.keys(SEND));
  });

  it('describes results and events with schemas too', () => {
    expect(INVOKE['file:open'].result.safeParse({ ok: false, reason: 'conflict', message: 'x' }).success).toBe(true);
    expect(INVOKE['file:open'].result.safeParse({ ok: false, reason: 'exploded', message: 'x' }).success).toBe(false);
    expect(INVOKE['file:export'].args.safeParse([new Uint8Array([37, 80, 68, 70]), 'report.pdf', 'application/pdf']).success).toBe(true);
    expect(EVENTS['menu:command'].safeParse(['save']).success).toBe(true);
    expect(EVENTS['menu:command'].safeParse(['file.save']).success).toBe(false);
  });

  it('runs only the browser editing actions it knows on edit:native', () => {
    const log: string[] = [];
    const ran: string[] = [];
    const edit = guardSend<string, 'edit:native'>('edit:native', (_sender, command) => void ran.push(command), options(log));
    edit(fromApp, 'paste');
    edit(fromApp, 'select-all');
    edit(fromApp, 'print');
    edit(fromApp, 'save');
    edit(fromApp);
    expect(ran).toEqual(['paste', 'select-all']);
    expect(log).toHaveLength(3);
  });

  it('accepts only the app’s languages on app:setLocale', () => {
    const log: string[] = [];
    const chosen: string[] = [];
    const setLocale = guardSend<string, 'app:setLocale'>('app:setLocale', (_sender, locale) => void chosen.push(locale), options(log));
    setLocale(fromApp, 'zh-CN');
    setLocale(fromApp, 'fr');
    setLocale({ senderFrame: { url: 'https://evil.example/', parent: null }, sender: 'x' }, 'en');
    expect(chosen).toEqual(['zh-CN']);
    expect(log).toHaveLength(2);
  });
});
