#!/usr/bin/env node
/**
 * `npm start`: build, then run the desktop app — or, where the Electron binary could not be
 * installed, serve the browser build of the same app on a loopback port instead.
 *
 * `node electron/launch.mjs --no-build [files…]` skips the build (tests, or right after one).
 * PORT picks the fallback port (default 4780, then any free one).
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { findElectronBinary } from './tools/electron-binary.mjs';

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

async function serveBrowserBuild() {
  const { startStaticServer } = await import(pathToFileURL(join(root, 'out/main/static-server.js')).href);
  const requested = Number(process.env.PORT ?? DEFAULT_PORT);
  const server = await startStaticServer({ root: join(root, 'out/renderer'), port: requested }).catch((error) => {
    if (error?.code !== 'EADDRINUSE') throw error;
    return startStaticServer({ root: join(root, 'out/renderer'), port: 0 });
  });
  console.log(`Electron binary not found (it could not be downloaded on this machine); serving the browser build instead at ${server.url}`);
  const stop = () => void server.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

const args = process.argv.slice(2);
const skipBuild = args[0] === '--no-build';
if (!skipBuild) {
  const electronVite = join(dirname(require.resolve('electron-vite/package.json')), 'bin/electron-vite.js');
  const built = await run(process.execPath, [electronVite, 'build']);
  if (built !== 0) process.exit(built);
}

const electron = findElectronBinary();
if ('path' in electron) {
  process.exit(await run(electron.path, ['.', ...(skipBuild ? args.slice(1) : args)]));
} else {
  await serveBrowserBuild();
}
