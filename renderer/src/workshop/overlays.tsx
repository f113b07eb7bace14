/** What opens over a slide: zoomed touchpoint, suggestions, key help; and the small bars (entry, vote, timer). */
import { useEffect, useRef, useState, type FormEvent, type MouseEvent } from 'react';
import type { Locale } from '../../../src/i18n';
import { TIERS, type MapDocument, type PainPoint, type Touchpoint } from '../../../src/model';
import { suggestionsFor, tierLabel } from '../../../src/suggestions';
import {
  DEFAULT_DOTS_PER_PERSON,
  DEFAULT_PARTICIPANTS,
  formatClock,
  MAX_DOTS_PER_PERSON,
  MAX_PARTICIPANTS,
  MAX_STAGE_MINUTES,
  remainingMs,
  timerPhase,
  type TimerState,
} from '../../../src/workshop';
import { emotionText, LevelBadge, PainMarker, type T } from './parts';

export function ZoomOverlay({
  tp,
  t,
  voting,
  activePainId,
  onPain,
  onClose,
}: {
  tp: Touchpoint;
  t: T;
  voting: boolean;
  activePainId: string | null;
  onPain(pain: PainPoint, tp: Touchpoint, e: MouseEvent): void;
  onClose(): void;
}) {
  const pains = tp.painPoints ?? [];
  return (
    <div className="ws-overlay" onClick={onClose}>
      <article className="ws-zoom" data-testid="zoom" role="dialog" aria-modal="true" aria-label={tp.title} onClick={(e) => e.stopPropagation()}>
        <h2 className="ws-zoom-title">{tp.title}</h2>
        <div className="ws-card-meta">
          <LevelBadge level={tp.level} t={t} />
          {tp.level === 'basic' ? <span className="ws-chip ws-chip--below">{t('below-baseline')}</span> : null}
          {tp.emotion !== undefined ? <span className="ws-chip">{t('emotion', { value: emotionText(tp.emotion) })}</span> : null}
          {tp.failPoint ? <span className="ws-chip ws-chip--fail">{t('fail-point')}</span> : null}
          {tp.waitPoint ? <span className="ws-chip">{t('wait-point')}</span> : null}
        </div>
        {tp.description ? <p className="ws-zoom-text">{tp.description}</p> : null}
        <h3 className="ws-h2">{t('zoom.pains')}</h3>
        {pains.length === 0 ? (
          <p className="ws-note">{t('zoom.no-pains')}</p>
        ) : (
          <div className="ws-zoom-pains">
            {pains.map((p) => (
              <PainMarker key={p.id} pain={p} t={t} voting={voting} active={p.id === activePainId} onActivate={(pain, e) => onPain(pain, tp, e)} />
            ))}
          </div>
        )}
        <button type="button" className="ws-button ws-close" onClick={onClose}>
          {t('zoom.close')} (Esc)
        </button>
      </article>
    </div>
  );
}

export function SuggestionsOverlay({ map, painId, locale, t, onClose }: { map: MapDocument; painId: string; locale: Locale; t: T; onClose(): void }) {
  const pain = map.touchpoints.flatMap((tp) => tp.painPoints ?? []).find((p) => p.id === painId);
  if (!pain) return null;
  const suggestions = suggestionsFor(map, painId, locale);
  return (
    <div className="ws-overlay" onClick={onClose}>
      <section className="ws-suggestions" data-testid="suggestions" role="dialog" aria-modal="true" onClick={(e) => e.stopPropagation()}>
        <h2 className="ws-suggestions-title">{t('suggestions.title', { title: pain.title })}</h2>
        <div className="ws-tiers">
          {TIERS.map((tier, i) => {
            const list = suggestions.filter((s) => s.tier === tier);
            return (
              <section key={tier} className={`ws-tier ws-tier--${tier}`} data-tier={tier}>
                <h3 className="ws-tier-name">
                  <span className="ws-tier-n">{i + 1}</span>
                  {tierLabel(tier, locale)}
                </h3>
                {list.length === 0 ? (
                  <p className="ws-note">{t('suggestions.none')}</p>
                ) : (
                  <ul>
                    {list.map((s, j) => (
                      <li key={j}>
                        <strong>{s.title}</strong>
                        <span>{s.text}</span>
                      </li>
                    ))}
                  </ul>
                )}
              </section>
            );
          })}
        </div>
        <button type="button" className="ws-button ws-close" onClick={onClose}>
          {t('suggestions.close')} (Esc)
        </button>
      </section>
    </div>
  );
}

const HELP_ROWS: [string, Parameters<T>[0]][] = [
  ['PageDown · Space · →', 'help.next'],
  ['PageUp · Shift+Space · ←', 'help.prev'],
  ['Home · End', 'help.home-end'],
  ['N · Enter', 'help.entry'],
  ['1 · 2 · 3 · 4', 'help.levels'],
  ['P', 'help.pain'],
  ['S · Shift+S', 'help.suggestions'],
  ['L', 'help.laser'],
  ['T', 'help.timer'],
  ['B · .', 'help.blank'],
  ['Ctrl+Z · Ctrl+Shift+Z', 'help.undo'],
  ['help.key-click', 'help.click'],
  ['?', 'help.help'],
  ['Esc', 'help.exit'],
];

export function HelpOverlay({ t, onClose }: { t: T; onClose(): void }) {
  return (
    <div className="ws-overlay" onClick={onClose}>
      <section className="ws-help" data-testid="help" role="dialog" aria-modal="true" aria-label={t('help.title')} onClick={(e) => e.stopPropagation()}>
        <h2 className="ws-h2">{t('help.title')}</h2>
        <dl>
          {HELP_ROWS.map(([keys, label]) => (
            <div key={label} className="ws-help-row">
              <dt>
                <kbd>{keys === 'help.key-click' ? t(keys) : keys}</kbd>
              </dt>
              <dd>{t(label)}</dd>
            </div>
          ))}
        </dl>
        <button type="button" className="ws-button ws-close" onClick={onClose}>
          {t('help.close')} (Esc)
        </button>
      </section>
    </div>
  );
}

export interface EntryMessage {
  kind: 'info' | 'error' | 'done';
  text: string;
}

export function QuickEntryBar({
  t,
  initial,
  context,
  message,
  onSubmit,
}: {
  t: T;
  initial: string;
  context: string;
  message: EntryMessage | null;
  onSubmit(text: string): boolean;
}) {
  const [text, setText] = useState(initial);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const el = input.current;
    if (!el) return;
    el.focus();
    el.setSelectionRange(el.value.length, el.value.length);
  }, []);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (onSubmit(text)) setText('');
  };
  return (
    <form className="ws-entry" data-testid="quick-entry-bar" onSubmit={submit} onClick={(e) => e.stopPropagation()}>
      <label className="ws-entry-label" htmlFor="ws-entry-input">
        {t('entry.label')}
      </label>
      <input
        id="ws-entry-input"
        ref={input}
        className="ws-entry-input"
        data-testid="quick-entry"
        value={text}
        autoComplete="off"
        spellCheck={false}
        placeholder={t('entry.placeholder')}
        onChange={(e) => setText(e.target.value)}
      />
      <p className={`ws-entry-message ws-entry-message--${message?.kind ?? 'info'}`} data-testid="quick-entry-message" role="status">
        {message?.text ?? context}
      </p>
    </form>
  );
}

export function VoteSetup({ t, onStart, onCancel }: { t: T; onStart(dots: number, people: number): void; onCancel(): void }) {
  const [dots, setDots] = useState(String(DEFAULT_DOTS_PER_PERSON));
  const [people, setPeople] = useState(String(DEFAULT_PARTICIPANTS));
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.select(), []);
  return (
    <form
      className="ws-vote-setup"
      data-testid="vote-setup"
      onClick={(e) => e.stopPropagation()}
      onSubmit={(e) => {
        e.preventDefault();
        onStart(Number(dots), Number(people));
      }}
    >
      <label>
        <span>{t('vote.dots-per-person')}</span>
        <input
          ref={first}
          type="number"
          min={1}
          max={MAX_DOTS_PER_PERSON}
          value={dots}
          data-testid="vote-dots-per-person"
          onChange={(e) => setDots(e.target.value)}
        />
      </label>
      <label>
        <span>{t('vote.participants')}</span>
        <input type="number" min={1} max={MAX_PARTICIPANTS} value={people} data-testid="vote-participants" onChange={(e) => setPeople(e.target.value)} />
      </label>
      <button type="submit" className="ws-button ws-button--primary" data-testid="vote-begin">
        {t('vote.begin')}
      </button>
      <button type="button" className="ws-button" onClick={onCancel}>
        {t('vote.cancel')}
      </button>
    </form>
  );
}

/** The clock as the room reads it: time left, or "time's up" with the overtime. */
export function TimerText({ t, timer, now }: { t: T; timer: TimerState; now: number }) {
  const remaining = remainingMs(timer, now);
  const time = formatClock(remaining);
  return (
    <span className="ws-timer-time" data-testid="timer-time" aria-live="off">
      {remaining <= 0 ? t('timer.up', { time: time.replace('−', '') }) : t('timer.left', { time })}
    </span>
  );
}

export function TimerPill({
  t,
  timer,
  onToggle,
  onReset,
  onMinutes,
}: {
  t: T;
  timer: TimerState;
  onToggle(): void;
  onReset(): void;
  onMinutes(minutes: number): void;
}) {
  // Only the pill re-renders as the clock runs.
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    setNow(Date.now());
    if (timer.status !== 'running') return;
    const id = window.setInterval(() => setNow(Date.now()), 500);
    return () => window.clearInterval(id);
  }, [timer]);
  const [editing, setEditing] = useState(false);
  const phase = timerPhase(timer, now);
  return (
    <div className={`ws-timer is-${phase} is-${timer.status}`} data-testid="timer" data-status={timer.status} data-phase={phase} onClick={(e) => e.stopPropagation()}>
      <span className="ws-timer-label">{t('timer.label')}</span>
      <TimerText t={t} timer={timer} now={now} />
      <button type="button" className="ws-button ws-button--small" data-testid="timer-toggle" onClick={onToggle}>
        {timer.status === 'running' ? t('timer.pause') : timer.status === 'paused' ? t('timer.resume') : t('timer.start')}
      </button>
      {timer.status !== 'idle' ? (
        <button type="button" className="ws-button ws-button--small" data-testid="timer-reset" onClick={onReset}>
          {t('timer.reset')}
        </button>
      ) : null}
      {editing ? (
        <label className="ws-timer-minutes">
          <span>{t('timer.minutes')}</span>
          <input
            type="number"
            min={0.5}
            step={0.5}
            max={MAX_STAGE_MINUTES}
            defaultValue={timer.minutes}
            data-testid="timer-minutes"
            autoFocus
            onBlur={(e) => {
              onMinutes(Number(e.target.value));
              setEditing(false);
            }}
            onKeyDown={(e) => {
              if (e.key === 'Enter') e.currentTarget.blur();
            }}
          />
        </label>
      ) : (
        <button type="button" className="ws-button ws-button--small" data-testid="timer-set" onClick={() => setEditing(true)}>
          {t('timer.minutes')}: {timer.minutes}
        </button>
      )}
    </div>
  );
}
