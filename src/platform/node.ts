/** The file-system port for Node (command line). The one place in src/ that imports node:*. */
import { readFile, stat } from 'node:fs/promises';
import { saveFileAtomic, SaveError } from './node/save';
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
    try {
      await saveFileAtomic(path, data);
    } catch (e) {
      if (e instanceof SaveError) {
        const reason = e.code === 'EISDIR' ? 'is-directory' : e.reason === 'not-found' ? 'not-found' : e.reason === 'permission' ? 'permission' : 'io';
        throw new FileAccessError(path, reason, e.code);
      }
      throw toAccessError(path, e);
    }
  },
};
