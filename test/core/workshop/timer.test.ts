import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clampMinutes, createTimer, elapsedMs, formatClock, remainingMs, timerPhase, timerReducer, type TimerEvent, type TimerState } from '../../../src/workshop';

const MIN = 60_000;

function run(state: TimerState, ...events: TimerEvent[]): TimerState {
  return events.reduce(timerReducer, state);
}

describe('stage timer', () => {
  it('counts down only while running, from the minutes set per stage', () => {
    let t = createTimer(5, 's1');
    expect(remainingMs(t, 1_000)).toBe(5 * MIN);
    t = run(t, { type: 'start', now: 1_000 });
    expect(t.status).toBe('running');
    expect(remainingMs(t, 61_000)).toBe(4 * MIN);
    t = run(t, { type: 'pause', now: 61_000 });
    expect(remainingMs(t, 500_000)).toBe(4 * MIN);
    t = run(t, { type: 'resume', now: 500_000 });
    expect(remainingMs(t, 530_000)).toBe(3.5 * MIN);
  });

  it('keeps a clock per stage: only the stage on screen runs, and coming back shows the time already spent', () => {
    let t = run(createTimer(5, 's1'), { type: 'start', now: 0 });
    t = run(t, { type: 'enterStage', stageId: 's2', now: 2 * MIN });
    expect(elapsedMs(t, 3 * MIN, 's1')).toBe(2 * MIN);
    expect(remainingMs(t, 3 * MIN)).toBe(4 * MIN);
    t = run(t, { type: 'enterStage', stageId: 's1', now: 3 * MIN });
    expect(remainingMs(t, 3 * MIN)).toBe(3 * MIN);
    expect(elapsedMs(t, 10 * MIN, 's2')).toBe(1 * MIN);
  });

  it('shows the full time on a stage entered while paused, and does not start it', () => {
    let t = run(createTimer(5, 's1'), { type: 'start', now: 0 }, { type: 'pause', now: MIN });
    t = run(t, { type: 'enterStage', stageId: 's2', now: 2 * MIN });
    expect(remainingMs(t, 9 * MIN)).toBe(5 * MIN);
    expect(t.status).toBe('paused');
  });

  it('goes into overtime instead of stopping anything', () => {
    const t = run(createTimer(1, 's1'), { type: 'start', now: 0 });
    expect(remainingMs(t, 90_000)).toBe(-30_000);
    expect(formatClock(remainingMs(t, 90_000))).toBe('−0:30');
    expect(t.status).toBe('running');
  });

  it('resets every stage and stops; changing minutes keeps the time spent', () => {
    let t = run(createTimer(5, 's1'), { type: 'start', now: 0 }, { type: 'setMinutes', minutes: 10 });
    expect(remainingMs(t, MIN)).toBe(9 * MIN);
    t = run(t, { type: 'reset' });
    expect(t.status).toBe('idle');
    expect(remainingMs(t, 5 * MIN)).toBe(10 * MIN);
  });

  it('toggle starts a stopped timer and pauses a running one', () => {
    let t = run(createTimer(5, 's1'), { type: 'toggle', now: 0 });
    expect(t.status).toBe('running');
    t = run(t, { type: 'toggle', now: 1000 });
    expect(t.status).toBe('paused');
    expect(remainingMs(t, 99_000)).toBe(5 * MIN - 1000);
  });

  it('clamps minutes to half-minute steps within range', () => {
    expect(clampMinutes(0)).toBe(0.5);
    expect(clampMinutes(7.3)).toBe(7.5);
    expect(clampMinutes(1e9)).toBe(600);
    expect(clampMinutes(Number.NaN)).toBe(5);
  });

  it('formats a countdown the way a wall clock reads', () => {
    expect(formatClock(5 * MIN)).toBe('5:00');
    expect(formatClock(61_000)).toBe('1:01');
    expect(formatClock(500)).toBe('0:01');
    expect(formatClock(0)).toBe('0:00');
    expect(formatClock(-500)).toBe('0:00');
    expect(formatClock(-75_000)).toBe('−1:15');
  });

  const stage = fc.constantFrom('s1', 's2', 's3', null);
  const step = fc.record({
    dt: fc.integer({ min: 0, max: 5 * MIN }),
    event: fc.oneof(
      fc.constantFrom('start', 'pause', 'resume', 'toggle', 'reset'),
      stage.map((id) => ({ enter: id })),
      fc.integer({ min: 1, max: 20 }).map((m) => ({ minutes: m })),
    ),
  });

  it('never counts more time than has passed, never runs backwards, and a paused clock stands still', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
        let t = createTimer(5, 's1');
        let now = 1_000_000;
        let before = { stage: t.stageId, elapsed: 0 };
        for (const { dt, event } of steps) {
          now += dt;
          // Time on the current stage only grows while nothing changes but the clock.
          const elapsedNow = elapsedMs(t, now);
          if (t.stageId === before.stage) expect(elapsedNow).toBeGreaterThanOrEqual(before.elapsed);
          if (t.status !== 'running') expect(elapsedNow).toBe(elapsedMs(t, now + 10 * MIN));
          let e: TimerEvent;
          if (typeof event === 'string') e = event === 'reset' ? { type: 'reset' } : { type: event, now };
          else if ('enter' in event) e = { type: 'enterStage', stageId: event.enter, now };
          else e = { type: 'setMinutes', minutes: event.minutes };
          t = timerReducer(t, e);
          if (t.status === 'idle') expect(Object.keys(t.clocks)).toEqual([]);
          const total = Object.keys(t.clocks).reduce((sum, id) => sum + elapsedMs(t, now, id), 0);
          expect(total).toBeLessThanOrEqual(now - 1_000_000);
          expect(remainingMs(t, now)).toBeLessThanOrEqual(t.minutes * MIN);
          before = { stage: t.stageId, elapsed: elapsedMs(t, now) };
        }
      }),
    );
  });

  it('turns amber for the last fifth of the stage (at least 30 s) and red when time is up', () => {
    const ten = run(createTimer(10, 's1'), { type: 'start', now: 0 });
    expect(timerPhase(ten, 0)).toBe('calm');
    expect(timerPhase(ten, 8 * MIN - 1)).toBe('calm');
    expect(timerPhase(ten, 8 * MIN)).toBe('warning');
    expect(timerPhase(ten, 10 * MIN - 1)).toBe('warning');
    expect(timerPhase(ten, 10 * MIN)).toBe('up');
    expect(timerPhase(ten, 25 * MIN)).toBe('up');
    const one = run(createTimer(1, 's1'), { type: 'start', now: 0 });
    expect(timerPhase(one, 29_999)).toBe('calm');
    expect(timerPhase(one, 30_000)).toBe('warning');
    // Not started: a half-minute stage is not urgent yet, and a paused clock keeps its colour.
    expect(timerPhase(createTimer(0.5, 's1'), 1_000_000)).toBe('calm');
    const paused = run(ten, { type: 'pause', now: 9 * MIN });
    expect(timerPhase(paused, 60 * MIN)).toBe('warning');
  });
});
