/** Messages between the export dialog and its Web Worker (pdf.worker.ts: the PDF report, slides and fonts). */
import type { Locale, MapDocument } from '../../../src/model';
import type { PageFormat, ReportStep } from '../../../src/report';

export type WorkerRequest =
  | { readonly type: 'pdf'; readonly id: number; readonly map: MapDocument; readonly locale: Locale; readonly page: PageFormat; readonly now: number }
  /** Slides for executives (src/slides); the map slide shows `picture`, drawn on the page, which has a canvas. */
  | { readonly type: 'pptx'; readonly id: number; readonly map: MapDocument; readonly locale: Locale; readonly picture?: { readonly png: ArrayBuffer; readonly width: number; readonly height: number } }
  /** Noto Sans SC 400 and 700 subset to `text`, for embedding in an SVG/PNG export. */
  | { readonly type: 'fonts'; readonly id: number; readonly text: string };

export type WorkerReply =
  | { readonly type: 'progress'; readonly id: number; readonly step: ReportStep; readonly done: number; readonly total: number }
  | { readonly type: 'pdf'; readonly id: number; readonly pdf: ArrayBuffer }
  | { readonly type: 'pptx'; readonly id: number; readonly pptx: ArrayBuffer }
  | { readonly type: 'fonts'; readonly id: number; readonly regular: ArrayBuffer; readonly bold: ArrayBuffer }
  /** `kind: 'fonts'` when the font files could not be loaded (network, missing asset). */
  | { readonly type: 'error'; readonly id: number; readonly kind: 'fonts' | 'other'; readonly message: string };
