/**
 * The document-file side of the IPC contract, without Electron: dialogs, the OS recent list and
 * the renderer notifications are injected. The renderer never names a path; it holds opaque ids
 * for files the person chose, so a compromised page cannot read or write anywhere else.
 */
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename, isAbsolute } from 'node:path';
import type { Locale } from '../../../src/i18n';
import { formatProblem, readMapBytes } from '../../../src/model';
import type { DraftData, FileRefData, OpenedFileData, Outcome, RecentFileData, VersionData } from '../../shared/ipc-contract';
import { SaveError, saveFileAtomic, type SaveOptions } from './atomic-save';
import type { DraftStore } from './drafts';
import type { ChangeWatcher } from './external-watch';
import { describeConflict, describeGuardRefusal, describeReadError, describeSaveError } from './messages';
import { hashBytes, readMapForOpen, type ReadResult } from './read-map';
import type { RecentStore } from './recent';

export interface FileDialogs {
  chooseMapToOpen(): Promise<string | null>;
  chooseMapSavePath(suggestedName: string): Promise<string | null>;
  chooseExportPath(suggestedName: string, mimeType: string): Promise<string | null>;
  showError(message: string): Promise<void>;
}

export interface FileServiceDeps {
  dialogs: FileDialogs;
  drafts: DraftStore;
  recent: RecentStore;
  watcher: ChangeWatcher;
  locale(): Locale;
  /** A file was opened or saved: feed the OS recent list and rebuild the menu. */
  onRecentChanged?(path: string): void;
  /** Files queued by the OS are waiting: tell the renderer to take them. */
  onOpenRequested?(): void;
  log(message: string): void;
  saveOptions?: SaveOptions;
  /** How a chosen file is read; the app reads in a capped child process (parse-isolated.ts), tests in-process. */
  readMap?(path: string, locale: Locale): Promise<ReadResult>;
}

export interface FileService {
  open(): Promise<Outcome<OpenedFileData | null>>;
  openRecent(ref: FileRefData): Promise<Outcome<OpenedFileData>>;
  /** A file dropped on the window (the preload read its path from the drop). */
  openDropped(path: string): Promise<Outcome<OpenedFileData>>;
  save(ref: FileRefData, text: string): Promise<Outcome<FileRefData>>;
  saveAs(text: string, suggestedName: string): Promise<Outcome<FileRefData | null>>;
  exportFile(data: Uint8Array | string, suggestedName: string, mimeType: string): Promise<Outcome<boolean>>;
  readDraft(): Promise<DraftData | null>;
  writeDraft(draft: DraftData): Promise<void>;
  discardDraft(): Promise<void>;
  recentFiles(): Promise<RecentFileData[]>;
  /** A file from the command line, a double-click or a second instance. */
  queueOpen(path: string): Promise<void>;
  takePending(): OpenedFileData[];
  /** The path behind an id the renderer holds (used for the external-change notice). */
  refForPath(path: string): FileRefData;
  /** The path of a map file opened or saved in this session, or undefined: the only files whose history is read. */
  pathOf(ref: FileRefData): string | undefined;
  /** Another version to compare with: chosen in the open dialog and read, but not opened, remembered or watched. */
  openVersion(): Promise<Outcome<VersionData | null>>;
}

function errorCode(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === 'string' ? code : 'EUNKNOWN';
}

export function createFileService(deps: FileServiceDeps): FileService {
  const idsByPath = new Map<string, string>();
  const pathsById = new Map<string, string>();
  const pending: OpenedFileData[] = [];
  /** Map files opened or saved in this session (or behind a restored draft): the only ones save() writes. */
  const writable = new Set<string>();
  let watchedPath: string | null = null;
  const readMap = deps.readMap ?? readMapForOpen;

  function refForPath(path: string): FileRefData {
    let id = idsByPath.get(path);
    if (!id) {
      id = randomUUID();
      idsByPath.set(path, id);
      pathsById.set(id, path);
    }
    return { id, name: basename(path), path };
  }

  function pathFor(ref: FileRefData): string | undefined {
    return pathsById.get(ref.id);
  }

  /** One document per window: follow the file the person is working on now. */
  function follow(path: string, hash: string): void {
    if (watchedPath && watchedPath !== path) deps.watcher.unwatch(watchedPath);
    watchedPath = path;
    deps.watcher.watch(path, hash);
  }

  async function remember(path: string): Promise<void> {
    try {
      await deps.recent.add(path);
      deps.onRecentChanged?.(path);
    } catch (e) {
      deps.log(`could not update recent files: ${String(e)}`);
    }
  }

  async function openPath(path: string): Promise<Outcome<OpenedFileData>> {
    let result: ReadResult;
    try {
      result = await readMap(path, deps.locale());
    } catch (e) {
      // Every open path (menu, recent files, double-click, command line, drop) ends here: a bug in
      // reading becomes a message and the open map stays, instead of an unhandled rejection.
      deps.log(`reading ${path} failed unexpectedly: ${e instanceof Error ? e.stack : String(e)}`);
      return { ok: false, ...describeReadError(path, errorCode(e), deps.locale()) };
    }
    if (!result.ok) {
      if (result.reason === 'not-found') await deps.recent.remove(path).catch(() => undefined);
      return { ok: false, reason: result.reason, message: result.message };
    }
    if (result.source === 'pdf') {
      // A report's map opens as a new map: its reference names no file, so no save can write over the PDF.
      await remember(path);
      return { ok: true, value: { ref: { id: randomUUID(), name: basename(path) }, text: result.text } };
    }
    writable.add(path);
    follow(path, result.hash);
    await remember(path);
    return { ok: true, value: { ref: refForPath(path), text: result.text } };
  }

  async function writeTo(path: string, text: string): Promise<Outcome<FileRefData>> {
    // The page is trusted with the text, not with the disk: only a valid map that can be opened again is written.
    const check = readMapBytes(new TextEncoder().encode(text), basename(path));
    if (!check.ok) {
      deps.log(`refused to write non-map text to ${path}`);
      return { ok: false, ...describeGuardRefusal('save.not-a-map', basename(path), deps.locale(), check.problems[0] ? formatProblem(check.problems[0], deps.locale()) : '') };
    }
    const hash = hashBytes(text);
    deps.watcher.expectWrite(path, hash);
    try {
      await saveFileAtomic(path, text, { log: deps.log, ...deps.saveOptions });
    } catch (e) {
      deps.watcher.settleWrite(path, null);
      if (e instanceof SaveError) {
        deps.log(e.message);
        return { ok: false, ...describeSaveError(e, deps.locale()) };
      }
      throw e;
    }
    writable.add(path);
    follow(path, hash);
    deps.watcher.settleWrite(path, hash);
    await remember(path);
    return { ok: true, value: refForPath(path) };
  }

  async function unknownRef(ref: FileRefData): Promise<Outcome<never>> {
    deps.log(`refused an unknown file id for ${ref.name}`);
    return { ok: false, ...describeReadError(ref.name, 'ENOENT', deps.locale()) };
  }

  return {
    async open() {
      const path = await deps.dialogs.chooseMapToOpen();
      if (path === null) return { ok: true, value: null };
      return openPath(path);
    },

    async openVersion() {
      const path = await deps.dialogs.chooseMapToOpen();
      if (path === null) return { ok: true, value: null };
      const result = await readMapForOpen(path, deps.locale());
      return result.ok ? { ok: true, value: { name: basename(path), text: result.text } } : { ok: false, reason: result.reason, message: result.message };
    },

    pathOf(ref) {
      const path = pathFor(ref);
      return path !== undefined && writable.has(path) ? path : undefined;
    },

    async openRecent(ref) {
      const path = pathFor(ref);
      return path ? openPath(path) : unknownRef(ref);
    },

    async openDropped(path) {
      // The preload hands over the path of a real drop; anything else (relative, a device) is refused as unreadable.
      if (!isAbsolute(path)) return { ok: false, ...describeReadError(basename(path), 'ENOENT', deps.locale()) };
      return openPath(path);
    },

    async save(ref, text) {
      const path = pathFor(ref);
      if (!path) return unknownRef(ref);
      if (!writable.has(path)) {
        deps.log(`refused a save to ${path}, which was not opened or saved in this session`);
        return { ok: false, ...describeGuardRefusal('save.not-open', basename(path), deps.locale()) };
      }
      const known = deps.watcher.knownHash(path);
      if (known !== undefined) {
        const onDisk = await readFile(path).then(hashBytes, (e: unknown) => (errorCode(e) === 'ENOENT' ? null : known));
        // Someone else's version is on disk: never overwrite it silently.
        if (onDisk !== null && onDisk !== known && onDisk !== hashBytes(text)) return { ok: false, ...describeConflict(path, deps.locale()) };
      }
      return writeTo(path, text);
    },

    async saveAs(text, suggestedName) {
      const path = await deps.dialogs.chooseMapSavePath(suggestedName);
      if (path === null) return { ok: true, value: null };
      return writeTo(path, text);
    },

    async exportFile(data, suggestedName, mimeType) {
      const path = await deps.dialogs.chooseExportPath(suggestedName, mimeType);
      if (path === null) return { ok: true, value: false };
      try {
        await saveFileAtomic(path, data, { log: deps.log, ...deps.saveOptions });
        return { ok: true, value: true };
      } catch (e) {
        if (e instanceof SaveError) return { ok: false, ...describeSaveError(e, deps.locale()) };
        throw e;
      }
    },

    async readDraft() {
      const draft = await deps.drafts.read();
      if (!draft) return null;
      if (draft.path && draft.hash) {
        // The draft remembers the file as it was: the first save after the restore compares against it.
        writable.add(draft.path);
        follow(draft.path, draft.hash);
      }
      return draft.path ? { text: draft.text, savedAt: draft.savedAt, ref: refForPath(draft.path) } : { text: draft.text, savedAt: draft.savedAt };
    },

    async writeDraft(draft) {
      const path = draft.ref ? pathFor(draft.ref) : undefined;
      const hash = path ? deps.watcher.knownHash(path) : undefined;
      await deps.drafts.write(
        path ? { text: draft.text, savedAt: draft.savedAt, path, name: basename(path), ...(hash ? { hash } : {}) } : { text: draft.text, savedAt: draft.savedAt },
      );
    },

    discardDraft() {
      return deps.drafts.discard();
    },

    async recentFiles() {
      const entries = await deps.recent.list();
      return entries.map((e) => ({ ref: refForPath(e.path), openedAt: e.openedAt }));
    },

    async queueOpen(path) {
      const result = await openPath(path);
      if (!result.ok) {
        await deps.dialogs.showError(result.message);
        return;
      }
      pending.push(result.value);
      deps.onOpenRequested?.();
    },

    takePending() {
      return pending.splice(0, pending.length);
    },

    refForPath,
  };
}
