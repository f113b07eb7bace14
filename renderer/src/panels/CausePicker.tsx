/**
 * "Caused by": a searchable combobox (WAI-ARIA combobox with a grouped listbox). Closed, it shows the
 * chosen cause by its title with "stage · lane" beneath; open, touchpoints linked to this one come
 * first, then every other one grouped by stage and lane, filtered as the person types. Keyboard:
 * arrows move, Enter chooses, Escape closes and keeps the old value, Home/End jump. On a map of
 * 2 000 cards only the first matches are drawn; typing narrows the rest.
 */
import { memo, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { Field } from './fields';
import type { CauseOption } from './model';

const SHOWN = 60;

export interface CausePickerText {
  readonly label: string;
  readonly none: string;
  readonly search: string;
  readonly linked: string;
  readonly noMatch: (query: string) => string;
  readonly more: (count: number) => string;
}

interface Group {
  readonly key: string;
  readonly heading: string;
  readonly options: readonly CauseOption[];
}

/** Options matching the query, grouped: linked ones first, then by stage · lane in the given order. */
function groupOptions(options: readonly CauseOption[], query: string, linkedHeading: string): { groups: Group[]; hidden: number } {
  const q = query.trim().toLocaleLowerCase();
  const groups: Group[] = [];
  let shown = 0;
  let hidden = 0;
  for (const o of options) {
    if (q && !o.label.toLocaleLowerCase().includes(q)) continue;
    if (shown >= SHOWN) {
      hidden++;
      continue;
    }
    shown++;
    const key = o.linked ? 'linked' : `${o.stage}\u0000${o.lane}`;
    const last = groups.at(-1);
    if (last && last.key === key) (last.options as CauseOption[]).push(o);
    else groups.push({ key, heading: o.linked ? linkedHeading : `${o.stage} · ${o.lane}`, options: [o] });
  }
  return { groups, hidden };
}

const sameOptions = (a: readonly CauseOption[], b: readonly CauseOption[]) =>
  a === b || (a.length === b.length && a.every((o, i) => o.id === b[i]!.id && o.label === b[i]!.label && o.linked === b[i]!.linked));

export const CausePicker = memo(
  function CausePicker({ text, value, options, onChange }: { text: CausePickerText; value: string; options: readonly CauseOption[]; onChange: (value: string) => void }) {
    const id = useId();
    const listId = `${id}-list`;
    const [open, setOpen] = useState(false);
    const [query, setQuery] = useState('');
    const [active, setActive] = useState(0);
    const input = useRef<HTMLInputElement>(null);
    const chosen = options.find((o) => o.id === value) ?? null;
    const { groups, hidden } = useMemo(() => (open ? groupOptions(options, query, text.linked) : { groups: [], hidden: 0 }), [open, options, query, text.linked]);
    // The flat list the arrow keys walk: "not named" first, then the shown options in order.
    const flat = useMemo(() => ['', ...groups.flatMap((g) => g.options.map((o) => o.id))], [groups]);
    const optionId = (i: number) => `${id}-opt-${i}`;

    const openList = () => {
      if (open) return;
      setOpen(true);
      setQuery('');
      setActive(0);
    };
    const close = () => {
      setOpen(false);
      setQuery('');
    };
    const choose = (next: string) => {
      close();
      if (next !== value) onChange(next);
    };
    const move = (to: number) => {
      const i = Math.max(0, Math.min(flat.length - 1, to));
      setActive(i);
      document.getElementById(optionId(i))?.scrollIntoView({ block: 'nearest' });
    };
    const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
      if (!open) {
        if (e.key === 'ArrowDown' || e.key === 'ArrowUp' || e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          openList();
        }
        return;
      }
      if (e.key === 'ArrowDown') move(active + 1);
      else if (e.key === 'ArrowUp') move(active - 1);
      else if (e.key === 'Home' && e.ctrlKey) move(0);
      else if (e.key === 'End' && e.ctrlKey) move(flat.length - 1);
      else if (e.key === 'PageDown') move(active + 10);
      else if (e.key === 'PageUp') move(active - 10);
      else if (e.key === 'Enter') choose(flat[active] ?? value);
      else if (e.key === 'Escape') close();
      else if (e.key === 'Tab') close();
      else return;
      if (e.key !== 'Tab') {
        e.preventDefault();
        // Escape closes the list only, not the inspector or the selection.
        e.stopPropagation();
      }
    };

    let index = 0;
    return (
      <Field label={text.label} htmlFor={id}>
        <div className={`tp-combo${open ? ' is-open' : ''}`}>
          <input
            ref={input}
            id={id}
            className="tp-input tp-combo__input"
            role="combobox"
            aria-expanded={open}
            aria-controls={listId}
            aria-autocomplete="list"
            aria-activedescendant={open ? optionId(active) : undefined}
            aria-describedby={chosen && !open ? `${id}-where` : undefined}
            autoComplete="off"
            spellCheck={false}
            placeholder={open ? text.search : text.none}
            value={open ? query : (chosen?.title ?? '')}
            onFocus={openList}
            onClick={openList}
            onBlur={close}
            onChange={(e) => {
              setQuery(e.target.value);
              setActive(e.target.value.trim() ? 1 : 0);
            }}
            onKeyDown={onKeyDown}
            data-testid="cause-picker"
          />
          {chosen && !open ? (
            <div className="tp-combo__where" id={`${id}-where`}>
              {chosen.stage} · {chosen.lane}
            </div>
          ) : null}
          {open ? (
            <div className="tp-combo__list" id={listId} role="listbox" aria-label={text.label} onMouseDown={(e) => e.preventDefault()}>
              <div id={optionId(index++)} role="option" aria-selected={value === ''} className={`tp-combo__option${active === 0 ? ' is-active' : ''}`} onClick={() => choose('')}>
                <span className="tp-combo__title tp-combo__title--none">{text.none}</span>
              </div>
              {groups.map((g) => (
                <div key={g.key} role="group" aria-labelledby={`${id}-g-${g.key}`} className="tp-combo__group">
                  <div id={`${id}-g-${g.key}`} className={`tp-combo__heading${g.key === 'linked' ? ' tp-combo__heading--linked' : ''}`} role="presentation">
                    {g.heading}
                  </div>
                  {g.options.map((o) => {
                    const i = index++;
                    return (
                      <div
                        key={o.id}
                        id={optionId(i)}
                        role="option"
                        aria-selected={o.id === value}
                        className={`tp-combo__option${i === active ? ' is-active' : ''}`}
                        onClick={() => choose(o.id)}
                        onMouseMove={() => i !== active && setActive(i)}
                      >
                        <span className="tp-combo__title">{o.title}</span>
                        {o.linked ? (
                          <span className="tp-combo__sub">
                            {o.stage} · {o.lane}
                          </span>
                        ) : null}
                      </div>
                    );
                  })}
                </div>
              ))}
              {groups.length === 0 && query.trim() ? <div className="tp-combo__note">{text.noMatch(query.trim())}</div> : null}
              {hidden > 0 ? <div className="tp-combo__note">{text.more(hidden)}</div> : null}
            </div>
          ) : null}
        </div>
      </Field>
    );
  },
  // onChange and text are new each render of the inspector but say the same thing for the same pain
  // point; the options are rebuilt on every edit of the map, so they are compared by content.
  (a, b) => a.value === b.value && a.text.label === b.text.label && a.text.search === b.text.search && sameOptions(a.options, b.options),
);
