/**
 * Modal questions as promises: `await ask({ … })` resolves to the chosen id, or null on Esc/cancel.
 * One host per app, drawn with the shared Dialog (role="alertdialog", focus on the safe choice).
 */
import { useEffect, useState } from 'react';
import { Dialog } from './Dialog';

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
  useEffect(() => {
    show = setPending;
    return () => {
      show = null;
    };
  }, []);
  if (!pending) return null;
  const close = (id: string | null) => {
    setPending(null);
    pending.resolve(id);
  };
  const initial = pending.initial ?? pending.choices.at(-1)?.id;
  return (
    <Dialog role="alertdialog" title={pending.title} description={pending.body} onClose={() => close(null)} testId="question" initialFocus={`button[data-choice="${initial}"]`}>
      <div className="modal__actions">
        {pending.choices.map((choice) => (
          <button key={choice.id} type="button" data-choice={choice.id} className={`btn btn--${choice.kind ?? 'plain'}`} onClick={() => close(choice.id)}>
            {choice.label}
          </button>
        ))}
      </div>
    </Dialog>
  );
}
