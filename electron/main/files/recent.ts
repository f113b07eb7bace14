/** The recent-files list, kept in the app's data folder (the OS's own list is fed separately). */
import { readFile, mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { saveFileAtomic } from './atomic-save';

export const RECENT_FILE = 'recent-files.json';
export const MAX_RECENT = 10;

const recentListSchema = z.array(z.object({ path: z.string().min(1), openedAt: z.number().finite() }));

export interface RecentEntry {
  readonly path: string;
  readonly openedAt: number;
}

export interface RecentStore {
  list(): Promise<RecentEntry[]>;
  add(path: string): Promise<RecentEntry[]>;
  remove(path: string): Promise<RecentEntry[]>;
  clear(): Promise<RecentEntry[]>;
}

/** Windows and macOS file systems usually ignore case; a file opened twice with different case is one entry. */
export function samePath(a: string, b: string, platform: NodeJS.Platform = process.platform): boolean {
  return platform === 'linux' ? a === b : a.toLowerCase() === b.toLowerCase();
}

export function createRecentStore(folder: string, clock: () => number = Date.now, platform: NodeJS.Platform = process.platform): RecentStore {
  const file = join(folder, RECENT_FILE);
  let queue: Promise<unknown> = Promise.resolve();

  async function load(): Promise<RecentEntry[]> {
    try {
      const parsed = recentListSchema.safeParse(JSON.parse(await readFile(file, 'utf8')));
      return parsed.success ? parsed.data.slice(0, MAX_RECENT) : [];
    } catch {
      return [];
    }
  }

  function update(change: (entries: RecentEntry[]) => RecentEntry[]): Promise<RecentEntry[]> {
    const next = queue.then(async () => {
      const entries = change(await load()).slice(0, MAX_RECENT);
      await mkdir(folder, { recursive: true });
      await saveFileAtomic(file, JSON.stringify(entries, null, 2));
      return entries;
    });
    queue = next.catch(() => undefined);
    return next;
  }

  return {
    async list() {
      await queue;
      return load();
    },
    add(path) {
      const absolute = resolve(path);
      return update((entries) => [{ path: absolute, openedAt: clock() }, ...entries.filter((e) => !samePath(e.path, absolute, platform))]);
    },
    remove(path) {
      return update((entries) => entries.filter((e) => !samePath(e.path, path, platform)));
    },
    clear() {
      return update(() => []);
    },
  };
}
