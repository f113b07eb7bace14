/**
 * The start screen (a panel over the canvas that leaves the toolbar usable, like Excalidraw's
 * welcome screen) and the New map dialog: journey map, blueprint or empty grid, open a file,
 * recent files, samples.
 */
import { FileText, FolderOpen, LayoutGrid, Route, Table, X } from 'lucide-react';
import { useEffect, useId, useRef, useState } from 'react';
import { UI } from '../i18n/ui';
import type { TemplateChoice } from '../../../src/templates';
import type { RecentFile } from '../platform/types';
import { useApp, useT } from './context';
import type { DocumentController } from './document';
import { SAMPLES } from './samples';
import { Dialog } from '../ui/Dialog';

export function Welcome({ controller, onClose, variant }: { controller: DocumentController; onClose: () => void; variant: 'start' | 'dialog' }) {
  const hintId = useId();
  const t = useT(UI);
  const { platform } = useApp();
  const [recent, setRecent] = useState<RecentFile[]>([]);
  const [titles, setTitles] = useState<Record<string, string>>({});
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    void platform.recentFiles().then(setRecent, () => setRecent([]));
    void Promise.all(
      SAMPLES.map(async (s) => {
        try {
          return [s.id, (JSON.parse(await s.load()) as { title?: string }).title ?? s.id] as const;
        } catch {
          return [s.id, s.id] as const;
        }
      }),
    ).then((pairs) => setTitles(Object.fromEntries(pairs)));
    box.current?.querySelector<HTMLButtonElement>('.template-card')?.focus();
  }, [platform]);
  const create = async (template: TemplateChoice) => {
    if (await controller.newMap(template)) onClose();
  };
  const templates: { id: TemplateChoice; icon: React.ReactNode; label: string; hint: string }[] = [
    { id: 'journey', icon: <Route size={22} aria-hidden="true" />, label: t('new.journey'), hint: t('welcome.journey.hint') },
    { id: 'blueprint', icon: <LayoutGrid size={22} aria-hidden="true" />, label: t('new.blueprint'), hint: t('welcome.blueprint.hint') },
    { id: 'empty', icon: <Table size={22} aria-hidden="true" />, label: t('new.empty'), hint: t('welcome.empty.hint') },
  ];
  const dialog = variant === 'dialog';
  const header = (
    <div className="modal__head">
      <h1 id="welcome-title">{t('welcome.title')}</h1>
      <button type="button" className="icon-btn" aria-label={t('notice.dismiss')} title={t('notice.dismiss')} onClick={onClose}>
        <X size={18} aria-hidden="true" />
      </button>
    </div>
  );
  const content = (
      <>
        <p className="welcome__lead">{dialog ? t('newmap.lead') : t('welcome.lead')}</p>
        <div className="welcome__templates">
          {templates.map((tpl) => (
            <button
              key={tpl.id}
              type="button"
              className="template-card"
              onClick={() => void create(tpl.id)}
              data-testid={`template-${tpl.id}`}
              aria-label={tpl.label}
              aria-describedby={`${hintId}-${tpl.id}`}
            >
              <span className="template-card__icon">{tpl.icon}</span>
              <span className="template-card__label">{tpl.label}</span>
              <span className="template-card__hint" id={`${hintId}-${tpl.id}`}>
                {tpl.hint}
              </span>
            </button>
          ))}
        </div>
        <div className="welcome__row">
          <button
            type="button"
            className="btn"
            onClick={() => void controller.open().then((ok) => ok && onClose())}
            data-testid="welcome-open"
          >
            <FolderOpen size={16} aria-hidden="true" /> {t('welcome.open')}
          </button>
        </div>
        {recent.length > 0 ? (
          <section>
            <h2>{t('welcome.recent')}</h2>
            <ul className="welcome__list">
              {recent.map((r) => (
                <li key={r.ref.id}>
                  <button type="button" className="link-btn" onClick={() => void controller.openRecent(r.ref).then((ok) => ok && onClose())}>
                    <FileText size={14} aria-hidden="true" /> {r.ref.name}
                  </button>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        <section>
          <h2>{t('welcome.samples')}</h2>
          <ul className="welcome__list">
            {SAMPLES.map((s) => (
              <li key={s.id}>
                <button
                  type="button"
                  className="link-btn"
                  data-testid={`sample-${s.id}`}
                  onClick={() =>
                    void (async () => {
                      if (!(await controller.confirmDiscard())) return;
                      if (controller.openText(await s.load(), null, s.fileName)) onClose();
                    })()
                  }
                >
                  <FileText size={14} aria-hidden="true" /> {titles[s.id] ?? s.id}
                </button>
              </li>
            ))}
          </ul>
        </section>
      </>
  );
  if (dialog) {
    return (
      <Dialog title={t('newmap.title')} onClose={onClose} closeLabel={t('notice.dismiss')} className="welcome welcome--dialog" testId="new-map-dialog" initialFocus=".template-card">
        {content}
      </Dialog>
    );
  }
  return (
    <div className="welcome-layer">
      <div
        className="welcome welcome--start"
        role="dialog"
        aria-labelledby="welcome-title"
        ref={box}
        data-testid="welcome"
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.stopPropagation();
            onClose();
          }
        }}
      >
        {header}
        {content}
      </div>
    </div>
  );
}
