/**
 * The PDF and slide exports: renderReport or buildSlides in a module Web Worker, with progress, the
 * bytes transferred back, and cancel = terminate the worker (a report in progress cannot be
 * interrupted any other way).
 */
import type { Locale, MapDocument } from '../../../src/model';
import type { PageFormat, ReportStep } from '../../../src/report';
import type { WorkerReply, WorkerRequest } from './protocol';

/** Why an export did not produce a file; the dialog turns `kind` into a sentence in the UI language. */
export class ExportError extends Error {
  constructor(
    readonly kind: 'fonts' | 'pdf' | 'worker' | 'image' | 'cancelled' | 'limit',
    message: string,
  ) {
    super(message);
    this.name = 'ExportError';
  }
}

export interface PdfProgress {
  readonly step: ReportStep;
  /** 0–1. */
  readonly fraction: number;
}

export interface PdfJob {
  readonly done: Promise<Uint8Array>;
  cancel(): void;
}

export function createExportWorker(): Worker {
  return new Worker(new URL('./pdf.worker.ts', import.meta.url), { type: 'module' });
}

let nextId = 1;

type Settle = { resolve: (bytes: Uint8Array) => void; reject: (e: ExportError) => void };

/**
 * One request to a fresh worker: `accept` turns the replies into progress or the result; cancel (or
 * the end) terminates the worker.
 */
function startJob(
  build: (id: number) => WorkerRequest,
  accept: (reply: WorkerReply, settle: Settle) => boolean,
  makeWorker: () => Worker,
  transfer: Transferable[] = [],
): PdfJob {
  const id = nextId++;
  let worker: Worker | null = null;
  let settle: Settle | null = null;
  const done = new Promise<Uint8Array>((resolve, reject) => {
    settle = { resolve, reject };
  });
  const finish = () => {
    worker?.terminate();
    worker = null;
    settle = null;
  };
  try {
    worker = makeWorker();
  } catch (e) {
    settle!.reject(new ExportError('worker', e instanceof Error ? e.message : String(e)));
    finish();
    return { done, cancel: () => undefined };
  }
  worker.onmessage = (event: MessageEvent<WorkerReply>) => {
    const reply = event.data;
    if (reply.id !== id || !settle) return;
    if (reply.type === 'error') {
      settle.reject(new ExportError(reply.kind === 'fonts' ? 'fonts' : 'pdf', reply.message));
      finish();
    } else if (accept(reply, settle)) finish();
  };
  worker.onerror = (event: ErrorEvent) => {
    event.preventDefault();
    settle?.reject(new ExportError('worker', event.message || 'worker error'));
    finish();
  };
  worker.onmessageerror = () => {
    settle?.reject(new ExportError('worker', 'message could not be read'));
    finish();
  };
  worker.postMessage(build(id), transfer);
  return {
    done,
    cancel() {
      settle?.reject(new ExportError('cancelled', 'cancelled'));
      finish();
    },
  };
}

export function startPdfExport(
  map: MapDocument,
  options: { locale: Locale; page: PageFormat; now?: Date },
  onProgress: (progress: PdfProgress) => void,
  makeWorker: () => Worker = createExportWorker,
): PdfJob {
  const now = (options.now ?? new Date()).getTime();
  return startJob(
    (id) => ({ type: 'pdf', id, map, locale: options.locale, page: options.page, now }),
    (reply, settle) => {
      if (reply.type === 'progress') onProgress({ step: reply.step, fraction: reply.total ? reply.done / reply.total : 0 });
      else if (reply.type === 'pdf') settle.resolve(new Uint8Array(reply.pdf));
      return reply.type === 'pdf';
    },
    makeWorker,
  );
}

/** Slides for executives, built in the same worker as the PDF; `picture` (PNG) is the map slide's image. */
export function startSlidesExport(
  map: MapDocument,
  options: { locale: Locale; picture?: { png: Uint8Array; width: number; height: number } },
  makeWorker: () => Worker = createExportWorker,
): PdfJob {
  const png = options.picture ? (options.picture.png.slice().buffer as ArrayBuffer) : undefined;
  const picture = options.picture && png ? { png, width: options.picture.width, height: options.picture.height } : undefined;
  return startJob(
    (id) => ({ type: 'pptx', id, map, locale: options.locale, ...(picture ? { picture } : {}) }),
    (reply, settle) => {
      if (reply.type === 'pptx') settle.resolve(new Uint8Array(reply.pptx));
      return reply.type === 'pptx';
    },
    makeWorker,
    png ? [png] : [],
  );
}
