/**
 * Crash recovery: the renderer sends the unsaved document a few seconds after each change and it
 * is written (atomically) to one draft file in the app's data folder. On the next start the
 * renderer reads it back and offers it, with its time; it is deleted only when the person
 * discards it, saves, or chooses Don't Save.
 */
import { readFile, unlink, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { MAX_CHARS } from '../../../src/model/json';
import { saveFileAtomic, type SaveOptions } from './atomic-save';

const storedDraftSchema = z.object({
  version: z.literal(1),
  text: z.string().max(MAX_CHARS),
  path: z.string().optional(),
  name: z.string().optional(),
  /** SHA-256 of the file as it was on disk when the draft was taken: the first save after a restore checks it. */
  hash: z.string().regex(/^[0-9a-f]{64}$/).optional(),
  savedAt: z.number().finite().nonnegative(),
});

export interface StoredDraft {
  readonly text: string;
  /** The file the draft belongs to, when it had one. */
  readonly path?: string;
  readonly name?: string;
  /** The file's hash when the draft was taken, so a newer version on disk is noticed after a restore. */
  readonly hash?: string;
  readonly savedAt: number;
}

export interface DraftStore {
  read(): Promise<StoredDraft | null>;
  write(draft: StoredDraft): Promise<void>;
  discard(): Promise<void>;
}

export const DRAFT_FILE = 'draft.tpdraft.json';

export function createDraftStore(folder: string, options: SaveOptions & { log?: (message: string) => void } = {}): DraftStore {
  const file = join(folder, DRAFT_FILE);
  const log = options.log ?? (() => undefined);
  // Writes are chained so a slow write never lands after a newer one.
  let queue: Promise<void> = Promise.resolve();

  return {
    async read() {
      await queue;
      let text: string;
      try {
        text = await readFile(file, 'utf8');
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'ENOENT') log(`could not read draft: ${String(e)}`);
        return null;
      }
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch {
        log('draft file is not JSON; ignoring it (left on disk)');
        return null;
      }
      const parsed = storedDraftSchema.safeParse(value);
      if (!parsed.success) {
        log('draft file has an unexpected shape; ignoring it (left on disk)');
        return null;
      }
      const { version: _version, ...draft } = parsed.data;
      return draft;
    },
    write(draft) {
      const body = JSON.stringify({ version: 1, ...draft });
      const next = queue.then(async () => {
        await mkdir(folder, { recursive: true });
        await saveFileAtomic(file, body, options);
      });
      queue = next.catch(() => undefined);
      return next;
    },
    discard() {
      const next = queue.then(() =>
        unlink(file).catch((e: NodeJS.ErrnoException) => {
          if (e.code !== 'ENOENT') throw e;
        }),
      );
      queue = next.catch(() => undefined);
      return next;
    },
  };
}
