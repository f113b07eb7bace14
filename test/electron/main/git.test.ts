import * as fs from 'node:fs';
import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import git from 'isomorphic-git';
import { describe, expect, it } from 'vitest';
import { fileHistory, readFileAt } from '../../../electron/main/git';
import { createGitService } from '../../../electron/main/git-service';
import { INVOKE } from '../../../electron/shared/ipc-contract';
import { withTempDir } from './helpers';

const author = (name: string, timestamp: number) => ({ name, email: `${name.toLowerCase()}@example.invalid`, timestamp, timezoneOffset: 0 });

/** A real repository: the map committed twice (by two people), a note committed in between, and an unrelated first commit. */
async function makeRepository(dir: string) {
  const map = join(dir, 'maps', 'visit.tpmap.json');
  await mkdir(join(dir, 'maps'));
  await git.init({ fs, dir, defaultBranch: 'main' });
  const commit = async (file: string, text: string, message: string, who: string, at: number) => {
    await writeFile(join(dir, file), text);
    await git.add({ fs, dir, filepath: file });
    return git.commit({ fs, dir, message, author: author(who, at) });
  };
  const readme = await commit('README.md', '# Maps\n', 'Start the repository', 'Lin', 1_700_000_000);
  const first = await commit('maps/visit.tpmap.json', '{"version":"as-is"}', 'As-is map from the workshop\n\nLong body', 'Lin', 1_700_000_100);
  await commit('README.md', '# Maps\nNotes\n', 'Notes', 'Lin', 1_700_000_200);
  const second = await commit('maps/visit.tpmap.json', '{"version":"to-be"}', 'To-be: booking in the app', 'Wang Fang', 1_700_000_300);
  return { map, readme, first, second };
}

describe('git history of a map file (isomorphic-git, a real repository)', () => {
  it('lists only the commits that changed the file, newest first, with date, author and first line', async () => {
    await withTempDir(async (dir) => {
      const { map, first, second } = await makeRepository(dir);
      const history = await fileHistory(map);
      expect(history).toEqual([
        { oid: second, date: 1_700_000_300_000, author: 'Wang Fang', message: 'To-be: booking in the app' },
        { oid: first, date: 1_700_000_100_000, author: 'Lin', message: 'As-is map from the workshop' },
      ]);
    });
  });

  it('reads the file as it was at a commit, and says when the commit did not have it', async () => {
    await withTempDir(async (dir) => {
      const { map, readme, first, second } = await makeRepository(dir);
      const old = await readFileAt(map, first);
      expect(old.ok && new TextDecoder().decode(old.bytes)).toBe('{"version":"as-is"}');
      const now = await readFileAt(map, second);
      expect(now.ok && new TextDecoder().decode(now.bytes)).toBe('{"version":"to-be"}');
      expect(await readFileAt(map, readme)).toEqual({ ok: false, why: 'not-in-commit' });
      expect(await readFileAt(map, 'f'.repeat(40))).toEqual({ ok: false, why: 'no-commit' });
      expect(await readFileAt(map, '../../etc/passwd')).toEqual({ ok: false, why: 'no-commit' });
    });
  });

  it('offers nothing for a file outside a repository, and an empty history for one never committed', async () => {
    await withTempDir(async (dir) => {
      const loose = join(dir, 'loose.tpmap.json');
      await writeFile(loose, '{}');
      expect(await fileHistory(loose)).toBeNull();
      expect(await readFileAt(loose, 'a'.repeat(40))).toEqual({ ok: false, why: 'no-repository' });
      await git.init({ fs, dir: join(dir, 'repo'), defaultBranch: 'main' });
      const fresh = join(dir, 'repo', 'new.tpmap.json');
      await writeFile(fresh, '{}');
      expect(await fileHistory(fresh)).toEqual([]);
    });
  });

  it('never writes to the repository while reading it', async () => {
    await withTempDir(async (dir) => {
      const { map, first } = await makeRepository(dir);
      const before = await git.statusMatrix({ fs, dir });
      const head = await git.resolveRef({ fs, dir, ref: 'HEAD' });
      await fileHistory(map);
      await readFileAt(map, first);
      expect(await git.statusMatrix({ fs, dir })).toEqual(before);
      expect(await git.resolveRef({ fs, dir, ref: 'HEAD' })).toBe(head);
      expect(fs.existsSync(join(dir, '.git', 'index.lock'))).toBe(false);
    });
  });
});

describe('git service behind the IPC contract', () => {
  const sample = readFileSync(new URL('../../../samples/car-dealer-aftersales.tpmap.json', import.meta.url), 'utf8');
  const ref = { id: 'opened-1', name: 'visit.tpmap.json' };

  it('hands over an earlier version as map text checked by the shared reader, named with its commit', async () => {
    await withTempDir(async (dir) => {
      await git.init({ fs, dir, defaultBranch: 'main' });
      const path = join(dir, 'visit.tpmap.json');
      await writeFile(path, sample);
      await git.add({ fs, dir, filepath: 'visit.tpmap.json' });
      const oid = await git.commit({ fs, dir, message: 'As-is', author: author('Lin', 1_700_000_000) });
      await writeFile(path, '{"not":"a map"}');
      await git.add({ fs, dir, filepath: 'visit.tpmap.json' });
      const broken = await git.commit({ fs, dir, message: 'Oops', author: author('Lin', 1_700_000_100) });
      const service = createGitService({ pathOf: (r) => (r.id === ref.id ? path : undefined), locale: () => 'zh-CN', log: () => undefined });
      const history = await service.history(ref);
      expect(history.ok && history.value?.map((c) => c.message)).toEqual(['Oops', 'As-is']);
      const version = await service.read(ref, oid);
      expect(version.ok && version.value.name).toBe(`visit.tpmap.json（提交 ${oid.slice(0, 7)}）`);
      expect(version.ok && JSON.parse(version.value.text).title).toBe(JSON.parse(sample).title);
      const invalid = await service.read(ref, broken);
      expect(invalid).toMatchObject({ ok: false, reason: 'invalid' });
      expect(!invalid.ok && invalid.message).toContain('visit.tpmap.json');
    });
  });

  it('refuses at the contract anything but a full commit id', () => {
    const args = (oid: string) => INVOKE['git:read'].args.safeParse([ref, oid]).success;
    expect(args('a'.repeat(40))).toBe(true);
    for (const bad of ['HEAD', 'a'.repeat(39), 'A'.repeat(40), `${'a'.repeat(40)}/../x`, '--upload-pack=x']) expect(args(bad), bad).toBe(false);
  });

  it('refuses a file the person did not open, without touching the disk', async () => {
    const service = createGitService({ pathOf: () => undefined, locale: () => 'en', log: () => undefined });
    const answer = await service.history({ id: 'forged', name: 'passwd' });
    expect(answer).toMatchObject({ ok: false, reason: 'not-found' });
    expect(!answer.ok && answer.message).toContain('not opened or saved in this session');
  });
});
