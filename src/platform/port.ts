/**
 * The core's only window on the outside world. The command line implements it with node:fs
 * (src/platform/node.ts); tests and the renderer bring their own.
 */
export interface FileStat {
  readonly isFile: boolean;
  readonly isDirectory: boolean;
  readonly size: number;
}

export interface FilePort {
  readFile(path: string): Promise<Uint8Array>;
  stat(path: string): Promise<FileStat>;
  /** Writes next to the target, then renames over it, so a failure never leaves a half-written file. */
  writeFileAtomic(path: string, data: Uint8Array | string): Promise<void>;
}

/** A failure reading or writing a file, already phrased for a person. */
export class FileAccessError extends Error {
  constructor(
    readonly path: string,
    readonly reason: 'not-found' | 'is-directory' | 'permission' | 'io',
    detail?: string,
  ) {
    super(detail ?? reason);
    this.name = 'FileAccessError';
  }
}
