/**
 * The panels' form controls. Text is edited through a local draft: every keystroke that gives a valid
 * value is dispatched with a merge key that lives for one focus, so a title typed is one undo step and
 * the next visit to the field is the next step; a value the document refuses (a blank title, a
 * metric out of range) stays in the field with an inline message and is not dispatched. When the
 * document changes underneath (undo, another panel) the draft follows it.
 */
import { useCallback, useId, useRef, useState, type ChangeEvent, type CompositionEvent, type ReactNode } from 'react';
import { formatMetric, parseMetric, type MetricInput, type MetricKey } from './model';

let sessions = 0;

/** A merge key that changes on every focus, so separate visits to a field are separate undo steps. */
export function useEditSession(base: string): { begin: () => void; key: () => string } {
  const session = useRef(0);
  const begin = useCallback(() => {
    session.current = ++sessions;
  }, []);
  const key = useCallback(() => `${base}#${session.current}`, [base]);
  return { begin, key };
}

type TextElement = HTMLInputElement | HTMLTextAreaElement;

/**
 * Change handlers that wait for an input method: while a Chinese IME is composing ("re" on the way to
 * 热), the field shows the keys typed but nothing is dispatched; the composed text is applied when
 * composition ends, so the canvas never shows pinyin and the filter never dims everything mid-word.
 */
export function imeAware(apply: (value: string) => void, show: (value: string) => void) {
  return {
    onChange: (e: ChangeEvent<TextElement>) => {
      if ((e.nativeEvent as InputEvent).isComposing) show(e.target.value);
      else apply(e.target.value);
    },
    onCompositionEnd: (e: CompositionEvent<TextElement>) => apply(e.currentTarget.value),
  };
}

/** A draft that follows `value` whenever the document changes to something the draft does not already mean. */
function useDraft(value: string, means: (draft: string, value: string) => boolean) {
  const [draft, setDraft] = useState(value);
  const [seen, setSeen] = useState(value);
  if (seen !== value) {
    setSeen(value);
    if (!means(draft, value)) setDraft(value);
  }
  return [draft, setDraft] as const;
}

const sameText = (draft: string, value: string) => draft === value;

export function Field({ label, htmlFor, stack, children, error, errorId }: { label: ReactNode; htmlFor: string; stack?: boolean; children: ReactNode; error?: string | null; errorId?: string }) {
  return (
    <div className={stack ? 'tp-field tp-field--stack' : 'tp-field'}>
      <label className="tp-label" htmlFor={htmlFor}>
        {label}
      </label>
      <div className="tp-control">
        {children}
        {error ? (
          <p className="tp-error" id={errorId} role="alert">
            {error}
          </p>
        ) : null}
      </div>
    </div>
  );
}

export interface TextFieldProps {
  label: string;
  value: string;
  /** Base of the merge key, e.g. `title:t1`. */
  mergeBase: string;
  /** Dispatches; returns false when the document refused the value. */
  onCommit: (value: string, mergeKey: string) => boolean;
  multiline?: boolean;
  /** A blank value is refused without dispatching, with this message. */
  blankMessage?: string;
  placeholder?: string;
  testId?: string;
  stack?: boolean;
  inputRef?: (element: HTMLInputElement | HTMLTextAreaElement | null) => void;
  ariaLabel?: string;
}

export function TextField({ label, value, mergeBase, onCommit, multiline, blankMessage, placeholder, testId, stack, inputRef, ariaLabel }: TextFieldProps) {
  const id = useId();
  const [draft, setDraft] = useDraft(value, sameText);
  const [error, setError] = useState<string | null>(null);
  const session = useEditSession(mergeBase);
  const change = (next: string) => {
    setDraft(next);
    if (blankMessage !== undefined && next.trim() === '') {
      setError(blankMessage);
      return;
    }
    setError(null);
    if (next !== value) onCommit(next, session.key());
  };
  const common = {
    id,
    value: draft,
    placeholder,
    'data-testid': testId,
    'aria-label': ariaLabel,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': error ? `${id}-error` : undefined,
    onFocus: session.begin,
    onBlur: () => {
      setDraft(value);
      setError(null);
    },
  };
  return (
    <Field label={label} htmlFor={id} stack={stack ?? multiline} error={error} errorId={`${id}-error`}>
      {multiline ? (
        <textarea {...common} {...imeAware(change, setDraft)} ref={inputRef} rows={3} className="tp-input tp-textarea" />
      ) : (
        <input {...common} {...imeAware(change, setDraft)} ref={inputRef} type="text" className="tp-input" />
      )}
    </Field>
  );
}

/**
 * A text control without its own label row, for lists whose column heads label it visibly (remedies);
 * `label` is its accessible name. Grows with its content.
 */
export function InlineText({ label, value, mergeBase, onCommit, blankMessage }: Pick<TextFieldProps, 'label' | 'value' | 'mergeBase' | 'onCommit' | 'blankMessage'>) {
  const id = useId();
  const [draft, setDraft] = useDraft(value, sameText);
  const [error, setError] = useState<string | null>(null);
  const session = useEditSession(mergeBase);
  return (
    <div className="tp-control">
      <textarea
        id={id}
        rows={1}
        className="tp-input tp-textarea tp-textarea--inline"
        aria-label={label}
        value={draft}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onFocus={session.begin}
        onBlur={() => {
          setDraft(value);
          setError(null);
        }}
        {...imeAware((next) => {
          setDraft(next);
          if (blankMessage !== undefined && next.trim() === '') {
            setError(blankMessage);
            return;
          }
          setError(null);
          if (next !== value) onCommit(next, session.key());
        }, setDraft)}
      />
      {error ? (
        <p className="tp-error" id={`${id}-error`} role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}

export interface MetricFieldProps {
  label: string;
  metric: MetricKey;
  value: number | undefined;
  mergeBase: string;
  onCommit: (value: number | undefined, mergeKey: string) => boolean;
  errorText: (input: Extract<MetricInput, { kind: 'error' }>) => string;
}

const meansMetric = (metric: MetricKey) => (draft: string, value: string) => {
  const parsed = parseMetric(draft, metric);
  return parsed.kind === 'value' ? formatMetric(parsed.value) === value : parsed.kind === 'empty' && value === '';
};

export function MetricField({ label, metric, value, mergeBase, onCommit, errorText }: MetricFieldProps) {
  const id = useId();
  const shown = formatMetric(value);
  const [draft, setDraft] = useDraft(shown, meansMetric(metric));
  const [error, setError] = useState<string | null>(null);
  const session = useEditSession(mergeBase);
  const change = (next: string) => {
    setDraft(next);
    const parsed = parseMetric(next, metric);
    if (parsed.kind === 'error') {
      setError(errorText(parsed));
      return;
    }
    setError(null);
    const wanted = parsed.kind === 'value' ? parsed.value : undefined;
    if (wanted !== value) onCommit(wanted, session.key());
  };
  return (
    <Field label={label} htmlFor={id} error={error} errorId={`${id}-error`}>
      <input
        id={id}
        type="text"
        inputMode="decimal"
        className="tp-input tp-input--number"
        value={draft}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onFocus={session.begin}
        onBlur={() => {
          setDraft(shown);
          setError(null);
        }}
        onChange={(e) => change(e.target.value)}
      />
    </Field>
  );
}

export interface SelectOption {
  readonly value: string;
  readonly label: string;
}

export function SelectField({ label, value, options, onChange, testId }: { label: string; value: string; options: readonly SelectOption[]; onChange: (value: string) => void; testId?: string }) {
  const id = useId();
  return (
    <Field label={label} htmlFor={id}>
      <select id={id} className="tp-input tp-select" value={value} data-testid={testId} onChange={(e) => onChange(e.target.value)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Field>
  );
}

export function Section({ title, children, actions, count, hideTitle }: { title: string; children: ReactNode; actions?: ReactNode; count?: number; hideTitle?: boolean }) {
  const id = useId();
  if (hideTitle)
    return (
      <section className="tp-section" aria-label={title}>
        {children}
      </section>
    );
  return (
    <section className="tp-section" aria-labelledby={id}>
      <div className="tp-section-head">
        <h3 className="tp-section-title" id={id}>
          {title}
          {count !== undefined ? <span className="tp-count">{count}</span> : null}
        </h3>
        {actions}
      </div>
      {children}
    </section>
  );
}

/**
 * A section listing things the person adds (personas, pain points): its title with the count, an Add button,
 * a note while the list is empty. `children` gets a function that puts focus back on Add, for an item that
 * removes itself.
 */
export function ListSection({ title, count, addLabel, empty, onAdd, children }: { title: string; count: number; addLabel: string; empty: string; onAdd: () => void; children: (focusAdd: () => void) => ReactNode }) {
  const addRef = useRef<HTMLButtonElement>(null);
  return (
    <Section
      title={title}
      count={count}
      actions={
        <button type="button" ref={addRef} className="tp-button tp-button--small" onClick={onAdd}>
          {addLabel}
        </button>
      }
    >
      {count === 0 ? <p className="tp-note">{empty}</p> : null}
      {children(() => addRef.current?.focus())}
    </Section>
  );
}
