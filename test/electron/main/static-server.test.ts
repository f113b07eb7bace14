import { request } from 'node:http';
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAppProtocolHandler } from '../../../electron/main/app-protocol';
import { CONTENT_SECURITY_POLICY } from '../../../electron/main/security';
import { resolveInside } from '../../../electron/main/static-files';
import { startStaticServer } from '../../../electron/main/static-server';
import { withTempDir } from './helpers';

async function site(dir: string): Promise<string> {
  const root = join(dir, 'renderer');
  await mkdir(join(root, 'assets'), { recursive: true });
  await writeFile(join(root, 'index.html'), '<!doctype html><title>Touchpoint Studio</title>');
  await writeFile(join(root, 'assets', 'index-abc.js'), 'console.log(1)');
  await writeFile(join(root, 'assets', 'index-abc.css'), 'body{}');
  await writeFile(join(root, 'assets', 'noto-sans-sc.woff2'), new Uint8Array([0x77, 0x4f, 0x46, 0x32]));
  await writeFile(join(dir, 'secret.txt'), 'outside the root');
  await symlink(join(dir, 'secret.txt'), join(root, 'assets', 'link.txt'));
  return root;
}

function rawGet(url: string, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers: { host } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.once('error', reject);
    req.end();
  });
}

describe('static server for the browser build', () => {
  it('serves the renderer on loopback with the right types and the app’s CSP', async () => {
    await withTempDir(async (dir) => {
      const server = await startStaticServer({ root: await site(dir) });
      try {
        expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
        const page = await fetch(server.url);
        expect(page.status).toBe(200);
        expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
        expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
        expect(page.headers.get('x-content-type-options')).toBe('nosniff');
        expect(await page.text()).toContain('Touchpoint Studio');
        const types = await Promise.all(
          ['assets/index-abc.js', 'assets/index-abc.css', 'assets/noto-sans-sc.woff2'].map(async (p) => (await fetch(server.url + p)).headers.get('content-type')),
        );
        expect(types).toEqual(['text/javascript; charset=utf-8', 'text/css; charset=utf-8', 'font/woff2']);
        expect((await fetch(server.url + 'missing.js')).status).toBe(404);
        expect((await fetch(server.url, { method: 'POST', body: 'x' })).status).toBe(405);
        expect((await fetch(server.url, { method: 'HEAD' })).status).toBe(200);
      } finally {
        await server.close();
      }
    });
  });

  it('never serves anything outside the root', async () => {
    await withTempDir(async (dir) => {
      const server = await startStaticServer({ root: await site(dir) });
      try {
        for (const path of ['..%2fsecret.txt', '%2e%2e/secret.txt', 'assets/..%2f..%2fsecret.txt', 'assets/link.txt', '..%5csecret.txt', 'index.html%00.js']) {
          const response = await fetch(server.url + path);
          expect(response.status, path).toBe(404);
          expect(await response.text()).not.toContain('outside the root');
        }
      } finally {
        await server.close();
      }
    });
  });

  it('answers only requests addressed to the loopback name (no DNS rebinding)', async () => {
    await withTempDir(async (dir) => {
      const server = await startStaticServer({ root: await site(dir) });
      try {
        expect(await rawGet(server.url, `127.0.0.1:${server.port}`)).toBe(200);
        expect(await rawGet(server.url, `localhost:${server.port}`)).toBe(200);
        expect(await rawGet(server.url, `attacker.example:${server.port}`)).toBe(421);
      } finally {
        await server.close();
      }
    });
  });

  it('keeps URL paths inside the root', () => {
    expect(resolveInside('/srv/app', '/')).toBe(join('/srv/app', 'index.html'));
    expect(resolveInside('/srv/app', '/assets/a.js?v=1')).toBe(join('/srv/app', 'assets/a.js'));
    expect(resolveInside('/srv/app', '/../etc/passwd')).toBeNull();
    expect(resolveInside('/srv/app', '/%E0%A4%A')).toBeNull();
  });
});

describe('app:// protocol', () => {
  it('serves our files to our host only', async () => {
    await withTempDir(async (dir) => {
      const handle = createAppProtocolHandler(await site(dir));
      const page = await handle({ url: 'app://touchpoint/index.html', method: 'GET' });
      expect(page.status).toBe(200);
      expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      expect((await handle({ url: 'app://touchpoint/assets/index-abc.js', method: 'GET' })).headers.get('content-type')).toBe('text/javascript; charset=utf-8');
      expect((await handle({ url: 'app://elsewhere/index.html', method: 'GET' })).status).toBe(404);
      expect((await handle({ url: 'app://touchpoint/assets/link.txt', method: 'GET' })).status).toBe(404);
    });
  });
});
