/** The presentation's footer: where we are in the journey, and the facilitator's controls (vote, focus, timer, help, exit). */
import type { Dispatch } from 'react';
import type { MapDocument } from '../../../src/model';
import { dotsLeft, dotsTotal, type Slide, type TimerEvent, type TimerState, type VoteSession } from '../../../src/workshop';
import { TimerPill, VoteSetup } from './overlays';
import type { T } from './parts';
import { ProgressStrip } from './slides';

export interface PresentationFooterProps {
  map: MapDocument;
  slides: Slide[];
  index: number;
  t: T;
  focus: boolean;
  vote: VoteSession | null;
  voteSetup: boolean;
  voteMessage: string | null;
  timer: TimerState;
  onGo(index: number): void;
  onVoteSetup(open: boolean): void;
  onStartVote(dots: number, people: number): void;
  onEndVote(): void;
  onToggleFocus(): void;
  onToggleHelp(): void;
  dispatchTimer: Dispatch<TimerEvent>;
  onExit(): void;
}

export function PresentationFooter({
  map,
  slides,
  index,
  t,
  focus,
  vote,
  voteSetup,
  voteMessage,
  timer,
  onGo,
  onVoteSetup,
  onStartVote,
  onEndVote,
  onToggleFocus,
  onToggleHelp,
  dispatchTimer,
  onExit,
}: PresentationFooterProps) {
  return (
  <footer className="ws-footer">
    <ProgressStrip map={map} slides={slides} index={index} t={t} onGo={onGo} />
    {focus ? (
      <p className="ws-focus-note" data-testid="focus-note">
        {t('focus.on')}
      </p>
    ) : null}
    <div className="ws-controls">
      {vote ? (
        <div className="ws-vote-status" data-testid="vote-status" data-left={dotsLeft(vote, map)}>
          <span className="ws-vote-count">{t('vote.status', { left: dotsLeft(vote, map), total: dotsTotal(vote) })}</span>
          <span className="ws-vote-hint">{voteMessage ?? t('vote.hint')}</span>
          <button type="button" className="ws-button ws-button--small" data-testid="vote-end" onClick={onEndVote}>
            {t('vote.end')}
          </button>
        </div>
      ) : voteSetup ? (
        <VoteSetup
          t={t}
          onCancel={() => onVoteSetup(false)}
          onStart={onStartVote}
        />
      ) : (
        <button type="button" className="ws-button ws-button--small" data-testid="vote-start" onClick={() => onVoteSetup(true)}>
          {t('vote.start')}
        </button>
      )}
      <button
        type="button"
        className={`ws-button ws-button--small${focus ? ' is-on' : ''}`}
        data-testid="focus-toggle"
        aria-pressed={focus}
        onClick={onToggleFocus}
      >
        {t('focus.label')} (P)
      </button>
      <TimerPill
        t={t}
        timer={timer}
        onToggle={() => dispatchTimer({ type: 'toggle', now: Date.now() })}
        onReset={() => dispatchTimer({ type: 'reset' })}
        onMinutes={(minutes) => dispatchTimer({ type: 'setMinutes', minutes })}
      />
      <button type="button" className="ws-button ws-button--small" data-testid="help-toggle" onClick={onToggleHelp}>
        ?
      </button>
      <button type="button" className="ws-button ws-button--small" data-testid="presentation-exit" onClick={onExit}>
        {t('mode.exit')} (Esc)
      </button>
    </div>
  </footer>
  );
}
