import { describe, expect, it } from 'vitest';
import { buildMenuModel, flattenMenu, MENU_COMMANDS, normaliseAccelerator, type MenuContext, type MenuNode } from '../../../electron/main/menu-model';

const PLATFORMS: NodeJS.Platform[] = ['darwin', 'win32', 'linux'];
const context = (platform: NodeJS.Platform, extra: Partial<MenuContext> = {}): MenuContext => ({
  platform,
  locale: 'en',
  recent: ['/maps/aftersales.tpmap.json', '/maps/hotel-stay.tpmap.json'],
  packaged: true,
  appName: 'Touchpoint Studio',
  ...extra,
});

const topLabels = (nodes: MenuNode[]) => nodes.map((n) => (n.type === 'submenu' ? n.label : n.type));

describe('menu model', () => {
  for (const platform of PLATFORMS) {
    describe(platform, () => {
      const model = buildMenuModel(context(platform));
      const items = flattenMenu(model);

      it('offers every command exactly once', () => {
        const commands = items.flatMap((n) => (n.type === 'command' ? [n.command] : []));
        expect([...commands].sort()).toEqual([...MENU_COMMANDS].sort());
      });

      it('has no accelerator twice', () => {
        const chords = items.flatMap((n) => ('accelerator' in n && n.accelerator ? [normaliseAccelerator(n.accelerator, platform)] : []));
        expect(chords.length).toBeGreaterThan(15);
        expect(new Set(chords).size).toBe(chords.length);
      });

      it('uses the platform’s standard accelerators', () => {
        const accel = (command: string) => items.find((n) => n.type === 'command' && n.command === command);
        expect(accel('file.save')).toMatchObject({ accelerator: 'CmdOrCtrl+S' });
        expect(accel('file.open')).toMatchObject({ accelerator: 'CmdOrCtrl+O' });
        expect(accel('edit.undo')).toMatchObject({ accelerator: 'CmdOrCtrl+Z' });
        expect(accel('edit.redo')).toMatchObject({ accelerator: platform === 'win32' ? 'Ctrl+Y' : 'Shift+CmdOrCtrl+Z' });
        const quit = items.find((n) => n.type === 'role' && n.role === 'quit');
        expect(quit).toBeDefined();
      });

      it('never binds a bare letter, which would steal typing in text fields', () => {
        const bare = items.filter((n) => 'accelerator' in n && n.accelerator && /^[A-Za-z0-9]$/.test(n.accelerator));
        expect(bare).toEqual([]);
      });

      it('lists recent files by name, with a way to clear them', () => {
        const recent = items.filter((n) => n.type === 'recent');
        expect(recent.map((n) => n.label)).toEqual(['aftersales.tpmap.json', 'hotel-stay.tpmap.json']);
        expect(items.some((n) => n.type === 'action' && n.action === 'clearRecent')).toBe(true);
      });

      it('has an About item', () => {
        expect(items.filter((n) => n.type === 'action' && n.action === 'about')).toHaveLength(1);
      });
    });
  }

  it('has File, Edit, View, Map and Help, with access keys except on macOS', () => {
    expect(topLabels(buildMenuModel(context('win32')))).toEqual(['&File', '&Edit', '&View', '&Map', '&Help']);
    expect(topLabels(buildMenuModel(context('linux', { locale: 'zh-CN' })))).toEqual(['文件(&F)', '编辑(&E)', '视图(&V)', '地图(&M)', '帮助(&H)']);
    expect(topLabels(buildMenuModel(context('darwin')))).toEqual(['Touchpoint Studio', 'File', 'Edit', 'View', 'Map', 'Window', 'Help']);
    expect(topLabels(buildMenuModel(context('darwin', { locale: 'zh-CN' }))).slice(1, 3)).toEqual(['文件', '编辑']);
  });

  it('labels every item in Chinese', () => {
    const zh = flattenMenu(buildMenuModel(context('linux', { locale: 'zh-CN', recent: [] })));
    for (const n of zh) if ('label' in n && n.type !== 'recent') expect(n.label, n.label).toMatch(/[\u4e00-\u9fff]/);
  });

  it('shows a placeholder when there are no recent files', () => {
    const items = flattenMenu(buildMenuModel(context('win32', { recent: [] })));
    expect(items.some((n) => n.type === 'placeholder')).toBe(true);
    expect(items.some((n) => n.type === 'action' && n.action === 'clearRecent')).toBe(false);
  });

  it('offers developer tools only in development builds', () => {
    const has = (packaged: boolean) => flattenMenu(buildMenuModel(context('linux', { packaged }))).some((n) => n.type === 'role' && n.role === 'toggleDevTools');
    expect(has(true)).toBe(false);
    expect(has(false)).toBe(true);
  });

  it('compares accelerators the way the platform reads them', () => {
    expect(normaliseAccelerator('CmdOrCtrl+Shift+S', 'darwin')).toBe('cmd+shift+s');
    expect(normaliseAccelerator('Shift+CmdOrCtrl+S', 'win32')).toBe('ctrl+shift+s');
  });
});
