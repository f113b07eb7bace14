/** The file-system port for Node (command line). The one place in src/ that imports node:*. */
import { open, readFile, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { FileAccessError, type FilePort } from './port';

function toAccessError(path: string, error: unknown): FileAccessError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return new FileAccessError(path, 'not-found');
  if (code === 'EISDIR') return new FileAccessError(path, 'is-directory');
  if (code === 'EACCES' || code === 'EPERM') return new FileAccessError(path, 'permission');
  return new FileAccessError(path, 'io', code ?? String(error));
}

export const nodeFiles: FilePort = {
  async readFile(path) {
    try {
      return new Uint8Array(await readFile(path));
    } catch (e) {
      throw toAccessError(path, e);
    }
  },
  async stat(path) {
    try {
      const s = await stat(path);
      return { isFile: s.isFile(), isDirectory: s.isDirectory(), size: s.size };
    } catch (e) {
      throw toAccessError(path, e);
    }
  },
  async writeFileAtomic(path, data) {
    const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
    try {
      const handle = await open(temp, 'w');
      try {
        await handle.writeFile(data);
        await handle.sync();
      } finally {
        await handle.close();
      }
      await rename(temp, path);
    } catch (e) {
      await unlink(temp).catch(() => undefined);
      throw toAccessError(path, e);
    }
  },
};
