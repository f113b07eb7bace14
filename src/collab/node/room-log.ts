/**
 * The room's Yjs history on disk, so a restarted host resumes the same shared document instead of a
 * fresh one made from the file. Yjs merges by the ids of each person's edits: a participant who was
 * offline while the host restarted can only merge with a document that still has those ids, which a
 * document rebuilt from the map file never has (it would instead hold a second copy of every list,
 * and one copy would replace the other).
 *
 * Where: a hidden sibling of the map file, `.<name>.yjs`. The log belongs to that file and that
 * file only, so it moves, copies and is backed up with it; the command line has no app data folder
 * to put it in; and it is hidden because it is not something a person opens. It holds the room's
 * join token (a restarted room keeps its link), so it is written readable by its owner only.
 *
 * Format: records of [type: 1 byte][length: 4 bytes, little-endian][payload]. Type 0 is the room
 * (JSON: room id and token), 1 a Yjs update, 2 the SHA-256 of map file text the host is about to
 * write. Appends are never synced to the disk one by one: a killed process loses nothing the
 * kernel already has, and a torn last record (power loss) is ignored on reading.
 */
import { createHash } from 'node:crypto';
import { open, readFile, rename, rm, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import * as Y from 'yjs';

const META = 0;
const UPDATE = 1;
const SAVED = 2;
const HEADER = 5;
/** Rewritten as one compact record once appends outgrow the compacted log this many times over. */
const COMPACT_RATIO = 4;
const COMPACT_MIN_BYTES = 1024 * 1024;

export interface RoomIdentity {
  readonly room: string;
  readonly token: string;
}

export interface RoomHistory extends RoomIdentity {
  /** Every update in order; applying them all gives the room's document. */
  readonly updates: readonly Uint8Array[];
  /** Hashes of map file text the host wrote (or was about to write) from this history. */
  readonly saved: ReadonlySet<string>;
}

export const roomLogPath = (file: string): string => join(dirname(file), `.${basename(file)}.yjs`);

export const textHash = (text: string): string => createHash('sha256').update(text).digest('hex');

function record(type: number, payload: Uint8Array): Uint8Array {
  const out = new Uint8Array(HEADER + payload.byteLength);
  out[0] = type;
  new DataView(out.buffer).setUint32(1, payload.byteLength, true);
  out.set(payload, HEADER);
  return out;
}

/** The history in a log, or null when there is none or it is not one (a torn tail is dropped). */
export async function readRoomLog(path: string): Promise<RoomHistory | null> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch {
    return null;
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let identity: RoomIdentity | null = null;
  const updates: Uint8Array[] = [];
  const saved = new Set<string>();
  for (let at = 0; at + HEADER <= bytes.byteLength; ) {
    const type = bytes[at]!;
    const length = view.getUint32(at + 1, true);
    if (at + HEADER + length > bytes.byteLength) break;
    const payload = bytes.subarray(at + HEADER, at + HEADER + length);
    at += HEADER + length;
    if (type === META) {
      try {
        const meta = JSON.parse(new TextDecoder().decode(payload)) as Record<string, unknown>;
        if (typeof meta['room'] === 'string' && typeof meta['token'] === 'string') identity = { room: meta['room'], token: meta['token'] };
      } catch {
        return null;
      }
    } else if (type === UPDATE) updates.push(payload);
    else if (type === SAVED) saved.add(new TextDecoder().decode(payload));
    else return null;
  }
  return identity ? { ...identity, updates, saved } : null;
}

export interface RoomLog {
  /** Adds one update (queued; writes keep their order). */
  append(update: Uint8Array): void;
  /** Notes that the host is about to write this map text to the file. */
  saving(hash: string): Promise<void>;
  /** Waits for every queued write. */
  flush(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Starts a log holding the document's whole state (a fresh room, or a compaction), then appends.
 * `log` hears about write failures: the room goes on without its history rather than stopping.
 */
export async function createRoomLog(path: string, identity: RoomIdentity, doc: Y.Doc, savedHash: string | null, log: (detail: string) => void): Promise<RoomLog> {
  let handle: FileHandle | null = null;
  let appended = 0;
  let compacted = 0;
  let lastSaved = savedHash;
  let queue: Promise<void> = Promise.resolve();
  let failed = false;

  const rewrite = async () => {
    const parts = [record(META, new TextEncoder().encode(JSON.stringify(identity))), record(UPDATE, Y.encodeStateAsUpdate(doc))];
    if (lastSaved !== null) parts.push(record(SAVED, new TextEncoder().encode(lastSaved)));
    const temp = `${path}.${process.pid}.tmp`;
    const out = await open(temp, 'w', 0o600);
    try {
      for (const part of parts) await out.write(part);
      await out.sync();
    } finally {
      await out.close();
    }
    try {
      await rename(temp, path);
    } catch (error) {
      await rm(temp, { force: true });
      throw error;
    }
    await handle?.close();
    handle = await open(path, 'a', 0o600);
    compacted = parts.reduce((n, p) => n + p.byteLength, 0);
    appended = 0;
  };

  const enqueue = (write: () => Promise<void>) => {
    queue = queue.then(write).catch((error: unknown) => {
      if (!failed) log(error instanceof Error ? error.message : String(error));
      failed = true;
    });
    return queue;
  };

  await rewrite();
  return {
    append(update) {
      void enqueue(async () => {
        if (!handle) return;
        const bytes = record(UPDATE, update);
        await handle.write(bytes);
        appended += bytes.byteLength;
        if (appended > Math.max(COMPACT_MIN_BYTES, compacted * COMPACT_RATIO)) await rewrite();
      });
    },
    saving(hash) {
      lastSaved = hash;
      return enqueue(async () => {
        if (handle) await handle.write(record(SAVED, new TextEncoder().encode(hash)));
      });
    },
    flush: () => queue,
    async close() {
      await queue;
      await handle?.close();
      handle = null;
    },
  };
}
