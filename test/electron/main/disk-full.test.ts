/**
 * Saving onto a disk that is really full: a 1 MB tmpfs mounted for the test and filled to the brim, no
 * injected failures. ENOSPC during the save must leave the original byte for byte, no partial file
 * and no temporary file, and the message must say the file is unchanged and the work still open.
 * Mounting needs root and a machine that allows it; elsewhere the test skips and says why, and
 * atomic-save.test.ts still covers ENOSPC through an injected file-system layer.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createDraftStore } from '../../../electron/main/files/drafts';
import { createChangeWatcher } from '../../../electron/main/files/external-watch';
import { createFileService } from '../../../electron/main/files/file-service';
import { createRecentStore } from '../../../electron/main/files/recent';
import { serializeMap } from '../../../src/model';
import { saveFileAtomic, SaveError } from '../../../src/platform/node/save';
import { generateMap } from '../../fixtures/generate';
import { cli } from '../../core/cli/helpers';

const mountPoint = mkdtempSync(join(tmpdir(), 'tp-disk-full-'));
const home = mkdtempSync(join(tmpdir(), 'tp-disk-full-home-'));

function tryMount(): string | null {
  if (process.platform !== 'linux') return `mounting a tmpfs needs Linux (this is ${process.platform})`;
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', mountPoint], { stdio: 'pipe' });
    return null;
  } catch (e) {
    const detail = (e as { stderr?: Buffer }).stderr?.toString().trim() || String(e);
    return `this machine refuses to mount a small tmpfs (${detail}); the injected-fs ENOSPC test in atomic-save.test.ts still runs`;
  }
}

const skipReason = tryMount();
if (skipReason) console.warn(`Disk-full test skipped: ${skipReason}`);

afterAll(() => {
  if (!skipReason) execFileSync('umount', [mountPoint]);
  rmSync(mountPoint, { recursive: true, force: true });
  rmSync(home, { recursive: true, force: true });
});

const ORIGINAL = serializeMap(generateMap({ touchpoints: 20, locale: 'en', seed: 3 }));
/** About 100 kB: more than the room left once the disk is filled. */
const EDITED = serializeMap(generateMap({ touchpoints: 200, locale: 'zh-CN', seed: 4 }));

/** Fills the file system with one file until the next write fails, leaving a few kilobytes at most. */
async function fill(): Promise<string> {
  const filler = join(mountPoint, 'filler.bin');
  const chunk = Buffer.alloc(4096, 1);
  const handle = await import('node:fs/promises').then((fs) => fs.open(filler, 'w'));
  try {
    for (;;) await handle.write(chunk);
  } catch (e) {
    expect((e as NodeJS.ErrnoException).code).toBe('ENOSPC');
  } finally {
    await handle.close();
  }
  return filler;
}

async function expectUntouched(file: string): Promise<void> {
  expect(await readFile(file, 'utf8')).toBe(ORIGINAL);
  expect((await readdir(mountPoint)).sort()).toEqual(['filler.bin', 'journey.tpmap.json']);
}

describe.skipIf(skipReason !== null)(`saving on a really full disk${skipReason ? ` (SKIPPED: ${skipReason})` : ''}`, () => {
  it('the save routine fails with ENOSPC and leaves the original whole, with no partial or temporary file', async () => {
    const file = join(mountPoint, 'journey.tpmap.json');
    await writeFile(file, ORIGINAL);
    const filler = await fill();
    const error = await saveFileAtomic(file, EDITED).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SaveError);
    expect(error).toMatchObject({ code: 'ENOSPC', reason: 'disk-full' });
    await expectUntouched(file);
    // Once there is room again the same save goes through.
    await rm(filler);
    await saveFileAtomic(file, EDITED);
    expect(await readFile(file, 'utf8')).toBe(EDITED);
    await rm(file);
  });

  it('the desktop app says the disk is full, the file unchanged and the work still open, in both languages', async () => {
    const file = join(mountPoint, 'journey.tpmap.json');
    await writeFile(file, ORIGINAL);
    let locale: 'en' | 'zh-CN' = 'en';
    const watcher = createChangeWatcher(() => undefined, { interval: 20 });
    const service = createFileService({
      dialogs: { chooseMapToOpen: async () => file, chooseMapSavePath: async () => null, chooseExportPath: async () => null, showError: async () => undefined },
      // The app's data folder is on another disk, as it usually is.
      drafts: createDraftStore(join(home, 'drafts')),
      recent: createRecentStore(home),
      watcher,
      locale: () => locale,
      log: () => undefined,
    });
    try {
      const opened = await service.open();
      if (!opened.ok || !opened.value) throw new Error('the map did not open');
      const filler = await fill();
      const en = await service.save(opened.value.ref, EDITED);
      expect(en).toEqual({
        ok: false,
        reason: 'disk-full',
        message:
          'Could not save “journey.tpmap.json”: the disk is full. The file on disk was not changed, and your changes are still open here. Free some space (or use Save As on another drive), then save again.',
      });
      await expectUntouched(file);
      locale = 'zh-CN';
      const zh = await service.save(opened.value.ref, EDITED);
      expect(!zh.ok && zh.message).toBe('无法保存“journey.tpmap.json”：磁盘已满。磁盘上的文件没有改动，你的修改仍在这里打开着。请先腾出空间（或用“另存为”保存到其他磁盘），再重新保存。');
      await expectUntouched(file);
      await rm(filler);
      expect(await service.save(opened.value.ref, EDITED)).toMatchObject({ ok: true });
      expect(await readFile(file, 'utf8')).toBe(EDITED);
    } finally {
      watcher.close();
      await rm(file, { force: true });
    }
  });

  it('the command line refuses to leave a partial report on a full disk and names the file and the fault', async () => {
    const source = join(home, 'journey.tpmap.json');
    await writeFile(source, ORIGINAL);
    const filler = await fill();
    const out = join(mountPoint, 'report.pdf');
    const run = await cli(['report', source, '-o', out]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(out);
    expect(run.stderr).toContain('ENOSPC');
    expect(await readdir(mountPoint)).toEqual(['filler.bin']);
    await rm(filler);
  }, 60_000);
});
