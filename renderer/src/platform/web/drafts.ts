/** IndexedDB: the draft of the open map and the recent-files list, with the file handles they need to save again. */
import type { Locale } from '../../../../src/i18n';
import { platformMessage } from '../../i18n/platform';

export const DB_NAME = 'touchpoint-studio';
export const DB_VERSION = 1;
export const DRAFT_STORE = 'drafts';
export const DRAFT_KEY = 'current';
export const RECENT_STORE = 'recent';
export const RECENT_KEY = 'files';
export const MAX_RECENT = 10;

interface StoredRef {
  readonly id: string;
  readonly name: string;
}

export interface StoredDraft {
  readonly text: string;
  readonly savedAt: number;
  readonly ref?: StoredRef;
  /** The file the draft belongs to, so Save still writes there after the page is reloaded. */
  readonly handle?: FileSystemFileHandle;
}

export interface StoredRecent {
  readonly id: string;
  readonly name: string;
  readonly openedAt: number;
  readonly handle: FileSystemFileHandle;
}

function done<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });
}

function committed(transaction: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error ?? new Error('IndexedDB transaction failed'));
    transaction.onabort = () => reject(transaction.error ?? new Error('IndexedDB transaction aborted'));
  });
}

export function isFileHandle(value: unknown): value is FileSystemFileHandle {
  return typeof value === 'object' && value !== null && 'kind' in value && value.kind === 'file' && 'getFile' in value;
}

function isStoredRef(value: unknown): value is StoredRef {
  return typeof value === 'object' && value !== null && 'id' in value && typeof value.id === 'string' && 'name' in value && typeof value.name === 'string';
}

export function isStoredDraft(value: unknown): value is StoredDraft {
  return (
    typeof value === 'object' &&
    value !== null &&
    'text' in value &&
    typeof value.text === 'string' &&
    'savedAt' in value &&
    typeof value.savedAt === 'number' &&
    (!('ref' in value) || value.ref === undefined || isStoredRef(value.ref))
  );
}

export function isStoredRecent(value: unknown): value is StoredRecent {
  return isStoredRef(value) && 'openedAt' in value && typeof value.openedAt === 'number' && 'handle' in value && isFileHandle(value.handle);
}

/** The database, opened lazily once; null when this browser gives the page no IndexedDB. */
export class Database {
  private opening: Promise<IDBDatabase | null> | undefined;
  private warned = false;

  constructor(private readonly locale: () => Locale) {}

  open(): Promise<IDBDatabase | null> {
    this.opening ??= new Promise((resolve) => {
      let request: IDBOpenDBRequest;
      try {
        // Reading `indexedDB` itself throws in some sandboxed frames; it is undefined in others.
        const factory: IDBFactory | undefined = globalThis.indexedDB;
        if (!factory) throw new Error('indexedDB is not defined');
        request = factory.open(DB_NAME, DB_VERSION);
      } catch (error) {
        this.unavailable(error);
        resolve(null);
        return;
      }
      request.onupgradeneeded = () => {
        const db = request.result;
        for (const store of [DRAFT_STORE, RECENT_STORE]) if (!db.objectStoreNames.contains(store)) db.createObjectStore(store);
      };
      request.onsuccess = () => {
        const db = request.result;
        // A newer version of the app in another tab wants to upgrade: let it, and reopen next time.
        db.onversionchange = () => {
          db.close();
          this.opening = undefined;
        };
        resolve(db);
      };
      request.onerror = () => {
        this.unavailable(request.error);
        resolve(null);
      };
    });
    return this.opening;
  }

  async get(store: string, key: string): Promise<unknown> {
    const db = await this.open();
    if (!db) return undefined;
    return done(db.transaction(store, 'readonly').objectStore(store).get(key));
  }

  async put(store: string, key: string, value: unknown): Promise<void> {
    const db = await this.open();
    if (!db) return;
    const transaction = db.transaction(store, 'readwrite');
    transaction.objectStore(store).put(value, key);
    await committed(transaction);
  }

  async delete(store: string, key: string): Promise<void> {
    const db = await this.open();
    if (!db) return;
    const transaction = db.transaction(store, 'readwrite');
    transaction.objectStore(store).delete(key);
    await committed(transaction);
  }

  /** Logs once: drafts and recent files quietly turn off, the rest of the app works. */
  unavailable(error: unknown): void {
    if (this.warned) return;
    this.warned = true;
    console.warn(platformMessage(this.locale(), 'draft.unavailable'), error);
  }
}
