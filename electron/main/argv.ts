/** Map files named on the command line (a double-click on Windows and Linux arrives this way). */
import { isAbsolute, resolve } from 'node:path';
import { z } from 'zod';
import { isMapFileName } from '../../src/model';

export function mapFilesFromArgv(argv: readonly string[], cwd: string): string[] {
  return argv
    .slice(1)
    .filter((arg) => !arg.startsWith('-') && isMapFileName(arg))
    .map((arg) => (isAbsolute(arg) ? arg : resolve(cwd, arg)));
}

/** What a second instance hands the first one (requestSingleInstanceLock's additionalData). */
const handoverSchema = z.object({ files: z.array(z.string().max(10_000)).max(100) });

export function filesFromHandover(data: unknown, argv: readonly string[], cwd: string): string[] {
  const parsed = handoverSchema.safeParse(data);
  const files = parsed.success ? parsed.data.files : mapFilesFromArgv(argv, cwd);
  return files.filter((f) => isAbsolute(f) && isMapFileName(f));
}
