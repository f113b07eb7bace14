/**
 * A popup menu behind a button, on Radix UI's DropdownMenu: drawn in a portal above the canvas (so
 * no header or panel clips it), placed to stay inside the window, every item reachable with the
 * arrow keys (checkable ones too), Enter runs, Esc or a click outside closes.
 */
import * as DropdownMenu from '@radix-ui/react-dropdown-menu';
import type { ReactNode } from 'react';

export interface MenuItem {
  readonly id: string;
  readonly label: string;
  readonly run: () => void;
  readonly disabled?: boolean;
  readonly danger?: boolean;
  readonly checked?: boolean;
}

export function Menu(props: { label: string; icon: ReactNode; items: readonly (MenuItem | 'separator')[]; className?: string; testId?: string; align?: 'left' | 'right' }) {
  return (
    <DropdownMenu.Root modal={false}>
      <div className={`menu ${props.className ?? ''}`}>
        <DropdownMenu.Trigger className="icon-btn" title={props.label} aria-label={props.label} data-testid={props.testId}>
          {props.icon}
        </DropdownMenu.Trigger>
      </div>
      <DropdownMenu.Portal>
        <DropdownMenu.Content
          className="menu__list"
          aria-label={props.label}
          align={props.align === 'right' ? 'end' : 'start'}
          sideOffset={4}
          collisionPadding={8}
          onCloseAutoFocus={(event) => {
            // An item that moved focus on purpose (Rename opens a text field) keeps it there.
            const active = document.activeElement;
            if (active && active !== document.body && !active.closest('.menu__list')) event.preventDefault();
          }}
        >
          {props.items.map((item, i) => {
            if (item === 'separator') return <DropdownMenu.Separator key={`sep-${i}`} className="menu__sep" />;
            const common = {
              className: `menu__item${item.danger ? ' menu__item--danger' : ''}`,
              disabled: item.disabled,
              'data-menu-item': item.id,
              onSelect: () => item.run(),
            };
            return item.checked === undefined ? (
              <DropdownMenu.Item key={item.id} {...common}>
                {item.label}
              </DropdownMenu.Item>
            ) : (
              <DropdownMenu.CheckboxItem key={item.id} {...common} checked={item.checked}>
                <span className="menu__check" aria-hidden="true">
                  {item.checked ? '✓' : ''}
                </span>
                {item.label}
              </DropdownMenu.CheckboxItem>
            );
          })}
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
