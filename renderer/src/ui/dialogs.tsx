/**
 * Modal questions as promises: `await ask({ … })` resolves to the chosen id, or null on Esc/cancel.
 * One host per app; accessible (role="alertdialog", labelled, focus on the safe choice, Esc cancels,
 * Tab stays inside).
 */
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';

export interface Choice {
  readonly id: string;
  readonly label: string;
  readonly kind?: 'primary' | 'danger' | 'plain';
}

export interface Question {
  readonly title: string;
  readonly body?: string;
  readonly choices: readonly Choice[];
  /** The choice focused first (the safe one); defaults to the last. */
  readonly initial?: string;
}

type Pending = Question & { resolve: (id: string | null) => void };

let show: ((question: Pending) => void) | null = null;

export function ask(question: Question): Promise<string | null> {
  return new Promise((resolve) => {
    if (!show) {
      resolve(null);
      return;
    }
    show({ ...question, resolve });
  });
}

export function DialogHost() {
  const [pending, setPending] = useState<Pending | null>(null);
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    show = setPending;
    return () => {
      show = null;
    };
  }, []);
  useEffect(() => {
    if (!pending) return;
    const initial = pending.initial ?? pending.choices.at(-1)?.id;
    box.current?.querySelector<HTMLButtonElement>(`button[data-choice="${initial}"]`)?.focus();
  }, [pending]);
  if (!pending) return null;
  const close = (id: string | null) => {
    setPending(null);
    pending.resolve(id);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      close(null);
    } else if (event.key === 'Tab') {
      const buttons = [...(box.current?.querySelectorAll('button') ?? [])];
      const i = buttons.indexOf(document.activeElement as HTMLButtonElement);
      const next = (i + (event.shiftKey ? -1 : 1) + buttons.length) % buttons.length;
      buttons[next]?.focus();
      event.preventDefault();
    }
  };
  return (
    <div className="modal-backdrop" onMouseDown={() => close(null)}>
      <div
        ref={box}
        className="modal"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="question-title"
        aria-describedby={pending.body ? 'question-body' : undefined}
        onMouseDown={(e) => e.stopPropagation()}
        onKeyDown={onKeyDown}
        data-testid="question"
      >
        <h2 id="question-title">{pending.title}</h2>
        {pending.body ? <p id="question-body">{pending.body}</p> : null}
        <div className="modal__actions">
          {pending.choices.map((choice) => (
            <button key={choice.id} type="button" data-choice={choice.id} className={`btn btn--${choice.kind ?? 'plain'}`} onClick={() => close(choice.id)}>
              {choice.label}
            </button>
          ))}
        </div>
      </div>
    </div>
  );
}
