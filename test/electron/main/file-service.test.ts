import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDraftStore } from '../../../electron/main/files/drafts';
import { createChangeWatcher } from '../../../electron/main/files/external-watch';
import { createFileService, type FileDialogs } from '../../../electron/main/files/file-service';
import { createRecentStore } from '../../../electron/main/files/recent';
import type { Locale } from '../../../src/i18n';
import { serializeMap } from '../../../src/model';
import { aftersalesMap, minimalMap } from '../../fixtures/maps';
import { withTempDir } from './helpers';

function setup(dir: string, answers: { open?: string | null; save?: string | null } = {}, locale: Locale = 'en') {
  const errors: string[] = [];
  const changed: string[] = [];
  let requested = 0;
  const dialogs: FileDialogs = {
    chooseMapToOpen: async () => answers.open ?? null,
    chooseMapSavePath: async () => answers.save ?? null,
    chooseExportPath: async () => answers.save ?? null,
    showError: async (m) => void errors.push(m),
  };
  const watcher = createChangeWatcher((p) => changed.push(p), { interval: 20 });
  const service = createFileService({
    dialogs,
    drafts: createDraftStore(join(dir, 'userData')),
    recent: createRecentStore(join(dir, 'userData')),
    watcher,
    locale: () => locale,
    onOpenRequested: () => void requested++,
    log: () => undefined,
  });
  return { service, errors, changed, watcher, requests: () => requested };
}

const VALID = serializeMap(aftersalesMap());

describe('file service', () => {
  it('opens a valid map and hands out an opaque reference', async () => {
    await withTempDir(async (dir) => {
      const file = join(dir, 'aftersales.tpmap.json');
      await writeFile(file, VALID);
      const { service, watcher } = setup(dir, { open: file });
      const opened = await service.open();
      expect(opened.ok && opened.value?.text).toBe(VALID);
      expect(opened.ok && opened.value?.ref.name).toBe('aftersales.tpmap.json');
      expect((await service.recentFiles()).map((r) => r.ref.path)).toEqual([file]);
      watcher.close();
    });
  });

  it('refuses an invalid map with the model’s messages and never touches the file', async () => {
    await withTempDir(async (dir) => {
      const file = join(dir, 'broken.tpmap.json');
      const broken = VALID.replace('"level": "', '"level": "superb-');
      await writeFile(file, broken);
      const before = await stat(file);
      const { service, watcher } = setup(dir, { open: file }, 'zh-CN');
      const opened = await service.open();
      expect(opened.ok).toBe(false);
      if (!opened.ok) {
        expect(opened.reason).toBe('invalid');
        expect(opened.message).toContain('无法打开“broken.tpmap.json”');
      }
      expect(await readFile(file, 'utf8')).toBe(broken);
      expect((await stat(file)).mtimeMs).toBe(before.mtimeMs);
      expect(await service.recentFiles()).toEqual([]);
      watcher.close();
    });
  });

  it('saves through a reference and refuses ids it never handed out', async () => {
    await withTempDir(async (dir) => {
      const file = join(dir, 'aftersales.tpmap.json');
      await writeFile(file, VALID);
      const { service, watcher } = setup(dir, { open: file });
      const opened = await service.open();
      if (!opened.ok || !opened.value) throw new Error('open failed');
      const next = serializeMap(minimalMap());
      const saved = await service.save(opened.value.ref, next);
      expect(saved.ok).toBe(true);
      expect(await readFile(file, 'utf8')).toBe(next);
      const forged = await service.save({ id: 'made-up', name: 'passwd', path: '/etc/passwd' }, 'x');
      expect(forged.ok).toBe(false);
      watcher.close();
    });
  });

  it('never overwrites a version someone else saved meanwhile', async () => {
    await withTempDir(async (dir) => {
      const file = join(dir, 'aftersales.tpmap.json');
      await writeFile(file, VALID);
      const { service, watcher, changed } = setup(dir, { open: file });
      const opened = await service.open();
      if (!opened.ok || !opened.value) throw new Error('open failed');
      const theirs = serializeMap({ ...aftersalesMap(), title: 'Teammate’s version' });
      await writeFile(file, theirs);
      await watcher.check(file);
      expect(changed).toEqual([file]);
      const saved = await service.save(opened.value.ref, serializeMap(minimalMap()));
      expect(saved.ok).toBe(false);
      if (!saved.ok) {
        expect(saved.reason).toBe('conflict');
        expect(saved.message).toMatch(/Save As/);
      }
      expect(await readFile(file, 'utf8')).toBe(theirs);
      const reopened = await service.openRecent(opened.value.ref);
      expect(reopened.ok && reopened.value.text).toBe(theirs);
      expect((await service.save(opened.value.ref, VALID)).ok).toBe(true);
      watcher.close();
    });
  });

  it('opens a dropped file by its path like Open (then saves back to it), and refuses a path that is not absolute', async () => {
    await withTempDir(async (dir) => {
      const file = join(dir, 'dropped.tpmap.json');
      await writeFile(file, VALID);
      const { service, watcher } = setup(dir);
      const opened = await service.openDropped(file);
      if (!opened.ok) throw new Error(opened.message);
      expect(opened.value.text).toBe(VALID);
      expect(service.pathOf(opened.value.ref)).toBe(file);
      const edited = serializeMap({ ...aftersalesMap(), title: 'Edited after the drop' });
      expect((await service.save(opened.value.ref, edited)).ok).toBe(true);
      expect(await readFile(file, 'utf8')).toBe(edited);
      expect((await service.recentFiles()).map((r) => r.ref.path)).toContain(file);

      const relative = await service.openDropped('dropped.tpmap.json');
      expect(relative.ok).toBe(false);
      const broken = join(dir, 'broken.tpmap.json');
      await writeFile(broken, '{"formatVersion": 1, "touchpoints": 7');
      const refused = await service.openDropped(broken);
      expect(refused.ok).toBe(false);
      if (!refused.ok) expect(refused.message).toContain('broken.tpmap.json');
      watcher.close();
    });
  });

  it('saves as a new file the person chose, and returns null when they cancel', async () => {
    await withTempDir(async (dir) => {
      const target = join(dir, 'copy.tpmap.json');
      const chosen = setup(dir, { save: target });
      const saved = await chosen.service.saveAs(VALID, 'copy.tpmap.json');
      expect(saved.ok && saved.value?.name).toBe('copy.tpmap.json');
      expect(await readFile(target, 'utf8')).toBe(VALID);
      chosen.watcher.close();
      const cancelled = setup(dir, { save: null });
      expect(await cancelled.service.saveAs(VALID, 'x.tpmap.json')).toEqual({ ok: true, value: null });
      cancelled.watcher.close();
    });
  });

  it('keeps the draft’s file reference across a restart', async () => {
    await withTempDir(async (dir) => {
      const file = join(dir, 'aftersales.tpmap.json');
      await writeFile(file, VALID);
      const first = setup(dir, { open: file });
      const opened = await first.service.open();
      if (!opened.ok || !opened.value) throw new Error('open failed');
      await first.service.writeDraft({ text: 'unsaved edits', savedAt: 42, ref: opened.value.ref });
      first.watcher.close();
      const second = setup(dir);
      const draft = await second.service.readDraft();
      expect(draft?.text).toBe('unsaved edits');
      expect(draft?.savedAt).toBe(42);
      expect(draft?.ref?.path).toBe(file);
      if (draft?.ref) expect((await second.service.save(draft.ref, VALID)).ok).toBe(true);
      await second.service.discardDraft();
      expect(await second.service.readDraft()).toBeNull();
      second.watcher.close();
    });
  });

  it('queues files the OS asks to open and explains the ones it cannot open', async () => {
    await withTempDir(async (dir) => {
      const good = join(dir, 'good.tpmap.json');
      await writeFile(good, VALID);
      const { service, errors, requests, watcher } = setup(dir);
      await service.queueOpen(good);
      await service.queueOpen(join(dir, 'missing.tpmap.json'));
      expect(requests()).toBe(1);
      expect(errors).toHaveLength(1);
      expect(errors[0]).toContain('missing.tpmap.json');
      expect(service.takePending().map((f) => f.ref.name)).toEqual(['good.tpmap.json']);
      expect(service.takePending()).toEqual([]);
      watcher.close();
    });
  });

  it('detects a newer file on disk at the first save after a crash draft is restored', async () => {
    await withTempDir(async (dir) => {
      const file = join(dir, 'aftersales.tpmap.json');
      await writeFile(file, VALID);
      const first = setup(dir, { open: file });
      const opened = await first.service.open();
      if (!opened.ok || !opened.value) throw new Error('open failed');
      const edited = serializeMap({ ...aftersalesMap(), title: 'Edited before the crash' });
      await first.service.writeDraft({ text: edited, savedAt: Date.now(), ref: opened.value.ref });
      first.watcher.close();

      // Someone else saves a newer version while the app is down.
      const theirs = serializeMap({ ...aftersalesMap(), title: 'Saved by a colleague' });
      await writeFile(file, theirs);

      const second = setup(dir);
      const draft = await second.service.readDraft();
      expect(draft?.ref?.path).toBe(file);
      const saved = await second.service.save(draft!.ref!, edited);
      expect(saved).toMatchObject({ ok: false, reason: 'conflict' });
      expect(await readFile(file, 'utf8')).toBe(theirs);
      second.watcher.close();
    });
  });

  it('writes only valid maps, only to files opened or saved in this session, never to an imported PDF', async () => {
    await withTempDir(async (dir) => {
      const file = join(dir, 'aftersales.tpmap.json');
      await writeFile(file, VALID);
      const { service, watcher } = setup(dir, { open: file });
      const opened = await service.open();
      if (!opened.ok || !opened.value) throw new Error('open failed');
      const notAMap = await service.save(opened.value.ref, 'rm -rf ~');
      expect(notAMap).toMatchObject({ ok: false });
      expect(!notAMap.ok && notAMap.message).toMatch(/not a valid map/);
      expect(await readFile(file, 'utf8')).toBe(VALID);
      watcher.close();

      // A later session lists the file as recent, but the page cannot save to it without opening it.
      const later = setup(dir);
      const [recent] = await later.service.recentFiles();
      const refused = await later.service.save(recent!.ref, serializeMap(minimalMap()));
      expect(!refused.ok && refused.message).toMatch(/not opened or saved in this session/);
      expect(await readFile(file, 'utf8')).toBe(VALID);
      later.watcher.close();
    });
  });
});
