/**
 * The export dialog: PDF report, PNG, SVG or the map file. Modal (focus trapped, Esc closes), options
 * in the manner of Excalidraw's export dialog, a live preview of the picture, a progress bar while the
 * PDF is made in its worker.
 */
import { useCallback, useEffect, useId, useMemo, useRef, useState, type JSX, type KeyboardEvent as ReactKeyboardEvent } from 'react';
import { exportMessages, type ExportMessageKey } from '../../../src/i18n/export';
import { reportMessages } from '../../../src/i18n/report';
import { LOCALES, translate, type Locale, type Params } from '../../../src/i18n';
import { layoutGrid } from '../../../src/layout';
import { serializeMap, type MapDocument } from '../../../src/model';
import type { PageFormat } from '../../../src/report';
import type { Platform } from '../platform/types';
import type { ThemeName } from '../theme/tokens';
import { exportFileName, MIME_TYPES } from './filename';
import { embeddedFontCss, releaseFontWorker, svgText } from './fonts';
import { ExportError, startPdfExport, type PdfJob, type PdfProgress } from './pdf';
import { planPng, svgToPng } from './png';
import { renderMapSvg, visibleSelection } from './svg';
import { Dialog, DialogTitle } from '../ui/Dialog';
import './export.css';

export type ExportFormat = 'pdf' | 'png' | 'svg' | 'json';
const FORMATS: readonly ExportFormat[] = ['pdf', 'png', 'svg', 'json'];
const SCALES = [1, 2, 3] as const;
const PAGES: readonly PageFormat[] = ['a4', 'letter'];
const THEMES: readonly ThemeName[] = ['light', 'dark'];
const REPORT_SECTIONS = ['section.summary', 'section.map', 'section.register', 'section.stages', 'section.appendix'] as const;

function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} kB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export interface ExportDialogProps {
  map: MapDocument;
  selection: ReadonlySet<string>;
  locale: Locale;
  theme: ThemeName;
  platform: Platform;
  initial: ExportFormat;
  onClose: () => void;
  /**
   * Start exporting at once with the defaults (the toolbar's Export PDF, the menu's Export PDF): the
   * dialog shows the progress and closes itself when the file is written or the save is cancelled;
   * an error stays on screen.
   */
  autoRun?: boolean;
  /** Told the file name once an export is written. */
  onExported?: (name: string) => void;
}

type Status =
  | { kind: 'idle' }
  | { kind: 'busy'; progress: PdfProgress | null }
  | { kind: 'saved'; name: string }
  | { kind: 'cancelled' }
  | { kind: 'error'; message: string };

function errorMessage(error: unknown, t: (key: ExportMessageKey, params?: Params) => string): string {
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
    }
  }
  return t('error.save', { reason: reason(error) });
}

export function ExportDialog(props: ExportDialogProps): JSX.Element {
  const { map, selection, locale, platform, onClose } = props;
  const t = useCallback((key: ExportMessageKey, params?: Params) => translate(exportMessages, locale, key, params), [locale]);
  const ids = useId();
  const panelId = `${ids}-panel`;

  const [format, setFormat] = useState<ExportFormat>(props.initial);
  const [scale, setScale] = useState<number>(2);
  const [background, setBackground] = useState(true);
  const [theme, setTheme] = useState<ThemeName>(props.theme);
  const selected = useMemo(() => visibleSelection(map, selection, layoutGrid(map)), [map, selection]);
  const [selectionOnly, setSelectionOnly] = useState(selected.length > 0);
  const [page, setPage] = useState<PageFormat>('a4');
  const [reportLocale, setReportLocale] = useState<Locale>(map.locale ?? locale);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });

  // A menu command for another format while the dialog is open switches the tab.
  const [lastInitial, setLastInitial] = useState(props.initial);
  if (props.initial !== lastInitial) {
    setLastInitial(props.initial);
    if (status.kind !== 'busy') setFormat(props.initial);
  }

  const tabRefs = useRef(new Map<ExportFormat, HTMLButtonElement>());
  const jobRef = useRef<PdfJob | null>(null);
  const closedRef = useRef(false);

  const onlySelection = selectionOnly && selected.length > 0;
  const jsonSize = useMemo(() => (format === 'json' ? new Blob([serializeMap(map)]).size : 0), [format, map]);
  const isImage = format === 'png' || format === 'svg';

  // The picture without embedded fonts: cheap, recomputed as options change.
  const image = useMemo(() => {
    if (!isImage) return null;
    return renderMapSvg(map, { theme, background, locale: map.locale ?? locale, ...(onlySelection ? { only: new Set(selected) } : {}) });
  }, [isImage, map, theme, background, locale, onlySelection, selected]);
  const plan = useMemo(() => (image ? planPng(image.width, image.height, format === 'png' ? scale : 1) : null), [image, format, scale]);

  // The preview with the embedded font (falls back to system fonts when the font cannot be loaded).
  const [previewUrl, setPreviewUrl] = useState<string | null>(null);
  const [previewFailed, setPreviewFailed] = useState(false);
  useEffect(() => {
    if (!image) {
      setPreviewUrl(null);
      return;
    }
    let live = true;
    let url: string | null = null;
    const show = (svg: string) => {
      if (!live) return;
      if (url) URL.revokeObjectURL(url);
      url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
      setPreviewUrl(url);
      setPreviewFailed(false);
    };
    show(image.svg);
    embeddedFontCss(svgText(image.svg)).then(
      (fontCss) =>
        show(renderMapSvg(map, { theme, background, locale: map.locale ?? locale, fontCss, ...(onlySelection ? { only: new Set(selected) } : {}) }).svg),
      () => undefined,
    );
    return () => {
      live = false;
      if (url) URL.revokeObjectURL(url);
    };
  }, [image, map, theme, background, locale, onlySelection, selected]);

  // Focus: into the dialog on open, back where it was on close.
  useEffect(() => {
    // Reset as well as set: React's StrictMode mounts, unmounts and mounts again in development.
    closedRef.current = false;
    return () => {
      closedRef.current = true;
      jobRef.current?.cancel();
      releaseFontWorker();
    };
    // Only on mount and unmount.
  }, []);

  const close = useCallback(() => {
    jobRef.current?.cancel();
    onClose();
  }, [onClose]);

  const onTabKey = (event: ReactKeyboardEvent<HTMLButtonElement>) => {
    const i = FORMATS.indexOf(format);
    let next: ExportFormat | null = null;
    if (event.key === 'ArrowRight' || event.key === 'ArrowDown') next = FORMATS[(i + 1) % FORMATS.length]!;
    else if (event.key === 'ArrowLeft' || event.key === 'ArrowUp') next = FORMATS[(i + FORMATS.length - 1) % FORMATS.length]!;
    else if (event.key === 'Home') next = FORMATS[0]!;
    else if (event.key === 'End') next = FORMATS[FORMATS.length - 1]!;
    if (!next) return;
    event.preventDefault();
    setFormat(next);
    tabRefs.current.get(next)?.focus();
  };

  const busy = status.kind === 'busy';

  // When an export ends, focus returns to the Export button if it was lost while controls were disabled.
  const confirmRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (busy) return;
    const active = document.activeElement;
    if (!active || active === document.body) confirmRef.current?.focus();
  }, [busy]);

  const run = async () => {
    if (busy) return;
    setStatus({ kind: 'busy', progress: null });
    try {
      let data: Uint8Array | string;
      if (format === 'json') data = serializeMap(map);
      else if (format === 'pdf') {
        const job = startPdfExport(map, { locale: reportLocale, page }, (progress) => {
          if (!closedRef.current) setStatus({ kind: 'busy', progress });
        });
        jobRef.current = job;
        try {
          data = await job.done;
        } finally {
          jobRef.current = null;
        }
      } else {
        // Let the busy state paint before the picture is drawn on this thread.
        await nextFrame();
        const only = onlySelection ? { only: new Set(selected) } : {};
        const bare = renderMapSvg(map, { theme, background, locale: map.locale ?? locale, ...only });
        const fontCss = await embeddedFontCss(svgText(bare.svg)).catch(() => '');
        const svg = fontCss ? renderMapSvg(map, { theme, background, locale: map.locale ?? locale, fontCss, ...only }).svg : bare.svg;
        data = format === 'svg' ? svg : await svgToPng(svg, planPng(bare.width, bare.height, scale));
      }
      if (closedRef.current) return;
      const name = exportFileName(map.title, format);
      const saved = await platform.exportFile(data, name, MIME_TYPES[format]);
      if (closedRef.current) return;
      if (saved) props.onExported?.(name);
      if (props.autoRun) {
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

  const cancel = () => {
    jobRef.current?.cancel();
  };

  // Export PDF from the toolbar or menu: run once on mount (StrictMode mounts twice; the ref keeps it one run).
  const autoStarted = useRef(false);
  useEffect(() => {
    if (!props.autoRun || autoStarted.current) return;
    autoStarted.current = true;
    void run();
  }, []);

  const percent = status.kind === 'busy' && status.progress ? Math.round(status.progress.fraction * 100) : 0;

  return (
    <Dialog
      header="none"
      className="tp-export"
      overlayClassName="tp-export-backdrop"
      testId="export-dialog"
      onClose={close}
      closeOnOutside={!busy}
      initialFocus='[role="tab"][aria-selected="true"]'
    >
        <header className="tp-export__header">
          <DialogTitle className="tp-export__title">{t('dialog.title')}</DialogTitle>
          <button type="button" className="tp-export__close" aria-label={t('dialog.close')} onClick={close}>
            <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
              <path d="M3.5 3.5l9 9M12.5 3.5l-9 9" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
            </svg>
          </button>
        </header>

        <div className="tp-export__tabs" role="tablist" aria-label={t('format.label')}>
          {FORMATS.map((f) => (
            <button
              key={f}
              ref={(el) => {
                if (el) tabRefs.current.set(f, el);
                else tabRefs.current.delete(f);
              }}
              type="button"
              role="tab"
              id={`${ids}-tab-${f}`}
              aria-selected={format === f}
              aria-controls={panelId}
              tabIndex={format === f ? 0 : -1}
              className="tp-export__tab"
              data-format={f}
              disabled={busy}
              onClick={() => setFormat(f)}
              onKeyDown={onTabKey}
            >
              {t(`format.${f}`)}
            </button>
          ))}
        </div>

        <div className="tp-export__body" role="tabpanel" id={panelId} aria-labelledby={`${ids}-tab-${format}`}>
          <div className="tp-export__options">
            <p className="tp-export__note">{t(`format.${format}-note`)}</p>

            {isImage && (
              <>
                {format === 'png' && (
                  <fieldset className="tp-export__field">
                    <legend>{t('option.scale')}</legend>
                    <div className="tp-export__segmented">
                      {SCALES.map((s) => (
                        <label key={s} className="tp-export__segment">
                          <input type="radio" name={`${ids}-scale`} value={s} checked={scale === s} disabled={busy} onChange={() => setScale(s)} />
                          <span>{s}×</span>
                        </label>
                      ))}
                    </div>
                  </fieldset>
                )}
                <fieldset className="tp-export__field">
                  <legend>{t('option.theme')}</legend>
                  <div className="tp-export__segmented">
                    {THEMES.map((name) => (
                      <label key={name} className="tp-export__segment">
                        <input type="radio" name={`${ids}-theme`} value={name} checked={theme === name} disabled={busy} onChange={() => setTheme(name)} />
                        <span>{t(`theme.${name}`)}</span>
                      </label>
                    ))}
                  </div>
                </fieldset>
                <label className="tp-export__switch">
                  <input type="checkbox" checked={background} disabled={busy} onChange={(e) => setBackground(e.target.checked)} />
                  <span>{t('option.background')}</span>
                </label>
                <label className="tp-export__switch">
                  <input
                    type="checkbox"
                    checked={onlySelection}
                    disabled={busy || selected.length === 0}
                    aria-describedby={`${ids}-selection-hint`}
                    onChange={(e) => setSelectionOnly(e.target.checked)}
                  />
                  <span>{t('option.selection')}</span>
                </label>
                <p id={`${ids}-selection-hint`} className="tp-export__hint">
                  {selected.length === 0
                    ? t('option.selection-none')
                    : selected.length === 1
                      ? t('option.selection-count-one')
                      : t('option.selection-count', { count: selected.length })}
                </p>
                {plan && (
                  <p className="tp-export__hint" data-testid="export-size">
                    {t('preview.size', { width: plan.width, height: plan.height })}
                  </p>
                )}
                {plan?.capped && image && (
                  <p className="tp-export__warning" role="note" data-testid="export-capped">
                    {t('png.capped', {
                      scale,
                      width: Math.round(image.width * scale),
                      height: Math.round(image.height * scale),
                      actual: plan.scale,
                      actualWidth: plan.width,
                      actualHeight: plan.height,
                    })}
                  </p>
                )}
              </>
            )}

            {format === 'pdf' && (
              <>
                <label className="tp-export__field">
                  <span className="tp-export__label">{t('option.page')}</span>
                  <select value={page} disabled={busy} onChange={(e) => setPage(e.target.value as PageFormat)}>
                    {PAGES.map((p) => (
                      <option key={p} value={p}>
                        {t(`page.${p}`)}
                      </option>
                    ))}
                  </select>
                </label>
                <label className="tp-export__field">
                  <span className="tp-export__label">{t('option.language')}</span>
                  <select value={reportLocale} disabled={busy} onChange={(e) => setReportLocale(e.target.value as Locale)}>
                    {LOCALES.map((l) => (
                      <option key={l} value={l} lang={l}>
                        {t(`language.${l}`)}
                      </option>
                    ))}
                  </select>
                </label>
              </>
            )}
          </div>

          {format === 'pdf' && (
            <aside className="tp-export__aside" aria-label={t('pdf.contents')}>
              <h3>{t('pdf.contents')}</h3>
              <ol>
                <li>{t('pdf.cover')}</li>
                {REPORT_SECTIONS.map((key) => (
                  <li key={key}>{translate(reportMessages, locale, key)}</li>
                ))}
              </ol>
              <p className="tp-export__hint">{t(page === 'a4' ? 'pdf.pages' : 'pdf.pages-letter')}</p>
            </aside>
          )}

          {format === 'json' && (
            <aside className="tp-export__aside" aria-label={t('json.contents')}>
              <h3>{t('json.contents')}</h3>
              <p>
                {t('json.summary', {
                  stages: map.stages.length,
                  lanes: map.lanes.length,
                  touchpoints: map.touchpoints.length,
                  pains: map.touchpoints.reduce((sum, tp) => sum + (tp.painPoints?.length ?? 0), 0),
                })}
              </p>
              <p className="tp-export__hint">{t('json.size', { size: formatSize(jsonSize) })}</p>
            </aside>
          )}

          {isImage && (
            <figure className="tp-export__preview" data-theme={theme} data-background={background ? 'on' : 'off'}>
              {previewUrl && !previewFailed ? (
                <img src={previewUrl} alt={t('preview.label')} data-testid="export-preview" onError={() => setPreviewFailed(true)} />
              ) : previewFailed ? (
                <p className="tp-export__hint">{t('preview.failed')}</p>
              ) : null}
            </figure>
          )}
        </div>

        <footer className="tp-export__footer">
          <div className="tp-export__status" aria-live="polite">
            {status.kind === 'busy' && format === 'pdf' && (
              <div className="tp-export__progress">
                <progress max={100} value={percent} aria-label={t('progress.label')} data-testid="export-progress" />
                <span>
                  {status.progress ? t(`progress.${status.progress.step}`) : t('action.exporting')} · {t('progress.percent', { percent })}
                </span>
              </div>
            )}
            {status.kind === 'saved' && <span role="status">{t('status.saved', { name: status.name })}</span>}
            {status.kind === 'cancelled' && <span role="status">{t('status.cancelled')}</span>}
          </div>
          {status.kind === 'error' && (
            <p className="tp-export__error" role="alert">
              {status.message}
            </p>
          )}
          <div className="tp-export__actions">
            {busy && format === 'pdf' ? (
              <button type="button" className="tp-export__button" onClick={cancel}>
                {t('action.cancel')}
              </button>
            ) : (
              <button type="button" className="tp-export__button" onClick={close}>
                {t('dialog.close')}
              </button>
            )}
            <button type="button" className="tp-export__button tp-export__button--primary" ref={confirmRef} data-testid="export-confirm" disabled={busy} onClick={() => void run()}>
              {busy ? t('action.exporting') : t('action.export')}
            </button>
          </div>
        </footer>
    </Dialog>
  );
}
