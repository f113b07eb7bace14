/**
 * A test page for the web platform alone (the app shell is not needed): puts the module on
 * `window` for Playwright to call. Built by test/e2e/web-platform.test.ts with Vite.
 */
import { getPlatform } from '../../../renderer/src/platform/index';
import { PlatformError, type Platform } from '../../../renderer/src/platform/types';
import { createWebPlatform } from '../../../renderer/src/platform/web';

export interface WebPlatformTestPage {
  createWebPlatform: typeof createWebPlatform;
  getPlatform: typeof getPlatform;
  PlatformError: typeof PlatformError;
  /** The platform a test made and keeps using across evaluate calls. */
  platform?: Platform;
  /** Removes the File System Access pickers, as in Firefox and Safari. */
  removePickers(): void;
  ready: true;
}

const page: WebPlatformTestPage = {
  createWebPlatform,
  getPlatform,
  PlatformError,
  removePickers() {
    for (const name of ['showOpenFilePicker', 'showSaveFilePicker']) {
      delete (window as unknown as Record<string, unknown>)[name];
      if (name in window) Object.defineProperty(window, name, { value: undefined, configurable: true, writable: true });
    }
  },
  ready: true,
};

(window as unknown as { tp: WebPlatformTestPage }).tp = page;
