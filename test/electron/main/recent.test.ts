import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRecentStore, MAX_RECENT, samePath } from '../../../electron/main/files/recent';
import { withTempDir } from './helpers';

describe('recent files', () => {
  it('lists the most recently opened first, once each, and remembers across restarts', async () => {
    await withTempDir(async (dir) => {
      let now = 100;
      const store = createRecentStore(dir, () => now++, 'linux');
      await store.add('/maps/a.tpmap.json');
      await store.add('/maps/b.tpmap.json');
      await store.add('/maps/a.tpmap.json');
      const again = createRecentStore(dir, () => now++, 'linux');
      expect(await again.list()).toEqual([
        { path: '/maps/a.tpmap.json', openedAt: 102 },
        { path: '/maps/b.tpmap.json', openedAt: 101 },
      ]);
      expect(await again.remove('/maps/a.tpmap.json')).toEqual([{ path: '/maps/b.tpmap.json', openedAt: 101 }]);
      await again.clear();
      expect(await createRecentStore(dir).list()).toEqual([]);
    });
  });

  it(`keeps at most ${MAX_RECENT} files`, async () => {
    await withTempDir(async (dir) => {
      const store = createRecentStore(dir);
      for (let i = 0; i < MAX_RECENT + 5; i++) await store.add(join(dir, `map-${i}.tpmap.json`));
      const list = await store.list();
      expect(list).toHaveLength(MAX_RECENT);
      expect(list[0]?.path).toBe(join(dir, `map-${MAX_RECENT + 4}.tpmap.json`));
    });
  });

  it('treats paths differing only in case as one file on Windows and macOS', () => {
    expect(samePath('C:\\Maps\\A.tpmap.json', 'c:\\maps\\a.tpmap.json', 'win32')).toBe(true);
    expect(samePath('/maps/A.tpmap.json', '/maps/a.tpmap.json', 'linux')).toBe(false);
  });
});
