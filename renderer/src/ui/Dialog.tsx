/**
 * The one modal dialog of the app, on Radix UI's Dialog: rendered in a portal above the canvas,
 * one focus trap, Esc and a click outside close it, focus returns to where it was. Mount it to show
 * it; `onClose` unmounts it.
 */
import * as RadixDialog from '@radix-ui/react-dialog';
import { X } from 'lucide-react';
import { useState, type ReactNode } from 'react';

export interface DialogProps {
  /** The heading (unless `header="none"`, where the children carry a DialogTitle). */
  readonly title?: ReactNode;
  readonly onClose: () => void;
  readonly children: ReactNode;
  /** `alertdialog` for a question that needs an answer. */
  readonly role?: 'dialog' | 'alertdialog';
  readonly description?: ReactNode;
  readonly size?: 'normal' | 'wide';
  readonly className?: string;
  readonly testId?: string;
  /** The element focused first (a CSS selector inside the dialog); else the first focusable one. */
  readonly initialFocus?: string;
  /** Shows a close button in the heading with this accessible name. */
  readonly closeLabel?: string;
  /** Keep the heading for assistive technology only (a palette shows its search field instead). */
  readonly hideTitle?: boolean;
  /** `none`: the children bring their own heading (with DialogTitle) and close button. */
  readonly header?: 'default' | 'none';
  readonly overlayClassName?: string;
  /** A click outside closes the dialog (default); false while it must not (an export running). */
  readonly closeOnOutside?: boolean;
}

/** The heading that names a dialog with `header="none"`. */
export const DialogTitle = RadixDialog.Title;

export function Dialog(props: DialogProps) {
  // Where focus was before the dialog, read at first render, before anything inside takes focus.
  const [returnTo] = useState(() => (typeof document === 'undefined' ? null : (document.activeElement as HTMLElement | null)));
  return (
    <RadixDialog.Root open onOpenChange={(open) => (open ? undefined : props.onClose())}>
      <RadixDialog.Portal>
        <RadixDialog.Overlay className={props.overlayClassName ?? 'modal-backdrop'}>
          <RadixDialog.Content
            className={props.header === 'none' ? props.className : `modal${props.size === 'wide' ? ' modal--wide' : ''}${props.className ? ` ${props.className}` : ''}`}
            role={props.role ?? 'dialog'}
            aria-modal="true"
            data-testid={props.testId}
            // Radix names the description itself when one is given; none is fine.
            {...(props.description ? {} : { 'aria-describedby': undefined })}
            onOpenAutoFocus={(event) => {
              if (!props.initialFocus) return;
              const target = (event.currentTarget as HTMLElement | null)?.querySelector<HTMLElement>(props.initialFocus);
              if (target) {
                event.preventDefault();
                target.focus();
              }
            }}
            onCloseAutoFocus={(event) => {
              event.preventDefault();
              // Unless something the dialog did has put focus elsewhere on purpose.
              const active = document.activeElement;
              if (returnTo?.isConnected && (!active || active === document.body)) returnTo.focus();
            }}
            onPointerDownOutside={(event) => {
              if (props.closeOnOutside === false) event.preventDefault();
            }}
            onKeyDown={(event) => {
              // Keys typed in a dialog stay in it (the editor's shortcuts listen on the window).
              if (event.key !== 'Escape') event.stopPropagation();
            }}
          >
            {props.header === 'none' ? null : (
              <div className={`modal__head${props.hideTitle ? ' sr-only' : ''}`}>
                <RadixDialog.Title asChild>
                  <h2>{props.title}</h2>
                </RadixDialog.Title>
                {props.closeLabel ? (
                  <RadixDialog.Close className="icon-btn" aria-label={props.closeLabel} title={props.closeLabel}>
                    <X size={16} aria-hidden="true" />
                  </RadixDialog.Close>
                ) : null}
              </div>
            )}
            {props.description ? (
              <RadixDialog.Description asChild>
                <p>{props.description}</p>
              </RadixDialog.Description>
            ) : null}
            {props.children}
          </RadixDialog.Content>
        </RadixDialog.Overlay>
      </RadixDialog.Portal>
    </RadixDialog.Root>
  );
}
