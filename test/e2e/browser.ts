/**
 * Real Chromium against the real browser build (out/renderer, made by `npm run build`), served by
 * the same loopback server `npm start` falls back to. Tests skip with a clear message where no
 * Chromium is installed (CI installs Debian's `chromium`).
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
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
  /** Extra Chromium flags. */
  args?: string[];
}

export async function openApp(options: OpenAppOptions = {}): Promise<AppSession> {
  const server = await startStaticServer({ root: RENDERER_ROOT });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS, ...(options.args ?? [])] });
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1440, height: 900 },
    locale: options.locale ?? 'en-US',
    acceptDownloads: true,
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  await page.goto(`${server.url}${options.query ? `?${options.query}` : ''}`);
  return {
    browser,
    context,
    page,
    server,
    errors,
    async close() {
      await browser.close().catch(() => undefined);
      await server.close();
    },
  };
}
