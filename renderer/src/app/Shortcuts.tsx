/** The keyboard shortcuts sheet (? or Help ▸ Keyboard shortcuts). */
import { X } from 'lucide-react';
import { useEffect, useRef } from 'react';
import { SHORTCUTS } from '../../../src/i18n/shortcuts';
import { UI } from '../../../src/i18n/ui';
import { useT, useUi } from './context';

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

export function Shortcuts({ onClose }: { onClose: () => void }) {
  const t = useT(UI);
  const { locale } = useUi();
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => box.current?.querySelector<HTMLButtonElement>('button')?.focus(), []);
  const rows = SHORTCUTS[locale];
  return (
    <div className="modal-backdrop" onMouseDown={onClose}>
      <div
        className="modal modal--wide"
        role="dialog"
        aria-modal="true"
        aria-labelledby="shortcuts-title"
        ref={box}
        onMouseDown={(e) => e.stopPropagation()}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.stopPropagation();
            onClose();
          }
        }}
      >
        <div className="modal__head">
          <h2 id="shortcuts-title">{rows.title}</h2>
          <button type="button" className="icon-btn" aria-label={t('notice.dismiss')} onClick={onClose}>
            <X size={16} aria-hidden="true" />
          </button>
        </div>
        <table className="shortcuts">
          <tbody>
            {rows.items.map(([keys, what]) => (
              <tr key={keys}>
                <td>
                  <kbd>{isMac ? keys.replace(/Ctrl/g, '⌘') : keys}</kbd>
                </td>
                <td>{what}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
