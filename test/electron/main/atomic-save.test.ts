import { chmod, chown, lstat, mkdir, readdir, readFile, readlink, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifyFailure, saveFileAtomic, SaveError, tempPathFor } from '../../../electron/main/files/atomic-save';
import { describeSaveError } from '../../../electron/main/files/messages';
import { serializeMap } from '../../../src/model';
import { aftersalesMap, minimalMap } from '../../fixtures/maps';
import { faultyFs, withTempDir, type FaultPoint } from './helpers';

const OLD = serializeMap(aftersalesMap());
const NEW = serializeMap(minimalMap());

async function expectSaveError(promise: Promise<unknown>): Promise<SaveError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(SaveError);
  return error as SaveError;
}

describe('atomic save', () => {
  it('creates a new file with exactly the given text and leaves nothing else behind', async () => {
    await withTempDir(async (dir) => {
      const file = join(dir, 'journey.tpmap.json');
      await saveFileAtomic(file, NEW);
      expect(await readFile(file, 'utf8')).toBe(NEW);
      expect(await readdir(dir)).toEqual(['journey.tpmap.json']);
    });
  });

  it('replaces an existing file, keeps its permissions and removes the backup afterwards', async () => {
    await withTempDir(async (dir) => {
      const file = join(dir, 'journey.tpmap.json');
      await writeFile(file, OLD);
      await chmod(file, 0o640);
      await saveFileAtomic(file, NEW);
      expect(await readFile(file, 'utf8')).toBe(NEW);
      expect((await stat(file)).mode & 0o777).toBe(0o640);
      expect(await readdir(dir)).toEqual(['journey.tpmap.json']);
    });
  });

  const failures: { point: FaultPoint; code: string; step: string; reason: string }[] = [
    { point: 'stat-folder', code: 'ENOENT', step: 'check-folder', reason: 'not-found' },
    // EACCES creating the temporary file tries the in-place fallback, which the same fault refuses.
    { point: 'open', code: 'EACCES', step: 'write', reason: 'permission' },
    { point: 'open', code: 'EROFS', step: 'create-temp', reason: 'permission' },
    { point: 'write', code: 'ENOSPC', step: 'write', reason: 'disk-full' },
    { point: 'write', code: 'EDQUOT', step: 'write', reason: 'disk-full' },
    { point: 'sync', code: 'EIO', step: 'flush', reason: 'io' },
    { point: 'close', code: 'EIO', step: 'close', reason: 'io' },
    { point: 'rename', code: 'EBUSY', step: 'replace', reason: 'busy' },
    { point: 'rename', code: 'EACCES', step: 'replace', reason: 'permission' },
    { point: 'rename', code: 'EXDEV', step: 'replace', reason: 'io' },
  ];

  for (const f of failures) {
    it(`keeps the old file byte for byte when ${f.point} fails with ${f.code}`, async () => {
      await withTempDir(async (dir) => {
        const file = join(dir, 'journey.tpmap.json');
        const original = Buffer.from(OLD, 'utf8');
        await writeFile(file, original);
        const error = await expectSaveError(saveFileAtomic(file, NEW, { fs: faultyFs(f.point, f.code), sleep: async () => undefined }));
        expect(error.step).toBe(f.step);
        expect(error.reason).toBe(f.reason);
        expect(error.code).toBe(f.code);
        expect(Buffer.compare(await readFile(file), original)).toBe(0);
        const left = (await readdir(dir)).filter((n) => n.endsWith('.tmp'));
        expect(left).toEqual([]);
        const message = describeSaveError(error, 'en');
        expect(message.reason).toBe(f.reason);
        expect(message.message).toContain('journey.tpmap.json');
        expect(describeSaveError(error, 'zh-CN').message).toMatch(/无法保存“journey\.tpmap\.json”/);
      });
    });
  }

  it("never touches the person's own .bak file, nor needs one", async () => {
    await withTempDir(async (dir) => {
      const file = join(dir, 'journey.tpmap.json');
      await writeFile(file, OLD);
      await writeFile(`${file}.bak`, 'my own backup');
      await expectSaveError(saveFileAtomic(file, NEW, { fs: faultyFs('rename', 'EBUSY'), sleep: async () => undefined }));
      expect(await readFile(file, 'utf8')).toBe(OLD);
      await saveFileAtomic(file, NEW);
      expect(await readFile(`${file}.bak`, 'utf8')).toBe('my own backup');
      expect((await readdir(dir)).sort()).toEqual(['journey.tpmap.json', 'journey.tpmap.json.bak']);
    });
  });

  it('retries a file another program holds for a moment (Windows EPERM) and then saves', async () => {
    await withTempDir(async (dir) => {
      const file = join(dir, 'journey.tpmap.json');
      await writeFile(file, OLD);
      const waits: number[] = [];
      const fs = faultyFs('rename', 'EPERM', 2);
      await saveFileAtomic(file, NEW, { fs, platform: 'win32', sleep: async (ms) => void waits.push(ms) });
      expect(fs.failures).toBe(2);
      expect(waits).toHaveLength(2);
      expect(await readFile(file, 'utf8')).toBe(NEW);
    });
  });

  it('reports a folder that disappeared, without creating it again', async () => {
    await withTempDir(async (dir) => {
      const folder = join(dir, 'usb-stick');
      await mkdir(folder);
      const file = join(folder, 'journey.tpmap.json');
      await rm(folder, { recursive: true });
      const error = await expectSaveError(saveFileAtomic(file, NEW));
      expect(error.reason).toBe('not-found');
      expect(describeSaveError(error, 'en').message).toMatch(/Save As/);
      expect(await readdir(dir)).toEqual([]);
    });
  });

  it('does not fail the save when a permission change on the new file is refused', async () => {
    await withTempDir(async (dir) => {
      const file = join(dir, 'journey.tpmap.json');
      await writeFile(file, OLD);
      await saveFileAtomic(file, NEW, { fs: faultyFs('chmod', 'EPERM') });
      expect(await readFile(file, 'utf8')).toBe(NEW);
    });
  });

  it('reads EPERM as a locked file on Windows and as a permission problem elsewhere', () => {
    expect(classifyFailure('EPERM', 'win32')).toBe('busy');
    expect(classifyFailure('EPERM', 'linux')).toBe('permission');
    expect(classifyFailure('ENOTDIR', 'darwin')).toBe('not-found');
  });

  it('refuses a read-only file (0444), even for an administrator, and leaves it as it was', async () => {
    await withTempDir(async (dir) => {
      const file = join(dir, 'journey.tpmap.json');
      await writeFile(file, OLD);
      await chmod(file, 0o444);
      const error = await expectSaveError(saveFileAtomic(file, NEW));
      expect(error.reason).toBe('permission');
      expect(describeSaveError(error, 'en').message).toMatch(/read-only/);
      expect(await readFile(file, 'utf8')).toBe(OLD);
      expect((await stat(file)).mode & 0o777).toBe(0o444);
      expect(await readdir(dir)).toEqual(['journey.tpmap.json']);
    });
  });

  it('saves through a symbolic link to the real file and keeps the link', async () => {
    await withTempDir(async (dir) => {
      await mkdir(join(dir, 'real'));
      const real = join(dir, 'real', 'journey.tpmap.json');
      const link = join(dir, 'link.tpmap.json');
      await writeFile(real, OLD);
      await symlink(real, link);
      await saveFileAtomic(link, NEW);
      expect((await lstat(link)).isSymbolicLink()).toBe(true);
      expect(await readlink(link)).toBe(real);
      expect(await readFile(real, 'utf8')).toBe(NEW);
    });
  });

  it('refuses when a folder has taken the file’s place, changing nothing', async () => {
    await withTempDir(async (dir) => {
      const file = join(dir, 'journey.tpmap.json');
      await mkdir(file);
      await writeFile(join(file, 'inside.txt'), 'keep');
      const error = await expectSaveError(saveFileAtomic(file, NEW));
      expect(error.code).toBe('EISDIR');
      expect(await readFile(join(file, 'inside.txt'), 'utf8')).toBe('keep');
      expect(await readdir(dir)).toEqual(['journey.tpmap.json']);
    });
  });

  it('keeps the owner and the permissions of the file it replaces', async () => {
    await withTempDir(async (dir) => {
      const file = join(dir, 'journey.tpmap.json');
      await writeFile(file, OLD);
      await chmod(file, 0o664);
      // Changing owners needs privileges: where the test runs without them it checks only the mode.
      const canChown = await chown(file, 4321, 4322).then(() => true, () => false);
      await saveFileAtomic(file, NEW);
      const after = await stat(file);
      expect(after.mode & 0o777).toBe(0o664);
      if (canChown) expect([after.uid, after.gid]).toEqual([4321, 4322]);
    });
  });

  it('removes temporary files a killed save left behind, and only its own', async () => {
    await withTempDir(async (dir) => {
      const file = join(dir, 'journey.tpmap.json');
      await writeFile(file, OLD);
      await writeFile(tempPathFor(file), 'half');
      await writeFile(tempPathFor(join(dir, 'other.tpmap.json')), 'not ours');
      await writeFile(join(dir, '.journey.tpmap.json.notes.tmp'), 'not our naming');
      await saveFileAtomic(file, NEW);
      expect((await readdir(dir)).sort()).toEqual(['.journey.tpmap.json.notes.tmp', expect.stringMatching(/^\.other\.tpmap\.json\.[0-9a-f]{12}\.tmp$/), 'journey.tpmap.json']);
    });
  });

  it('writes in place, with a copy in the data folder meanwhile, where the folder refuses new files', async () => {
    await withTempDir(async (dir) => {
      const folder = join(dir, 'locked');
      const data = join(dir, 'app-data');
      await mkdir(folder);
      await mkdir(data);
      const file = join(folder, 'journey.tpmap.json');
      await writeFile(file, OLD);
      const lockedFolder = (failWrite: boolean) => {
        const base = faultyFs(failWrite ? 'write' : 'rename', 'ENOSPC', failWrite ? Infinity : 0);
        return {
          ...base,
          open: async (path: string, flags: string) => {
            if (flags === 'wx') throw Object.assign(new Error('EACCES: injected'), { code: 'EACCES' });
            return base.open(path, flags);
          },
        };
      };
      await saveFileAtomic(file, NEW, { fs: lockedFolder(false), backupDir: data });
      expect(await readFile(file, 'utf8')).toBe(NEW);
      expect(await readdir(data)).toEqual([]);
      expect(await readdir(folder)).toEqual(['journey.tpmap.json']);

      const error = await expectSaveError(saveFileAtomic(file, OLD, { fs: lockedFolder(true), backupDir: data }));
      expect(error.reason).toBe('disk-full');
      expect(error.backupPath).toMatch(/app-data\/journey\.tpmap\.json\.[0-9a-f]{12}\.bak$/);
      expect(await readFile(error.backupPath!, 'utf8')).toBe(NEW);
      expect(describeSaveError(error, 'en').message).toContain(error.backupPath!);
    });
  });
});
