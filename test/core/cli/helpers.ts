/** Runs the command line in-process against real files, capturing what it prints. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { runCli } from '../../../src/cli/main';
import type { Locale } from '../../../src/i18n';
import { nodeFiles } from '../../../src/platform/node';

const requireHere = createRequire(import.meta.url);

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function cli(argv: string[], locale: Locale = 'en', workClock?: () => number): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    files: nodeFiles,
    stdout: { write: (s) => void (stdout += s) },
    stderr: { write: (s) => void (stderr += s) },
    locale,
    interactive: false,
    resolvePackageFile: (spec) => requireHere.resolve(spec),
    ...(workClock ? { workClock } : {}),
  });
  return { code, stdout, stderr };
}

export async function withTempDir<T>(fn: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'touchpoint-test-'));
  try {
    return await fn(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
