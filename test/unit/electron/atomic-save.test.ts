import { mkdir, readdir, readFile, rm, stat, writeFile, chmod } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupPathFor, classifyFailure, saveFileAtomic, SaveError } from '../../../electron/main/files/atomic-save';
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
    { point: 'open', code: 'EACCES', step: 'create-temp', reason: 'permission' },
    { point: 'open', code: 'EROFS', step: 'create-temp', reason: 'permission' },
    { point: 'write', code: 'ENOSPC', step: 'write', reason: 'disk-full' },
    { point: 'write', code: 'EDQUOT', step: 'write', reason: 'disk-full' },
    { point: 'sync', code: 'EIO', step: 'flush', reason: 'io' },
    { point: 'close', code: 'EIO', step: 'close', reason: 'io' },
    { point: 'copyFile', code: 'ENOSPC', step: 'backup', reason: 'disk-full' },
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

  it('keeps the previous version as .bak when the final rename fails, and says where it is', async () => {
    await withTempDir(async (dir) => {
      const file = join(dir, 'journey.tpmap.json');
      await writeFile(file, OLD);
      const error = await expectSaveError(saveFileAtomic(file, NEW, { fs: faultyFs('rename', 'EBUSY'), sleep: async () => undefined }));
      expect(error.backupPath).toBe(backupPathFor(file));
      expect(await readFile(backupPathFor(file), 'utf8')).toBe(OLD);
      expect(describeSaveError(error, 'en').message).toContain(`${file}.bak`);
    });
  });

  it('removes a half-written backup when copying the previous version fails', async () => {
    await withTempDir(async (dir) => {
      const file = join(dir, 'journey.tpmap.json');
      await writeFile(file, OLD);
      const error = await expectSaveError(saveFileAtomic(file, NEW, { fs: faultyFs('copyFile', 'ENOSPC') }));
      expect(error.backupPath).toBeUndefined();
      expect(await readdir(dir)).toEqual(['journey.tpmap.json']);
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
});
