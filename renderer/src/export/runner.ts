/**
 * The export dialog's runner: makes the chosen file (the PDF and the slides in the worker, pictures
 * on the page, the map file as Save writes it), hands it to the platform to save, and keeps the
 * status the dialog shows. The form (ExportForm.tsx) only gathers the options.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ExportMessageKey } from '../../../src/i18n/export';
import { serializeMap, type Locale, type MapDocument } from '../../../src/model';
import { quote, type Params } from '../../../src/i18n';
import type { PageFormat } from '../../../src/report';
import { reportLimitRefusal } from '../../../src/report/limits';
import type { Platform } from '../platform/types';
import type { ThemeName } from '../theme/tokens';
import { exportFileName, MIME_TYPES } from './filename';
import { embeddedFontCss, releaseFontWorker, svgText } from './fonts';
import { ExportError, startPdfExport, startSlidesExport, type PdfJob, type PdfProgress } from './pdf';
import { planPng, svgToPng } from './png';
import { renderMapSvg } from './svg';

export type ExportFormat = 'pdf' | 'pptx' | 'png' | 'svg' | 'json';
export const FORMATS: readonly ExportFormat[] = ['pdf', 'pptx', 'png', 'svg', 'json'];

/** Everything the form chose. */
export interface ExportRequest {
  readonly format: ExportFormat;
  /** The report's and the deck's language. */
  readonly reportLocale: Locale;
  readonly page: PageFormat;
  readonly theme: ThemeName;
  readonly background: boolean;
  readonly scale: number;
  /** Cards to draw alone in a picture, or undefined for the whole map. */
  readonly only: ReadonlySet<string> | undefined;
}

export type Status =
  | { kind: 'idle' }
  | { kind: 'busy'; progress: PdfProgress | null }
  | { kind: 'saved'; name: string }
  | { kind: 'cancelled' }
  | { kind: 'error'; message: string };

/** The map slide's picture: as the PNG export draws it (light, with background, fonts embedded), at 1.5×. */
const SLIDE_PICTURE_SCALE = 1.5;

function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

async function picture(map: MapDocument, locale: Locale, theme: ThemeName, background: boolean, only: ReadonlySet<string> | undefined, scale: number) {
  // Let the busy state paint before the picture is drawn on this thread.
  await nextFrame();
  const options = { theme, background, locale, ...(only ? { only: new Set(only) } : {}) };
  const bare = renderMapSvg(map, options);
  const fontCss = await embeddedFontCss(svgText(bare.svg)).catch(() => '');
  const svg = fontCss ? renderMapSvg(map, { ...options, fontCss }).svg : bare.svg;
  return { svg, width: bare.width, height: bare.height, plan: planPng(bare.width, bare.height, scale) };
}

/** The file's content for a request; `track` receives a worker job so it can be cancelled. */
export async function produceExport(
  map: MapDocument,
  uiLocale: Locale,
  request: ExportRequest,
  onProgress: (progress: PdfProgress) => void,
  track: (job: PdfJob | null) => void,
): Promise<Uint8Array | string> {
  const inWorker = async (job: PdfJob) => {
    track(job);
    try {
      return await job.done;
    } finally {
      track(null);
    }
  };
  if (request.format === 'pdf' || request.format === 'pptx') {
    // A map past the report's limits is refused at once, in the words the command line uses, instead of
    // keeping a worker busy for minutes on a report of thousands of pages.
    const refusal = reportLimitRefusal(map, quote(map.title, uiLocale), uiLocale);
    if (refusal) throw new ExportError('limit', refusal);
  }
  switch (request.format) {
    case 'json':
      return serializeMap(map);
    case 'pdf':
      return inWorker(startPdfExport(map, { locale: request.reportLocale, page: request.page }, onProgress));
    case 'pptx': {
      const drawn = await picture(map, request.reportLocale, 'light', true, undefined, SLIDE_PICTURE_SCALE);
      const png = await svgToPng(drawn.svg, drawn.plan);
      return inWorker(startSlidesExport(map, { locale: request.reportLocale, picture: { png, width: drawn.plan.width, height: drawn.plan.height } }));
    }
    case 'png':
    case 'svg': {
      const drawn = await picture(map, map.locale ?? uiLocale, request.theme, request.background, request.only, request.format === 'png' ? request.scale : 1);
      return request.format === 'svg' ? drawn.svg : svgToPng(drawn.svg, drawn.plan);
    }
  }
}

export function errorMessage(error: unknown, t: (key: ExportMessageKey, params?: Params) => string): string {
  const reason = (e: unknown) => (e instanceof Error && e.message ? e.message : t('error.unknown'));
  if (error instanceof ExportError) {
    switch (error.kind) {
      case 'fonts':
        return t('error.fonts', { reason: error.message });
      case 'pdf':
        return t('error.pdf', { reason: error.message });
      case 'worker':
        return t('error.worker');
      case 'image':
        return t('error.image', { reason: error.message });
      case 'cancelled':
        return t('status.cancelled');
      case 'limit':
        return error.message;
    }
  }
  return t('error.save', { reason: reason(error) });
}

export interface RunnerOptions {
  readonly map: MapDocument;
  readonly locale: Locale;
  readonly platform: Platform;
  readonly t: (key: ExportMessageKey, params?: Params) => string;
  /** Close when the file is written or the save cancelled (Export PDF from the toolbar). */
  readonly closeWhenDone: boolean;
  readonly onClose: () => void;
  readonly onExported?: (name: string) => void;
}

export function useExportRunner({ map, locale, platform, t, closeWhenDone, onClose, onExported }: RunnerOptions) {
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const jobRef = useRef<PdfJob | null>(null);
  const closedRef = useRef(false);

  useEffect(() => {
    // Reset as well as set: React's StrictMode mounts, unmounts and mounts again in development.
    closedRef.current = false;
    return () => {
      closedRef.current = true;
      jobRef.current?.cancel();
      releaseFontWorker();
    };
  }, []);

  const busy = status.kind === 'busy';
  const run = async (request: ExportRequest) => {
    if (busy) return;
    setStatus({ kind: 'busy', progress: null });
    try {
      const data = await produceExport(
        map,
        locale,
        request,
        (progress) => {
          if (!closedRef.current) setStatus({ kind: 'busy', progress });
        },
        (job) => (jobRef.current = job),
      );
      if (closedRef.current) return;
      const name = exportFileName(map.title, request.format);
      const saved = await platform.exportFile(data, name, MIME_TYPES[request.format]);
      if (closedRef.current) return;
      if (saved) onExported?.(name);
      if (closeWhenDone) {
        onClose();
        return;
      }
      setStatus(saved ? { kind: 'saved', name } : { kind: 'cancelled' });
    } catch (error) {
      if (closedRef.current) return;
      if (error instanceof ExportError && error.kind === 'cancelled') setStatus({ kind: 'cancelled' });
      else setStatus({ kind: 'error', message: errorMessage(error, t) });
    }
  };
  const cancel = useCallback(() => jobRef.current?.cancel(), []);
  const close = useCallback(() => {
    jobRef.current?.cancel();
    onClose();
  }, [onClose]);
  return { status, busy, run, cancel, close };
}
