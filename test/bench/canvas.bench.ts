/**
 * `npm run bench` (canvas part): Touchpoint Studio's canvas against a bare React Flow page showing the
 * same map, side by side in one run, in Debian's Chromium at 1600×1000. Goals (issue #11): time to first
 * render and pan frame p95 within 1.2× of bare React Flow, no drag or drop frame of 50 ms or more; the
 * other figures within 1.5× (issue 4); and 10 000 touchpoints open and pan without a frame over 100 ms.
 *
 * - Map: generateMap (a 5-lane service blueprint) topped up with links to as many links as touchpoints
 *   (2 000 + 2 000, and 10 000 + 10 000), checked valid by the app's own parser.
 * - Baseline: test/bench/bare-flow, built here with Vite into a temp folder. Default nodes and edges,
 *   uncontrolled, the same positions, sizes, canvas size, opening viewport and the app's rendering
 *   settings (onlyRenderVisibleElements above 300 nodes — on for 2 000, so both pages put only the
 *   cards in view in the DOM; pan on scroll; zoom limits; drag threshold).
 * - Each page is opened fresh (new browser context), the file is picked through the page's own file
 *   chooser, then: time to first render (see timeFirstRender), JS heap after GC, a 2 s wheel pan out
 *   and back, a 2 s drag of one card across 600 px and its drop. Three runs per page, alternating
 *   which page goes first; the table shows medians, a second table each run's longest frames and tasks.
 */
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type FileChooser, type Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { startStaticServer, type StaticServer } from '../../electron/main/static-server';
import { parseMap, serializeMap } from '../../src/model';
import { browserUnavailable, CHROMIUM_ARGS, CHROMIUM_PATH, RENDERER_ROOT } from '../e2e/browser';
import { benchMap, buildProduction } from './fixtures';
import {
  findDraggableNode,
  frameStats,
  heapAfterGc,
  readViewport,
  startRecording,
  stopRecording,
  timeFirstRender,
  wheelPan,
  drag,
  type FrameStats,
} from './measure';

const BARE_ROOT = fileURLToPath(new URL('./bare-flow', import.meta.url));
const RESULTS = fileURLToPath(new URL('./results/canvas.md', import.meta.url));
const SHOTS = fileURLToPath(new URL('../../test-results/bench', import.meta.url));
const VIEWPORT = { width: 1600, height: 1000 };
const RUNS = Number(process.env['BENCH_RUNS'] ?? 3);
const DRAG_PX = 600;

type Side = 'bare' | 'app';

interface Run {
  firstRender: number;
  nodes: number;
  edges: number;
  heapMb: number;
  pan: FrameStats;
  drag: FrameStats;
  drop: FrameStats;
}

interface Geometry {
  width: number;
  height: number;
  x: number;
  y: number;
  zoom: number;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};

async function pickFile(page: Page, side: Side): Promise<FileChooser> {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), side === 'app' ? page.getByTestId('open').click() : page.locator('#bench-file').click()]);
  return chooser;
}

async function measureOnce(browser: Browser, side: Side, url: string, file: string, errors: string[]): Promise<{ run: Run; geometry: Geometry }> {
  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'en-US' });
  try {
    const page = await context.newPage();
    page.on('pageerror', (e) => errors.push(`${side}: ${e.message}`));
    await page.goto(url);
    await page.locator(side === 'app' ? '[data-testid="open"]' : '#bench-file').waitFor({ state: 'attached' });
    await page.waitForTimeout(300);

    const chooser = await pickFile(page, side);
    const first = await timeFirstRender(page, () => chooser.setFiles(file));
    const pane = await page.locator('.react-flow').boundingBox();
    if (!pane) throw new Error(`${side}: no React Flow pane`);
    const geometry = { width: Math.round(pane.width), height: Math.round(pane.height), ...(await readViewport(page)) };
    if (process.env['BENCH_SHOTS']) {
      await mkdir(SHOTS, { recursive: true });
      await page.screenshot({ path: join(SHOTS, `${side}-${first.nodes}.png`) });
      process.stdout.write(`${side} geometry ${JSON.stringify(geometry)} pane ${JSON.stringify(pane)}\n`);
    }

    const cdp = await context.newCDPSession(page);
    await page.waitForTimeout(500);
    const heapMb = await heapAfterGc(cdp);

    // Pan: wheel over the middle of the pane, out down-right and back, 2 s.
    await startRecording(page);
    await wheelPan(page, { x: pane.x + pane.width / 2, y: pane.y + pane.height / 2 }, 30, 20);
    const panRec = await stopRecording(page);
    const pan = frameStats(panRec.frames, panRec.tasks);
    await page.waitForTimeout(500);

    // Drag one card 600 px to the right over 2 s, drop it, and watch 1.5 s after the drop.
    const start = await findDraggableNode(page, DRAG_PX);
    if (!start) throw new Error(`${side}: no card to drag`);
    await startRecording(page);
    await drag(page, start, DRAG_PX, 0);
    await page.waitForTimeout(1500);
    const dragRec = await stopRecording(page);
    const down = dragRec.marks['pointerdown'];
    const up = dragRec.marks['pointerup'];
    if (down === undefined || up === undefined) throw new Error(`${side}: the drag was not seen by the page`);
    const dragStats = frameStats(dragRec.frames, dragRec.tasks, down, up);
    const drop = frameStats(dragRec.frames, dragRec.tasks, up);
    await cdp.detach();
    return { run: { firstRender: first.ms, nodes: first.nodes, edges: first.edges, heapMb, pan, drag: dragStats, drop }, geometry };
  } finally {
    await context.close();
  }
}

interface Metric {
  name: string;
  unit: string;
  get: (r: Run) => number;
  goal: string;
  /** The most the app may take as a multiple of the baseline. */
  ratio?: number;
  /** Absolute limit for the app (ms), besides the ratio. */
  limit?: number;
  digits?: number;
}

const METRICS: Metric[] = [
  { name: 'time to first render', unit: 'ms', get: (r) => r.firstRender, goal: '≤ 1.2×', ratio: 1.2 },
  { name: 'pan: frame p50', unit: 'ms', get: (r) => r.pan.p50, goal: '≤ 1.5×', ratio: 1.5, digits: 1 },
  { name: 'pan: frame p95', unit: 'ms', get: (r) => r.pan.p95, goal: '≤ 1.2×', ratio: 1.2, digits: 1 },
  { name: 'pan: longest frame', unit: 'ms', get: (r) => r.pan.max, goal: '≤ 1.5×', ratio: 1.5 },
  { name: 'pan: longest task', unit: 'ms', get: (r) => r.pan.longestTask, goal: '≤ 1.5×', ratio: 1.5 },
  { name: 'drag: frame p50', unit: 'ms', get: (r) => r.drag.p50, goal: '≤ 1.5×', ratio: 1.5, digits: 1 },
  { name: 'drag: frame p95', unit: 'ms', get: (r) => r.drag.p95, goal: '≤ 1.5×', ratio: 1.5, digits: 1 },
  { name: 'drag: longest frame', unit: 'ms', get: (r) => r.drag.max, goal: '< 50 ms', limit: 50 },
  { name: 'drag: longest task', unit: 'ms', get: (r) => r.drag.longestTask, goal: '< 50 ms', limit: 50 },
  { name: 'drop: longest frame', unit: 'ms', get: (r) => r.drop.max, goal: '< 50 ms', limit: 50 },
  { name: 'drop: longest task', unit: 'ms', get: (r) => r.drop.longestTask, goal: '< 50 ms', limit: 50 },
  { name: 'JS heap after GC', unit: 'MB', get: (r) => r.heapMb, goal: '≤ 1.5×', ratio: 1.5, digits: 1 },
];

/** At 10 000 touchpoints the goal is absolute: the app opens and pans without a frame over 100 ms. */
const LARGE = 10_000;
const LARGE_LIMIT = 100;

function table(bare: Run[], app: Run[], size: number): string[] {
  const lines = ['| metric | bare React Flow | Touchpoint Studio | ratio | goal | met |', '|---|---:|---:|---:|---|:-:|'];
  lines.push(`| nodes / edges in the DOM | ${median(bare.map((r) => r.nodes))} / ${median(bare.map((r) => r.edges))} | ${median(app.map((r) => r.nodes))} / ${median(app.map((r) => r.edges))} | | same | |`);
  const metrics: Metric[] =
    size >= LARGE
      ? [
          { name: 'time to first render', unit: 'ms', get: (r) => r.firstRender, goal: 'shown' },
          { name: 'pan: frame p95', unit: 'ms', get: (r) => r.pan.p95, goal: `< ${LARGE_LIMIT} ms`, limit: LARGE_LIMIT, digits: 1 },
          { name: 'pan: longest frame', unit: 'ms', get: (r) => r.pan.max, goal: `< ${LARGE_LIMIT} ms`, limit: LARGE_LIMIT },
          { name: 'pan: longest task', unit: 'ms', get: (r) => r.pan.longestTask, goal: `< ${LARGE_LIMIT} ms`, limit: LARGE_LIMIT },
          { name: 'drop: longest frame', unit: 'ms', get: (r) => r.drop.max, goal: `< ${LARGE_LIMIT} ms`, limit: LARGE_LIMIT },
          { name: 'JS heap after GC', unit: 'MB', get: (r) => r.heapMb, goal: '—', digits: 1 },
        ]
      : METRICS;
  for (const m of metrics) {
    const b = median(bare.map(m.get));
    const a = median(app.map(m.get));
    const fmt = (v: number) => (v === 0 && m.name.endsWith('task') ? '< 50' : v.toFixed(m.digits ?? 0));
    const limitOk = m.limit === undefined || a < m.limit;
    let ratio = '—';
    let met = limitOk ? '✓' : '✗';
    if (b > 0) {
      ratio = `${(a / b).toFixed(2)}×`;
      if (m.ratio !== undefined && a / b > m.ratio) met = '✗';
    } else if (a > 0) {
      // The baseline had no task of 50 ms or more: the ratio is at least a / 50.
      ratio = `≥ ${(a / 50).toFixed(2)}×`;
      if (m.ratio !== undefined && limitOk) met = a / 50 > m.ratio ? '✗' : '?';
    }
    if (m.ratio === undefined && m.limit === undefined) met = '';
    lines.push(`| ${m.name} | ${fmt(b)} ${m.unit} | ${fmt(a)} ${m.unit} | ${ratio} | ${m.goal} | ${met} |`);
  }
  return lines;
}

/**
 * Each run's longest frames and tasks, not only the medians: "no drag or drop frame over 50 ms" is meant
 * for every run, and a median of three hides one bad run in three.
 */
function everyRun(bare: Run[], app: Run[]): string[] {
  const task = (v: number) => (v === 0 ? '< 50' : v.toFixed(0));
  const row = (side: string, r: Run, i: number) =>
    `| ${side} ${i + 1} | ${r.pan.max.toFixed(0)} ms | ${task(r.pan.longestTask)} ms | ${r.drag.max.toFixed(0)} ms | ${task(r.drag.longestTask)} ms | ${r.drop.max.toFixed(0)} ms | ${task(r.drop.longestTask)} ms |`;
  return [
    'Every run (longest frame and longest task of each gesture):',
    '',
    '| run | pan frame | pan task | drag frame | drag task | drop frame | drop task |',
    '|---|---:|---:|---:|---:|---:|---:|',
    ...app.map((r, i) => row('Touchpoint Studio', r, i)),
    ...bare.map((r, i) => row('bare React Flow', r, i)),
  ];
}

it.runIf(browserUnavailable() === null)(
  'canvas benchmark: Touchpoint Studio against bare React Flow',
  async () => {
    const dir = await mkdtemp(join(tmpdir(), 'touchpoint-bench-'));
    const servers: StaticServer[] = [];
    let browser: Browser | null = null;
    try {
      const bareOut = join(dir, 'bare-flow');
      await buildProduction(BARE_ROOT, bareOut);
      const appServer = await startStaticServer({ root: RENDERER_ROOT });
      const bareServer = await startStaticServer({ root: bareOut });
      servers.push(appServer, bareServer);
      browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
      const errors: string[] = [];
      const loadBefore = loadavg()[0]!;
      const sections: string[] = [];
      const results = new Map<number, { bare: Run[]; app: Run[] }>();

      for (const size of (process.env['BENCH_SIZES'] ?? '2000,10000').split(',').map(Number)) {
        const map = benchMap(size);
        const text = serializeMap(map);
        expect(parseMap(text).ok).toBe(true);
        expect(map.touchpoints).toHaveLength(size);
        expect(map.links).toHaveLength(size);
        const file = join(dir, `bench-${size}.tpmap.json`);
        await writeFile(file, text);

        const runs = { bare: [] as Run[], app: [] as Run[] };
        let geometry: Geometry | null = null;
        const appUrl = `${appServer.url}?lang=en&new=empty`;
        for (let i = 0; i < RUNS; i++) {
          // The app runs first in runs 1 and 3 (and tells the baseline its canvas size and viewport).
          const order: Side[] = i % 2 === 0 || geometry === null ? ['app', 'bare'] : ['bare', 'app'];
          for (const side of order) {
            const url = side === 'app' ? appUrl : `${bareServer.url}?${new URLSearchParams({ w: String(geometry!.width), h: String(geometry!.height), x: String(geometry!.x), y: String(geometry!.y), zoom: String(geometry!.zoom) })}`;
            const result = await measureOnce(browser, side, url, file, errors);
            if (side === 'app') geometry ??= result.geometry;
            runs[side].push(result.run);
            process.stdout.write(`${size} ${side} run ${i + 1}: ${JSON.stringify(result.run)}\n`);
          }
        }
        results.set(size, runs);
        sections.push(`### ${size} touchpoints, ${size} links`, '', ...table(runs.bare, runs.app, size), '', ...everyRun(runs.bare, runs.app), '');
      }

      const version = browser.version();
      const report = [
        '# Canvas benchmark: Touchpoint Studio against bare React Flow',
        '',
        `Made by \`npm run bench\` (test/bench/canvas.bench.ts) on ${new Date().toISOString().slice(0, 10)}: Chromium ${version}, headless,`,
        `${VIEWPORT.width}×${VIEWPORT.height}, software rendering (--disable-gpu), ${cpus().length} CPU cores (${cpus()[0]?.model.trim() ?? 'unknown'}).`,
        `Median of ${RUNS} runs per page, each in a fresh browser context; the two pages alternate. Load average (1 min)`,
        `${loadBefore.toFixed(1)} at the start and ${loadavg()[0]!.toFixed(1)} at the end: other work on the machine slows both pages alike, so compare ratios.`,
        '',
        ...sections,
        'How it is measured:',
        '',
        '- **Same map, same view.** A generated 5-lane service blueprint with as many links as touchpoints. The baseline',
        '  (test/bench/bare-flow) draws it with React Flow\'s default nodes and edges at the app\'s card positions and sizes,',
        '  in a pane of the app\'s canvas size with the app\'s opening viewport, and with the app\'s `onlyRenderVisibleElements`',
        '  rule (on above 300 nodes, so at 2 000 both pages keep only the cards in view in the DOM), pan on scroll, zoom limits',
        '  and drag threshold. The first row shows both put the same cards and edges in the DOM. The baseline is uncontrolled',
        '  (`defaultNodes`: React Flow keeps the nodes); the app is controlled (nodes built from its document store).',
        '- **Time to first render:** from the moment the file is handed to the page\'s file chooser to the first animation',
        '  frame after the visible node count (`.react-flow__node` not `visibility: hidden`) and the edge count reached the',
        '  values they then keep for 1.5 s. It includes reading and parsing the file (the app also validates it).',
        '- **Frames:** intervals between `requestAnimationFrame` callbacks; **longest task** from the Long Tasks API',
        '  (it only reports tasks of 50 ms or more, hence "< 50").',
        '- **Pan:** 120 wheel events over 2 s at the middle of the pane, half out down-right and half back.',
        `- **Drag:** the leftmost fully visible card is dragged ${DRAG_PX} px to the right in 120 mouse moves over 2 s,`,
        '  from pointer down to pointer up. **Drop:** the 1.5 s after pointer up (in the app the card moves to its new cell,',
        '  one undo step, and the grid is laid out again; in the baseline nothing happens).',
        '- **Heap:** `Runtime.getHeapUsage` after the map is shown and garbage has been collected (CDP).',
        '- The run checks that both pages drew the same thing and that every gesture was recorded; it does not fail on a',
        '  missed goal (the `met` column says so). Figures move with the machine\'s load; ratios move less.',
        '',
      ];
      await mkdir(join(RESULTS, '..'), { recursive: true });
      await writeFile(RESULTS, report.join('\n'));
      process.stdout.write(`\n${report.join('\n')}\n`);

      expect(errors).toEqual([]);
      for (const [size, runs] of results) {
        for (const side of ['bare', 'app'] as const) {
          for (const r of runs[side]) {
            expect(r.firstRender, `${size} ${side}`).toBeGreaterThan(0);
            expect(r.pan.frames, `${size} ${side} pan frames`).toBeGreaterThan(30);
            expect(r.drag.frames, `${size} ${side} drag frames`).toBeGreaterThan(30);
          }
        }
        // Both pages show the same thing: the same cards and links in the DOM.
        expect(median(runs.app.map((r) => r.nodes)), `${size} nodes`).toBe(median(runs.bare.map((r) => r.nodes)));
        if (size <= 300) expect(median(runs.app.map((r) => r.nodes))).toBe(size);
      }
    } finally {
      await browser?.close().catch(() => undefined);
      for (const s of servers) await s.close();
      await rm(dir, { recursive: true, force: true });
    }
  },
  1_800_000,
);
