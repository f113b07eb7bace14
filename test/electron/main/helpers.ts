import { mkdtemp, rm } from 'node:fs/promises';
import * as fs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SaveFs } from '../../../electron/main/files/atomic-save';

export async function withTempDir<T>(fn: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'tp-electron-'));
  try {
    return await fn(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export type FaultPoint = 'stat-folder' | 'open' | 'write' | 'chmod' | 'sync' | 'close' | 'copyFile' | 'rename';

function errno(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: injected`), { code });
}

/**
 * The real file system, failing with `code` at one point. `times` limits how often it fails
 * (a file that another program releases after a moment).
 */
export function faultyFs(point: FaultPoint, code: string, times = Infinity): SaveFs & { failures: number } {
  const state = { failures: 0 };
  const fail = (at: FaultPoint) => {
    if (at === point && state.failures < times) {
      state.failures++;
      throw errno(code);
    }
  };
  let statCalls = 0;
  return {
    get failures() {
      return state.failures;
    },
    async stat(path) {
      if (statCalls++ === 0) fail('stat-folder');
      return fs.stat(path);
    },
    async open(path, flags) {
      fail('open');
      const handle = await fs.open(path, flags);
      return {
        async writeFile(data) {
          // A disk that fills up mid-write leaves a partial temporary file behind.
          if (point === 'write') await handle.writeFile(typeof data === 'string' ? data.slice(0, 3) : data.subarray(0, 3));
          fail('write');
          await handle.writeFile(data);
        },
        async chmod(mode) {
          fail('chmod');
          await handle.chmod(mode);
        },
        async sync() {
          fail('sync');
          await handle.sync();
        },
        async close() {
          await handle.close();
          fail('close');
        },
      };
    },
    async copyFile(from, to) {
      if (point === 'copyFile') await fs.writeFile(to, 'partial');
      fail('copyFile');
      await fs.copyFile(from, to);
    },
    async rename(from, to) {
      fail('rename');
      await fs.rename(from, to);
    },
    unlink: (path) => fs.unlink(path),
  };
}
