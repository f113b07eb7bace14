/**
 * Picks the Platform for where the renderer runs: Electron when the preload bridge
 * (`window.touchpoint`) is there, else the browser.
 */
// This folder is the renderer's one way to Electron, which the layer rule's pattern cannot tell apart.
// eslint-disable-next-line no-restricted-imports -- ./electron.ts is the bridge adapter, not Electron itself
import { createElectronPlatform, type ElectronPlatform } from './electron';
import type { Platform } from './types';
import { createWebPlatform, type WebPlatformOptions } from './web';

export * from './types';
export { createElectronPlatform, createWebPlatform, type ElectronPlatform, type WebPlatformOptions };

type Bridge = Parameters<typeof createElectronPlatform>[0];

function bridge(): Bridge | undefined {
  if (typeof window === 'undefined') return undefined;
  const candidate = (window as unknown as { touchpoint?: Bridge }).touchpoint;
  return candidate && typeof candidate === 'object' && candidate.platform === 'electron' ? candidate : undefined;
}

let current: Platform | undefined;

/**
 * The one Platform of this page, made on the first call (later options are ignored).
 * Web options: `locale` for error messages (default: the browser's language); `fileSystemAccess`
 * defaults to off when the browser is driven by automation (`navigator.webdriver`, e.g.
 * Playwright), whose native file dialogs cancel at once: tests then get the file input and downloads.
 */
export function getPlatform(options: WebPlatformOptions = {}): Platform {
  if (current) return current;
  const electron = bridge();
  if (electron) {
    current = createElectronPlatform(electron);
  } else {
    const automated = typeof navigator !== 'undefined' && navigator.webdriver === true;
    current = createWebPlatform({ ...options, fileSystemAccess: options.fileSystemAccess ?? !automated });
  }
  return current;
}
