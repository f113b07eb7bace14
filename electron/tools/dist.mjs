#!/usr/bin/env node
/**
 * `npm run dist`: build, then package the desktop app for the current platform with
 * electron-builder (configuration: the "build" key of package.json — AppImage and deb, dmg, NSIS,
 * the .tpmap.json file association and the Electron fuses).
 *
 * electron-builder packages the Electron binary that `npm install` downloaded (electronDist), so
 * without one it stops at once with a single line saying so. Extra arguments go to
 * electron-builder, e.g. `npm run dist -- --linux deb`.
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findElectronBinary } from './electron-binary.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(import.meta.url);

const electron = findElectronBinary();
if (!('path' in electron)) {
  console.error(`npm run dist: ${electron.missing}; packaging needs it (run npm install where Electron can be downloaded).`);
  process.exit(1);
}

function run(script, args) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [script, ...args], { cwd: root, stdio: 'inherit' });
    child.once('error', (error) => {
      console.error(error.message);
      resolve(1);
    });
    child.once('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

const bin = (pkg, path) => join(dirname(require.resolve(`${pkg}/package.json`)), path);
const built = await run(bin('electron-vite', 'bin/electron-vite.js'), ['build']);
if (built !== 0) process.exit(built);

// The downloaded distribution is the folder holding the binary (on macOS, the one holding Electron.app).
const electronDist = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? join(dirname(require.resolve('electron/package.json')), 'dist');
process.exit(await run(bin('electron-builder', 'cli.js'), [`--config.electronDist=${electronDist}`, ...process.argv.slice(2)]));
