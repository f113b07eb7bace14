/**
 * The `app://touchpoint/` protocol that serves the built renderer inside Electron. A custom
 * standard, secure scheme gives the page a real origin (so the IPC sender check and the CSP have
 * something precise to match) instead of the file:// origin, which every local file shares.
 */
import { APP_HOST, APP_SCHEME } from './security';
import { loadStatic } from './static-files';

export function createAppProtocolHandler(root: string): (request: { url: string; method: string }) => Promise<Response> {
  return async (request) => {
    const url = new URL(request.url);
    // Node's URL gives custom schemes an opaque origin, so compare scheme and host.
    if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return new Response('Not found', { status: 404 });
    const result = await loadStatic(root, url.pathname, request.method);
    return new Response(request.method === 'HEAD' ? null : result.body, { status: result.status, headers: result.headers });
  };
}
