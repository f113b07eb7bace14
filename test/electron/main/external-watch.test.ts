import { rename, unlink, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createChangeWatcher } from '../../../electron/main/files/external-watch';
import { hashBytes } from '../../../electron/main/files/read-map';
import { saveFileAtomic } from '../../../electron/main/files/atomic-save';
import { withTempDir } from './helpers';

const INTERVAL = 20;

function waitFor(predicate: () => boolean, ms = 3000): Promise<void> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const tick = () => {
      if (predicate()) resolve();
      else if (Date.now() - started > ms) reject(new Error('timed out'));
      else setTimeout(tick, INTERVAL);
    };
    tick();
  });
}

const settle = () => new Promise((resolve) => setTimeout(resolve, INTERVAL * 10));

describe('external change detection', () => {
  it('reports a file rewritten in place by another program, once', async () => {
    await withTempDir(async (dir) => {
      const file = join(dir, 'journey.tpmap.json');
      await writeFile(file, 'ours');
      const changed: string[] = [];
      const watcher = createChangeWatcher((p) => changed.push(p), { interval: INTERVAL });
      try {
        watcher.watch(file, hashBytes('ours'));
        await writeFile(file, 'theirs, longer');
        await waitFor(() => changed.length > 0);
        await settle();
        expect(changed).toEqual([file]);
      } finally {
        watcher.close();
      }
    });
  });

  it('reports a file replaced by rename (git checkout, sync clients)', async () => {
    await withTempDir(async (dir) => {
      const file = join(dir, 'journey.tpmap.json');
      await writeFile(file, 'ours');
      const changed: string[] = [];
      const watcher = createChangeWatcher((p) => changed.push(p), { interval: INTERVAL });
      try {
        watcher.watch(file, hashBytes('ours'));
        await writeFile(join(dir, 'incoming'), 'from git');
        await rename(join(dir, 'incoming'), file);
        await waitFor(() => changed.length > 0);
        expect(changed).toEqual([file]);
      } finally {
        watcher.close();
      }
    });
  });

  it('ignores our own saves and a touch that changes no content', async () => {
    await withTempDir(async (dir) => {
      const file = join(dir, 'journey.tpmap.json');
      await writeFile(file, 'v1');
      const changed: string[] = [];
      const watcher = createChangeWatcher((p) => changed.push(p), { interval: INTERVAL });
      try {
        watcher.watch(file, hashBytes('v1'));
        for (const text of ['v2', 'v3 is longer']) {
          watcher.expectWrite(file, hashBytes(text));
          await saveFileAtomic(file, text);
          watcher.settleWrite(file, hashBytes(text));
        }
        await utimes(file, new Date(), new Date(Date.now() + 5000));
        await settle();
        expect(await watcher.check(file)).toBe(false);
        expect(changed).toEqual([]);
        expect(watcher.knownHash(file)).toBe(hashBytes('v3 is longer'));
      } finally {
        watcher.close();
      }
    });
  });

  it('reports a deleted file', async () => {
    await withTempDir(async (dir) => {
      const file = join(dir, 'journey.tpmap.json');
      await writeFile(file, 'ours');
      const changed: string[] = [];
      const watcher = createChangeWatcher((p) => changed.push(p), { interval: INTERVAL });
      try {
        watcher.watch(file, hashBytes('ours'));
        await unlink(file);
        await waitFor(() => changed.length > 0);
        expect(changed).toEqual([file]);
      } finally {
        watcher.close();
      }
    });
  });

  it('stops reporting once unwatched', async () => {
    await withTempDir(async (dir) => {
      const file = join(dir, 'journey.tpmap.json');
      await writeFile(file, 'ours');
      const changed: string[] = [];
      const watcher = createChangeWatcher((p) => changed.push(p), { interval: INTERVAL });
      watcher.watch(file, hashBytes('ours'));
      watcher.unwatch(file);
      await writeFile(file, 'theirs');
      await settle();
      expect(await watcher.check(file)).toBe(false);
      expect(changed).toEqual([]);
      watcher.close();
    });
  });
});
