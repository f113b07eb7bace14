/**
 * Where a canvas drag and drop spend their time: not a benchmark (canvas.bench.ts is), a profiling aid.
 * Opens the browser build with the benchmark's map, drags one card 600 px over 2 s and drops it, with
 * the CDP sampling profiler on, and prints for the drag and for the drop the self and total time per
 * function and, for each busy stretch over 25 ms, the functions it was spent in.
 *
 *   npx electron-vite build
 *   npx vitest run --config test/bench/profile.config.ts
 *
 * Options (environment): PROF_SIZE (touchpoints, 2000), PROF_ROUNDS (drags, 1), PROF_FULL=1 (whole-window
 * tables), PROF_TOP (functions per stretch, 40), PROF_TRACE=1 (also a Chromium trace: main-thread tasks
 * over 12 ms with their parts, and the script stack of any forced style or layout), PROF_INVALIDATIONS=1 (with
 * PROF_TRACE_OUT: the trace also says which elements had their style or layout invalidated, and why), PROF_MUTATIONS=1 (count the DOM mutations
 * after the drop by where they land), PROF_TRACE_OUT (write
 * each round's trace to <this>.<round>.json, for chrome://tracing or a script), PROF_ROOT (the build to
 * serve; function names are readable in an unminified build, e.g. one made with `minify: false` in a copy
 * of electron.vite.config.ts whose renderer outDir points elsewhere).
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { expect, it } from 'vitest';
import { startStaticServer } from '../../electron/main/static-server';
import { serializeMap } from '../../src/model';
import { CHROMIUM_ARGS, CHROMIUM_PATH, RENDERER_ROOT, browserUnavailable } from '../e2e/browser';
import { benchMap } from './fixtures';
import { findDraggableNode, paced, startRecording, stopRecording, frameStats } from './measure';

const ROOT = process.env.PROF_ROOT ?? RENDERER_ROOT;
const SIZE = Number(process.env.PROF_SIZE ?? 2000);

interface Node { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }; children?: number[]; hitCount?: number }
interface Profile { nodes: Node[]; samples: number[]; timeDeltas: number[]; startTime: number; endTime: number }

function summarize(label: string, p: Profile): void {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  const name = (n: Node) => `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber + 1}`;
  for (let i = 0; i < p.samples.length; i++) {
    const dt = (p.timeDeltas[i + 1] ?? 0) / 1000;
    let n = byId.get(p.samples[i]!)!;
    const k = name(n);
    self.set(k, (self.get(k) ?? 0) + dt);
    const seen = new Set<string>();
    for (let id: number | undefined = n.id; id !== undefined; id = parent.get(id)) {
      n = byId.get(id)!;
      const kk = name(n);
      if (seen.has(kk)) continue;
      seen.add(kk);
      total.set(kk, (total.get(kk) ?? 0) + dt);
    }
  }
  const top = (m: Map<string, number>, k: number) => [...m].sort((a, b) => b[1] - a[1]).slice(0, k).map(([n, t]) => `  ${t.toFixed(1).padStart(7)} ms  ${n}`).join('\n');
  if (process.env.PROF_FULL) process.stdout.write(`\n== ${label}: ${((p.endTime - p.startTime) / 1000).toFixed(0)} ms\n-- self\n${top(self, 30)}\n-- total\n${top(total, 45)}\n`);
  // Busy stretches: consecutive non-idle samples
  const stretches: { start: number; ms: number; top: Map<string, number> }[] = [];
  let t = p.startTime;
  let cur: { start: number; ms: number; top: Map<string, number> } | null = null;
  for (let i = 0; i < p.samples.length; i++) {
    t += p.timeDeltas[i]!;
    const n = byId.get(p.samples[i]!)!;
    const idle = ['(idle)', '(program)', '(garbage collector)'].includes(n.callFrame.functionName);
    const dt = (p.timeDeltas[i + 1] ?? 0) / 1000;
    if (n.callFrame.functionName === '(idle)') { if (cur) { stretches.push(cur); cur = null; } continue; }
    cur ??= { start: (t - p.startTime) / 1000, ms: 0, top: new Map() };
    cur.ms += dt;
    if (!idle) {
      const seen = new Set<string>();
      for (let id: number | undefined = n.id; id !== undefined; id = parent.get(id)) {
        const k = name(byId.get(id)!);
        if (seen.has(k)) continue;
        seen.add(k);
        cur.top.set(k, (cur.top.get(k) ?? 0) + dt);
      }
    }
  }
  if (cur) stretches.push(cur);
  const long = stretches.filter((s) => s.ms > 25).sort((a, b) => b.ms - a.ms).slice(0, 4);
  for (const s of long) process.stdout.write(`  busy @${s.start.toFixed(0)} ms for ${s.ms.toFixed(1)} ms: ${[...s.top].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.PROF_TOP ?? 40)).map(([k, v]) => `\n      ${v.toFixed(1).padStart(6)} ${k}`).join('')}\n`);
}

interface TraceEvent { name: string; ph: string; ts: number; dur?: number; pid: number; tid: number; args?: { name?: string; data?: Record<string, unknown> } }
function traceSummary(trace: { traceEvents: TraceEvent[] }): void {
  const ev = trace.traceEvents;
  const main = ev.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && ev.some((x) => x.pid === e.pid && x.name === 'FunctionCall'));
  if (!main) return;
  const mine = ev.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur !== undefined).sort((a, b) => a.ts - b.ts);
  const t0 = mine[0]?.ts ?? 0;
  const tasks = mine.filter((e) => e.name === 'RunTask' && e.dur! > 12000);
  for (const task of tasks) {
    const kids = new Map<string, number>();
    for (const e of mine) {
      if (e === task || e.ts < task.ts || e.ts + e.dur! > task.ts + task.dur!) continue;
      if (['FunctionCall', 'EventDispatch', 'Layout', 'Paint', 'UpdateLayoutTree', 'PrePaint', 'Layerize', 'RasterTask', 'TimerFire', 'FireAnimationFrame', 'MajorGC', 'MinorGC', 'V8.GC_SCAVENGER', 'ParseHTML', 'HitTest', 'Commit', 'UpdateLayer', 'v8.run', 'RunMicrotasks', 'PaintImage', 'ScrollLayer', 'IntersectionObserverController::computeIntersections', 'ResizeObserverController::DeliverObservations', 'BeginMainThreadFrame'].includes(e.name)) kids.set(e.name, (kids.get(e.name) ?? 0) + e.dur! / 1000);
    }
    for (const e of mine) {
      if ((e.name !== 'Layout' && e.name !== 'UpdateLayoutTree') || e.ts < task.ts || e.ts + e.dur! > task.ts + task.dur! || e.dur! < 2000) continue;
      const data = (e.args as { beginData?: { stackTrace?: { functionName: string; url: string; lineNumber: number }[] } } | undefined)?.beginData;
      const stack = data?.stackTrace?.slice(0, 6).map((f) => `${f.functionName}@${f.url.split('/').pop()}:${f.lineNumber}`).join(' < ');
      if (stack) process.stdout.write(`    forced ${e.name} ${(e.dur! / 1000).toFixed(1)} ms: ${stack}\n`);
    }
    process.stdout.write(`  task @${((task.ts - t0) / 1000).toFixed(0)} ${(task.dur! / 1000).toFixed(1)} ms: ${[...kids].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v.toFixed(1)}`).join(', ')}\n`);
  }
}

it.runIf(browserUnavailable() === null)('profile a drag and its drop', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'c5prof-'));
  const file = join(dir, 'm.tpmap.json');
  await writeFile(file, serializeMap(benchMap(SIZE)));
  const server = await startStaticServer({ root: ROOT });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext({ viewport: { width: 1600, height: 1000 }, locale: 'en-US' });
    const page = await context.newPage();
    page.on('pageerror', (e) => process.stdout.write(`pageerror ${e.message}\n`));
    await page.goto(`${server.url}?lang=en&new=empty`);
    await page.getByTestId('open').waitFor();
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByTestId('open').click()]);
    await chooser.setFiles(file);
    await page.waitForFunction((n) => document.querySelectorAll('.react-flow__node').length > n, 10);
    await page.waitForTimeout(3000);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    for (let round = 0; round < Number(process.env.PROF_ROUNDS ?? 1); round++) {
      const start = await findDraggableNode(page, 600);
      if (!start) throw new Error('no card');
      await startRecording(page);
      const tracing = !!process.env.PROF_TRACE;
      if (tracing) await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'disabled-by-default-devtools.timeline.stack', 'blink', 'v8.execute', ...(process.env.PROF_INVALIDATIONS ? ['disabled-by-default-devtools.timeline.invalidationTracking'] : [])] });
      await cdp.send('Profiler.start');
      await page.mouse.move(start.x, start.y);
      await page.mouse.down();
      await paced(120, 2000 / 120, (i) => page.mouse.move(start.x + (600 * (i + 1)) / 120, start.y));
      const dragP = (await cdp.send('Profiler.stop')).profile as Profile;
      await cdp.send('Profiler.start');
      if (process.env.PROF_MUTATIONS) await page.evaluate(() => {
        const counts = new Map<string, number>();
        const name = (n: MutationRecord['target']) => {
          const el = n instanceof Element ? n : n.parentElement;
          if (!el) return n.nodeName;
          const within = el.closest('[data-testid], .react-flow__node, .react-flow__edge, aside, header');
          const where = within ? `${within.tagName.toLowerCase()}${within.getAttribute('data-testid') ? `[${within.getAttribute('data-testid')}]` : `.${[...within.classList].slice(0, 2).join('.')}`}` : '?';
          return `${where} ${el.tagName.toLowerCase()}.${[...el.classList].slice(0, 2).join('.')}`;
        };
        const observer = new MutationObserver((records) => {
          for (const r of records) {
            const key = `${r.type}${r.attributeName ? `:${r.attributeName}` : ''} ${name(r.target)}`;
            counts.set(key, (counts.get(key) ?? 0) + Math.max(1, r.addedNodes.length + r.removedNodes.length));
          }
        });
        observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
        (window as unknown as { __mut: () => [string, number][] }).__mut = () => {
          observer.disconnect();
          return [...counts].sort((a, b) => b[1] - a[1]);
        };
      });
      await page.mouse.up();
      await page.waitForTimeout(3500);
      const dropP = (await cdp.send('Profiler.stop')).profile as Profile;
      if (process.env.PROF_MUTATIONS) {
        const mutations = await page.evaluate(() => (window as unknown as { __mut: () => [string, number][] }).__mut());
        process.stdout.write(`\nDOM mutations after the drop (${mutations.reduce((a, [, n]) => a + n, 0)}):\n${mutations.slice(0, 40).map(([k, n]) => `  ${String(n).padStart(5)} ${k}`).join('\n')}\n`);
      }
      if (tracing) {
        const trace = (await browser.stopTracing()).toString();
        if (process.env.PROF_TRACE_OUT) await writeFile(`${process.env.PROF_TRACE_OUT}.${round}.json`, trace);
        traceSummary(JSON.parse(trace));
      }
      const rec = await stopRecording(page);
      // The profile is only worth reading if the page saw the gesture.
      expect(rec.marks['pointerdown'], 'pointer down seen').toBeDefined();
      expect(rec.marks['pointerup'], 'pointer up seen').toBeDefined();
      const up = rec.marks['pointerup']!;
      const d = frameStats(rec.frames, rec.tasks, rec.marks['pointerdown'], up);
      const dr = frameStats(rec.frames, rec.tasks, up, up + 1500);
      const drl = frameStats(rec.frames, rec.tasks, up);
      process.stdout.write(`\nround ${round} drag ${JSON.stringify(d)}\n drop(1.5s) ${JSON.stringify(dr)}\n drop(all) ${JSON.stringify(drl)} tasks ${JSON.stringify(rec.tasks.map((t) => [Math.round(t.start - up), Math.round(t.duration)]))}\n`);
      summarize('drag', dragP);
      summarize('drop', dropP);
      await page.waitForTimeout(1000);
    }
  } finally {
    await browser.close();
    await server.close();
    await rm(dir, { recursive: true, force: true });
  }
});
