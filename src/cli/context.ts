import type { Locale } from '../i18n';
import type { FilePort } from '../platform/port';

export interface Output {
  write(text: string): void;
}

/** Everything a command may touch, injected so tests run commands in-process. */
export interface CliContext {
  readonly files: FilePort;
  readonly stdout: Output;
  readonly stderr: Output;
  readonly locale: Locale;
  /** Whether stderr is a terminal: progress lines are only drawn for people. */
  readonly interactive: boolean;
  /** Resolves a path shipped inside an npm package (fonts), for commands that need one. */
  readonly resolvePackageFile?: (specifier: string) => string;
  /** Milliseconds of the wall clock (Date.now when absent): the report's deadline reads it. */
  readonly now?: () => number;
}

export interface Command {
  readonly name: string;
  /** One line for `touchpoint --help`, from the command's own catalogue. */
  summary(locale: Locale): string;
  /** Returns the exit code. User mistakes are reported on stderr, never thrown. */
  run(argv: readonly string[], ctx: CliContext): Promise<number>;
}
