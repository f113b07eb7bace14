import { describe, expect, it } from 'vitest';
import { buildMenuModel, flattenMenu, MENU_COMMANDS, normaliseAccelerator, routeMenuCommand, WINDOWLESS_COMMANDS, type MenuContext, type MenuNode } from '../../../electron/main/menu-model';

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
        expect(accel('save')).toMatchObject({ accelerator: 'CmdOrCtrl+S' });
        expect(accel('save-as')).toMatchObject({ accelerator: 'CmdOrCtrl+Shift+S' });
        expect(accel('open')).toMatchObject({ accelerator: 'CmdOrCtrl+O' });
        expect(accel('undo')).toMatchObject({ accelerator: 'CmdOrCtrl+Z' });
        expect(accel('redo')).toMatchObject({ accelerator: platform === 'win32' ? 'CmdOrCtrl+Y' : 'CmdOrCtrl+Shift+Z' });
        expect(accel('new-map')).toMatchObject({ accelerator: 'CmdOrCtrl+N' });
        expect(accel('export-dialog')).toMatchObject({ accelerator: 'CmdOrCtrl+Shift+E' });
        expect(accel('toggle-findings')).toMatchObject({ accelerator: 'CmdOrCtrl+Shift+F' });
        expect(accel('command-palette')).toMatchObject({ accelerator: 'CmdOrCtrl+Shift+P' });
        expect(accel('copy')).toMatchObject({ accelerator: 'CmdOrCtrl+C' });
        expect(accel('paste')).toMatchObject({ accelerator: 'CmdOrCtrl+V' });
        expect(accel('select-all')).toMatchObject({ accelerator: 'CmdOrCtrl+A' });
        expect(accel('delete')).toMatchObject({ accelerator: platform === 'darwin' ? 'Backspace' : 'Delete' });
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
        expect(items.filter((n) => n.type === 'command' && n.command === 'about')).toHaveLength(1);
      });

      it('ticks the language in use, each named in its own language', () => {
        for (const locale of ['en', 'zh-CN'] as const) {
          const langs = flattenMenu(buildMenuModel(context(platform, { locale }))).filter((n) => n.type === 'command' && n.command.startsWith('language-'));
          expect(langs.map((n) => (n.type === 'command' ? [n.label, n.checked] : []))).toEqual([
            ['English', locale === 'en'],
            ['简体中文', locale === 'zh-CN'],
          ]);
        }
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
    for (const n of zh) if ('label' in n && n.type !== 'recent' && n.label !== 'English') expect(n.label, n.label).toMatch(/[\u4e00-\u9fff]/);
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

  it('puts File, Edit, View and Map commands under the menus of those names', () => {
    const model = buildMenuModel(context('linux'));
    const under = (top: string) => flattenMenu((model.find((n) => n.type === 'submenu' && n.label === top) as { items: MenuNode[] }).items).flatMap((n) => (n.type === 'command' ? [n.command] : []));
    expect(under('&File')).toEqual(['new-map', 'new-journey', 'new-blueprint', 'new-empty', 'open', 'save', 'save-as', 'export-pdf', 'export-dialog', 'export-png', 'export-svg', 'export-json', 'compare-with', 'share-network']);
    expect(under('&Edit')).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'duplicate', 'delete', 'select-all', 'select-none', 'edit.find']);
    expect(under('&View')).toEqual(expect.arrayContaining(['toggle-findings', 'toggle-inspector', 'zoom-in', 'zoom-out', 'zoom-fit', 'presentation-mode', 'toggle-theme', 'language-en', 'language-zh-CN']));
    expect(under('&Map')).toEqual(expect.arrayContaining(['add-touchpoint', 'add-stage', 'add-lane', 'link-mode', 'set-level-1', 'set-level-0']));
    expect(under('&Help')).toEqual(['help.shortcuts', 'about']);
  });

  it('routes About to the native dialog and language changes to the menu as well as the page', () => {
    expect(routeMenuCommand('about')).toEqual({ forward: false, about: true });
    expect(routeMenuCommand('language-zh-CN')).toEqual({ forward: true, locale: 'zh-CN' });
    expect(routeMenuCommand('language-en')).toEqual({ forward: true, locale: 'en' });
    for (const command of MENU_COMMANDS.filter((c) => c !== 'about' && !c.startsWith('language-'))) expect(routeMenuCommand(command)).toEqual({ forward: true });
  });

  it('opens a window only for commands that need no document (macOS runs on without one)', () => {
    expect([...WINDOWLESS_COMMANDS].sort()).toEqual(['new-blueprint', 'new-empty', 'new-journey', 'new-map', 'open']);
    for (const command of WINDOWLESS_COMMANDS) expect(routeMenuCommand(command).forward).toBe(true);
  });

  it('compares accelerators the way the platform reads them', () => {
    expect(normaliseAccelerator('CmdOrCtrl+Shift+S', 'darwin')).toBe('cmd+shift+s');
    expect(normaliseAccelerator('Shift+CmdOrCtrl+S', 'win32')).toBe('ctrl+shift+s');
  });
});
