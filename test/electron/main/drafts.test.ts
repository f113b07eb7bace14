import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDraftStore, DRAFT_FILE } from '../../../electron/main/files/drafts';
import { serializeMap } from '../../../src/model';
import { aftersalesMap, minimalMap } from '../../fixtures/maps';
import { withTempDir } from './helpers';

describe('drafts', () => {
  it('writes a draft and reads it back after a restart, with its time and file', async () => {
    await withTempDir(async (dir) => {
      const text = serializeMap(aftersalesMap());
      await createDraftStore(join(dir, 'userData')).write({ text, savedAt: 1_763_800_000_000, path: '/maps/aftersales.tpmap.json', name: 'aftersales.tpmap.json' });
      const restarted = createDraftStore(join(dir, 'userData'));
      expect(await restarted.read()).toEqual({ text, savedAt: 1_763_800_000_000, path: '/maps/aftersales.tpmap.json', name: 'aftersales.tpmap.json' });
    });
  });

  it('has nothing to offer when no draft was written', async () => {
    await withTempDir(async (dir) => {
      expect(await createDraftStore(dir).read()).toBeNull();
    });
  });

  it('keeps only the latest of quickly repeated writes, in order', async () => {
    await withTempDir(async (dir) => {
      const store = createDraftStore(dir);
      const writes = Array.from({ length: 20 }, (_, i) => store.write({ text: `version ${i}`, savedAt: i }));
      await Promise.all(writes);
      expect((await store.read())?.text).toBe('version 19');
      expect(await readdir(dir)).toEqual([DRAFT_FILE]);
    });
  });

  it('discards only when asked, and a discarded draft stays gone', async () => {
    await withTempDir(async (dir) => {
      const store = createDraftStore(dir);
      await store.write({ text: serializeMap(minimalMap()), savedAt: 5 });
      expect(await store.read()).not.toBeNull();
      await store.discard();
      expect(await store.read()).toBeNull();
      await store.discard();
      expect(await readdir(dir)).toEqual([]);
    });
  });

  it('ignores a damaged draft file without deleting it', async () => {
    await withTempDir(async (dir) => {
      const logged: string[] = [];
      await writeFile(join(dir, DRAFT_FILE), '{"version":1,"text":');
      expect(await createDraftStore(dir, { log: (m) => logged.push(m) }).read()).toBeNull();
      await writeFile(join(dir, DRAFT_FILE), '{"version":7}');
      expect(await createDraftStore(dir, { log: (m) => logged.push(m) }).read()).toBeNull();
      expect(logged).toHaveLength(2);
      expect(await readFile(join(dir, DRAFT_FILE), 'utf8')).toBe('{"version":7}');
    });
  });
});
