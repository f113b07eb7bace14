/** Reading any input file and writing any output for the interchange commands, with the CLI's own messages. */
import { translate } from '../i18n';
import { cliMessages } from '../i18n/cli';
import { MAX_FILE_BYTES } from '../model/json';
import { FileAccessError } from '../platform/port';
import type { CliContext } from './context';

const reasonKey = (e: FileAccessError) => (e.reason === 'not-found' ? 'not-found' : e.reason === 'is-directory' ? 'is-directory' : e.reason === 'permission' ? 'permission' : 'io');

/** The file's bytes, or the line saying why they cannot be had (a size past the limit is refused before reading). */
export async function readBytes(file: string, ctx: CliContext, tooLarge: (size: number) => string): Promise<Uint8Array | string> {
  try {
    const info = await ctx.files.stat(file);
    if (info.isDirectory) return translate(cliMessages, ctx.locale, 'is-directory', { file });
    if (info.size > MAX_FILE_BYTES) return `${file}: ${tooLarge(info.size)}`;
    return await ctx.files.readFile(file);
  } catch (e) {
    if (e instanceof FileAccessError) return translate(cliMessages, ctx.locale, reasonKey(e), { file, detail: e.message });
    throw e;
  }
}

/** Writes atomically; returns the line saying why it failed, or null. */
export async function writeOutput(file: string, data: Uint8Array | string, ctx: CliContext): Promise<string | null> {
  try {
    await ctx.files.writeFileAtomic(file, data);
    return null;
  } catch (e) {
    if (e instanceof FileAccessError) return translate(cliMessages, ctx.locale, 'write-failed', { file, detail: e.reason === 'io' ? e.message : e.reason });
    throw e;
  }
}

/** "journeys/visit.csv" → "visit": the title a map gets when its file names none. */
export function baseTitle(file: string): string {
  const name = file.split(/[\\/]/).pop() ?? file;
  const dot = name.indexOf('.');
  return (dot > 0 ? name.slice(0, dot) : name) || name;
}
