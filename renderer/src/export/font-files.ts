/**
 * The report font (@fontsource/noto-sans-sc) as bundled files: Vite copies the WOFF slices into the
 * build and gives their URLs, and a FontSource fetches only the slices a document needs. The report
 * core subsets and merges the WOFF slices in plain JavaScript (no wasm), so this works in a Web Worker. The same source feeds the fonts embedded in SVG/PNG exports.
 */
import unicodeUrl from '@fontsource/noto-sans-sc/unicode.json?url';
import { FontLoadError, type FontSource } from '../../../src/report/fonts/source';

// The unicode-range slices only: the 1.5 MB all-in-one "chinese-simplified" files are never fetched.
const woffUrls = import.meta.glob(
  [
    '../../../node_modules/@fontsource/noto-sans-sc/files/noto-sans-sc-*-{400,700}-normal.woff',
    '!../../../node_modules/@fontsource/noto-sans-sc/files/noto-sans-sc-chinese-simplified-*',
  ],
  {
    query: '?url',
    import: 'default',
    eager: true,
  },
) as Record<string, string>;

const byName = new Map(Object.entries(woffUrls).map(([key, url]) => [key.slice(key.lastIndexOf('/') + 1), url]));

async function fetchBytes(url: string): Promise<Uint8Array> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch (e) {
    throw new FontLoadError(`${url}: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (!response.ok) throw new FontLoadError(`${url}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

const cache = new Map<string, Promise<Uint8Array>>();

export const fetchFontSource: FontSource = {
  readFile(path) {
    const url = path === 'unicode.json' ? unicodeUrl : path.startsWith('files/') ? byName.get(path.slice('files/'.length)) : undefined;
    if (!url) return Promise.reject(new FontLoadError(`no bundled font file ${path}`));
    let bytes = cache.get(url);
    if (!bytes) {
      bytes = fetchBytes(url);
      // A failed fetch is not remembered: the next export tries again.
      bytes.catch(() => cache.delete(url));
      cache.set(url, bytes);
    }
    return bytes;
  },
  // The browser's own zlib ('deflate' is the zlib format the WOFF tables use), faster than the core's.
  inflate: async (data) =>
    new Uint8Array(await new Response(new Blob([data as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('deflate'))).arrayBuffer()),
};
