#!/usr/bin/env node
/**
 * `npm start`: build, then run the desktop app — or, where the Electron binary could not be
 * installed, serve the browser build of the same app on a loopback port instead.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
/** Fixed so the browser build keeps its origin, and with it its drafts, between runs. */
const DEFAULT_PORT = 4780;

function run(command, args) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit' });
    child.once('error', (error) => {
      console.error(error.message);
      resolve(1);
    });
    child.once('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

/** The wrapper package throws when its binary was never downloaded; that is the case we handle. */
function electronBinary() {
  try {
    const path = require('electron');
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

async function serveBrowserBuild() {
  const { startStaticServer } = await import(pathToFileURL(join(root, 'out/main/static-server.js')).href);
  const requested = Number(process.env.PORT ?? DEFAULT_PORT);
  const server = await startStaticServer({ root: join(root, 'out/renderer'), port: requested }).catch((error) => {
    if (error?.code !== 'EADDRINUSE') throw error;
    return startStaticServer({ root: join(root, 'out/renderer'), port: 0 });
  });
  console.log(`Electron binary not found (it could not be downloaded on this machine); opening the browser build instead at ${server.url}`);
  const stop = () => void server.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

const electronVite = join(dirname(require.resolve('electron-vite/package.json')), 'bin/electron-vite.js');
const built = await run(process.execPath, [electronVite, 'build']);
if (built !== 0) process.exit(built);

const electron = electronBinary();
if (electron) {
  process.exit(await run(electron, ['.', ...process.argv.slice(2)]));
} else {
  await serveBrowserBuild();
}
