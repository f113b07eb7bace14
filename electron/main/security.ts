/**
 * Every security setting of the desktop app, in one place (docs/security.md walks through them).
 * The functions take the few Electron objects they harden as narrow interfaces, so tests can check
 * the behaviour without an Electron binary.
 */
import type { BrowserWindowConstructorOptions } from 'electron';

/** Our renderer is served from this origin by the `app://` protocol handler (see app-protocol.ts). */
export const APP_SCHEME = 'app';
export const APP_HOST = 'touchpoint';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * The port the desktop app shares a map on (electron/main/share.ts). Fixed, so the window may reach
 * exactly its own room on loopback (connect-src below) and a room resumed after a restart keeps its link.
 */
export const SHARE_PORT = 47913;

/**
 * Sent as a response header for every renderer resource (app:// and the browser fallback server).
 * Same sources as the meta tag in renderer/index.html, plus the directives a meta tag cannot carry.
 * Inline styles stay allowed because React Flow positions nodes with style attributes; scripts never.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "worker-src 'self' blob:",
  `connect-src 'self' blob: data: ws://127.0.0.1:${SHARE_PORT}`,
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Everything about a window except its web preferences, which only this module sets. */
export type WindowOptions = Omit<BrowserWindowConstructorOptions, 'webPreferences'>;

/**
 * Creates every window the app opens, with the one set of web preferences. The constructor is
 * passed in (Electron's BrowserWindow in the app, a recorder in tests), so the settings below are
 * both what runs and what the unit tests and Electronegativity read.
 */
export function createSecureWindow<W>(
  BrowserWindow: new (options: BrowserWindowConstructorOptions) => W,
  options: WindowOptions,
  preloadPath: string,
  /** Developer tools: only for a development build; a packaged app has none, not merely no menu item. */
  devTools = false,
): W {
  return new BrowserWindow({
    ...options,
    webPreferences: {
      // Reviewed: the preload is our own bundled file exposing a few typed calls through contextBridge (docs/security.md).
      preload: preloadPath, // eng-disable PRELOAD_JS_CHECK
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
      // Middle-click would otherwise open links in new windows, bypassing the window-open handler.
      disableBlinkFeatures: 'Auxclick',
      devTools,
    },
  });
}

/** Our own pages: the app:// origin, or the electron-vite dev server when developing. */
export function isAppUrl(url: string, devServerUrl?: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST) return true;
  if (devServerUrl) {
    try {
      return parsed.origin === new URL(devServerUrl).origin;
    } catch {
      return false;
    }
  }
  return false;
}

/** Only plain web links may leave the app, and only to the system browser. */
export function isExternalWebLink(url: string): boolean {
  try {
    const parsed = new URL(url);
    return (parsed.protocol === 'https:' || parsed.protocol === 'http:') && parsed.username === '' && parsed.password === '';
  } catch {
    return false;
  }
}

interface PreventableEvent {
  preventDefault(): void;
}

/** The parts of WebContents the hardening touches. */
export interface HardenableContents {
  on(event: 'will-navigate', listener: (event: PreventableEvent, url: string) => void): unknown;
  on(event: 'will-redirect', listener: (event: PreventableEvent, url: string) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: PreventableEvent) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

export interface LinkPolicy {
  /** Asks the person whether to open `url` in their browser; resolves true to open. */
  confirmExternal(url: string): Promise<boolean>;
  openExternal(url: string): Promise<void>;
  log(message: string): void;
  devServerUrl?: string;
}

/** Offers a web link to the system browser after the person agrees; anything else is dropped. */
export async function offerExternalLink(url: string, policy: LinkPolicy): Promise<boolean> {
  if (!isExternalWebLink(url)) {
    policy.log(`blocked link to ${url}`);
    return false;
  }
  if (!(await policy.confirmExternal(url))) return false;
  // Reviewed: only an http(s) URL without credentials, and only after the person said yes (docs/security.md).
  await policy.openExternal(url); // eng-disable OPEN_EXTERNAL_JS_CHECK
  return true;
}

/**
 * No navigation away from our page, no new windows, no <webview>. A clicked web link is offered
 * to the system browser instead.
 */
export function hardenWebContents(contents: HardenableContents, policy: LinkPolicy): void {
  const refuse = (event: PreventableEvent, url: string) => {
    if (isAppUrl(url, policy.devServerUrl)) return;
    event.preventDefault();
    void offerExternalLink(url, policy);
  };
  contents.on('will-navigate', refuse);
  contents.on('will-redirect', (event, url) => {
    if (isAppUrl(url, policy.devServerUrl)) return;
    event.preventDefault();
    policy.log(`blocked redirect to ${url}`);
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    policy.log('blocked a <webview>');
  });
  contents.setWindowOpenHandler(({ url }) => {
    void offerExternalLink(url, policy);
    return { action: 'deny' };
  });
}

/** The parts of Session the hardening touches. */
export interface HardenableSession {
  setPermissionRequestHandler(handler: (contents: unknown, permission: string, callback: (granted: boolean) => void) => void): void;
  setPermissionCheckHandler(handler: (contents: unknown, permission: string) => boolean): void;
  setDevicePermissionHandler?(handler: () => boolean): void;
  webRequest: {
    onHeadersReceived(
      listener: (
        details: { url: string; responseHeaders?: Record<string, string[] | string> },
        callback: (response: { responseHeaders: Record<string, string[] | string> }) => void,
      ) => void,
    ): void;
  };
}

/** The app needs no camera, microphone, location, notifications, USB…: every request is refused. */
export function hardenSession(session: HardenableSession, log: (message: string) => void): void {
  session.setPermissionRequestHandler((_contents, permission, callback) => {
    log(`denied permission request: ${permission}`);
    callback(false);
  });
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler?.(() => false);
  // The app:// handler already sends the policy; this also covers the dev server and anything else loaded.
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: withCsp(details.responseHeaders) });
  });
}

export function withCsp(headers: Record<string, string[] | string> = {}): Record<string, string[] | string> {
  const out: Record<string, string[] | string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (name.toLowerCase() !== 'content-security-policy') out[name] = value;
  }
  out['Content-Security-Policy'] = [CONTENT_SECURITY_POLICY];
  return out;
}
