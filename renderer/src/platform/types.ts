/**
 * The renderer's one interface to the outside world. Two implementations: Electron (through the
 * preload bridge) and web (File System Access API, else file input and download; drafts in IndexedDB).
 * Everything the renderer does with files goes through here.
 */
import type { MapDocument } from '../../../src/model';

import type { MenuState } from '../../../src/actions/menu-state';

/** An opaque handle to a file the person opened or saved; only the platform that made it understands it. */
export interface FileRef {
  readonly id: string;
  /** File name for the title bar, e.g. `4s-aftersales.tpmap.json`. */
  readonly name: string;
  /** Full path where the platform has one (Electron); absent in the browser. */
  readonly path?: string;
}

export interface OpenedFile {
  readonly ref: FileRef;
  readonly text: string;
  /** The map, when the platform has already read and validated the text (the browser): no second parse. */
  readonly map?: MapDocument;
}

/** Another version of a map, read for comparing, never opened as the document. */
export interface MapVersion {
  /** What to call it: the file name, or the file name and commit. */
  readonly name: string;
  readonly text: string;
}

/** A commit that changed the open file (desktop app, file in a git repository). */
export interface FileCommit {
  readonly oid: string;
  /** Author time, ms since epoch. */
  readonly date: number;
  readonly author: string;
  readonly message: string;
}

export interface Draft {
  /** The unsaved document text. */
  readonly text: string;
  /** The file the draft belongs to, if it had been saved before. */
  readonly ref?: FileRef;
  /** When the draft was written, ms since epoch. */
  readonly savedAt: number;
}

export interface RecentFile {
  readonly ref: FileRef;
  readonly openedAt: number;
}

/** A file operation failed in a way a person can act on; `message` is already in the UI language. */
export class PlatformError extends Error {
  constructor(
    message: string,
    readonly reason: 'cancelled' | 'not-found' | 'permission' | 'disk-full' | 'busy' | 'conflict' | 'io',
  ) {
    super(message);
    this.name = 'PlatformError';
  }
}

export interface Platform {
  readonly kind: 'electron' | 'web';
  /** Shows an open dialog; null when the person cancels. */
  openFile(): Promise<OpenedFile | null>;
  /** Compare with…: a map or report PDF picked like Open, read through the shared reader but not opened; null when cancelled. */
  openVersion(): Promise<MapVersion | null>;
  /**
   * Earlier versions of an opened file from its git repository, where the platform can read them
   * (the desktop app); absent in the browser, which offers the file choice only.
   */
  readonly history?: {
    /** Commits that changed the file, newest first; null when the file is in no git repository. */
    list(ref: FileRef): Promise<FileCommit[] | null>;
    read(ref: FileRef, oid: string): Promise<MapVersion>;
  };
  /**
   * Opens a file dropped on the window, read like Open (size limits, a report PDF's map); throws
   * PlatformError when it cannot be read. `handle` is the browser's file handle for the drop where it
   * gives one (Chromium), so Save can write back to the same file.
   */
  openDropped(file: File, handle?: Promise<unknown>): Promise<OpenedFile>;
  /**
   * Share on local network: host a co-editing room for a saved map file (the desktop app); absent
   * where the page cannot host (the browser), so the action is greyed out there.
   */
  readonly share?: SharePort;
  /** Re-opens a recent file; throws PlatformError when it is gone. */
  openRecent(ref: FileRef): Promise<OpenedFile>;
  /** Saves over `ref` atomically (write temporary, flush, rename). */
  save(ref: FileRef, text: string): Promise<FileRef>;
  /** Shows a save dialog; null when the person cancels. */
  saveAs(text: string, suggestedName: string): Promise<FileRef | null>;
  /** Exports a PDF, PNG, SVG or JSON file through a save dialog or a download; false when cancelled. */
  exportFile(data: Uint8Array | string, suggestedName: string, mimeType: string): Promise<boolean>;
  readDraft(): Promise<Draft | null>;
  writeDraft(draft: Draft): Promise<void>;
  discardDraft(): Promise<void>;
  recentFiles(): Promise<RecentFile[]>;
  /** Tells the shell the UI language, so native menus and dialogs follow it (no-op on the web). */
  setLocale(locale: 'en' | 'zh-CN'): void;
  /** Tells the shell what the page's actions allow now, so a native menu greys out and ticks to match (no-op on the web). */
  setMenuState(state: MenuState): void;
  /** Tells the shell whether there are unsaved changes (title marker, quit prompt). */
  setDirty(dirty: boolean, title: string): void;
  /** Subscribes to menu commands from a native menu (Electron); returns an unsubscribe function. */
  onCommand(listener: (command: string) => void): () => void;
  /** Subscribes to "the file changed on disk" notices; returns an unsubscribe function. */
  onExternalChange(listener: (ref: FileRef) => void): () => void;
  /** Puts copied cards on the system clipboard in every flavour; false when the system clipboard could not take them. */
  writeClipboard(data: ClipboardWrite): Promise<boolean>;
  /** What the system clipboard holds; a flavour it lacks, or that the browser would not hand over, is null. */
  readClipboard(): Promise<ClipboardRead>;
}

/** A network interface the room can be shared on; id `loopback` is "this computer only". */
export interface ShareInterface {
  readonly id: string;
  /** The system's name (`en0`, `Wi-Fi`); empty for loopback. */
  readonly name: string;
  readonly address: string;
  readonly family: 'IPv4' | 'IPv6';
}

export interface ShareStatus {
  readonly running: boolean;
  readonly fileName: string | null;
  /** The link for the room: `http://ADDRESS:PORT/#room=…&token=…`. */
  readonly joinUrl: string | null;
  /** Where this computer's own window joins: `http://127.0.0.1:PORT`. */
  readonly localOrigin: string | null;
  readonly port: number | null;
  readonly interfaceId: string | null;
  /** Connections in the room, this window included. */
  readonly people: number;
  readonly interfaces: readonly ShareInterface[];
}

export interface SharePort {
  status(): Promise<ShareStatus>;
  /** Shares the saved file `ref` on one interface; throws PlatformError (message for the person) when it cannot. */
  start(ref: FileRef, interfaceId: string): Promise<ShareStatus>;
  /** Writes the room to the file and stops. */
  stop(): Promise<ShareStatus>;
  onChange(listener: (status: ShareStatus) => void): () => void;
}

/** Copied cards as src/commands/clipboard-formats.ts writes them, plus a picture of them where there is one. */
export interface ClipboardWrite {
  json: string;
  text: string;
  html: string;
  png?: Uint8Array;
}

export interface ClipboardRead {
  json: string | null;
  text: string | null;
  html: string | null;
}
