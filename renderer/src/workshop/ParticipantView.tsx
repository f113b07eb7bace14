/**
 * What a participant sees on their own phone or laptop: the stage the projector shows, its cards,
 * the stage timer, a sticky to add (a touchpoint idea or a pain point, signed or anonymous) and their
 * dots to place. Everything goes through the shared room (src/workshop/room.ts); nothing here edits
 * the map, which stays the facilitator's.
 */
import './participant.css';
import { useEffect, useId, useMemo, useRef, useState, type FormEvent, type JSX } from 'react';
import type { Locale } from '../../../src/i18n';
import type { MapDocument, PainPoint } from '../../../src/model';
import {
  addSticky,
  castDot,
  clockTimer,
  dotsLeftFor,
  MAX_AUTHOR_LENGTH,
  MAX_STICKY_LENGTH,
  takeDot,
  timerPhase,
  visibleTally,
  type RoomClock,
  type RoomState,
  type StickyKind,
} from '../../../src/workshop';
import { LevelGlyph, SeverityGlyph } from '../panels/Glyph';
import { TimerText } from './overlays';
import { makeT, type T } from './parts';
import { useRoomView, type RoomLink } from './room-link';

export interface ParticipantViewProps {
  link: RoomLink;
  locale: Locale;
}

function RoomTimer({ clock, t }: { clock: RoomClock; t: T }) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    setNow(Date.now());
    if (clock.status !== 'running') return;
    const id = window.setInterval(() => setNow(Date.now()), 500);
    return () => window.clearInterval(id);
  }, [clock]);
  const timer = clockTimer(clock);
  return (
    <p className={`pv-timer is-${timerPhase(timer, now)}`} data-testid="participant-timer" data-status={clock.status} data-phase={timerPhase(timer, now)}>
      <span className="pv-timer-label">{t('timer.label')}</span>
      <TimerText t={t} timer={timer} now={now} />
    </p>
  );
}

let stickyCount = 0;

function StickyForm({ link, stageId, t }: { link: RoomLink; stageId: string; t: T }) {
  const ids = useId();
  const [kind, setKind] = useState<StickyKind>('idea');
  const [text, setText] = useState('');
  const [name, setName] = useState(link.self.name);
  const [anonymous, setAnonymous] = useState(false);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const field = useRef<HTMLTextAreaElement>(null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const trimmed = text.trim();
    if (trimmed === '') return setMessage({ error: true, text: t('room.empty-text') });
    if (trimmed.length > MAX_STICKY_LENGTH) return setMessage({ error: true, text: t('room.too-long', { max: MAX_STICKY_LENGTH }) });
    stickyCount += 1;
    const id = `${link.participantId}-${Date.now().toString(36)}-${stickyCount}`;
    const added = addSticky(link.ydoc, { kind, stageId, text: trimmed, author: anonymous ? null : name }, id, Date.now());
    if (!added) return setMessage({ error: true, text: t('room.too-long', { max: MAX_STICKY_LENGTH }) });
    setText('');
    setMessage({ error: false, text: t('room.posted') });
    field.current?.focus();
  };
  return (
    <form className="pv-section pv-form" onSubmit={submit} data-testid="sticky-form" aria-labelledby={`${ids}-h`}>
      <h2 id={`${ids}-h`}>{t('room.add')}</h2>
      <fieldset className="pv-kinds">
        <legend>{t('room.kind')}</legend>
        {(['idea', 'pain'] as const).map((k) => (
          <label key={k} className={`pv-kind${kind === k ? ' is-on' : ''}`}>
            <input type="radio" name={`${ids}-kind`} value={k} checked={kind === k} onChange={() => setKind(k)} data-testid={`sticky-kind-${k}`} />
            {t(`room.kind.${k}`)}
          </label>
        ))}
      </fieldset>
      <label className="pv-field">
        <span>{t('room.text')}</span>
        <textarea
          ref={field}
          value={text}
          rows={3}
          maxLength={MAX_STICKY_LENGTH}
          placeholder={t(`room.text-placeholder.${kind}`)}
          onChange={(e) => setText(e.target.value)}
          data-testid="sticky-text"
        />
      </label>
      <div className="pv-author">
        <label className="pv-field">
          <span>{t('room.name')}</span>
          <input value={name} maxLength={MAX_AUTHOR_LENGTH} disabled={anonymous} onChange={(e) => setName(e.target.value)} data-testid="sticky-author" autoComplete="nickname" />
        </label>
        <label className="pv-check">
          <input type="checkbox" checked={anonymous} onChange={(e) => setAnonymous(e.target.checked)} data-testid="sticky-anonymous" />
          {t('room.anonymous')}
        </label>
      </div>
      <button type="submit" className="pv-button pv-button--primary" data-testid="sticky-post">
        {t('room.post')}
      </button>
      <p className={`pv-message${message?.error ? ' is-error' : ''}`} role="status" data-testid="sticky-message">
        {message?.text ?? ''}
      </p>
    </form>
  );
}

function PainVote({ pain, mine, total, canAdd, link, t }: { pain: PainPoint; mine: number; total: number | null; canAdd: boolean; link: RoomLink; t: T }) {
  return (
    <li className="pv-pain" data-testid="participant-pain" data-pain-id={pain.id} data-mine={mine}>
      <span className="pv-pain-title">
        <SeverityGlyph severity={pain.severity} /> {pain.title}
      </span>
      <span className="pv-pain-votes">
        <span>{t('room.my-dots', { count: mine })}</span>
        {total !== null ? <span data-testid="participant-total">{t('room.total', { count: total })}</span> : null}
      </span>
      <span className="pv-pain-buttons">
        <button
          type="button"
          className="pv-button pv-dot"
          aria-label={t('room.dot-remove', { title: pain.title })}
          disabled={mine === 0}
          onClick={() => takeDot(link.ydoc, link.participantId, pain.id)}
          data-testid="dot-remove"
        >
          −
        </button>
        <button
          type="button"
          className="pv-button pv-dot"
          aria-label={t('room.dot-add', { title: pain.title })}
          disabled={!canAdd}
          onClick={() => castDot(link.ydoc, link.participantId, pain.id)}
          data-testid="dot-add"
        >
          +
        </button>
      </span>
    </li>
  );
}

function StageCards({ map, room, stageId, link, t }: { map: MapDocument; room: RoomState; stageId: string; link: RoomLink; t: T }) {
  const cards = map.touchpoints.filter((tp) => tp.stage === stageId);
  const mine = room.dots.get(link.participantId) ?? [];
  const left = dotsLeftFor(room, link.participantId);
  const totals = visibleTally(room);
  return (
    <section className="pv-section" aria-labelledby="pv-cards-h">
      <h2 id="pv-cards-h">{t('room.cards')}</h2>
      {room.session ? (
        <p className="pv-dots-left" data-testid="dots-left" data-left={left}>
          {t('room.dots-left', { left, total: room.session.dotsPerPerson })}
          {totals === null ? <span className="pv-note"> · {t('room.hidden-totals')}</span> : null}
        </p>
      ) : (
        <p className="pv-note">{t('room.no-vote')}</p>
      )}
      {cards.length === 0 ? <p className="pv-note">{t('room.no-cards')}</p> : null}
      <ul className="pv-cards">
        {cards.map((tp) => (
          <li key={tp.id} className="pv-card" data-testid="participant-card" data-touchpoint-id={tp.id}>
            <p className="pv-card-title">
              <LevelGlyph level={tp.level ?? 'untagged'} /> {tp.title}
            </p>
            {room.session && (tp.painPoints ?? []).length > 0 ? (
              <ul className="pv-pains">
                {(tp.painPoints ?? []).map((p) => (
                  <PainVote
                    key={p.id}
                    pain={p}
                    mine={mine.filter((id) => id === p.id).length}
                    total={totals === null ? null : (totals[p.id] ?? 0)}
                    canAdd={left > 0}
                    link={link}
                    t={t}
                  />
                ))}
              </ul>
            ) : (tp.painPoints ?? []).length > 0 ? (
              <ul className="pv-pains">
                {(tp.painPoints ?? []).map((p) => (
                  <li key={p.id} className="pv-pain">
                    <span className="pv-pain-title">
                      <SeverityGlyph severity={p.severity} /> {p.title}
                    </span>
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

export function ParticipantView({ link, locale }: ParticipantViewProps): JSX.Element {
  const t = useMemo(() => makeT(locale), [locale]);
  const { room, map } = useRoomView(link.ydoc);
  const stageId = room.clock?.stageId ?? null;
  const stageIndex = map && stageId !== null ? map.stages.findIndex((s) => s.id === stageId) : -1;
  const stage = stageIndex >= 0 ? map!.stages[stageIndex] : undefined;
  const mine = room.stickies.filter((s) => s.id.startsWith(`${link.participantId}-`));
  return (
    <div className="pv-root" lang={locale} data-testid="participant-view">
      <header className="pv-head">
        <p className="pv-kicker">{map?.title ?? t('room.title')}</p>
        {stage && map ? (
          <>
            <p className="pv-stage-n">{t('room.stage', { n: stageIndex + 1, total: map.stages.length })}</p>
            <h1 className="pv-stage" data-testid="participant-stage">
              {stage.name}
            </h1>
          </>
        ) : (
          <h1 className="pv-stage">{t('room.title')}</h1>
        )}
        {room.clock && stage ? <RoomTimer clock={room.clock} t={t} /> : null}
      </header>
      <main className="pv-main">
        {stage && map ? (
          <>
            <StickyForm link={link} stageId={stage.id} t={t} />
            <StageCards map={map} room={room} stageId={stage.id} link={link} t={t} />
          </>
        ) : (
          <p className="pv-note pv-section" data-testid="participant-waiting">
            {t('room.waiting')}
          </p>
        )}
        {mine.length > 0 ? (
          <section className="pv-section" aria-labelledby="pv-mine-h">
            <h2 id="pv-mine-h">{t('room.mine')}</h2>
            <ul className="pv-mine">
              {mine.map((s) => (
                <li key={s.id} data-testid="my-sticky" data-status={s.status}>
                  <span className="pv-mine-kind">{t(`room.kind.${s.kind}`)}</span> {s.text} <span className="pv-note">· {t(`room.status.${s.status}`)}</span>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
      </main>
    </div>
  );
}
