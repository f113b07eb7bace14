/**
 * The one save routine, for the desktop app and the command line (the write-file-atomic / VS Code
 * approach). Write a temporary file with an unguessable name in the target's own folder, flush it,
 * give it the old file's permissions and owner, rename it over the target, flush the folder. Rename
 * within one folder is atomic, so at every instant the target holds the old bytes or the new bytes.
 *
 * No backup copy is made on this path: the old file stays whole until the rename, so a copy would
 * only cost twice the disk space for nothing. Where the folder does not let us create the temporary
 * file but the file itself is writable (a locked-down shared folder), the routine writes in place
 * instead, and only then keeps a copy of the old version — in `backupDir` (the app's data folder),
 * under a unique name, created exclusively so no link is followed — until the new bytes are flushed.
 *
 * Before anything is written: a symbolic link is resolved and the real file saved (the link stays a
 * link), a read-only target is refused (also for root, who could otherwise replace it), a folder in
 * the target's place is refused, and stale temporary files of our own naming are removed.
 *
 * Only node:* imports: the kill test runs this very file in a child process.
 */
import { randomBytes } from 'node:crypto';
import * as nodeFs from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export type SaveStep = 'check-folder' | 'check-target' | 'create-temp' | 'write' | 'flush' | 'close' | 'backup' | 'replace';
export type SaveFailureReason = 'not-found' | 'permission' | 'disk-full' | 'busy' | 'io';

export class SaveError extends Error {
  constructor(
    readonly path: string,
    readonly step: SaveStep,
    readonly reason: SaveFailureReason,
    readonly code: string,
    /** Set when a copy of the previous version was kept after a failed in-place write. */
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

export interface SaveStat {
  mode: number;
  uid?: number;
  gid?: number;
  isDirectory(): boolean;
}

/** The slice of node:fs/promises a save uses; tests replace parts of it with versions that fail on purpose. */
export interface SaveFs {
  stat(path: string): Promise<SaveStat>;
  open(path: string, flags: string): Promise<SaveFileHandle>;
  copyFile(from: string, to: string, mode?: number): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
  realpath?(path: string): Promise<string>;
  readdir?(path: string): Promise<string[]>;
  chown?(path: string, uid: number, gid: number): Promise<void>;
  access?(path: string, mode: number): Promise<void>;
}

export interface SaveOptions {
  fs?: SaveFs;
  platform?: NodeJS.Platform;
  /** Waits between attempts to replace a file another program holds open (Windows). */
  sleep?: (ms: number) => Promise<void>;
  log?: (message: string) => void;
  /** Where the in-place fallback keeps the previous version while it writes (the app's data folder). */
  backupDir?: string;
}

const REPLACE_RETRY_DELAYS = [50, 100, 200, 400];
const TEMP_PATTERN = /^\.(.+)\.[0-9a-f]{12}\.tmp$/;

export function tempPathFor(path: string, nonce = randomBytes(6).toString('hex')): string {
  return join(dirname(path), `.${basename(path)}.${nonce}.tmp`);
}

/** Whether `name` is a temporary file this routine makes for `target` (a leftover when a save was killed). */
export function isOwnTemp(name: string, target: string): boolean {
  return TEMP_PATTERN.exec(name)?.[1] === basename(target);
}

function errorCode(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === 'string' ? code : 'EUNKNOWN';
}

const fail = (code: string) => Object.assign(new Error(code), { code });

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

const defaultFs: Required<SaveFs> = {
  stat: (path) => nodeFs.stat(path),
  open: (path, flags) => nodeFs.open(path, flags),
  copyFile: (from, to, mode) => nodeFs.copyFile(from, to, mode),
  rename: (from, to) => nodeFs.rename(from, to),
  unlink: (path) => nodeFs.unlink(path),
  realpath: (path) => nodeFs.realpath(path),
  readdir: (path) => nodeFs.readdir(path),
  chown: (path, uid, gid) => nodeFs.chown(path, uid, gid),
  access: (path, mode) => nodeFs.access(path, mode),
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

/** Removes temporary files a killed save of the same file left behind. Never fails a save. */
export async function removeStaleTemps(path: string, options: Pick<SaveOptions, 'fs' | 'log'> = {}, keep?: string): Promise<number> {
  const fs = { ...defaultFs, ...options.fs };
  let removed = 0;
  try {
    for (const name of await fs.readdir(dirname(path))) {
      const full = join(dirname(path), name);
      if (full === keep || !isOwnTemp(name, path)) continue;
      await fs.unlink(full).then(
        () => removed++,
        (e: unknown) => options.log?.(`could not remove stale ${full}: ${errorCode(e)}`),
      );
    }
  } catch (e) {
    options.log?.(`could not list ${dirname(path)}: ${errorCode(e)}`);
  }
  return removed;
}

/** A symbolic link is saved through: the real file gets the new bytes, the link stays. */
async function resolveTarget(fs: Required<SaveFs>, path: string): Promise<string> {
  try {
    return await fs.realpath(path);
  } catch (e) {
    if (errorCode(e) === 'ENOENT') return path;
    throw e;
  }
}

const WRITE_BITS = 0o222;
const W_OK = 2;

export async function saveFileAtomic(requested: string, data: Uint8Array | string, options: SaveOptions = {}): Promise<void> {
  const fs: Required<SaveFs> = { ...defaultFs, ...options.fs };
  const platform = options.platform ?? process.platform;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const log = options.log ?? (() => undefined);
  let path = requested;
  let step: SaveStep = 'check-folder';
  let temp: string | null = null;
  let backup: string | undefined;

  try {
    path = await resolveTarget(fs, requested);
    const folder = dirname(path);
    const folderInfo = await fs.stat(folder);
    if (!folderInfo.isDirectory()) throw fail('ENOTDIR');

    step = 'check-target';
    const previous = await fs.stat(path).then(
      (s) => s,
      (e: unknown) => {
        if (errorCode(e) === 'ENOENT') return null;
        throw e;
      },
    );
    if (previous?.isDirectory()) throw fail('EISDIR');
    // Mode bits first: root passes access(), yet a 0444 file is the owner's "do not change".
    if (previous && platform !== 'win32' && (previous.mode & WRITE_BITS) === 0) throw fail('EACCES');
    if (previous) await fs.access(path, W_OK);
    await removeStaleTemps(path, { fs, log });

    step = 'create-temp';
    const candidate = tempPathFor(path);
    let handle: SaveFileHandle;
    try {
      handle = await fs.open(candidate, 'wx');
      temp = candidate;
    } catch (e) {
      const code = errorCode(e);
      if (previous && (code === 'EACCES' || code === 'EPERM')) {
        // The folder is locked but the file is writable: write in place, with a copy kept meanwhile.
        await writeInPlace(fs, path, data, options.backupDir, (s) => (step = s), (kept) => (backup = kept));
        backup = undefined;
        return;
      }
      throw e;
    }
    step = 'write';
    try {
      await handle.writeFile(data);
      if (previous) {
        await handle.chmod(previous.mode & 0o7777).catch(() => undefined);
        // Keeping the owner needs privileges; without them the saver owns the new file, as any editor does.
        if (previous.uid !== undefined && previous.gid !== undefined) await fs.chown(candidate, previous.uid, previous.gid).catch(() => undefined);
      }
      step = 'flush';
      await handle.sync();
    } catch (e) {
      await handle.close().catch(() => undefined);
      throw e;
    }
    step = 'close';
    await handle.close();

    step = 'replace';
    for (let attempt = 0; ; attempt++) {
      try {
        await fs.rename(candidate, path);
        temp = null;
        break;
      } catch (e) {
        const code = errorCode(e);
        const delay = REPLACE_RETRY_DELAYS[attempt];
        if (delay === undefined || !(code === 'EPERM' || code === 'EBUSY' || code === 'EACCES')) throw e;
        await sleep(delay);
      }
    }
  } catch (e) {
    if (temp !== null) await fs.unlink(temp).catch(() => undefined);
    const code = errorCode(e);
    throw new SaveError(path, step, classifyFailure(code, platform), code, backup);
  }

  // The new file is in place: from here on a failure is logged, never reported as a failed save.
  try {
    await syncFolder(dirname(path), platform);
  } catch (e) {
    log(`could not flush folder ${dirname(path)}: ${errorCode(e)}`);
  }
}

/**
 * The fallback for a folder that refuses new files: copy the old version to `backupDir` (exclusive
 * create, so nothing already at that name, link or file, is written through), overwrite the file in
 * place, flush it, drop the copy. `kept` learns the copy's name first, so a failure can name it.
 */
async function writeInPlace(
  fs: Required<SaveFs>,
  path: string,
  data: Uint8Array | string,
  backupDir: string | undefined,
  at: (step: SaveStep) => void,
  kept: (backup: string) => void,
): Promise<void> {
  let backup: string | undefined;
  if (backupDir) {
    at('backup');
    await nodeFs.mkdir(backupDir, { recursive: true });
    backup = join(backupDir, `${basename(path)}.${randomBytes(6).toString('hex')}.bak`);
    await fs.copyFile(path, backup, nodeFs.constants.COPYFILE_EXCL);
    kept(backup);
  }
  at('write');
  // 'w' on an existing file truncates it in place: no new name is needed in the locked folder.
  const handle = await fs.open(path, 'w');
  try {
    await handle.writeFile(data);
    at('flush');
    await handle.sync();
  } finally {
    await handle.close();
  }
  if (backup) await fs.unlink(backup).catch(() => undefined);
}
