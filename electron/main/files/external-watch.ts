/**
 * Notices when someone else changes an open file (a teammate, a sync folder, git). Polling the
 * file's stat catches in-place writes and rename-over saves alike on every OS; a content hash then
 * tells a real change from a touch, and from our own saves, which announce their hash beforehand.
 */
import { readFile, watchFile, unwatchFile, type Stats } from 'node:fs';
import { hashBytes } from './read-map';

export const MISSING = 'missing';

export interface ChangeWatcher {
  /** Starts watching `path`, whose content we know has hash `hash`. */
  watch(path: string, hash: string): void;
  unwatch(path: string): void;
  /** Our own save is about to write content with this hash: don't report it. */
  expectWrite(path: string, hash: string): void;
  /** The save finished (or failed, with `hash` null): this is the content we now know. */
  settleWrite(path: string, hash: string | null): void;
  /** The hash of the content we last read or wrote, if watched. */
  knownHash(path: string): string | undefined;
  /** Reads the file now and reports a change if there is one; resolves true when reported. */
  check(path: string): Promise<boolean>;
  close(): void;
}

interface Entry {
  known: string;
  expected: string | null;
  lastReported: string | null;
  listener: (curr: Stats, prev: Stats) => void;
}

function currentHash(path: string): Promise<string> {
  return new Promise((resolve) => {
    readFile(path, (error, data) => resolve(error ? MISSING : hashBytes(data)));
  });
}

export function createChangeWatcher(onChange: (path: string) => void, options: { interval?: number } = {}): ChangeWatcher {
  const interval = options.interval ?? 1000;
  const entries = new Map<string, Entry>();

  async function check(path: string): Promise<boolean> {
    const entry = entries.get(path);
    if (!entry) return false;
    const hash = await currentHash(path);
    if (entries.get(path) !== entry) return false;
    if (hash === entry.known || hash === entry.expected || hash === entry.lastReported) return false;
    entry.lastReported = hash;
    onChange(path);
    return true;
  }

  return {
    watch(path, hash) {
      const existing = entries.get(path);
      if (existing) {
        existing.known = hash;
        existing.lastReported = null;
        return;
      }
      const listener = (curr: Stats, prev: Stats) => {
        if (curr.mtimeMs === prev.mtimeMs && curr.size === prev.size && curr.ino === prev.ino) return;
        void check(path);
      };
      entries.set(path, { known: hash, expected: null, lastReported: null, listener });
      watchFile(path, { interval, persistent: false }, listener);
    },
    unwatch(path) {
      const entry = entries.get(path);
      if (!entry) return;
      unwatchFile(path, entry.listener);
      entries.delete(path);
    },
    expectWrite(path, hash) {
      const entry = entries.get(path);
      if (entry) entry.expected = hash;
    },
    settleWrite(path, hash) {
      const entry = entries.get(path);
      if (!entry) return;
      if (hash !== null) {
        entry.known = hash;
        entry.lastReported = null;
      }
      entry.expected = null;
    },
    knownHash(path) {
      return entries.get(path)?.known;
    },
    check,
    close() {
      for (const [path, entry] of entries) unwatchFile(path, entry.listener);
      entries.clear();
    },
  };
}
