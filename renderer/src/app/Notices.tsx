/**
 * Messages for the person: saved, could not open (with every problem listed), changed on disk.
 * Information closes itself (document.ts); Esc closes the newest notice when nothing else used it.
 */
import { X } from 'lucide-react';
import { useEffect, useSyncExternalStore } from 'react';
import { UI } from '../i18n/ui';
import { useT } from './context';
import type { DocumentController } from './document';

export function Notices({ controller }: { controller: DocumentController }) {
  const t = useT(UI);
  const { notices } = useSyncExternalStore(controller.subscribe, controller.getSession);
  const newest = notices.at(-1)?.id;
  useEffect(() => {
    if (newest === undefined) return undefined;
    // Bubble phase: the editor's own Esc (clear the selection, close a menu) goes first.
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented || document.querySelector('[aria-modal="true"]')) return;
      event.preventDefault();
      controller.dismiss(newest);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [newest, controller]);
  if (notices.length === 0) return null;
  return (
    <div className="notices" aria-live="polite">
      {notices.map((notice) => (
        <div key={notice.id} className={`notice notice--${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'} data-testid={`notice-${notice.kind}`}>
          <div className="notice__body">
            <p className="notice__text">{notice.text}</p>
            {notice.details ? (
              <ul className="notice__details">
                {notice.details.map((line, i) => (
                  <li key={i}>{line}</li>
                ))}
              </ul>
            ) : null}
            {notice.actions ? (
              <div className="notice__actions">
                {notice.actions.map((action) => (
                  <button
                    key={action.label}
                    type="button"
                    className="btn btn--small"
                    onClick={() => {
                      controller.dismiss(notice.id);
                      action.run();
                    }}
                  >
                    {action.label}
                  </button>
                ))}
              </div>
            ) : null}
          </div>
          <button type="button" className="icon-btn" aria-label={t('notice.dismiss')} title={t('notice.dismiss')} onClick={() => controller.dismiss(notice.id)}>
            <X size={16} aria-hidden="true" />
          </button>
        </div>
      ))}
    </div>
  );
}
