/**
 * The facilitator's side of the room, beside the slides: stickies arrive in a list (accept, merge into
 * a card, hide), and the room's dot vote is run from here (new vote, reveal, keep the results in the
 * map). Accepting goes through the store's ordinary commands, so it is undoable and saved.
 */
import { useState } from 'react';
import type { MapDocument } from '../../../src/model';
import type { DocStore } from '../../../src/store';
import {
  DEFAULT_DOTS_PER_PERSON,
  endSession,
  MAX_DOTS_PER_PERSON,
  planAccept,
  resolveSticky,
  sessionRecord,
  setRevealed,
  startSession,
  stickyTargets,
  tally,
  type RoomState,
  type Sticky,
} from '../../../src/workshop';
import type { T } from './parts';
import { useRoomView, type RoomLink } from './room-link';

function StickyItem({ sticky, map, store, link, t }: { sticky: Sticky; map: MapDocument; store: DocStore; link: RoomLink; t: T }) {
  const targets = stickyTargets(map, sticky);
  const [card, setCard] = useState<string>('');
  const [error, setError] = useState<string | null>(null);
  const stage = map.stages.find((s) => s.id === sticky.stageId);
  const accept = () => {
    const plan = planAccept(store.getState().map, sticky, card === '' ? null : card);
    if (!plan.ok) return setError(t(`facil.${plan.reason}`));
    if (!store.dispatch(plan.command, plan.args)) return setError(t('entry.refused'));
    resolveSticky(link.ydoc, sticky.id, 'accepted', store.getState().created[0]);
  };
  const merge = () => {
    if (card === '') return setError(t('facil.no-card'));
    resolveSticky(link.ydoc, sticky.id, 'merged', card);
  };
  return (
    <li className={`ws-sticky ws-sticky--${sticky.kind}`} data-testid="room-sticky" data-sticky-id={sticky.id} data-kind={sticky.kind}>
      <p className="ws-sticky-kind">
        {t(`room.kind.${sticky.kind}`)} · {stage?.name ?? ''}
      </p>
      <p className="ws-sticky-text">{sticky.text}</p>
      <p className="ws-sticky-by">{t('facil.by', { author: sticky.author ?? t('room.anonymous-author') })}</p>
      <label className="ws-sticky-card">
        <span>{t('facil.pick-card')}</span>
        <select value={card} onChange={(e) => setCard(e.target.value)} data-testid="room-sticky-card">
          <option value="">—</option>
          {targets.map((c) => (
            <option key={c.id} value={c.id}>
              {c.title}
            </option>
          ))}
        </select>
      </label>
      <div className="ws-sticky-actions">
        <button type="button" className="ws-button ws-button--small" onClick={accept} data-testid="room-accept">
          {sticky.kind === 'pain' ? t('facil.accept-on') : t('facil.accept')}
        </button>
        <button type="button" className="ws-button ws-button--small" onClick={merge} data-testid="room-merge">
          {t('facil.merge')}
        </button>
        <button type="button" className="ws-button ws-button--small" onClick={() => resolveSticky(link.ydoc, sticky.id, 'hidden')} data-testid="room-hide">
          {t('facil.hide')}
        </button>
      </div>
      {error ? (
        <p className="ws-sticky-error" role="alert">
          {error}
        </p>
      ) : null}
    </li>
  );
}

function VoteControls({ room, map, store, link, t }: { room: RoomState; map: MapDocument; store: DocStore; link: RoomLink; t: T }) {
  const [dots, setDots] = useState(String(DEFAULT_DOTS_PER_PERSON));
  const [kept, setKept] = useState(false);
  const counts = tally(room);
  const placed = Object.values(counts).reduce((a, b) => a + b, 0);
  const people = [...room.dots.values()].filter((d) => d.length > 0).length;
  const painTitle = new Map(map.touchpoints.flatMap((tp) => (tp.painPoints ?? []).map((p) => [p.id, p.title] as const)));
  const keep = (): void => {
    const record = sessionRecord(room, store.getState().map, new Date());
    if (record && placed > 0) store.dispatch('recordVoteSession', { session: record });
    endSession(link.ydoc);
    setKept(true);
  };
  const newVote = () => {
    // Dots already placed are kept before the slate is wiped: a new vote never loses the last one.
    if (room.session && placed > 0) keep();
    startSession(link.ydoc, `v${Date.now().toString(36)}`, Number(dots) || DEFAULT_DOTS_PER_PERSON, Date.now());
    setKept(false);
  };
  return (
    <section className="ws-room-vote" data-testid="room-vote" aria-label={t('facil.vote')}>
      <h2 className="ws-room-h">{t('facil.vote')}</h2>
      <div className="ws-room-row">
        <label className="ws-room-dots">
          <span>{t('vote.dots-per-person')}</span>
          <input type="number" min={1} max={MAX_DOTS_PER_PERSON} value={dots} onChange={(e) => setDots(e.target.value)} data-testid="room-dots" />
        </label>
        <button type="button" className="ws-button ws-button--small" onClick={newVote} data-testid="room-new-vote">
          {t('facil.new-vote')}
        </button>
      </div>
      {room.session ? (
        <>
          <p className="ws-room-status" data-testid="room-vote-status" data-dots={placed}>
            {t('facil.voters', { people, dots: placed })}
          </p>
          <div className="ws-room-row">
            <button
              type="button"
              className="ws-button ws-button--small"
              aria-pressed={room.session.revealed}
              onClick={() => setRevealed(link.ydoc, !room.session!.revealed)}
              data-testid="room-reveal"
            >
              {room.session.revealed ? t('facil.hide-votes') : t('facil.reveal')}
            </button>
            <button type="button" className="ws-button ws-button--small" onClick={keep} data-testid="room-keep">
              {t('facil.keep')}
            </button>
          </div>
          {room.session.revealed ? (
            <ol className="ws-room-tally" data-testid="room-tally">
              {Object.entries(counts)
                .sort((a, b) => b[1] - a[1])
                .map(([id, n]) => (
                  <li key={id} data-pain-id={id} data-dots={n}>
                    <span>{painTitle.get(id) ?? id}</span> <strong>{n}</strong>
                  </li>
                ))}
            </ol>
          ) : (
            <p className="ws-room-note">{t('facil.hidden-totals')}</p>
          )}
        </>
      ) : kept ? (
        <p className="ws-room-note" role="status">
          {t('facil.kept')}
        </p>
      ) : null}
    </section>
  );
}

export function RoomPanel({ link, store, map, stageId, t }: { link: RoomLink; store: DocStore; map: MapDocument; stageId: string | null; t: T }) {
  const { room } = useRoomView(link.ydoc);
  // The stage on screen first, then the others in the order they arrived.
  const fresh = room.stickies.filter((s) => s.status === 'new');
  const ordered = [...fresh.filter((s) => s.stageId === stageId), ...fresh.filter((s) => s.stageId !== stageId)];
  return (
    <aside className="ws-room" data-testid="room-panel" aria-label={t('facil.title')} onClick={(e) => e.stopPropagation()}>
      <h2 className="ws-room-h">
        {t('facil.title')} <span className="ws-room-count">{fresh.length}</span>
      </h2>
      {ordered.length === 0 ? <p className="ws-room-note">{t('facil.none')}</p> : null}
      <ul className="ws-room-list">
        {ordered.map((s) => (
          <StickyItem key={s.id} sticky={s} map={map} store={store} link={link} t={t} />
        ))}
      </ul>
      <VoteControls room={room} map={map} store={store} link={link} t={t} />
    </aside>
  );
}
