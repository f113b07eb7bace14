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
  /**
   * Milliseconds of processor time this process has used, which the report's deadline reads: a machine
   * busy with other programs slows a report down without making it costlier. Date.now when absent.
   */
  readonly workClock?: () => number;
}

/** What a command's own module exports: it is loaded only when that command runs. */
export interface CommandRun {
  readonly name: string;
  /** Returns the exit code. User mistakes are reported on stderr, never thrown. */
  run(argv: readonly string[], ctx: CliContext): Promise<number>;
}

/** A registry entry: the name and one-line summary are known without loading the command. */
export interface Command extends CommandRun {
  /** One line for `touchpoint --help`, from the command's own catalogue. */
  summary(locale: Locale): string;
}
