/**
 * A tiny loopback-only web server for the built renderer: `npm start` falls back to it when no
 * Electron binary is installed, and browser tests can serve out/renderer with it.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadStatic } from './static-files';

export interface StaticServer {
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

export interface StaticServerOptions {
  root: string;
  /** 0 (the default) picks a free port. */
  port?: number;
}

const LOOPBACK = '127.0.0.1';

export function startStaticServer({ root, port = 0 }: StaticServerOptions): Promise<StaticServer> {
  const server = createServer((request, response) => {
    const address = server.address() as AddressInfo;
    // Refuses DNS-rebinding: a page on another name that resolves to 127.0.0.1 sends its own Host.
    const host = request.headers.host ?? '';
    if (host !== `${LOOPBACK}:${address.port}` && host !== `localhost:${address.port}`) {
      response.writeHead(421, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Misdirected request');
      return;
    }
    void loadStatic(root, request.url ?? '/', request.method).then((result) => {
      response.writeHead(result.status, result.headers).end(result.body);
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, LOOPBACK, () => {
      const { port: actual } = server.address() as AddressInfo;
      resolve({
        url: `http://${LOOPBACK}:${actual}/`,
        port: actual,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
