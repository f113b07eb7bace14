/**
 * The parts of the File System Access API (WICG) that TypeScript's lib.dom does not declare:
 * the pickers on `window` and the permission methods on handles. Declared as plain exported types,
 * not as global augmentations, so they never clash with lib.dom once it grows them; the web
 * platform reads them off `window` through a cast and checks for each one at run time.
 */

export interface FilePickerAcceptType {
  description?: string;
  /** MIME type → extensions, each starting with `.` and at most 16 characters. */
  accept: Record<string, string[]>;
}

interface FilePickerOptions {
  types?: FilePickerAcceptType[];
  excludeAcceptAllOption?: boolean;
  /** The browser remembers the last folder per id. */
  id?: string;
  startIn?: 'desktop' | 'documents' | 'downloads' | 'music' | 'pictures' | 'videos' | FileSystemHandle;
}

export interface OpenFilePickerOptions extends FilePickerOptions {
  multiple?: boolean;
}

export interface SaveFilePickerOptions extends FilePickerOptions {
  suggestedName?: string;
}

export type FileSystemPermissionMode = 'read' | 'readwrite';

/** A file handle with the permission methods Chromium has (absent on some handles and browsers). */
export interface PermissionedFileHandle extends FileSystemFileHandle {
  queryPermission?(descriptor: { mode: FileSystemPermissionMode }): Promise<PermissionState>;
  requestPermission?(descriptor: { mode: FileSystemPermissionMode }): Promise<PermissionState>;
}

/** `window` where the pickers may exist. */
export interface FileSystemAccessWindow {
  showOpenFilePicker?(options?: OpenFilePickerOptions): Promise<FileSystemFileHandle[]>;
  showSaveFilePicker?(options?: SaveFilePickerOptions): Promise<FileSystemFileHandle>;
}
