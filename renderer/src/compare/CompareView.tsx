/**
 * The compare view: what changed between another version and the open map, marked on the cards
 * (or side by side, as-is beside to-be), with the change list from src/diff beside it — regressions
 * first; a click or Enter on a change centres its card. Read-only; Esc goes back to the editor.
 */
import type { Viewport } from '@xyflow/react';
import { ArrowLeftRight, X } from 'lucide-react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { formatChange } from '../../../src/diff/format';
import { compareOverlay, type CardMark, type CompareOverlay } from '../../../src/diff/overlay';
import { translate, type Params } from '../../../src/i18n';
import type { Locale, MapDocument } from '../../../src/model';
import { CompareCanvas, MARK_GLYPH, centreOn, type CardNote } from './CompareCanvas';
import { COMPARE, type CompareKey } from './messages';
import './compare.css';

export interface Version {
  readonly name: string;
  readonly map: MapDocument;
}

export interface CompareViewProps {
  readonly before: Version;
  readonly after: Version;
  readonly locale: Locale;
  readonly theme: 'light' | 'dark';
  readonly onSwap: () => void;
  readonly onExit: () => void;
}

type Mode = 'overlay' | 'side';
const MARK_WORD: Readonly<Record<CardMark, CompareKey>> = { added: 'mark.added', removed: 'mark.removed', changed: 'mark.changed' };

function notesFor(overlay: CompareOverlay, before: MapDocument, after: MapDocument, locale: Locale, keep: (mark: CardMark) => boolean): Map<string, CardNote> {
  const notes = new Map<string, CardNote>();
  const regressions = new Set(overlay.diff.regressions);
  for (const [id, mark] of overlay.marks) {
    if (!keep(mark)) continue;
    const changes = overlay.cardChanges.get(id) ?? [];
    notes.set(id, {
      mark,
      word: translate(COMPARE, locale, MARK_WORD[mark]),
      lines: changes.map((c) => formatChange(c, { before, after }, locale)),
      regression: changes.some((c) => regressions.has(c)),
    });
  }
  return notes;
}

export function CompareView({ before, after, locale, theme, onSwap, onExit }: CompareViewProps) {
  const t = useCallback((key: CompareKey, params?: Params) => translate(COMPARE, locale, key, params), [locale]);
  const overlay = useMemo(() => compareOverlay(before.map, after.map), [before.map, after.map]);
  const [mode, setMode] = useState<Mode>('overlay');
  const [viewport, setViewport] = useState<Viewport | null>(null);
  const [current, setCurrent] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const view = useRef<HTMLDivElement>(null);

  const allNotes = useMemo(() => notesFor(overlay, before.map, after.map, locale, () => true), [overlay, before.map, after.map, locale]);
  const beforeNotes = useMemo(() => notesFor(overlay, before.map, after.map, locale, (m) => m !== 'added'), [overlay, before.map, after.map, locale]);
  const afterNotes = useMemo(() => notesFor(overlay, before.map, after.map, locale, (m) => m !== 'removed'), [overlay, before.map, after.map, locale]);

  // Keyboard users start on the first change they can go to (else on Leave).
  useEffect(() => {
    const root = view.current;
    (root?.querySelector<HTMLElement>('.cmp-list button') ?? root?.querySelector<HTMLElement>('[data-testid="compare-exit"]'))?.focus();
  }, []);

  // Esc leaves, unless a menu or dialog above the view takes it first.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented || document.querySelector('[aria-modal="true"]')) return;
      event.preventDefault();
      onExit();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onExit]);

  const centre = (id: string) => {
    const inAfter = after.map.touchpoints.some((tp) => tp.id === id);
    const [map, which] = mode === 'overlay' ? [overlay.merged, 'overlay'] : inAfter ? [after.map, 'after'] : [before.map, 'before'];
    const el = document.querySelector(`[data-testid="compare-${which}"]`);
    if (!el) return;
    const next = centreOn(map, id, el.clientWidth, el.clientHeight, viewport?.zoom ?? 1);
    if (!next) return;
    setViewport(next);
    setCurrent(id);
    const title = map.touchpoints.find((tp) => tp.id === id)?.title ?? '';
    setAnnouncement(t('view.centred', { title }));
  };

  const switchMode = (next: Mode) => {
    if (next === mode) return;
    setMode(next);
    // The other layout has other sizes: fit it afresh.
    setViewport(null);
  };

  const beforeName = before.name;
  const afterName = after.name;
  return (
    <div className={`app app--${theme} cmp`} data-testid="compare-view" ref={view} role="region" aria-label={t('view.label')}>
      <header className="cmp-head">
        <h1 className="cmp-head__title">{t('view.heading', { before: beforeName, after: afterName })}</h1>
        <div className="cmp-head__modes" role="group" aria-label={t('view.mode')}>
          {(['overlay', 'side'] as const).map((m) => (
            <button key={m} type="button" className="btn btn--small" aria-pressed={mode === m} data-testid={`compare-mode-${m}`} onClick={() => switchMode(m)}>
              {t(m === 'overlay' ? 'view.mode.overlay' : 'view.mode.side')}
            </button>
          ))}
        </div>
        <button type="button" className="btn btn--small" onClick={onSwap} data-testid="compare-swap">
          <ArrowLeftRight size={16} aria-hidden="true" />
          <span>{t('view.swap')}</span>
        </button>
        <button type="button" className="icon-btn" onClick={onExit} aria-label={t('view.exit')} title={t('view.exit')} data-testid="compare-exit">
          <X size={18} aria-hidden="true" />
        </button>
      </header>
      <div className="cmp-body">
        <nav className="cmp-list" aria-label={t('view.list')} data-testid="compare-list">
          <h2 className="cmp-list__title">{t('view.list')}</h2>
          <p className="cmp-list__count" data-testid="compare-count">
            {overlay.entries.length === 0 ? t('view.none') : t('view.count', { count: overlay.entries.length, regressions: overlay.diff.regressions.length })}
          </p>
          <ul className="cmp-legend" aria-label={t('legend')}>
            {(['added', 'removed', 'changed'] as const).map((m) => (
              <li key={m} className={`cmp-chip is-${m}`}>
                <span aria-hidden="true">{MARK_GLYPH[m]}</span> {t(MARK_WORD[m])}
              </li>
            ))}
          </ul>
          <ol className="cmp-list__items">
            {overlay.entries.map((entry, i) => {
              const mark = entry.card === null ? undefined : overlay.marks.get(entry.card);
              const text = formatChange(entry.change, { before: before.map, after: after.map }, locale);
              const chip = (
                <>
                  <span className={`cmp-chip is-${mark ?? 'map'}`}>
                    <span aria-hidden="true">{MARK_GLYPH[mark ?? 'map']}</span> {t(mark ? MARK_WORD[mark] : 'mark.map')}
                  </span>
                  {entry.regression ? (
                    <span className="cmp-chip is-regression">
                      <span aria-hidden="true">▼</span> {t('mark.regression')}
                    </span>
                  ) : null}
                  <span className="cmp-item__text">{text}</span>
                </>
              );
              return (
                <li key={i} className={`cmp-item${entry.regression ? ' is-regression' : ''}`} data-testid="compare-item" data-card={entry.card ?? undefined}>
                  {entry.card === null ? (
                    <div className="cmp-item__body">{chip}</div>
                  ) : (
                    <button
                      type="button"
                      className={`cmp-item__body${current === entry.card ? ' is-current' : ''}`}
                      onClick={() => centre(entry.card!)}
                    >
                      {chip}
                    </button>
                  )}
                </li>
              );
            })}
          </ol>
        </nav>
        {mode === 'overlay' ? (
          <div className="cmp-canvases">
            <CompareCanvas
              map={overlay.merged}
              notes={allNotes}
              locale={locale}
              theme={theme}
              label={t('view.canvas')}
              current={current}
              viewport={viewport}
              onViewport={setViewport}
              testId="compare-overlay"
            />
          </div>
        ) : (
          <div className="cmp-canvases cmp-canvases--side">
            <figure className="cmp-side">
              <figcaption>{t('view.before', { name: beforeName })}</figcaption>
              <CompareCanvas
                map={before.map}
                notes={beforeNotes}
                locale={locale}
                theme={theme}
                label={t('view.before', { name: beforeName })}
                current={current}
                viewport={viewport}
                onViewport={setViewport}
                testId="compare-before"
              />
            </figure>
            <figure className="cmp-side">
              <figcaption>{t('view.after', { name: afterName })}</figcaption>
              <CompareCanvas
                map={after.map}
                notes={afterNotes}
                locale={locale}
                theme={theme}
                label={t('view.after', { name: afterName })}
                current={current}
                viewport={viewport}
                onViewport={setViewport}
                testId="compare-after"
              />
            </figure>
          </div>
        )}
      </div>
      <div className="sr-only" aria-live="polite" data-testid="compare-announcer">
        {announcement}
      </div>
    </div>
  );
}
