/**
 * The session timer: a countdown of N minutes for each stage, which the facilitator can start,
 * pause, resume and reset. Each stage keeps its own clock, so coming back to a stage shows the time
 * already spent there; only the current stage's clock runs. Time is always passed in (`now`, in ms),
 * so the machine is pure and testable; the UI re-renders once a second while it runs.
 *
 * It never blocks anything: when a stage's time is up the remaining time goes negative (overtime)
 * and the UI just says so.
 */

export const DEFAULT_STAGE_MINUTES = 5;
export const MAX_STAGE_MINUTES = 600;

export interface Clock {
  /** Time spent with the clock running, not counting the current run. */
  elapsedMs: number;
  /** When the current run began; null while the clock is stopped. */
  since: number | null;
}

export type TimerStatus = 'idle' | 'running' | 'paused';

export interface TimerState {
  minutes: number;
  status: TimerStatus;
  /** The stage whose clock is shown (and runs); null on the overview and summary slides. */
  stageId: string | null;
  clocks: Readonly<Record<string, Clock>>;
}

export type TimerEvent =
  | { type: 'start'; now: number }
  | { type: 'pause'; now: number }
  | { type: 'resume'; now: number }
  | { type: 'toggle'; now: number }
  | { type: 'reset' }
  | { type: 'setMinutes'; minutes: number }
  | { type: 'enterStage'; stageId: string | null; now: number };

export function clampMinutes(minutes: number): number {
  if (!Number.isFinite(minutes)) return DEFAULT_STAGE_MINUTES;
  return Math.min(MAX_STAGE_MINUTES, Math.max(0.5, Math.round(minutes * 2) / 2));
}

export function createTimer(minutes: number = DEFAULT_STAGE_MINUTES, stageId: string | null = null): TimerState {
  return { minutes: clampMinutes(minutes), status: 'idle', stageId, clocks: {} };
}

/** A clock never counts time before it started, even if `now` goes backwards. */
function stopped(clock: Clock | undefined, now: number): Clock {
  if (!clock) return { elapsedMs: 0, since: null };
  if (clock.since === null) return clock;
  return { elapsedMs: clock.elapsedMs + Math.max(0, now - clock.since), since: null };
}

function running(clock: Clock | undefined, now: number): Clock {
  const c = stopped(clock, now);
  return { elapsedMs: c.elapsedMs, since: now };
}

function withClock(state: TimerState, stageId: string | null, clock: Clock): Readonly<Record<string, Clock>> {
  return stageId === null ? state.clocks : { ...state.clocks, [stageId]: clock };
}

export function timerReducer(state: TimerState, event: TimerEvent): TimerState {
  const id = state.stageId;
  const current = id === null ? undefined : state.clocks[id];
  switch (event.type) {
    case 'start':
    case 'resume':
      if (state.status === 'running') return state;
      return { ...state, status: 'running', clocks: withClock(state, id, running(current, event.now)) };
    case 'pause':
      if (state.status !== 'running') return state;
      return { ...state, status: 'paused', clocks: withClock(state, id, stopped(current, event.now)) };
    case 'toggle':
      return timerReducer(state, { type: state.status === 'running' ? 'pause' : 'start', now: event.now });
    case 'reset':
      return { ...state, status: 'idle', clocks: {} };
    case 'setMinutes':
      return { ...state, minutes: clampMinutes(event.minutes) };
    case 'enterStage': {
      if (event.stageId === id) return state;
      let clocks = current ? withClock(state, id, stopped(current, event.now)) : state.clocks;
      const next = event.stageId;
      if (next !== null && state.status === 'running') clocks = { ...clocks, [next]: running(clocks[next], event.now) };
      return { ...state, stageId: next, clocks };
    }
  }
}

/** Time spent on a stage so far (the current stage by default). */
export function elapsedMs(state: TimerState, now: number, stageId: string | null = state.stageId): number {
  if (stageId === null) return 0;
  const clock = state.clocks[stageId];
  if (!clock) return 0;
  return clock.elapsedMs + (clock.since === null ? 0 : Math.max(0, now - clock.since));
}

/** Time left on the current stage; negative when the stage has run over. */
export function remainingMs(state: TimerState, now: number): number {
  return state.minutes * 60_000 - elapsedMs(state, now);
}

/** "4:05", "0:00", "−1:30" (overtime). Seconds round up while counting down, so the last second reads 0:01. */
export function formatClock(ms: number): string {
  const over = ms < 0;
  const seconds = over ? Math.floor(-ms / 1000) : Math.ceil(ms / 1000);
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  return `${over && seconds > 0 ? '−' : ''}${m}:${String(s).padStart(2, '0')}`;
}

export type TimerPhase = 'calm' | 'warning' | 'up';

/** The last fifth of a stage's time, never less than this, turns the clock amber. */
export const WARNING_FLOOR_MS = 30_000;

/**
 * How urgent the clock looks from the back of the room: calm, amber for the last fifth of the stage
 * (at least 30 s, so a short stage still warns), red once time is up.
 */
export function timerPhase(state: TimerState, now: number): TimerPhase {
  const left = remainingMs(state, now);
  if (left <= 0) return 'up';
  const total = state.minutes * 60_000;
  // A half-minute stage that has not started is not already urgent.
  return left <= Math.max(WARNING_FLOOR_MS, total / 5) && elapsedMs(state, now) > 0 ? 'warning' : 'calm';
}
