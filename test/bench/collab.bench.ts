/**
 * Ten people on one 2 000-touchpoint map hosted by the built `touchpoint serve`: the time from an
 * edit on one client to its appearance on each of the other nine (p50, p95), and the host's peak
 * memory (VmHWM of its process). Goals from issue 13: p95 < 250 ms on loopback, host < 300 MB.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { CollabSession } from '../../src/collab';
import { serializeMap } from '../../src/model';
import { generateMap } from '../fixtures/generate';

const CLI = join(process.cwd(), 'out/main/cli.js');
const CLIENTS = 10;
const EDITS_PER_CLIENT = 6;

const percentile = (sorted: readonly number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

it.runIf(existsSync(CLI))('co-editing benchmark', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'tp-collab-bench-'));
  const file = join(dir, 'big.tpmap.json');
  writeFileSync(file, serializeMap(generateMap({ touchpoints: 2000 })));
  const child = spawn(process.execPath, [CLI, 'serve', file], { stdio: ['ignore', 'pipe', 'pipe'] });
  const providers: WebsocketProvider[] = [];
  try {
    const joinLine = await new Promise<string>((resolve) => {
      let out = '';
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        if (out.endsWith('\n')) resolve(out);
      });
    });
    const m = /http:\/\/([^/]+)\/#room=([\w-]+)&token=([\w-]+)/.exec(joinLine)!;
    const docs = Array.from({ length: CLIENTS }, () => new Y.Doc());
    for (const doc of docs) {
      providers.push(new WebsocketProvider(`ws://${m[1]}/collab`, m[2]!, doc, { WebSocketPolyfill: WebSocket as never, params: { token: m[3]! }, disableBc: true /* in one process y-websocket would otherwise pass updates directly, bypassing the host */ }));
    }
    await Promise.all(providers.map((p) => new Promise<void>((r) => (p.synced ? r() : p.once('sync', () => r())))));
    const sessions = docs.map((d, i) => new CollabSession(d, `b${i}x`));

    // Each receiver notes when a touchpoint with the awaited title shows up in the map its person
    // sees (the session's view, after the incremental patch), not merely in its Yjs document.
    // Two clocks: from the person's action (includes running the command on the sender's map) and
    // from the moment the edit left the sender (network, host and the receiver's patch).
    const latencies: number[] = [];
    const wire: number[] = [];
    let awaited: { title: string; at: number; sent: number; seen: Set<number> } | null = null;
    docs.forEach((doc, i) => {
      // Registered after the session's own listener, so the view is already patched here.
      doc.on('afterTransaction', () => {
        const a = awaited;
        if (!a || a.seen.has(i)) return;
        if (sessions[i]!.map.touchpoints.some((t) => t.title === a.title)) {
          a.seen.add(i);
          latencies.push(performance.now() - a.at);
          wire.push(performance.now() - a.sent);
        }
      });
    });
    const start = sessions[0]!.map;
    for (let round = 0; round < EDITS_PER_CLIENT; round++) {
      for (let c = 0; c < CLIENTS; c++) {
        const title = `bench ${round}-${c}`;
        const stage = start.stages[(round + c) % start.stages.length]!.id;
        const a = { title, at: performance.now(), sent: 0, seen: new Set([c]) };
        awaited = a;
        sessions[c]!.run('addTouchpoint', { stage, lane: start.lanes[c % start.lanes.length]!.id, title });
        a.sent = performance.now();
        const deadline = Date.now() + 5000;
        while (a.seen.size < CLIENTS && Date.now() < deadline) await new Promise((r) => setTimeout(r, 2));
        expect(a.seen.size).toBe(CLIENTS);
      }
    }
    const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
    const peakMb = Number(/VmHWM:\s+(\d+) kB/.exec(status)![1]) / 1024;
    const stats = (list: number[]) => {
      const sorted = [...list].sort((x, y) => x - y);
      return `${percentile(sorted, 50).toFixed(0)} ms | ${percentile(sorted, 95).toFixed(0)} ms`;
    };
    process.stdout.write(
      `\n| clients | touchpoints | edits | action → seen p50 | p95 | sent → seen p50 | p95 | host peak RSS | goal |\n|---:|---:|---:|---:|---:|---:|---:|---:|---|\n` +
        `| ${CLIENTS} | 2000 | ${CLIENTS * EDITS_PER_CLIENT} | ${stats(latencies)} | ${stats(wire)} | ${Math.round(peakMb)} MB | p95 < 250 ms, < 300 MB |\n\n`,
    );
    expect(latencies).toHaveLength(CLIENTS * EDITS_PER_CLIENT * (CLIENTS - 1));
  } finally {
    for (const p of providers) p.destroy();
    child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  }
});
