/**
 * The Platform port in a plain browser. Files go through the File System Access API where the
 * browser has it (Chromium: real open/save dialogs and saving back over the same file), else
 * through a hidden file input and downloads. Drafts and recent files live in IndexedDB.
 *
 * What the web cannot do, by design of the browser:
 * - no native menu, so onCommand never fires (the app's own toolbar and shortcuts are the menu);
 * - no watching files on disk, so onExternalChange never fires: a file changed by another program
 *   is silently overwritten by the next Save (the browser gives no modification time to compare);
 * - without the File System Access API (Firefox, Safari) Save can only download a new copy.
 */
import { resolveLocale, type Locale } from '../../../src/i18n';
import { fileSizeProblem, formatProblems, readMapBytes, type MapSource } from '../../../src/model';
import {
  fileFailureMessage,
  platformMessage,
  type PlatformMessageKey,
  type WebFailureReason,
  type WebFileOperation,
} from '../i18n/platform';
import type {
  FilePickerAcceptType,
  FileSystemAccessWindow,
  FileSystemPermissionMode,
  PermissionedFileHandle,
} from './fs-access';
import { readWebClipboard, writeWebClipboard } from './web-clipboard';
import { PlatformError, type Draft, type FileRef, type OpenedFile, type Platform, type RecentFile } from './types';

export interface WebPlatformOptions {
  /** The UI language for error messages; default: the browser's language. */
  locale?: () => Locale;
  /**
   * false: never use the File System Access pickers, only the file input and downloads (e.g. for a
   * headless test browser, whose pickers cancel at once). Default true: use them where they exist.
   */
  fileSystemAccess?: boolean;
}

export const APP_NAME = 'Touchpoint Studio';
export const MAP_EXTENSION = '.tpmap.json';
export const DB_NAME = 'touchpoint-studio';
export const DB_VERSION = 1;
export const DRAFT_STORE = 'drafts';
export const DRAFT_KEY = 'current';
export const RECENT_STORE = 'recent';
export const RECENT_KEY = 'files';
export const MAX_RECENT = 10;
/** Long enough for every browser to have fetched the blob for the download. */
const REVOKE_DOWNLOAD_URL_AFTER_MS = 60_000;
/** Maps, and PDF reports from this app (which carry their map inside). */
const MAP_ACCEPT = '.json,.tpmap.json,.tpmap,application/json,.pdf,application/pdf';

// ---------------------------------------------------------------------------------------------
// Pure helpers (unit-tested without a browser)

function errorName(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'name' in error && typeof error.name === 'string') return error.name;
  return undefined;
}

/** The person closed a picker: a cancel, not a failure. */
export function isAbortError(error: unknown): boolean {
  return errorName(error) === 'AbortError';
}

/** What a browser file error means for a person (DOMException names, by the File System spec). */
export function failureReason(error: unknown): WebFailureReason {
  switch (errorName(error)) {
    case 'NotAllowedError':
    case 'SecurityError':
      return 'permission';
    case 'NotFoundError':
      return 'not-found';
    case 'QuotaExceededError':
    case 'NS_ERROR_DOM_QUOTA_REACHED': // older Firefox
      return 'disk-full';
    case 'NoModificationAllowedError':
    case 'InvalidStateError':
      return 'busy';
    default:
      return 'io';
  }
}

/**
 * A PlatformError in the person's language for a failed browser file operation. `name` is the
 * file's name; leave it out when the file dialog itself failed. PlatformErrors pass through.
 */
export function toPlatformError(error: unknown, operation: WebFileOperation, name: string | undefined, locale: Locale): PlatformError {
  if (error instanceof PlatformError) return error;
  const reason = failureReason(error);
  const code = errorName(error) ?? 'unknown error';
  const message = fileFailureMessage(locale, operation, reason, name === undefined ? { code } : { name, code });
  const result = new PlatformError(message, reason);
  (result as { cause?: unknown }).cause = error;
  return result;
}

/** `Hotel stay` → `Hotel stay.tpmap.json`; `a.json` → `a.tpmap.json`; never an empty name. */
export function mapFileName(suggested: string): string {
  const base = suggested
    .trim()
    .replace(/\.tpmap\.json$/i, '')
    .replace(/\.json$/i, '')
    .trim();
  return `${base === '' ? 'map' : base}${MAP_EXTENSION}`;
}

/** The window title: `• name — Touchpoint Studio` while there are unsaved changes. */
export function windowTitle(dirty: boolean, title: string): string {
  const name = title.trim();
  const marker = dirty ? '• ' : '';
  return name === '' ? `${marker}${APP_NAME}` : `${marker}${name} — ${APP_NAME}`;
}

const TYPE_LABELS: Readonly<Record<string, PlatformMessageKey>> = {
  'application/pdf': 'type.pdf',
  'image/png': 'type.png',
  'image/svg+xml': 'type.svg',
  'application/json': 'type.json',
};

/** The save dialog's file type for an export, or undefined when the name or MIME type would make the browser refuse it. */
export function exportFileType(suggestedName: string, mimeType: string, locale: Locale): FilePickerAcceptType | undefined {
  const isMap = suggestedName.toLowerCase().endsWith(MAP_EXTENSION);
  // The picker refuses extensions longer than 16 characters and MIME types it cannot parse.
  const extension = isMap ? MAP_EXTENSION : /\.[A-Za-z0-9]{1,15}$/.exec(suggestedName)?.[0];
  if (!extension || !/^[\w.+-]+\/[\w.+-]+$/.test(mimeType)) return undefined;
  const key: PlatformMessageKey = isMap ? 'type.map' : (TYPE_LABELS[mimeType] ?? 'type.other');
  return { description: platformMessage(locale, key), accept: { [mimeType]: [extension] } };
}

// ---------------------------------------------------------------------------------------------
// IndexedDB

interface StoredRef {
  readonly id: string;
  readonly name: string;
}

interface StoredDraft {
  readonly text: string;
  readonly savedAt: number;
  readonly ref?: StoredRef;
  /** The file the draft belongs to, so Save still writes there after the page is reloaded. */
  readonly handle?: FileSystemFileHandle;
}

interface StoredRecent {
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

function isFileHandle(value: unknown): value is FileSystemFileHandle {
  return typeof value === 'object' && value !== null && 'kind' in value && value.kind === 'file' && 'getFile' in value;
}

function isStoredRef(value: unknown): value is StoredRef {
  return typeof value === 'object' && value !== null && 'id' in value && typeof value.id === 'string' && 'name' in value && typeof value.name === 'string';
}

function isStoredDraft(value: unknown): value is StoredDraft {
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

function isStoredRecent(value: unknown): value is StoredRecent {
  return isStoredRef(value) && 'openedAt' in value && typeof value.openedAt === 'number' && 'handle' in value && isFileHandle(value.handle);
}

/** The database, opened lazily once; null when this browser gives the page no IndexedDB. */
class Database {
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

// ---------------------------------------------------------------------------------------------
// Browser helpers

let idCounter = 0;
function newId(): string {
  idCounter += 1;
  const random = typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function' ? crypto.randomUUID() : Math.random().toString(36).slice(2);
  return `web:${random}:${idCounter}`;
}

function toBlob(data: Uint8Array | string, mimeType: string): Blob {
  if (typeof data === 'string') return new Blob([data], { type: mimeType });
  // A view on a SharedArrayBuffer is not a BlobPart: copy it.
  const bytes = data.buffer instanceof ArrayBuffer ? (data as Uint8Array<ArrayBuffer>) : new Uint8Array(data);
  return new Blob([bytes], { type: mimeType });
}

/** Saves through the browser's downloads (no dialog in most browsers: it lands in Downloads). */
function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = name;
  anchor.rel = 'noopener';
  anchor.style.display = 'none';
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_DOWNLOAD_URL_AFTER_MS);
}

/** A hidden file input; null when the person cancels. */
function pickWithInput(): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = MAP_ACCEPT;
    input.style.display = 'none';
    let settled = false;
    const finish = (file: File | null) => {
      if (settled) return;
      settled = true;
      input.remove();
      window.removeEventListener('focus', onFocus);
      resolve(file);
    };
    // Browsers without the input's `cancel` event (before Chrome 113, Firefox 91, Safari 16.4):
    // the window gets focus back when the dialog closes; `change` follows shortly if a file was chosen.
    const onFocus = () => setTimeout(() => finish(input.files?.[0] ?? null), 1_000);
    input.addEventListener('change', () => finish(input.files?.[0] ?? null));
    input.addEventListener('cancel', () => finish(null));
    if (!('oncancel' in input)) window.addEventListener('focus', onFocus, { once: true });
    document.body.append(input);
    input.click();
  });
}

/**
 * A picked file through the shared reader (src/model/read.ts): the size limit before reading, strict
 * UTF-8, and a report PDF's embedded map handed over as map text. A map that reads but is invalid is
 * handed over as text, so the editor lists its problems as usual; anything that is not map text at
 * all is refused here, with the reader's message.
 */
async function readMapText(file: File, locale: Locale): Promise<{ text: string; source: MapSource }> {
  const refuse = (lines: readonly string[]) => new PlatformError(lines.map((line) => `${file.name}: ${line}`).join('\n'), 'io');
  const tooLarge = fileSizeProblem(file.size);
  if (tooLarge) throw refuse(formatProblems([tooLarge], 1, locale));
  const bytes = new Uint8Array(await file.arrayBuffer());
  const result = readMapBytes(bytes, file.name);
  if (result.ok) return { text: result.text, source: result.source };
  const first = result.problems[0]?.code;
  if (result.source === 'json' && first !== 'invalid-utf8' && first !== 'too-large') {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), source: 'json' };
  }
  throw refuse(formatProblems(result.problems, result.total, locale, result.stopped));
}

// ---------------------------------------------------------------------------------------------

export function createWebPlatform(options: WebPlatformOptions = {}): Platform {
  const locale = options.locale ?? (() => resolveLocale(typeof navigator === 'undefined' ? undefined : navigator.language));
  const useFileSystemAccess = options.fileSystemAccess ?? true;
  const db = new Database(locale);
  /** File handles by FileRef id: only this page can save back to a file. */
  const handles = new Map<string, FileSystemFileHandle>();
  /** Saves to one file run one after another; so do updates of the recent list. */
  const queues = new Map<string, Promise<unknown>>();
  let beforeUnloadGuard: ((event: BeforeUnloadEvent) => void) | undefined;

  function serially<T>(key: string, task: () => Promise<T>): Promise<T> {
    const next = (queues.get(key) ?? Promise.resolve()).catch(() => undefined).then(task);
    queues.set(key, next);
    const clear = () => {
      if (queues.get(key) === next) queues.delete(key);
    };
    next.then(clear, clear);
    return next;
  }

  function pickers(): FileSystemAccessWindow {
    if (!useFileSystemAccess || typeof window === 'undefined') return {};
    const w = window as unknown as FileSystemAccessWindow;
    return {
      showOpenFilePicker: typeof w.showOpenFilePicker === 'function' ? w.showOpenFilePicker.bind(window) : undefined,
      showSaveFilePicker: typeof w.showSaveFilePicker === 'function' ? w.showSaveFilePicker.bind(window) : undefined,
    };
  }

  function mapType(): FilePickerAcceptType {
    return { description: platformMessage(locale(), 'type.map'), accept: { 'application/json': [MAP_EXTENSION, '.json'] } };
  }

  /** Open also takes a PDF report made by the app: its map travels inside it. */
  function openTypes(): FilePickerAcceptType[] {
    return [{ description: platformMessage(locale(), 'type.map'), accept: { 'application/json': [MAP_EXTENSION, '.json', '.tpmap'], 'application/pdf': ['.pdf'] } }];
  }

  async function ensurePermission(handle: FileSystemFileHandle, mode: FileSystemPermissionMode, operation: WebFileOperation, name: string) {
    const h = handle as PermissionedFileHandle;
    if (typeof h.queryPermission !== 'function') return;
    try {
      let state = await h.queryPermission({ mode });
      if (state !== 'granted' && typeof h.requestPermission === 'function') state = await h.requestPermission({ mode });
      if (state === 'granted') return;
    } catch (error) {
      throw toPlatformError(error, operation, name, locale());
    }
    throw new PlatformError(fileFailureMessage(locale(), operation, 'permission', { name }), 'permission');
  }

  /**
   * createWritable → write → close: the browser writes a swap file and puts it in place on close,
   * so a failure before close leaves the original as it was; abort() drops the swap file.
   */
  async function writeTo(handle: FileSystemFileHandle, blob: Blob, operation: WebFileOperation) {
    let writable: FileSystemWritableFileStream;
    try {
      writable = await handle.createWritable();
    } catch (error) {
      throw toPlatformError(error, operation, handle.name, locale());
    }
    try {
      await writable.write(blob);
      await writable.close();
    } catch (error) {
      await writable.abort().catch(() => undefined);
      throw toPlatformError(error, operation, handle.name, locale());
    }
  }

  async function readRecent(): Promise<StoredRecent[]> {
    try {
      const list = await db.get(RECENT_STORE, RECENT_KEY);
      return Array.isArray(list) ? list.filter(isStoredRecent) : [];
    } catch (error) {
      console.warn('Touchpoint Studio: could not read the recent files', error);
      return [];
    }
  }

  /** Puts the file first in the recent list (a file opened twice is listed once). Never throws. */
  function remember(ref: FileRef, handle: FileSystemFileHandle): Promise<void> {
    return serially('recent', async () => {
      const list = await readRecent();
      const others: StoredRecent[] = [];
      for (const entry of list) {
        const same = entry.id === ref.id || (await entry.handle.isSameEntry(handle).catch(() => false));
        if (!same) others.push(entry);
      }
      const entry: StoredRecent = { id: ref.id, name: handle.name, openedAt: Date.now(), handle };
      await db.put(RECENT_STORE, RECENT_KEY, [entry, ...others].slice(0, MAX_RECENT));
    }).catch((error: unknown) => console.warn('Touchpoint Studio: could not update the recent files', error));
  }

  function forget(id: string): Promise<void> {
    return serially('recent', async () => {
      const list = await readRecent();
      await db.put(RECENT_STORE, RECENT_KEY, list.filter((entry) => entry.id !== id));
    }).catch((error: unknown) => console.warn('Touchpoint Studio: could not update the recent files', error));
  }

  async function openHandle(handle: FileSystemFileHandle, id: string): Promise<OpenedFile> {
    let read: { text: string; source: MapSource };
    try {
      read = await readMapText(await handle.getFile(), locale());
    } catch (error) {
      throw toPlatformError(error, 'open', handle.name, locale());
    }
    const ref: FileRef = { id, name: handle.name };
    // A report's map opens as a new map: no handle is kept that a save could write over the PDF with.
    if (read.source === 'json') handles.set(id, handle);
    await remember(ref, handle);
    return { ref, text: read.text };
  }

  return {
    kind: 'web',

    async openFile() {
      const { showOpenFilePicker } = pickers();
      if (showOpenFilePicker) {
        let picked: FileSystemFileHandle[];
        try {
          picked = await showOpenFilePicker({ types: openTypes(), multiple: false, id: 'touchpoint-maps' });
        } catch (error) {
          if (isAbortError(error)) return null;
          throw toPlatformError(error, 'open', undefined, locale());
        }
        const handle = picked[0];
        return handle ? openHandle(handle, newId()) : null;
      }
      const file = await pickWithInput();
      if (!file) return null;
      try {
        return { ref: { id: newId(), name: file.name }, text: (await readMapText(file, locale())).text };
      } catch (error) {
        throw toPlatformError(error, 'open', file.name, locale());
      }
    },

    async openRecent(ref) {
      const handle = handles.get(ref.id) ?? (await readRecent()).find((entry) => entry.id === ref.id)?.handle;
      if (!handle) throw new PlatformError(fileFailureMessage(locale(), 'open', 'not-found', { name: ref.name }), 'not-found');
      await ensurePermission(handle, 'read', 'open', ref.name);
      try {
        return await openHandle(handle, ref.id);
      } catch (error) {
        if (error instanceof PlatformError && error.reason === 'not-found') {
          handles.delete(ref.id);
          await forget(ref.id);
        }
        throw error;
      }
    },

    save(ref, text) {
      return serially(`save:${ref.id}`, async () => {
        const handle = handles.get(ref.id);
        if (!handle) {
          // Opened through the file input (or no File System Access API): the browser cannot write
          // back to that file, so Save downloads a copy with the same name.
          download(toBlob(text, 'application/json'), ref.name);
          return ref;
        }
        await ensurePermission(handle, 'readwrite', 'save', ref.name);
        await writeTo(handle, toBlob(text, 'application/json'), 'save');
        const saved: FileRef = { id: ref.id, name: handle.name };
        await remember(saved, handle);
        return saved;
      });
    },

    async saveAs(text, suggestedName) {
      const name = mapFileName(suggestedName);
      const { showSaveFilePicker } = pickers();
      if (!showSaveFilePicker) {
        download(toBlob(text, 'application/json'), name);
        return { id: newId(), name };
      }
      let handle: FileSystemFileHandle;
      try {
        handle = await showSaveFilePicker({ suggestedName: name, types: [mapType()], id: 'touchpoint-maps' });
      } catch (error) {
        if (isAbortError(error)) return null;
        throw toPlatformError(error, 'save', undefined, locale());
      }
      await writeTo(handle, toBlob(text, 'application/json'), 'save');
      const ref: FileRef = { id: newId(), name: handle.name };
      handles.set(ref.id, handle);
      await remember(ref, handle);
      return ref;
    },

    async exportFile(data, suggestedName, mimeType) {
      const blob = toBlob(data, mimeType);
      const { showSaveFilePicker } = pickers();
      if (!showSaveFilePicker) {
        download(blob, suggestedName);
        return true;
      }
      const type = exportFileType(suggestedName, mimeType, locale());
      let handle: FileSystemFileHandle;
      try {
        handle = await showSaveFilePicker({ suggestedName, id: 'touchpoint-exports', ...(type ? { types: [type] } : {}) });
      } catch (error) {
        if (isAbortError(error)) return false;
        throw toPlatformError(error, 'export', undefined, locale());
      }
      await writeTo(handle, blob, 'export');
      return true;
    },

    // Drafts are a safety net: when IndexedDB is missing or fails they quietly do nothing (logged).
    async readDraft(): Promise<Draft | null> {
      let stored: unknown;
      try {
        stored = await db.get(DRAFT_STORE, DRAFT_KEY);
      } catch (error) {
        db.unavailable(error);
        return null;
      }
      if (!isStoredDraft(stored)) return null;
      if (!stored.ref) return { text: stored.text, savedAt: stored.savedAt };
      if (stored.handle && isFileHandle(stored.handle)) handles.set(stored.ref.id, stored.handle);
      return { text: stored.text, savedAt: stored.savedAt, ref: { id: stored.ref.id, name: stored.ref.name } };
    },

    async writeDraft(draft) {
      const ref = draft.ref ? { id: draft.ref.id, name: draft.ref.name } : undefined;
      const handle = draft.ref ? handles.get(draft.ref.id) : undefined;
      const record: StoredDraft = { text: draft.text, savedAt: draft.savedAt, ...(ref ? { ref } : {}) };
      try {
        try {
          await db.put(DRAFT_STORE, DRAFT_KEY, handle ? { ...record, handle } : record);
        } catch (error) {
          // A browser that cannot store file handles still keeps the text.
          if (!handle || errorName(error) !== 'DataCloneError') throw error;
          await db.put(DRAFT_STORE, DRAFT_KEY, record);
        }
      } catch (error) {
        console.warn('Touchpoint Studio: could not write the draft', error);
      }
    },

    async discardDraft() {
      try {
        await db.delete(DRAFT_STORE, DRAFT_KEY);
      } catch (error) {
        console.warn('Touchpoint Studio: could not discard the draft', error);
      }
    },

    async recentFiles(): Promise<RecentFile[]> {
      // Without File System Access a file cannot be opened again without a dialog: no recent list.
      if (!pickers().showOpenFilePicker) return [];
      const list = await readRecent();
      for (const entry of list) if (!handles.has(entry.id)) handles.set(entry.id, entry.handle);
      return list.map((entry) => ({ ref: { id: entry.id, name: entry.name }, openedAt: entry.openedAt }));
    },

    setDirty(dirty, title) {
      if (typeof document === 'undefined') return;
      document.title = windowTitle(dirty, title);
      if (dirty && !beforeUnloadGuard) {
        beforeUnloadGuard = (event) => {
          // The browser shows its own wording; a custom message is ignored everywhere now.
          event.preventDefault();
          event.returnValue = '';
        };
        window.addEventListener('beforeunload', beforeUnloadGuard);
      } else if (!dirty && beforeUnloadGuard) {
        window.removeEventListener('beforeunload', beforeUnloadGuard);
        beforeUnloadGuard = undefined;
      }
    },

    // No native menus or dialogs to translate: the page follows the UI language by itself.
    setLocale: () => undefined,

    // No native menu in a browser: the app's toolbar and keyboard shortcuts are the only commands.
    onCommand: () => () => undefined,
    // Browsers cannot watch a file on disk (no change events, and FS Access handles give no reliable
    // modification time to poll against), so changes by other programs are not noticed.
    onExternalChange: () => () => undefined,
    writeClipboard: (data) => writeWebClipboard(navigator.clipboard, data),
    readClipboard: () => readWebClipboard(navigator.clipboard),
  };
}
