/**
 * Work that can wait for the browser to be idle (the findings check, the draft autosave), so it does not
 * land in the frames right after an edit such as a drop, yet never waits longer than `timeoutMs`.
 * requestIdleCallback where there is one; elsewhere (Safari, tests without it) a plain timer.
 */

export interface IdleDeadline {
  readonly didTimeout: boolean;
  timeRemaining(): number;
}

/** Runs `work` once the browser is idle, or after `timeoutMs` at the latest. Returns a cancel function. */
export function whenIdle(work: (deadline: IdleDeadline) => void, timeoutMs: number): () => void {
  const ric = (globalThis as { requestIdleCallback?: (cb: (d: IdleDeadline) => void, o?: { timeout: number }) => number }).requestIdleCallback;
  const cic = (globalThis as { cancelIdleCallback?: (id: number) => void }).cancelIdleCallback;
  if (ric && cic) {
    const id = ric(work, { timeout: timeoutMs });
    return () => cic(id);
  }
  const start = Date.now();
  const timer = setTimeout(() => work({ didTimeout: Date.now() - start >= timeoutMs, timeRemaining: () => 8 }), 1);
  return () => clearTimeout(timer);
}

/**
 * Runs the steps of `steps` in idle time, as many per idle period as fit, and hands the result to
 * `done`. Once `timeoutMs` has passed since the start, it no longer waits for idle time and finishes
 * the remaining steps one per task. Returns a cancel function.
 */
export function runInIdleSteps<T>(steps: Iterator<void, T, void>, done: (result: T) => void, timeoutMs: number): () => void {
  const deadline = Date.now() + timeoutMs;
  let cancel: (() => void) | null = null;
  let cancelled = false;
  const slice = (idle: IdleDeadline) => {
    if (cancelled) return;
    const late = idle.didTimeout || Date.now() >= deadline;
    do {
      const step = steps.next();
      if (step.done) {
        cancel = null;
        done(step.value);
        return;
      }
    } while (!late && idle.timeRemaining() > 1);
    cancel = whenIdle(slice, Math.max(1, deadline - Date.now()));
  };
  cancel = whenIdle(slice, timeoutMs);
  return () => {
    cancelled = true;
    cancel?.();
  };
}
