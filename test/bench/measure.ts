/**
 * Browser measurements shared by the canvas benchmark: what a person feels (time until the map is on
 * screen, frame times while panning and dragging, main-thread stalls) and what the machine pays (heap).
 * Every time is taken inside the page with performance.now(), so the automation's own round trips
 * only pace the gestures and never count.
 */
import type { CDPSession, Page } from 'playwright-core';

export interface FrameStats {
  /** Frame intervals recorded. */
  frames: number;
  p50: number;
  p95: number;
  max: number;
  /** Longest main-thread task seen (ms), from the Long Tasks API; 0 when none reached its 50 ms floor. */
  longestTask: number;
}

export interface Recording {
  /** requestAnimationFrame timestamps. */
  frames: number[];
  tasks: { start: number; duration: number }[];
  /** Named moments (performance.now()) marked by the page's own listeners, e.g. `pointerup`. */
  marks: Record<string, number>;
}

/** A visible React Flow node: React Flow hides a node (`visibility: hidden`) until it has measured it. */
export const VISIBLE_NODE = '.react-flow__node:not([style*="visibility: hidden"])';
export const EDGE = '.react-flow__edge';

type RecWindow = Window & {
  __rec?: { on: boolean; frames: number[]; tasks: { start: number; duration: number }[]; marks: Record<string, number>; obs: PerformanceObserver; off: () => void };
};

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.round((sorted.length - 1) * p))] ?? 0;

export function frameStats(frames: number[], tasks: { start: number; duration: number }[], from = -Infinity, to = Infinity): FrameStats {
  const deltas: number[] = [];
  for (let i = 1; i < frames.length; i++) {
    // A frame interval belongs to the window it ends in.
    if (frames[i]! > from && frames[i]! <= to) deltas.push(frames[i]! - frames[i - 1]!);
  }
  const sorted = deltas.sort((a, b) => a - b);
  const inWindow = tasks.filter((t) => t.start + t.duration > from && t.start <= to);
  return {
    frames: sorted.length,
    p50: pct(sorted, 0.5),
    p95: pct(sorted, 0.95),
    max: sorted.at(-1) ?? 0,
    longestTask: Math.max(0, ...inWindow.map((t) => t.duration)),
  };
}

/** Installs a requestAnimationFrame recorder, a long-task observer and pointer-up/down marks in the page. */
export async function startRecording(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as RecWindow;
    w.__rec?.off();
    const rec: NonNullable<RecWindow['__rec']> = {
      on: true,
      frames: [],
      tasks: [],
      marks: {},
      obs: new PerformanceObserver((list) => {
        for (const e of list.getEntries()) rec.tasks.push({ start: e.startTime, duration: e.duration });
      }),
      off: () => {
        rec.on = false;
        rec.obs.disconnect();
        window.removeEventListener('pointerdown', mark, true);
        window.removeEventListener('pointerup', mark, true);
      },
    };
    const mark = (e: Event) => {
      rec.marks[e.type] ??= performance.now();
    };
    window.addEventListener('pointerdown', mark, true);
    window.addEventListener('pointerup', mark, true);
    const loop = (t: number) => {
      if (!rec.on) return;
      rec.frames.push(t);
      requestAnimationFrame(loop);
    };
    requestAnimationFrame(loop);
    rec.obs.observe({ type: 'longtask' });
    w.__rec = rec;
  });
}

export async function stopRecording(page: Page): Promise<Recording> {
  return page.evaluate(async () => {
    const rec = (window as RecWindow).__rec!;
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    // Long-task entries are delivered asynchronously: give the observer a turn before disconnecting.
    await new Promise((r) => setTimeout(r, 50));
    rec.off();
    return { frames: rec.frames, tasks: rec.tasks, marks: rec.marks };
  });
}

export interface FirstRender {
  /** ms from the mark to the first frame after the final node and edge counts were in the DOM. */
  ms: number;
  nodes: number;
  edges: number;
}

/**
 * Time to first render. `choose` picks the file (the page must not have the map yet); the clock
 * starts in the page right before it. Each animation frame counts the visible nodes and the edges in
 * the DOM; once both counts have held for `settleMs`, the first render is the frame where they first
 * reached those final values, and it ends at the next frame's callback — the frame showing them was
 * produced by then. Identical for every page that draws with React Flow.
 */
export async function timeFirstRender(page: Page, choose: () => Promise<void>, settleMs = 1500, timeoutMs = 60_000): Promise<FirstRender> {
  await page.evaluate(
    ({ nodeSel, edgeSel }) => {
      const w = window as Window & { __fr?: { t0: number; samples: [number, number, number][]; on: boolean } };
      const fr = { t0: 0, samples: [] as [number, number, number][], on: true };
      w.__fr = fr;
      const loop = (t: number) => {
        if (!fr.on) return;
        fr.samples.push([t, document.querySelectorAll(nodeSel).length, document.querySelectorAll(edgeSel).length]);
        requestAnimationFrame(loop);
      };
      requestAnimationFrame(loop);
    },
    { nodeSel: VISIBLE_NODE, edgeSel: EDGE },
  );
  await page.evaluate(() => {
    (window as Window & { __fr?: { t0: number } }).__fr!.t0 = performance.now();
  });
  await choose();
  const result = await page.waitForFunction(
    (settle) => {
      const fr = (window as Window & { __fr?: { t0: number; samples: [number, number, number][]; on: boolean } }).__fr!;
      const s = fr.samples;
      const last = s.at(-1);
      if (!last || last[1] === 0) return null;
      let first = s.length - 1;
      while (first > 0 && s[first - 1]![1] === last[1] && s[first - 1]![2] === last[2]) first--;
      if (last[0] - s[first]![0] < settle || first + 1 >= s.length) return null;
      fr.on = false;
      return { ms: s[first + 1]![0] - fr.t0, nodes: last[1], edges: last[2] };
    },
    settleMs,
    { timeout: timeoutMs, polling: 100 },
  );
  return (await result.jsonValue())!;
}

/** JS heap in use after forced garbage collection, in MB (10⁶ bytes). */
export async function heapAfterGc(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.enable');
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  return usedSize / 1e6;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Runs `step(i)` for i = 0‥count-1, one every `intervalMs` (or later, when the page is slower than that). */
export async function paced(count: number, intervalMs: number, step: (i: number) => Promise<void>): Promise<void> {
  const start = performance.now();
  for (let i = 0; i < count; i++) {
    await step(i);
    const wait = start + (i + 1) * intervalMs - performance.now();
    if (wait > 0) await sleep(wait);
  }
}

/** Drags from a point along a straight line in `steps` moves spread over `durationMs`, the way a hand does. */
export async function drag(page: Page, from: { x: number; y: number }, dx: number, dy: number, steps = 120, durationMs = 2000): Promise<void> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await paced(steps, durationMs / steps, (i) => page.mouse.move(from.x + (dx * (i + 1)) / steps, from.y + (dy * (i + 1)) / steps));
  await page.mouse.up();
}

/** Wheel-pans (the canvas pans on scroll) out along (dx, dy) per event and back again, over `durationMs`. */
export async function wheelPan(page: Page, at: { x: number; y: number }, dx: number, dy: number, events = 120, durationMs = 2000): Promise<void> {
  await page.mouse.move(at.x, at.y);
  const half = Math.floor(events / 2);
  await paced(events, durationMs / events, (i) => (i < half ? page.mouse.wheel(dx, dy) : page.mouse.wheel(-dx, -dy)));
}

/**
 * The centre of a visible node that can be dragged `dx` to the right inside the flow's pane: the
 * element under its centre belongs to the node (not a sticky header on top of it). Leftmost first.
 */
export async function findDraggableNode(page: Page, dx: number): Promise<{ x: number; y: number; id: string } | null> {
  return page.evaluate(
    ({ dx, sel }) => {
      const pane = document.querySelector('.react-flow')?.getBoundingClientRect();
      if (!pane) return null;
      const candidates = [...document.querySelectorAll<HTMLElement>(sel)]
        .map((el) => ({ el, box: el.getBoundingClientRect() }))
        .map(({ el, box }) => ({ el, x: box.left + box.width / 2, y: box.top + Math.min(box.height / 2, 20) }))
        .filter(({ x, y }) => x > pane.left + 40 && x + dx < pane.right - 40 && y > pane.top + 120 && y < pane.bottom - 120)
        .filter(({ el, x, y }) => el.contains(document.elementFromPoint(x, y)))
        .sort((a, b) => a.x - b.x || a.y - b.y);
      const c = candidates[0];
      return c ? { x: c.x, y: c.y, id: c.el.dataset['id'] ?? '' } : null;
    },
    { dx, sel: VISIBLE_NODE },
  );
}

/** The viewport React Flow shows: translate and zoom of `.react-flow__viewport`. */
export async function readViewport(page: Page): Promise<{ x: number; y: number; zoom: number }> {
  return page.evaluate(() => {
    const m = new DOMMatrixReadOnly(getComputedStyle(document.querySelector('.react-flow__viewport')!).transform);
    return { x: m.e, y: m.f, zoom: m.a };
  });
}
