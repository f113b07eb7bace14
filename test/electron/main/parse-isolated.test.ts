/**
 * Reading chosen files in a capped child (electron/main/parse-isolated.ts), with worker_threads
 * standing in for Electron's utilityProcess: the real child module, bundled as the app builds it,
 * reads real hostile files; overruns are killed with a clear message and the main thread never stalls.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'rolldown';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDraftStore } from '../../../electron/main/files/drafts';
import { createChangeWatcher } from '../../../electron/main/files/external-watch';
import { createFileService } from '../../../electron/main/files/file-service';
import { readMapForOpen } from '../../../electron/main/files/read-map';
import { createRecentStore } from '../../../electron/main/files/recent';
import { createIsolatedReader, READ_CAPS, workerThreadRunner, type IsolatedRunner } from '../../../electron/main/parse-isolated';
import { serializeMap } from '../../../src/model';
import { xmpPacket } from '../../../src/report/embed';
import { generateMap } from '../../fixtures/generate';
import { aftersalesMap, minimalMap } from '../../fixtures/maps';

let work: string;
let child: string;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'tp-parse-isolated-'));
  child = join(work, 'parse-child.mjs');
  await build({ input: join(__dirname, '../../../electron/main/parse-child.ts'), platform: 'node', logLevel: 'silent', output: { file: child, format: 'esm' } });
}, 60_000);

afterAll(() => rm(work, { recursive: true, force: true }));

/** The worker runner, counting the children it started and those it was told to kill. */
/** The real worker-thread runner, counting starts and kills; `holdMs` delays each answer (a child too slow for its cap). */
function countingRunner(holdMs = 0): IsolatedRunner & { started: number; killed: number } {
  const inner = workerThreadRunner(child);
  const counts = { started: 0, killed: 0 };
  return Object.assign(counts, {
    start(request: Parameters<IsolatedRunner['start']>[0], memoryMb: number) {
      counts.started++;
      const run = inner.start(request, memoryMb);
      const reply = holdMs > 0 ? run.reply.then((answer) => new Promise<unknown>((resolve) => setTimeout(() => resolve(answer), holdMs))) : run.reply;
      return { reply, kill: () => (counts.killed++, run.kill()) };
    },
  });
}

async function file(name: string, content: string | Uint8Array): Promise<string> {
  const path = join(work, name);
  await writeFile(path, content);
  return path;
}

/** A map with one pain point holding 124 000 invalid remedies: 313 kB that once overflowed the stack. */
function remedyCrasher(): string {
  const map = minimalMap();
  const remedies = Array.from({ length: 124_000 }, () => ({ tier: 'x' }));
  map.touchpoints = [{ id: 't1', stage: 's1', lane: 'l1', title: 'Hotline', painPoints: [{ id: 'p1', title: 'Hotline', severity: 'high', remedies }] }] as never;
  return JSON.stringify(map);
}

/** About 11 MB: a valid map whose free-form view holds millions of values (the 18 s, 1.9 GB file). */
function elevenMegabytes(): string {
  return JSON.stringify({ ...minimalMap(), view: { cells: Array.from({ length: 5_500_000 }, () => 0) } });
}

function pdfWith(mapText: string): Buffer {
  const doc = JSON.parse(mapText) as Parameters<typeof xmpPacket>[0];
  const packet = xmpPacket(doc, { title: 'Report', subject: 'test', language: 'en', creator: 'test' });
  return Buffer.concat([Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1'), Buffer.from(packet, 'utf8'), Buffer.from('\n%%EOF\n')]);
}

/** Runs `fn` while a 10 ms timer ticks on this thread; returns the longest gap between ticks. */
async function longestStall<T>(fn: () => Promise<T>): Promise<{ value: T; stallMs: number }> {
  let last = performance.now();
  let stallMs = 0;
  const ticker = setInterval(() => {
    const now = performance.now();
    stallMs = Math.max(stallMs, now - last);
    last = now;
  }, 10);
  try {
    return { value: await fn(), stallMs };
  } finally {
    clearInterval(ticker);
  }
}

describe('reading a chosen file in a capped child', () => {
  it('gives the same answer as reading in-process for a valid map, and the child is gone afterwards', async () => {
    const path = await file('aftersales.tpmap.json', serializeMap(aftersalesMap()));
    const runner = countingRunner();
    const isolated = await createIsolatedReader(runner)(path, 'en');
    expect(isolated).toEqual(await readMapForOpen(path, 'en'));
    expect(isolated.ok).toBe(true);
    expect(runner).toMatchObject({ started: 1, killed: 1 });
  });

  it('refuses the 313 kB crasher with the limit, in both languages', async () => {
    const path = await file('crasher.tpmap.json', remedyCrasher());
    const read = createIsolatedReader(countingRunner());
    const en = await read(path, 'en');
    expect(en).toMatchObject({ ok: false, reason: 'invalid' });
    expect(!en.ok && en.message).toContain('touchpoints[0].painPoints[0].remedies: 124 000 items, the limit is 50');
    const zh = await read(path, 'zh-CN');
    expect(!zh.ok && zh.message).toContain('上限为 50');
  });

  it('refuses the 11 MB map within the caps while this thread keeps running', async () => {
    const text = elevenMegabytes();
    expect(text.length).toBeGreaterThan(11_000_000);
    const path = await file('eleven.tpmap.json', text);
    const started = performance.now();
    const { value, stallMs } = await longestStall(() => createIsolatedReader(countingRunner())(path, 'en'));
    expect(value).toMatchObject({ ok: false, reason: 'invalid' });
    expect(!value.ok && value.message).toMatch(/the limit is 3 000 000/);
    expect(performance.now() - started).toBeLessThan(READ_CAPS.timeMs);
    // The parse happened elsewhere: this thread only waited (a loaded machine still schedules a 10 ms timer).
    expect(stallMs).toBeLessThan(500);
  });

  it('refuses a PDF whose embedded map is hostile with the same message as the map file', async () => {
    const mapText = remedyCrasher();
    const asMap = await createIsolatedReader(countingRunner())(await file('hostile.tpmap.json', mapText), 'en');
    const asPdf = await createIsolatedReader(countingRunner())(await file('hostile.pdf', pdfWith(mapText)), 'en');
    expect(asPdf.ok).toBe(false);
    expect(!asPdf.ok && !asMap.ok && asPdf.message.replace('hostile.pdf', 'hostile.tpmap.json')).toBe(!asMap.ok && asMap.message);
  });

  it('kills a read that overruns its time and says it took too long, naming the limit', async () => {
    const path = await file('slow.tpmap.json', serializeMap(generateMap({ touchpoints: 5000, locale: 'en' })));
    // A fast machine reads even this map within 50 ms, so the child's answer is held back past the limit:
    // the real worker runs and must be killed, whatever the machine's speed.
    const runner = countingRunner(2000);
    const started = performance.now();
    const result = await createIsolatedReader(runner, { timeMs: 50, memoryMb: READ_CAPS.memoryMb })(path, 'en');
    expect(performance.now() - started).toBeLessThan(2000);
    expect(!result.ok && result.message).toBe('Could not open “slow.tpmap.json”: it took too long to read; the limit is 0.05 seconds. The file may be damaged or made to be hostile. Nothing was opened and the file was not changed.');
    expect(runner.killed).toBe(1);
    const zh = await createIsolatedReader(runner, { timeMs: 50, memoryMb: READ_CAPS.memoryMb })(path, 'zh-CN');
    expect(!zh.ok && zh.message).toMatch(/^无法打开“slow.tpmap.json”：读取时间过长，上限为 0.05 秒。/);
  });

  it('stops a read that needs more memory than its cap and says so', async () => {
    const path = await file('big.tpmap.json', serializeMap(generateMap({ touchpoints: 20_000, locale: 'en' })));
    const result = await createIsolatedReader(countingRunner(), { timeMs: READ_CAPS.timeMs, memoryMb: 16 })(path, 'en');
    expect(result).toMatchObject({ ok: false, reason: 'invalid' });
    expect(!result.ok && result.message).toMatch(/needed more memory than the limit of 16 MB/);
  });

  it('reads a valid map at the touchpoint limit within the default caps', async () => {
    const path = await file('limit.tpmap.json', serializeMap(generateMap({ touchpoints: 20_000, locale: 'zh-CN' })));
    const result = await createIsolatedReader(countingRunner())(path, 'zh-CN');
    expect(result.ok).toBe(true);
  }, 30_000);

  it('through the file service: a hostile file is refused with its message and the next open still works', async () => {
    const hostile = await file('crasher-2.tpmap.json', remedyCrasher());
    const good = await file('good.tpmap.json', serializeMap(aftersalesMap()));
    const errors: string[] = [];
    let choice = hostile;
    const watcher = createChangeWatcher(() => undefined, { interval: 20 });
    const service = createFileService({
      dialogs: { chooseMapToOpen: async () => choice, chooseMapSavePath: async () => null, chooseExportPath: async () => null, showError: async (m) => void errors.push(m) },
      drafts: createDraftStore(join(work, 'userData')),
      recent: createRecentStore(join(work, 'userData')),
      watcher,
      locale: () => 'en',
      log: () => undefined,
      readMap: createIsolatedReader(countingRunner()),
    });
    try {
      const refused = await service.open();
      expect(refused).toMatchObject({ ok: false, reason: 'invalid' });
      // A double-click or a second instance goes through the queue: the error is shown, nothing is queued.
      await service.queueOpen(hostile);
      expect(errors).toHaveLength(1);
      expect(errors[0]).toContain('the limit is 50');
      expect(service.takePending()).toEqual([]);
      choice = good;
      const opened = await service.open();
      expect(opened.ok && opened.value?.text).toBe(await readFile(good, 'utf8'));
    } finally {
      watcher.close();
    }
  });
});
