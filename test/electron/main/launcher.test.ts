/**
 * `npm start` and `npm run dist` where no Electron binary exists: a real process each, with the
 * binary pointed at a folder that does not exist (ELECTRON_OVERRIDE_DIST_PATH, which the electron
 * package itself honours), so this runs the same with or without a downloaded Electron.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const built = existsSync(join(root, 'out/main/static-server.js')) && existsSync(join(root, 'out/renderer/index.html'));
const noElectron = { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: join(tmpdir(), 'touchpoint-no-electron-here'), PORT: '0' };

const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGTERM');
});

function start(script: string, args: string[]): { child: ChildProcess; stdout: () => string; stderr: () => string; exited: Promise<number | null> } {
  const child = spawn(process.execPath, [join(root, script), ...args], { cwd: root, env: noElectron, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let out = '';
  let err = '';
  child.stdout?.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, stdout: () => out, stderr: () => err, exited };
}

async function waitFor<T>(probe: () => T | null, ms: number): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = probe();
    if (value !== null) return value;
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('npm start without an Electron binary', () => {
  it.skipIf(!built)(`says so in one line and serves the browser build at the address it prints${built ? '' : ' (skipped: run `npm run build` first)'}`, async () => {
    const launcher = start('electron/launch.mjs', ['--no-build']);
    const url = await waitFor(() => /(http:\/\/127\.0\.0\.1:\d+\/)/.exec(launcher.stdout())?.[1] ?? null, 15_000);

    const lines = launcher.stdout().trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^Electron binary not found .*browser build.* at http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(launcher.stderr()).toBe('');

    const page = await fetch(url);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await page.text()).toContain('<div id="root">');

    launcher.child.kill('SIGTERM');
    expect(await launcher.exited).toBe(0);
    await expect(fetch(url)).rejects.toThrow();
  });
});

describe('npm run dist without an Electron binary', () => {
  it('stops at once with one line saying why', async () => {
    const dist = start('electron/tools/dist.mjs', []);
    expect(await dist.exited).toBe(1);
    expect(dist.stdout()).toBe('');
    const lines = dist.stderr().trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^npm run dist: Electron binary not found .*packaging needs it/);
  });
});
