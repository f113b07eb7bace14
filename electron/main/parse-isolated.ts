/**
 * Reading a file the person chose — a map or a report PDF — happens in a child of its own (a utility
 * process in the desktop app, a worker thread in plain Node) with a time and a memory cap. A hostile
 * file can then cost at most the caps: the main process, which owns the windows and menus, never
 * freezes on it or runs out of memory, and a read that overruns is killed and told in plain words.
 *
 * One small interface (IsolatedRunner) hides which kind of child runs: Electron's utilityProcess in
 * the app (parse-utility.ts), worker_threads here, so the logic is tested in Node with real files.
 */
import { basename } from 'node:path';
import { Worker } from 'node:worker_threads';
import { groupDigits } from '../../src/model';
import { translate, type Locale } from '../../src/i18n';
import type { ReadResult } from './files/read-map';
import { desktopMessages } from './messages';

export interface ReadRequest {
  readonly path: string;
  readonly locale: Locale;
}

/** Why a child stopped without answering: its memory cap, or anything else (a crash, a kill). */
export type ChildFailure = 'memory' | 'exited';

export interface IsolatedRun {
  /** The child's answer; rejects with a ChildFailure when it stops without one. */
  readonly reply: Promise<unknown>;
  kill(): void;
}

export interface IsolatedRunner {
  start(request: ReadRequest, memoryMb: number): IsolatedRun;
}

export interface ReadCaps {
  readonly timeMs: number;
  readonly memoryMb: number;
}

/**
 * A valid map at every limit of src/model/limits.ts (20 MB, 20 000 touchpoints) reads in a few
 * seconds and a few hundred megabytes; the caps leave room for a slow machine, not for a hostile file.
 */
export const READ_CAPS: ReadCaps = { timeMs: 10_000, memoryMb: 1024 };

function isReadResult(value: unknown): value is ReadResult {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return v['ok'] === true ? typeof v['text'] === 'string' && typeof v['hash'] === 'string' : typeof v['message'] === 'string';
}

/** A path → the same answer as readMapForOpen, read in a fresh child that is killed on overrun. */
export function createIsolatedReader(runner: IsolatedRunner, caps: ReadCaps = READ_CAPS): (path: string, locale: Locale) => Promise<ReadResult> {
  return async (path, locale) => {
    const name = basename(path);
    const refuse = (key: 'open.too-slow' | 'open.too-much-memory' | 'open.stopped'): ReadResult => ({
      ok: false,
      reason: 'invalid',
      message: translate(desktopMessages, locale, key, { name, seconds: groupDigits(caps.timeMs / 1000), megabytes: groupDigits(caps.memoryMb) }),
    });
    const run = runner.start({ path, locale }, caps.memoryMb);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const overrun = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), caps.timeMs);
    });
    try {
      const answer = await Promise.race([run.reply, overrun]);
      if (answer === 'timeout') return refuse('open.too-slow');
      return isReadResult(answer) ? answer : refuse('open.stopped');
    } catch (e) {
      return refuse(e === 'memory' ? 'open.too-much-memory' : 'open.stopped');
    } finally {
      clearTimeout(timer);
      run.kill();
    }
  };
}

/** The Node stand-in: a worker thread running `entry` (the built parse-child), its heap capped by V8. */
export function workerThreadRunner(entry: string | URL): IsolatedRunner {
  return {
    start(request, memoryMb) {
      const worker = new Worker(entry, { workerData: request, resourceLimits: { maxOldGenerationSizeMb: memoryMb } });
      const reply = new Promise<unknown>((resolve, reject) => {
        worker.once('message', resolve);
        worker.once('error', (e: NodeJS.ErrnoException) => reject(e.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'memory' : 'exited'));
        worker.once('exit', () => reject('exited'));
      });
      return { reply, kill: () => void worker.terminate() };
    },
  };
}
