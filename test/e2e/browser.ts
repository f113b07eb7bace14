/**
 * Real Chromium against the real browser build (out/renderer, made by `npm run build`), served by
 * the same loopback server `npm start` falls back to. Tests skip with a clear message where no
 * Chromium is installed (CI installs Debian's `chromium`).
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, onTestFinished } from 'vitest';
import { startStaticServer, type StaticServer } from '../../electron/main/static-server';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const RENDERER_ROOT = fileURLToPath(new URL('../../out/renderer', import.meta.url));
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

/** Why browser tests cannot run here, or null when they can. */
export function browserUnavailable(): string | null {
  if (!existsSync(CHROMIUM_PATH)) return `no Chromium at ${CHROMIUM_PATH} (apt-get install -y chromium, or set CHROMIUM_PATH)`;
  if (!existsSync(`${RENDERER_ROOT}/index.html`)) return 'no browser build in out/renderer (run `npm run build` first)';
  return null;
}

export interface AppSession {
  readonly browser: Browser;
  readonly context: BrowserContext;
  readonly page: Page;
  readonly server: StaticServer;
  /** Console errors and uncaught page errors seen so far. */
  readonly errors: string[];
  close(): Promise<void>;
}

export interface OpenAppOptions {
  /** Query string without `?`, e.g. `sample=hotel-stay&lang=en`. */
  query?: string;
  viewport?: { width: number; height: number };
  locale?: string;
  /** Extra Chromium flags (openApp only: a shared browser is launched once with its own flags). */
  args?: string[];
  /** Runs on the new context before the app is first loaded (init scripts, permissions). */
  prepare?: (context: BrowserContext, server: StaticServer) => Promise<unknown>;
}

/**
 * In appPerCase's pages, a Playwright action that waits longer than this fails with the locator it
 * waited for, inside the case's own timeout, so a stuck step names itself instead of timing the case
 * out. Waits for slow work (an export's download) pass their own timeout.
 */
export const ACTION_TIMEOUT = 15_000;

/** One Chromium and one static server, shared by the cases of a file; each case opens its own app. */
export interface AppBrowser {
  readonly browser: Browser;
  readonly server: StaticServer;
  /** A new browser context (empty IndexedDB, localStorage and clipboard grants) with the app loaded in one page. */
  open(options?: OpenAppOptions): Promise<AppSession>;
  close(): Promise<void>;
}

export async function launchAppBrowser(args: string[] = []): Promise<AppBrowser> {
  const server = await startStaticServer({ root: RENDERER_ROOT });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS, ...args] }).catch(async (error: unknown) => {
    await server.close();
    throw error;
  });
  return {
    browser,
    server,
    open: (options = {}) => openInContext(browser, server, options, async (context) => context.close().catch(() => undefined)),
    async close() {
      await browser.close().catch(() => undefined);
      await server.close();
    },
  };
}

/**
 * Shares one browser per file (or describe block) and gives every case a fresh app: call at the top
 * of a describe block, then `await app(options)` inside each case. The case's context is closed when
 * the case ends, passed or failed, so no case sees what another left behind and the order of the
 * cases does not matter.
 */
export function appPerCase(args: string[] = []): (options?: OpenAppOptions) => Promise<AppSession> {
  let shared: AppBrowser | undefined;
  beforeAll(async () => {
    shared = await launchAppBrowser(args);
  });
  afterAll(async () => {
    await shared?.close();
  });
  return async (options = {}) => {
    if (!shared) throw new Error('the shared browser did not start (see the beforeAll error)');
    const session = await shared.open(options);
    onTestFinished(() => session.close());
    session.context.setDefaultTimeout(ACTION_TIMEOUT);
    return session;
  };
}

/** A browser of its own, for a file that needs special flags per case; prefer appPerCase. */
export async function openApp(options: OpenAppOptions = {}): Promise<AppSession> {
  const shared = await launchAppBrowser(options.args);
  return openInContext(shared.browser, shared.server, options, () => shared.close());
}

async function openInContext(browser: Browser, server: StaticServer, options: OpenAppOptions, release: (context: BrowserContext) => Promise<void>): Promise<AppSession> {
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1440, height: 900 },
    locale: options.locale ?? 'en-US',
    acceptDownloads: true,
  });
  let closing: Promise<void> | undefined;
  const close = () => (closing ??= release(context));
  try {
    await options.prepare?.(context, server);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`console: ${message.text()}`);
    });
    await page.goto(`${server.url}${options.query ? `?${options.query}` : ''}`);
    return { browser, context, page, server, errors, close };
  } catch (error) {
    await close();
    throw error;
  }
}
