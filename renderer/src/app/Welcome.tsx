/** The start screen: a new journey map, blueprint or empty grid, open a file, recent files, samples. */
import { FileText, FolderOpen, LayoutGrid, Route, Table } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { UI } from '../../../src/i18n/ui';
import type { TemplateChoice } from '../../../src/templates';
import type { RecentFile } from '../platform/types';
import { useApp, useT } from './context';
import type { DocumentController } from './document';
import { SAMPLES } from './samples';

const SAMPLE_TITLES: Record<string, string> = {};

export function Welcome({ controller, onClose }: { controller: DocumentController; onClose: () => void }) {
  const t = useT(UI);
  const { platform } = useApp();
  const [recent, setRecent] = useState<RecentFile[]>([]);
  const [titles, setTitles] = useState<Record<string, string>>(SAMPLE_TITLES);
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
    box.current?.querySelector<HTMLButtonElement>('button')?.focus();
  }, [platform]);
  const create = async (template: TemplateChoice) => {
    if (await controller.newMap(template)) onClose();
  };
  const templates: { id: TemplateChoice; icon: React.ReactNode; label: string; hint: string }[] = [
    { id: 'journey', icon: <Route size={22} aria-hidden="true" />, label: t('new.journey'), hint: t('welcome.journey.hint') },
    { id: 'blueprint', icon: <LayoutGrid size={22} aria-hidden="true" />, label: t('new.blueprint'), hint: t('welcome.blueprint.hint') },
    { id: 'empty', icon: <Table size={22} aria-hidden="true" />, label: t('new.empty'), hint: t('welcome.empty.hint') },
  ];
  return (
    <div className="modal-backdrop welcome-backdrop" onKeyDown={(e) => e.key === 'Escape' && onClose()}>
      <div className="welcome" role="dialog" aria-modal="true" aria-labelledby="welcome-title" ref={box} data-testid="welcome">
        <h1 id="welcome-title">{t('welcome.title')}</h1>
        <p className="welcome__lead">{t('welcome.lead')}</p>
        <div className="welcome__templates">
          {templates.map((tpl) => (
            <button key={tpl.id} type="button" className="template-card" onClick={() => void create(tpl.id)} data-testid={`template-${tpl.id}`}>
              <span className="template-card__icon">{tpl.icon}</span>
              <span className="template-card__label">{tpl.label}</span>
              <span className="template-card__hint">{tpl.hint}</span>
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
      </div>
    </div>
  );
}
