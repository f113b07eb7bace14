import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import {
  CONTENT_SECURITY_POLICY,
  SHARE_PORT,
  hardenSession,
  hardenWebContents,
  isAppUrl,
  isExternalWebLink,
  createSecureWindow,
  withCsp,
  type HardenableContents,
  type HardenableSession,
  type WindowOptions,
} from '../../../electron/main/security';

describe('security settings', () => {
  it('isolates and sandboxes the renderer', () => {
    class RecordingWindow {
      constructor(readonly options: Electron.BrowserWindowConstructorOptions) {}
    }
    const win = createSecureWindow(RecordingWindow, { width: 800, show: false }, '/app/out/preload/index.cjs');
    expect(win.options).toMatchObject({ width: 800, show: false });
    const prefs = win.options.webPreferences;
    expect(prefs).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      disableBlinkFeatures: 'Auxclick',
    });
  });

  it('ignores web preferences a caller tries to slip in', () => {
    class RecordingWindow {
      constructor(readonly options: Electron.BrowserWindowConstructorOptions) {}
    }
    const sneaky = { show: false, webPreferences: { nodeIntegration: true, sandbox: false } } as WindowOptions;
    const prefs = createSecureWindow(RecordingWindow, sneaky, '/p.cjs').options.webPreferences;
    expect(prefs).toMatchObject({ nodeIntegration: false, sandbox: true, contextIsolation: true, preload: '/p.cjs' });
  });

  it('allows scripts only from the app itself', () => {
    const directives = new Map(CONTENT_SECURITY_POLICY.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|https?:|\*/);
    // Beyond its own origin, the page may reach one place: its own shared room on loopback.
    expect(directives.get('connect-src')).toEqual(["'self'", 'blob:', 'data:', `ws://127.0.0.1:${SHARE_PORT}`]);
  });

  it('keeps the meta copy of the policy in renderer/index.html in step with the header', () => {
    const html = readFileSync(new URL('../../../renderer/index.html', import.meta.url), 'utf8');
    const meta = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)![1]!;
    for (const directive of meta.split('; ')) expect(CONTENT_SECURITY_POLICY.split('; ')).toContain(directive);
  });

  it('replaces any content-security-policy a response brings', () => {
    const headers = withCsp({ 'content-security-policy': ['default-src *'], 'Content-Type': ['text/html'] });
    expect(headers).toEqual({ 'Content-Type': ['text/html'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] });
  });

  it('recognises only our own origin', () => {
    expect(isAppUrl('app://touchpoint/index.html')).toBe(true);
    expect(isAppUrl('app://other/index.html')).toBe(false);
    expect(isAppUrl('file:///index.html')).toBe(false);
    expect(isAppUrl('http://localhost:5173/', 'http://localhost:5173')).toBe(true);
    expect(isAppUrl('http://localhost:5174/', 'http://localhost:5173')).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
  });

  it('lets only plain web links out', () => {
    expect(isExternalWebLink('https://example.com/guide')).toBe(true);
    expect(isExternalWebLink('file:///etc/passwd')).toBe(false);
    expect(isExternalWebLink('javascript:alert(1)')).toBe(false);
    expect(isExternalWebLink('smb://share/x')).toBe(false);
    expect(isExternalWebLink('https://user:pw@example.com/')).toBe(false);
  });

  function fakeContents() {
    const listeners = new Map<string, (event: { preventDefault(): void }, url: string) => void>();
    let openHandler: ((d: { url: string }) => { action: 'deny' }) | undefined;
    const contents: HardenableContents = {
      on: (name: string, listener: (event: { preventDefault(): void }, url: string) => void) => listeners.set(name, listener),
      setWindowOpenHandler: (h) => void (openHandler = h),
    } as HardenableContents;
    const fire = (name: string, url = '') => {
      let prevented = false;
      listeners.get(name)?.({ preventDefault: () => void (prevented = true) }, url);
      return prevented;
    };
    return { contents, fire, open: (url: string) => openHandler?.({ url }) };
  }

  it('blocks navigation, new windows and webviews; web links go to the browser only after confirmation', async () => {
    const opened: string[] = [];
    const asked: string[] = [];
    let answer = false;
    const { contents, fire, open } = fakeContents();
    hardenWebContents(contents, {
      confirmExternal: async (url) => (asked.push(url), answer),
      openExternal: async (url) => void opened.push(url),
      log: () => undefined,
    });
    expect(fire('will-navigate', 'https://example.com/')).toBe(true);
    expect(fire('will-navigate', 'app://touchpoint/index.html')).toBe(false);
    expect(fire('will-redirect', 'https://evil.example/')).toBe(true);
    expect(fire('will-attach-webview')).toBe(true);
    expect(open('file:///etc/passwd')).toEqual({ action: 'deny' });
    answer = true;
    expect(open('https://example.com/help')).toEqual({ action: 'deny' });
    await new Promise((r) => setTimeout(r, 0));
    expect(asked).toEqual(['https://example.com/', 'https://example.com/help']);
    expect(opened).toEqual(['https://example.com/help']);
  });

  it('denies every permission request and check', () => {
    let requestHandler: ((c: unknown, p: string, cb: (g: boolean) => void) => void) | undefined;
    let checkHandler: ((c: unknown, p: string) => boolean) | undefined;
    let headersListener: Parameters<HardenableSession['webRequest']['onHeadersReceived']>[0] | undefined;
    const session: HardenableSession = {
      setPermissionRequestHandler: (h) => void (requestHandler = h),
      setPermissionCheckHandler: (h) => void (checkHandler = h),
      webRequest: { onHeadersReceived: (l) => void (headersListener = l) },
    };
    const log: string[] = [];
    hardenSession(session, (m) => log.push(m));
    const grants: boolean[] = [];
    for (const p of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) requestHandler?.(null, p, (g) => grants.push(g));
    expect(grants).toEqual([false, false, false, false, false]);
    expect(checkHandler?.(null, 'media')).toBe(false);
    let headers: Record<string, string[] | string> = {};
    headersListener?.({ url: 'app://touchpoint/index.html', responseHeaders: {} }, (r) => void (headers = r.responseHeaders));
    expect(headers['Content-Security-Policy']).toEqual([CONTENT_SECURITY_POLICY]);
    expect(log).toHaveLength(5);
  });
});
