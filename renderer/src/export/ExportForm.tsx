/**
 * The export dialog's form: the options of the chosen format, what the PDF or the deck holds, and
 * a live preview of a picture. It gathers choices only; runner.ts makes and saves the file.
 */
import { useEffect, useMemo, useState, type Dispatch, type SetStateAction } from 'react';
import type { ExportMessageKey } from '../../../src/i18n/export';
import { interchangeMessages } from '../../../src/i18n/interchange';
import { reportMessages } from '../../../src/i18n/report';
import { LOCALES, translate, type Locale, type Params } from '../../../src/i18n';
import { serializeMap, type MapDocument } from '../../../src/model';
import type { PageFormat } from '../../../src/report';
import type { ThemeName } from '../theme/tokens';
import { embeddedFontCss, svgText } from './fonts';
import { planPng } from './png';
import type { ExportFormat, ExportRequest } from './runner';
import { renderMapSvg } from './svg';

const SCALES = [1, 2, 3] as const;
const PAGES: readonly PageFormat[] = ['a4', 'letter'];
const THEMES: readonly ThemeName[] = ['light', 'dark'];
const REPORT_SECTIONS = ['section.summary', 'section.map', 'section.register', 'section.stages', 'section.appendix'] as const;
/** The deck's slides in order, named as the slides themselves name them where they have a heading. */
const DECK_SLIDES = [{ own: 'pptx.cover' }, { deck: 'slides.actions' }, { deck: 'slides.map' }, { own: 'pptx.risks' }, { deck: 'slides.scores' }] as const;

function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} kB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** The form's choices; the request is these plus the format and the selection. */
export interface ExportChoices {
  readonly scale: number;
  readonly background: boolean;
  readonly theme: ThemeName;
  readonly selectionOnly: boolean;
  readonly page: PageFormat;
  readonly reportLocale: Locale;
}

export function exportRequest(format: ExportFormat, choices: ExportChoices, selected: readonly string[]): ExportRequest {
  const only = choices.selectionOnly && selected.length > 0 ? new Set(selected) : undefined;
  return { format, reportLocale: choices.reportLocale, page: choices.page, theme: choices.theme, background: choices.background, scale: choices.scale, only };
}

export interface ExportFormProps {
  readonly ids: string;
  readonly panelId: string;
  readonly format: ExportFormat;
  readonly map: MapDocument;
  readonly locale: Locale;
  readonly selected: readonly string[];
  readonly busy: boolean;
  readonly choices: ExportChoices;
  readonly setChoices: Dispatch<SetStateAction<ExportChoices>>;
  readonly t: (key: ExportMessageKey, params?: Params) => string;
}

export function ExportForm({ ids, panelId, format, map, locale, selected, busy, choices, setChoices, t }: ExportFormProps) {
  const { scale, background, theme, page, reportLocale } = choices;
  const set = <K extends keyof ExportChoices>(key: K) => (value: ExportChoices[K]) => setChoices((c) => ({ ...c, [key]: value }));
  const setScale = set('scale');
  const setBackground = set('background');
  const setTheme = set('theme');
  const setSelectionOnly = set('selectionOnly');
  const setPage = set('page');
  const setReportLocale = set('reportLocale');
  const onlySelection = choices.selectionOnly && selected.length > 0;
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

  return (
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
            )}
            {(format === 'pdf' || format === 'pptx') && (
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

          {format === 'pptx' && (
            <aside className="tp-export__aside" aria-label={t('pptx.contents')}>
              <h3>{t('pptx.contents')}</h3>
              <ol>
                {DECK_SLIDES.map((slide) => (
                  <li key={'own' in slide ? slide.own : slide.deck}>{'own' in slide ? t(slide.own) : translate(interchangeMessages, locale, slide.deck)}</li>
                ))}
              </ol>
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
  );
}
