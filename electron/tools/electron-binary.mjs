/**
 * Where the Electron binary is, or why there is none. Shared by `npm start`, `npm run dist` and the
 * Electron end-to-end tests, so all three agree. The `electron` package resolves to the path of its
 * downloaded binary (or ELECTRON_OVERRIDE_DIST_PATH's) and throws when the download never happened.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** @returns {{ path: string } | { missing: string }} */
export function findElectronBinary() {
  let path;
  try {
    path = require('electron');
  } catch {
    return { missing: 'Electron binary not found: the electron package is installed but its binary was never downloaded' };
  }
  if (typeof path !== 'string' || !existsSync(path)) return { missing: `Electron binary not found at ${String(path)}` };
  return { path };
}
