/** Runs the built command line's `touchpoint serve` on a file, for the co-editing end-to-end tests. */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';

export const CLI = join(process.cwd(), 'out/main/cli.js');

export interface Hosted {
  readonly child: ChildProcess;
  readonly joinLine: string;
  /** The join link itself, `http://H:P/#room=…&token=…`. */
  readonly joinUrl: string;
  readonly wsUrl: string;
  readonly room: string;
  readonly token: string;
  stderr(): string;
}

/** Starts `touchpoint serve FILE`, resolving once it printed its join line. */
export function serve(file: string, args: readonly string[] = []): Promise<Hosted> {
  const child = spawn(process.execPath, [CLI, 'serve', file, '--lang', 'en', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`serve exited with ${code}: ${err}`)));
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /^Join: (http:\/\/([^/]+)\/#room=([\w-]+)&token=([\w-]+))\n$/.exec(out);
      if (m) resolve({ child, joinLine: out, joinUrl: m[1]!, wsUrl: `ws://${m[2]}/collab`, room: m[3]!, token: m[4]!, stderr: () => err });
    });
  });
}

/** A port nobody listens on now, so a restarted host can take the same one. */
export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/** A person in their own browser profile (their own remembered name) opening a join link and naming themselves. */
export async function joinAs(
  browser: Browser,
  name: string,
  url: string,
  errors: string[],
  viewport: { width: number; height: number } = { width: 1440, height: 900 },
): Promise<Page> {
  const context = await browser.newContext({ viewport, locale: 'en-US', hasTouch: viewport.width < 500 });
  const page = await context.newPage();
  page.on('pageerror', (error) => errors.push(`${name}: ${error.message}`));
  await page.goto(url);
  await page.getByTestId('join-name').fill(name);
  await page.getByTestId('join-submit').click();
  return page;
}
