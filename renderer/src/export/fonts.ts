/**
 * Fonts embedded in SVG/PNG exports. An SVG drawn as an image (the PNG export, the preview) cannot use
 * the page's fonts, and many machines have no Chinese font, so the export carries Noto Sans SC 400/700
 * subset to the characters the picture uses (made in the export worker, off the main thread) as
 * @font-face rules with data: URLs.
 */
import type { WorkerReply, WorkerRequest } from './protocol';
import { createExportWorker } from './pdf';

/** Everything drawn as text in an SVG string (tags removed, entities decoded). */
export function svgText(svg: string): string {
  const chars = new Set<string>();
  const text = svg
    .replace(/<style>[\s\S]*?<\/style>/g, '')
    .replace(/<[^>]*>/g, '')
    .replace(/&(amp|lt|gt|quot|#39);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[e] ?? '');
  for (const ch of text) chars.add(ch);
  return [...chars].sort().join('');
}

function base64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function fontFaceCss(regular: Uint8Array, bold: Uint8Array): string {
  const face = (bytes: Uint8Array, weight: number) =>
    `@font-face{font-family:"Noto Sans SC";font-style:normal;font-weight:${weight};src:url(data:font/ttf;base64,${base64(bytes)}) format("truetype");}`;
  return face(regular, 400) + face(bold, 700);
}

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, { resolve: (css: string) => void; reject: (e: Error) => void }>();
const cache = new Map<string, Promise<string>>();

function fontWorker(): Worker {
  if (worker) return worker;
  const w = createExportWorker();
  w.onmessage = (event: MessageEvent<WorkerReply>) => {
    const reply = event.data;
    const waiting = pending.get(reply.id);
    if (!waiting) return;
    if (reply.type === 'fonts') {
      pending.delete(reply.id);
      waiting.resolve(fontFaceCss(new Uint8Array(reply.regular), new Uint8Array(reply.bold)));
    } else if (reply.type === 'error') {
      pending.delete(reply.id);
      waiting.reject(new Error(reply.message));
    }
  };
  w.onerror = (event) => {
    event.preventDefault();
    for (const { reject } of pending.values()) reject(new Error(event.message || 'font worker failed'));
    pending.clear();
    worker = null;
    w.terminate();
  };
  worker = w;
  return w;
}

/** @font-face CSS holding the glyphs of `text`; rejects when the font files cannot be loaded. */
export function embeddedFontCss(text: string): Promise<string> {
  let css = cache.get(text);
  if (!css) {
    css = new Promise<string>((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve, reject });
      const request: WorkerRequest = { type: 'fonts', id, text };
      fontWorker().postMessage(request);
    });
    css.catch(() => cache.delete(text));
    cache.set(text, css);
    // Keep the cache small: a dialog session uses a handful of texts.
    if (cache.size > 8) cache.delete(cache.keys().next().value!);
  }
  return css;
}

/** Stops the font worker (the dialog calls this when it closes); cached CSS stays usable. */
export function releaseFontWorker(): void {
  worker?.terminate();
  worker = null;
  for (const { reject } of pending.values()) reject(new Error('cancelled'));
  pending.clear();
}
