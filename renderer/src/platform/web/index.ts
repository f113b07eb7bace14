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
import { resolveLocale, type Locale } from '../../../../src/i18n';
import { fileFailureMessage, platformMessage, type WebFileOperation } from '../../i18n/platform';
import type { FilePickerAcceptType, FileSystemAccessWindow, FileSystemPermissionMode, PermissionedFileHandle } from '../fs-access';
import { PlatformError, type Draft, type FileRef, type OpenedFile, type Platform, type RecentFile } from '../types';
import { readWebClipboard, writeWebClipboard } from './clipboard';
import { download, toBlob } from './downloads';
import { Database, DRAFT_KEY, DRAFT_STORE, isFileHandle, isStoredDraft, isStoredRecent, MAX_RECENT, RECENT_KEY, RECENT_STORE, type StoredDraft, type StoredRecent } from './drafts';
import { errorName, isAbortError, toPlatformError } from './errors';
import { MAP_EXTENSION, mapFileName, windowTitle } from './names';
import { exportFileType, pickWithInput, readMapText } from './pickers';

export { DB_NAME, DB_VERSION, DRAFT_KEY, DRAFT_STORE, MAX_RECENT, RECENT_KEY, RECENT_STORE } from './drafts';
export { failureReason, isAbortError, toPlatformError } from './errors';
export { APP_NAME, MAP_EXTENSION, mapFileName, windowTitle } from './names';
export { exportFileType } from './pickers';

export interface WebPlatformOptions {
  /** The UI language for error messages; default: the browser's language. */
  locale?: () => Locale;
  /**
   * false: never use the File System Access pickers, only the file input and downloads (e.g. for a
   * headless test browser, whose pickers cancel at once). Default true: use them where they exist.
   */
  fileSystemAccess?: boolean;
}

let idCounter = 0;
function newId(): string {
  idCounter += 1;
  const random = typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function' ? crypto.randomUUID() : Math.random().toString(36).slice(2);
  return `web:${random}:${idCounter}`;
}

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
    let read: Awaited<ReturnType<typeof readMapText>>;
    try {
      read = await readMapText(await handle.getFile(), locale());
    } catch (error) {
      throw toPlatformError(error, 'open', handle.name, locale());
    }
    const ref: FileRef = { id, name: handle.name };
    // A report's map opens as a new map: no handle is kept that a save could write over the PDF with.
    if (read.source === 'json') handles.set(id, handle);
    await remember(ref, handle);
    return { ref, text: read.text, ...(read.map ? { map: read.map } : {}) };
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
        const { text, map } = await readMapText(file, locale());
        return { ref: { id: newId(), name: file.name }, text, ...(map ? { map } : {}) };
      } catch (error) {
        throw toPlatformError(error, 'open', file.name, locale());
      }
    },

    async openDropped(file, handle) {
      // Chromium gives a handle for a dropped file: keep it, so Save writes back to the same file.
      const dropped = options.fileSystemAccess === false ? null : await handle?.catch(() => null);
      if (isFileHandle(dropped)) return openHandle(dropped, newId());
      try {
        const { text, map } = await readMapText(file, locale());
        return { ref: { id: newId(), name: file.name }, text, ...(map ? { map } : {}) };
      } catch (error) {
        throw toPlatformError(error, 'open', file.name, locale());
      }
    },

    async openVersion() {
      const { showOpenFilePicker } = pickers();
      let file: File | null;
      if (showOpenFilePicker) {
        try {
          const [handle] = await showOpenFilePicker({ types: openTypes(), multiple: false, id: 'touchpoint-maps' });
          file = handle ? await handle.getFile() : null;
        } catch (error) {
          if (isAbortError(error)) return null;
          throw toPlatformError(error, 'open', undefined, locale());
        }
      } else file = await pickWithInput();
      if (!file) return null;
      try {
        return { name: file.name, text: (await readMapText(file, locale())).text };
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
    setMenuState: () => undefined,

    // No native menu in a browser: the app's toolbar and keyboard shortcuts are the only commands.
    onCommand: () => () => undefined,
    // Browsers cannot watch a file on disk (no change events, and FS Access handles give no reliable
    // modification time to poll against), so changes by other programs are not noticed.
    onExternalChange: () => () => undefined,
    writeClipboard: (data) => writeWebClipboard(navigator.clipboard, data),
    readClipboard: () => readWebClipboard(navigator.clipboard),
  };
}
