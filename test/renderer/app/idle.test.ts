import { afterEach, describe, expect, it, vi } from 'vitest';
import { runInIdleSteps, type IdleDeadline } from '../../../renderer/src/app/idle';

/** A fake requestIdleCallback: idle periods are handed out by the test, each with `budget` steps of time. */
function fakeIdle() {
  const queue = new Map<number, (d: IdleDeadline) => void>();
  let next = 1;
  vi.stubGlobal('requestIdleCallback', (cb: (d: IdleDeadline) => void) => {
    queue.set(next, cb);
    return next++;
  });
  vi.stubGlobal('cancelIdleCallback', (id: number) => queue.delete(id));
  return {
    pending: () => queue.size,
    /** Runs the waiting callback in an idle period that lasts while `budget` timeRemaining() calls answer > 1. */
    idle(budget: number, didTimeout = false) {
      const [id, cb] = queue.entries().next().value!;
      queue.delete(id);
      let left = budget;
      cb({ didTimeout, timeRemaining: () => (left-- > 0 ? 10 : 0) });
    },
  };
}

function* counting(log: number[], n: number): Generator<void, string, void> {
  for (let i = 0; i < n; i++) {
    log.push(i);
    yield;
  }
  return 'done';
}

afterEach(() => vi.unstubAllGlobals());

describe('runInIdleSteps', () => {
  it('spreads the steps over idle periods, as many as each has time for, then hands over the result', () => {
    const idle = fakeIdle();
    const log: number[] = [];
    const done = vi.fn();
    runInIdleSteps(counting(log, 5), done, 1000);
    expect(log).toEqual([]); // nothing runs before the browser is idle
    idle.idle(1); // time for two steps: one, then one more while time remains
    expect(log).toEqual([0, 1]);
    expect(done).not.toHaveBeenCalled();
    idle.idle(0);
    expect(log).toEqual([0, 1, 2]);
    idle.idle(10);
    expect(log).toEqual([0, 1, 2, 3, 4]);
    expect(done).toHaveBeenCalledWith('done');
    expect(idle.pending()).toBe(0);
  });

  it('once the timeout has passed, goes on one step per task without waiting for idle time', () => {
    const idle = fakeIdle();
    const log: number[] = [];
    const done = vi.fn();
    runInIdleSteps(counting(log, 3), done, 1000);
    idle.idle(10, true);
    expect(log).toEqual([0]);
    idle.idle(10, true);
    idle.idle(10, true);
    idle.idle(10, true);
    expect(done).toHaveBeenCalledWith('done');
  });

  it('stops when cancelled (a newer map replaces the one being checked)', () => {
    const idle = fakeIdle();
    const log: number[] = [];
    const done = vi.fn();
    const cancel = runInIdleSteps(counting(log, 5), done, 1000);
    idle.idle(0);
    cancel();
    expect(idle.pending()).toBe(0);
    expect(log).toEqual([0]);
    expect(done).not.toHaveBeenCalled();
  });
});
