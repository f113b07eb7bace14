/**
 * The PDF export: renderReport in a module Web Worker, with progress, the bytes transferred back,
 * and cancel = terminate the worker (a report in progress cannot be interrupted any other way).
 */
import type { Locale, MapDocument } from '../../../src/model';
import type { PageFormat, ReportStep } from '../../../src/report';
import type { WorkerReply, WorkerRequest } from './protocol';

/** Why an export did not produce a file; the dialog turns `kind` into a sentence in the UI language. */
export class ExportError extends Error {
  constructor(
    readonly kind: 'fonts' | 'pdf' | 'worker' | 'image' | 'cancelled',
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

export function startPdfExport(
  map: MapDocument,
  options: { locale: Locale; page: PageFormat; now?: Date },
  onProgress: (progress: PdfProgress) => void,
  makeWorker: () => Worker = createExportWorker,
): PdfJob {
  const id = nextId++;
  let worker: Worker | null = null;
  let settle: { resolve: (pdf: Uint8Array) => void; reject: (e: ExportError) => void } | null = null;
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
    if (reply.type === 'progress') onProgress({ step: reply.step, fraction: reply.total ? reply.done / reply.total : 0 });
    else if (reply.type === 'pdf') {
      settle.resolve(new Uint8Array(reply.pdf));
      finish();
    } else if (reply.type === 'error') {
      settle.reject(new ExportError(reply.kind === 'fonts' ? 'fonts' : 'pdf', reply.message));
      finish();
    }
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
  const request: WorkerRequest = { type: 'pdf', id, map, locale: options.locale, page: options.page, now: (options.now ?? new Date()).getTime() };
  worker.postMessage(request);
  return {
    done,
    cancel() {
      settle?.reject(new ExportError('cancelled', 'cancelled'));
      finish();
    },
  };
}
