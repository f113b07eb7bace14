/** A small popup menu behind a button: arrow keys move, Enter runs, Esc or a click outside closes. */
import { useEffect, useRef, useState, type ReactNode } from 'react';

export interface MenuItem {
  readonly id: string;
  readonly label: string;
  readonly run: () => void;
  readonly disabled?: boolean;
  readonly danger?: boolean;
  readonly checked?: boolean;
}

export function Menu(props: { label: string; icon: ReactNode; items: readonly (MenuItem | 'separator')[]; className?: string; testId?: string; align?: 'left' | 'right' }) {
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    const onDown = (event: MouseEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', onDown, true);
    root.current?.querySelector<HTMLButtonElement>('[role="menuitem"]:not([disabled])')?.focus();
    return () => document.removeEventListener('mousedown', onDown, true);
  }, [open]);
  const move = (delta: number) => {
    const items = [...(root.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]:not([disabled])') ?? [])];
    const i = items.indexOf(document.activeElement as HTMLButtonElement);
    items[(i + delta + items.length) % items.length]?.focus();
  };
  return (
    <div className={`menu ${props.className ?? ''}`} ref={root}>
      <button
        type="button"
        className="icon-btn"
        aria-haspopup="menu"
        aria-expanded={open}
        title={props.label}
        aria-label={props.label}
        data-testid={props.testId}
        onClick={() => setOpen((o) => !o)}
      >
        {props.icon}
      </button>
      {open ? (
        <div
          className={`menu__list menu__list--${props.align ?? 'left'}`}
          role="menu"
          aria-label={props.label}
          onKeyDown={(event) => {
            if (event.key === 'ArrowDown') move(1);
            else if (event.key === 'ArrowUp') move(-1);
            else if (event.key === 'Escape') setOpen(false);
            else return;
            event.preventDefault();
            event.stopPropagation();
          }}
        >
          {props.items.map((item, i) =>
            item === 'separator' ? (
              <div key={`sep-${i}`} role="separator" className="menu__sep" />
            ) : (
              <button
                key={item.id}
                type="button"
                role={item.checked === undefined ? 'menuitem' : 'menuitemcheckbox'}
                aria-checked={item.checked}
                disabled={item.disabled}
                className={`menu__item${item.danger ? ' menu__item--danger' : ''}`}
                data-menu-item={item.id}
                onClick={() => {
                  setOpen(false);
                  item.run();
                }}
              >
                {item.checked !== undefined ? <span className="menu__check">{item.checked ? '✓' : ''}</span> : null}
                {item.label}
              </button>
            ),
          )}
        </div>
      ) : null}
    </div>
  );
}
