/**
 * The shape of `window.touchpoint`, the one bridge the preload exposes. The renderer imports this
 * file with `import type` only, so it must not import Electron (or anything with side effects).
 */
import type { MenuCommand } from '../shared/commands';
import type { MenuState } from '../../src/actions/menu-state';
import type { ClipboardReadData, ClipboardWriteData, DraftData, FileCommitData, FileRefData, OpenedFileData, Outcome, RecentFileData, ShareOutcomeData, ShareStatusData, VersionData } from '../shared/ipc-contract';

export type { ClipboardReadData, ClipboardWriteData, DraftData, FileCommitData, FileRefData, MenuCommand, MenuState, OpenedFileData, Outcome, RecentFileData, ShareOutcomeData, ShareStatusData, VersionData };

export interface TouchpointBridge {
  readonly platform: 'electron';
  /** The operating system, for platform-specific wording (⌘ vs Ctrl). */
  readonly os: 'darwin' | 'win32' | 'linux' | (string & {});
  openFile(): Promise<Outcome<OpenedFileData | null>>;
  openRecent(ref: FileRefData): Promise<Outcome<OpenedFileData>>;
  /** A file dropped on the window, opened like Open (the path is read here, from the drop itself, never from the page). */
  openDropped(file: File): Promise<Outcome<OpenedFileData>>;
  save(ref: FileRefData, text: string): Promise<Outcome<FileRefData>>;
  saveAs(text: string, suggestedName: string): Promise<Outcome<FileRefData | null>>;
  exportFile(data: Uint8Array | string, suggestedName: string, mimeType: string): Promise<Outcome<boolean>>;
  readDraft(): Promise<DraftData | null>;
  writeDraft(draft: DraftData): Promise<void>;
  discardDraft(): Promise<void>;
  recentFiles(): Promise<RecentFileData[]>;
  /** Files the OS asked to open (command line, double-click, Open Recent in the menu). */
  takePendingFiles(): Promise<OpenedFileData[]>;
  /** Puts copied cards on the system clipboard; false when refused. */
  writeClipboard(data: ClipboardWriteData): Promise<boolean>;
  readClipboard(): Promise<ClipboardReadData>;
  /** Compare with…: another map file, read but not opened. */
  openVersion(): Promise<Outcome<VersionData | null>>;
  /** The commits that changed an opened file; null when it is in no git repository. */
  fileHistory(ref: FileRefData): Promise<Outcome<FileCommitData[] | null>>;
  readVersion(ref: FileRefData, oid: string): Promise<Outcome<VersionData>>;
  setDirty(dirty: boolean, title: string): void;
  /** The page's language changed: the native menu and dialogs follow ('en' or 'zh-CN'). */
  setLocale(locale: 'en' | 'zh-CN'): void;
  /** What the page's actions allow now: the native menu greys out and ticks its items to match. */
  setMenuState(state: MenuState): void;
  onCommand(listener: (command: MenuCommand) => void): () => void;
  onExternalChange(listener: (ref: FileRefData) => void): () => void;
  /** Called when takePendingFiles() has something; also fires once on subscribe if files are already waiting. */
  onOpenRequested(listener: () => void): () => void;
  /** Share on local network: the room for an opened file (electron/main/share.ts). */
  shareStatus(): Promise<ShareStatusData>;
  shareStart(ref: FileRefData, interfaceId: string): Promise<ShareOutcomeData>;
  shareStop(): Promise<ShareStatusData>;
  onShareChanged(listener: (status: ShareStatusData) => void): () => void;
}
