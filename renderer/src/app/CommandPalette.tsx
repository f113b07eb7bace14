/** Ctrl/Cmd+Shift+P: every action, searchable, with its keys; Enter runs the highlighted one. */
import { useId, useState } from 'react';
import { paletteEntries, type ActionContext, type PageActionId } from '../../../src/actions';
import { UI } from '../i18n/ui';
import { Dialog } from '../ui/Dialog';
import { PAGE_PLATFORM } from './actions';
import { useT, useUi } from './context';

export function CommandPalette({ context, onRun, onClose }: { context: ActionContext; onRun: (id: PageActionId) => void; onClose: () => void }) {
  const t = useT(UI);
  const { locale } = useUi();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const listId = useId();
  const entries = paletteEntries(locale, PAGE_PLATFORM, context, query);
  const current = Math.min(active, Math.max(0, entries.length - 1));
  const run = (index: number) => {
    const entry = entries[index];
    if (!entry?.enabled) return;
    onClose();
    // After the palette has given focus back, so an action that moves focus (F6, Add touchpoint) keeps its choice.
    requestAnimationFrame(() => onRun(entry.id));
  };
  const optionId = (i: number) => `${listId}-${i}`;
  return (
    <Dialog title={t('palette.title')} hideTitle onClose={onClose} className="palette" testId="palette" initialFocus="input">
      <input
        className="palette__search"
        role="combobox"
        aria-expanded="true"
        aria-controls={listId}
        aria-autocomplete="list"
        aria-label={t('palette.search')}
        placeholder={t('palette.search')}
        aria-activedescendant={entries.length > 0 ? optionId(current) : undefined}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') setActive((current + 1) % Math.max(1, entries.length));
          else if (e.key === 'ArrowUp') setActive((current - 1 + entries.length) % Math.max(1, entries.length));
          else if (e.key === 'Enter') run(current);
          else return;
          e.preventDefault();
        }}
      />
      <ul className="palette__list" role="listbox" id={listId} aria-label={t('palette.title')}>
        {entries.map((entry, i) => (
          <li
            key={entry.id}
            id={optionId(i)}
            role="option"
            aria-selected={i === current}
            aria-disabled={!entry.enabled}
            data-action={entry.id}
            className={`palette__item${i === current ? ' is-active' : ''}`}
            onMouseMove={() => setActive(i)}
            onClick={() => run(i)}
          >
            <span className="palette__check" aria-hidden="true">
              {entry.checked ? '✓' : ''}
            </span>
            <span className="palette__label">{entry.label}</span>
            {entry.keys ? <kbd>{entry.keys}</kbd> : null}
          </li>
        ))}
      </ul>
      {entries.length === 0 ? <p className="palette__empty">{t('palette.empty', { query })}</p> : null}
    </Dialog>
  );
}
