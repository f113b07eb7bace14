/**
 * Saving without ever losing the previous file (the write-file-atomic / VS Code approach):
 * write a temporary file in the same folder, flush it to disk, copy the current file to `.bak`,
 * then rename the temporary file over the target. Rename within one folder is atomic, so at every
 * instant the target holds either the old bytes or the new bytes. The `.bak` is removed once the
 * new file is in place and the folder is flushed; if anything fails it stays, next to the file.
 */
import { randomBytes } from 'node:crypto';
import * as nodeFs from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export type SaveStep = 'check-folder' | 'create-temp' | 'write' | 'flush' | 'close' | 'backup' | 'replace';
export type SaveFailureReason = 'not-found' | 'permission' | 'disk-full' | 'busy' | 'io';

export class SaveError extends Error {
  constructor(
    readonly path: string,
    readonly step: SaveStep,
    readonly reason: SaveFailureReason,
    readonly code: string,
    /** Set when the previous version was copied to a backup before the failure. */
    readonly backupPath?: string,
  ) {
    super(`saving ${path} failed at ${step} (${code})`);
    this.name = 'SaveError';
  }
}

export interface SaveFileHandle {
  writeFile(data: Uint8Array | string): Promise<void>;
  sync(): Promise<void>;
  chmod(mode: number): Promise<void>;
  close(): Promise<void>;
}

/** The slice of node:fs/promises a save uses; tests pass a wrapper that fails on purpose. */
export interface SaveFs {
  stat(path: string): Promise<{ mode: number; isDirectory(): boolean }>;
  open(path: string, flags: string): Promise<SaveFileHandle>;
  copyFile(from: string, to: string): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
}

export interface SaveOptions {
  fs?: SaveFs;
  platform?: NodeJS.Platform;
  /** Waits between attempts to replace a file another program holds open (Windows). */
  sleep?: (ms: number) => Promise<void>;
  log?: (message: string) => void;
}

export const BACKUP_SUFFIX = '.bak';
const REPLACE_RETRY_DELAYS = [50, 100, 200, 400];

export function backupPathFor(path: string): string {
  return `${path}${BACKUP_SUFFIX}`;
}

export function tempPathFor(path: string, nonce = randomBytes(6).toString('hex')): string {
  return join(dirname(path), `.${basename(path)}.${nonce}.tmp`);
}

function errorCode(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === 'string' ? code : 'EUNKNOWN';
}

export function classifyFailure(code: string, platform: NodeJS.Platform): SaveFailureReason {
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return 'not-found';
    case 'ENOSPC':
    case 'EDQUOT':
    case 'EFBIG':
      return 'disk-full';
    case 'EBUSY':
    case 'ETXTBSY':
      return 'busy';
    case 'EPERM':
      // On Windows EPERM on a file that exists almost always means another program has it open.
      return platform === 'win32' ? 'busy' : 'permission';
    case 'EACCES':
    case 'EROFS':
      return 'permission';
    default:
      return 'io';
  }
}

const defaultFs: SaveFs = {
  stat: (path) => nodeFs.stat(path),
  open: (path, flags) => nodeFs.open(path, flags),
  copyFile: (from, to) => nodeFs.copyFile(from, to),
  rename: (from, to) => nodeFs.rename(from, to),
  unlink: (path) => nodeFs.unlink(path),
};

/** Flushes the folder entry so the rename itself survives a power cut (POSIX; Windows cannot open folders). */
async function syncFolder(folder: string, platform: NodeJS.Platform): Promise<void> {
  if (platform === 'win32') return;
  const handle = await nodeFs.open(folder, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

export async function saveFileAtomic(path: string, data: Uint8Array | string, options: SaveOptions = {}): Promise<void> {
  const fs = options.fs ?? defaultFs;
  const platform = options.platform ?? process.platform;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const log = options.log ?? (() => undefined);
  const folder = dirname(path);
  const temp = tempPathFor(path);
  const backup = backupPathFor(path);
  let step: SaveStep = 'check-folder';
  let tempCreated = false;
  let backedUp = false;

  try {
    const folderInfo = await fs.stat(folder);
    if (!folderInfo.isDirectory()) throw Object.assign(new Error('not a folder'), { code: 'ENOTDIR' });
    const previousMode = await fs.stat(path).then(
      (s) => s.mode & 0o7777,
      (e: unknown) => {
        if (errorCode(e) === 'ENOENT') return null;
        throw e;
      },
    );

    step = 'create-temp';
    const handle = await fs.open(temp, 'wx');
    tempCreated = true;
    step = 'write';
    try {
      await handle.writeFile(data);
      if (previousMode !== null) await handle.chmod(previousMode).catch(() => undefined);
      step = 'flush';
      await handle.sync();
    } catch (e) {
      await handle.close().catch(() => undefined);
      throw e;
    }
    step = 'close';
    await handle.close();

    if (previousMode !== null) {
      step = 'backup';
      try {
        await fs.copyFile(path, backup);
      } catch (e) {
        await fs.unlink(backup).catch(() => undefined);
        throw e;
      }
      backedUp = true;
    }

    step = 'replace';
    for (let attempt = 0; ; attempt++) {
      try {
        await fs.rename(temp, path);
        break;
      } catch (e) {
        const code = errorCode(e);
        const delay = REPLACE_RETRY_DELAYS[attempt];
        if (delay === undefined || !(code === 'EPERM' || code === 'EBUSY' || code === 'EACCES')) throw e;
        await sleep(delay);
      }
    }
  } catch (e) {
    if (tempCreated) await fs.unlink(temp).catch(() => undefined);
    const code = errorCode(e);
    throw new SaveError(path, step, classifyFailure(code, platform), code, backedUp ? backup : undefined);
  }

  // The new file is in place: from here on a failure is logged, never reported as a failed save.
  try {
    await syncFolder(folder, platform);
  } catch (e) {
    log(`could not flush folder ${folder}: ${errorCode(e)}`);
  }
  if (backedUp) {
    await fs.unlink(backup).catch((e: unknown) => log(`could not remove backup ${backup}: ${errorCode(e)}`));
  }
}
