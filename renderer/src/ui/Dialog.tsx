/**
 * The one modal dialog of the app, on Radix UI's Dialog: rendered in a portal above the canvas,
 * one focus trap, Esc and a click outside close it, focus returns to where it was. Mount it to show
 * it; `onClose` unmounts it.
 */
import * as RadixDialog from '@radix-ui/react-dialog';
import { X } from 'lucide-react';
import type { ReactNode } from 'react';

export interface DialogProps {
  readonly title: ReactNode;
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
}

export function Dialog(props: DialogProps) {
  return (
    <RadixDialog.Root open onOpenChange={(open) => (open ? undefined : props.onClose())}>
      <RadixDialog.Portal>
        <RadixDialog.Overlay className="modal-backdrop">
          <RadixDialog.Content
            className={`modal${props.size === 'wide' ? ' modal--wide' : ''}${props.className ? ` ${props.className}` : ''}`}
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
            onKeyDown={(event) => {
              // Keys typed in a dialog stay in it (the editor's shortcuts listen on the window).
              if (event.key !== 'Escape') event.stopPropagation();
            }}
          >
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
