/// <reference lib="webworker" />
/**
 * Runs the PDF report (src/report) and the slides (src/slides) off the main thread, so the editor stays
 * responsive while a large map is typeset. Also subsets the font for SVG/PNG exports. Progress and results go back by message;
 * the PDF's buffer is transferred, not copied.
 */
import { FontLoadError, renderReport } from '../../../src/report';
import { buildFonts } from '../../../src/report/fonts/build';
import { buildSlides } from '../../../src/slides';
import { fetchFontSource } from './font-files';
import type { WorkerReply, WorkerRequest } from './protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;

function post(reply: WorkerReply, transfer: Transferable[] = []): void {
  scope.postMessage(reply, transfer);
}

function own(bytes: Uint8Array): ArrayBuffer {
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength
    ? (bytes.buffer as ArrayBuffer)
    : (bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
}

scope.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  try {
    if (request.type === 'pdf') {
      const pdf = await renderReport(request.map, {
        locale: request.locale,
        page: request.page,
        fonts: fetchFontSource,
        now: new Date(request.now),
        onProgress: ({ step, done, total }) => post({ type: 'progress', id: request.id, step, done, total }),
      });
      const buffer = own(pdf);
      post({ type: 'pdf', id: request.id, pdf: buffer }, [buffer]);
    } else if (request.type === 'pptx') {
      const picture = request.picture && { png: new Uint8Array(request.picture.png), width: request.picture.width, height: request.picture.height };
      const { pptx } = await buildSlides(request.map, { locale: request.locale, ...(picture ? { picture } : {}) });
      const buffer = own(pptx);
      post({ type: 'pptx', id: request.id, pptx: buffer }, [buffer]);
    } else {
      const fonts = await buildFonts(request.text, fetchFontSource);
      const regular = own(fonts.regular.ttf);
      const bold = own(fonts.bold.ttf);
      post({ type: 'fonts', id: request.id, regular, bold }, [regular, bold]);
    }
  } catch (e) {
    post({
      type: 'error',
      id: request.id,
      kind: e instanceof FontLoadError ? 'fonts' : 'other',
      message: e instanceof Error ? e.message : String(e),
    });
  }
};
