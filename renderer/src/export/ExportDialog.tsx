/**
 * The export dialog: PDF report, slides, PNG, SVG or the map file. Modal (focus trapped, Esc closes),
 * options in the manner of Excalidraw's export dialog, a live preview of the picture, a progress bar
 * while the PDF is made in its worker. The form (ExportForm.tsx) gathers the options; the runner
 * (runner.ts) makes and saves the file.
 */
import { useCallback, useEffect, useId, useMemo, useRef, useState, type JSX, type KeyboardEvent as ReactKeyboardEvent } from 'react';
import { exportMessages, type ExportMessageKey } from '../../../src/i18n/export';
import { translate, type Locale, type Params } from '../../../src/i18n';
import { layoutGrid } from '../../../src/layout';
import type { MapDocument } from '../../../src/model';
import type { Platform } from '../platform/types';
import type { ThemeName } from '../theme/tokens';
import { ExportForm, exportRequest, type ExportChoices } from './ExportForm';
import { FORMATS, useExportRunner, type ExportFormat } from './runner';
import { visibleSelection } from './svg';
import { Dialog, DialogTitle } from '../ui/Dialog';
import './export.css';

export type { ExportFormat };

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

export function ExportDialog(props: ExportDialogProps): JSX.Element {
  const { map, selection, locale, platform, onClose } = props;
  const t = useCallback((key: ExportMessageKey, params?: Params) => translate(exportMessages, locale, key, params), [locale]);
  const ids = useId();
  const panelId = `${ids}-panel`;

  const [format, setFormat] = useState<ExportFormat>(props.initial);
  const selected = useMemo(() => visibleSelection(map, selection, layoutGrid(map)), [map, selection]);
  const [choices, setChoices] = useState<ExportChoices>(() => ({
    scale: 2,
    background: true,
    theme: props.theme,
    selectionOnly: selected.length > 0,
    page: 'a4',
    reportLocale: map.locale ?? locale,
  }));
  const { status, busy, run: runRequest, cancel, close } = useExportRunner({
    map,
    locale,
    platform,
    t,
    closeWhenDone: props.autoRun === true,
    onClose,
    ...(props.onExported ? { onExported: props.onExported } : {}),
  });
  const run = () => runRequest(exportRequest(format, choices, selected));

  // A menu command for another format while the dialog is open switches the tab.
  const [lastInitial, setLastInitial] = useState(props.initial);
  if (props.initial !== lastInitial) {
    setLastInitial(props.initial);
    if (status.kind !== 'busy') setFormat(props.initial);
  }

  const tabRefs = useRef(new Map<ExportFormat, HTMLButtonElement>());

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

  // When an export ends, focus returns to the Export button if it was lost while controls were disabled.
  const confirmRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (busy) return;
    const active = document.activeElement;
    if (!active || active === document.body) confirmRef.current?.focus();
  }, [busy]);

  // Export PDF from the toolbar or menu: run once on mount (StrictMode mounts twice; the ref keeps it one run).
  const autoStarted = useRef(false);
  useEffect(() => {
    if (!props.autoRun || autoStarted.current) return;
    autoStarted.current = true;
    void run();
  }, []);

  const percent = status.kind === 'busy' && status.progress ? Math.round(status.progress.fraction * 100) : 0;
  const inWorker = format === 'pdf' || format === 'pptx';

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

        <ExportForm ids={ids} panelId={panelId} format={format} map={map} locale={locale} selected={selected} busy={busy} choices={choices} setChoices={setChoices} t={t} />

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
            {busy && inWorker ? (
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
