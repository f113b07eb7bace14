import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ACTION_IDS,
  ACTION_LABELS,
  ACTIONS,
  actionForKeyPress,
  actionLabel,
  chordOfKeyPress,
  chordsFor,
  duplicateChords,
  formatChord,
  isEnabled,
  normaliseChord,
  paletteEntries,
  parseChord,
  shortcutSheet,
  toAccelerator,
  tooltipFor,
  type ActionContext,
  type ActionId,
  type ChordPlatform,
  type KeyPress,
} from '../../../src/actions';
import { buildMenuModel, flattenMenu } from '../../../electron/main/menu-model';

const PLATFORMS: readonly ChordPlatform[] = ['mac', 'win', 'linux'];
const NODE_PLATFORM: Record<ChordPlatform, NodeJS.Platform> = { mac: 'darwin', win: 'win32', linux: 'linux' };
const canvas = { typing: false, editsText: false };
const textField = { typing: true, editsText: true };

/** The key press a person makes for a chord, as a browser reports it (Shift+/ arrives as "?" with Shift held). */
function pressFor(chord: string, platform: ChordPlatform): KeyPress {
  const { modifiers, key } = parseChord(chord, platform);
  const shift = modifiers.includes('Shift') || ['?', '+'].includes(key);
  const letter = /^[A-Z]$/.test(key);
  return {
    key: letter && !shift ? key.toLowerCase() : key === 'Space' ? ' ' : key,
    code: letter ? `Key${key}` : undefined,
    ctrlKey: modifiers.includes(platform === 'mac' ? 'Ctrl' : 'Mod'),
    metaKey: modifiers.includes(platform === 'mac' ? 'Mod' : 'Meta'),
    altKey: modifiers.includes('Alt'),
    shiftKey: shift,
  };
}

/** Electron accelerator → the key press that fires it. */
function pressForAccelerator(accelerator: string, platform: ChordPlatform): KeyPress {
  const names: Record<string, string> = { Left: 'ArrowLeft', Right: 'ArrowRight', Up: 'ArrowUp', Down: 'ArrowDown', Plus: '+', Esc: 'Escape' };
  const parts = accelerator.split('+');
  const key = parts.pop()!;
  const chord = [...parts.map((p) => (p === 'CmdOrCtrl' ? 'Mod' : p === 'Super' ? 'Meta' : p)), names[key] ?? key].join('+');
  return pressFor(chord, platform);
}

const context = (over: Partial<ActionContext> = {}): ActionContext => ({
  hasDocument: true,
  cards: 5,
  selectedCards: 1,
  selectedLinks: 0,
  canUndo: true,
  canRedo: true,
  saving: false,
  presenting: false,
  panels: { findings: true, inspector: false },
  locale: 'en',
  ...over,
});

describe('the action table', () => {
  it('has every id exactly once', () => {
    expect(ACTIONS.map((a) => a.id).sort()).toEqual([...ACTION_IDS].sort());
  });

  it('binds no chord twice on any platform', () => {
    for (const platform of PLATFORMS) expect(duplicateChords(platform), platform).toEqual([]);
  });

  it('writes every chord in canonical form, Shift only with letters and named keys', () => {
    for (const platform of PLATFORMS)
      for (const a of ACTIONS)
        for (const chord of chordsFor(a.id, platform)) {
          expect(normaliseChord(chord, platform)).toBe(chord);
          const { modifiers, key } = parseChord(chord, platform);
          if (modifiers.includes('Shift')) expect(key.length > 1 || /^[A-Z]$/.test(key), `${a.id}: ${chord}`).toBe(true);
        }
  });

  it('names every action in both languages, Chinese in Chinese', () => {
    for (const id of ACTION_IDS) {
      expect(actionLabel(id, 'en').trim()).not.toBe('');
      if (!id.startsWith('language-')) expect(actionLabel(id, 'zh-CN'), id).toMatch(/[\u4e00-\u9fff]/);
      expect(actionLabel(id, 'en')).not.toMatch(/\{/);
    }
    expect(Object.keys(ACTION_LABELS['zh-CN']).sort()).toEqual([...ACTION_IDS].sort());
  });

  it('takes level names from the vocabulary', () => {
    expect(actionLabel('set-level-3', 'en')).toBe('Set Level: Value-added');
    expect(actionLabel('set-level-0', 'zh-CN')).toContain('未标注');
  });

  it('settles the drifts of issue #12 on one binding each', () => {
    for (const platform of PLATFORMS) {
      const run = (chord: string) => actionForKeyPress(pressFor(chord, platform), platform, canvas);
      expect(run('Mod+N')).toBe('new-map');
      expect(run('Mod+Shift+E')).toBe('export-dialog');
      expect(run('Mod+F')).toBe('edit.find');
      expect(run('Mod+Shift+F')).toBe('toggle-findings');
      expect(run('Mod+Shift+P')).toBe('command-palette');
    }
  });
});

describe('menu, page and sheet agree', () => {
  for (const platform of PLATFORMS) {
    it(`on ${platform}: every menu accelerator runs the same action on the page`, () => {
      const items = flattenMenu(buildMenuModel({ platform: NODE_PLATFORM[platform], locale: 'en', recent: [], packaged: true, appName: 'Touchpoint Studio' }));
      let checked = 0;
      for (const item of items) {
        if (item.type !== 'command' || !item.accelerator) continue;
        expect(actionForKeyPress(pressForAccelerator(item.accelerator, platform), platform, canvas), item.accelerator).toBe(item.command);
        expect(item.accelerator).toBe(toAccelerator(chordsFor(item.command, platform).find((c) => toAccelerator(c, platform) === item.accelerator)!, platform));
        checked++;
      }
      expect(checked).toBeGreaterThan(20);
    });

    it(`on ${platform}: every chord of the table runs its action, and the sheet lists exactly those chords`, () => {
      const sheet = shortcutSheet('en', platform);
      const rows = sheet.sections.flatMap((s) => s.rows).filter((r) => r.id);
      for (const a of ACTIONS) {
        const chords = chordsFor(a.id, platform);
        for (const chord of chords) expect(actionForKeyPress(pressFor(chord, platform), platform, canvas), chord).toBe(a.id);
        const listed = rows.filter((r) => r.id === a.id);
        if (chords.length === 0) expect(listed).toEqual([]);
        else expect(listed.map((r) => r.keys)).toEqual([chords.map((c) => formatChord(c, platform))]);
      }
    });
  }

  it('sheet and menu speak the same words', () => {
    const sheet = shortcutSheet('zh-CN', 'win');
    const menu = flattenMenu(buildMenuModel({ platform: 'win32', locale: 'zh-CN', recent: [], packaged: true, appName: 'Touchpoint Studio' }));
    for (const row of sheet.sections.flatMap((s) => s.rows)) {
      if (!row.id) continue;
      const item = menu.find((n) => n.type === 'command' && n.command === row.id);
      if (item && item.type === 'command') expect(item.label).toBe(row.label);
    }
    expect(sheet.title).toBe('键盘快捷键');
  });
});

describe('key presses', () => {
  it('leaves typing keys to text fields but keeps Save and F6', () => {
    const press = (chord: string, target = textField) => actionForKeyPress(pressFor(chord, 'win'), 'win', target);
    expect(press('N')).toBeNull();
    expect(press('1')).toBeNull();
    expect(press('?')).toBeNull();
    expect(press('Delete')).toBeNull();
    expect(press('Mod+Z')).toBeNull();
    expect(press('Mod+S')).toBe('save');
    expect(press('F6')).toBe('focus-next-region');
    expect(press('Mod+/')).toBe('help.shortcuts');
    // A level button or checkbox has no undo of its own: the map's undo runs.
    expect(press('Mod+Z', { typing: false, editsText: false })).toBe('undo');
    // A select is "typing" for plain keys but has no text undo.
    expect(press('Mod+Z', { typing: true, editsText: false })).toBe('undo');
  });

  it('reads Option+letter on a Mac by the physical key', () => {
    expect(chordOfKeyPress({ key: '¬', code: 'KeyL', ctrlKey: false, metaKey: false, altKey: true, shiftKey: false }, 'mac')).toBe('Alt+L');
  });

  it('ignores a bare modifier', () => {
    expect(chordOfKeyPress({ key: 'Shift', ctrlKey: false, metaKey: false, altKey: false, shiftKey: true }, 'linux')).toBeNull();
  });

  it('reads any chord back from its key press (property)', () => {
    const keys = fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'.split(''), 'F1', 'F6', 'F12', 'ArrowLeft', 'Delete', 'Escape', '/', '=', '-');
    fc.assert(
      fc.property(fc.constantFrom(...PLATFORMS), fc.subarray(['Mod', 'Alt', 'Shift'] as const), keys, (platform, mods, key) => {
        const withShift = mods.includes('Shift') && !(key.length > 1 || /^[A-Z]$/.test(key)) ? mods.filter((m) => m !== 'Shift') : mods;
        const chord = normaliseChord([...withShift, key].join('+'), platform);
        expect(chordOfKeyPress(pressFor(chord, platform), platform)).toBe(chord);
      }),
    );
  });
});

describe('display', () => {
  it('writes chords the way each platform does', () => {
    expect(formatChord('Mod+Shift+S', 'mac')).toBe('⇧⌘S');
    expect(formatChord('Mod+Shift+S', 'win')).toBe('Ctrl+Shift+S');
    expect(formatChord('Alt+ArrowLeft', 'linux')).toBe('Alt+←');
    expect(toAccelerator('Mod++', 'linux')).toBe('CmdOrCtrl+Plus');
    expect(toAccelerator('Alt+ArrowUp', 'mac')).toBe('Alt+Up');
  });

  it('gives toolbar tooltips their shortcut', () => {
    expect(tooltipFor('save', 'win', 'Save')).toBe('Save (Ctrl+S)');
    expect(tooltipFor('save', 'mac', '保存')).toBe('保存 (⌘S)');
    expect(tooltipFor('toggle-theme', 'win', 'Theme')).toBe('Theme');
  });
});

describe('enable predicates and the palette', () => {
  it('enables by the context', () => {
    expect(isEnabled('undo', context({ canUndo: false }))).toBe(false);
    expect(isEnabled('link-mode', context({ selectedCards: 2 }))).toBe(false);
    expect(isEnabled('link-mode', context())).toBe(true);
    expect(isEnabled('delete', context({ selectedCards: 0, selectedLinks: 1 }))).toBe(true);
    expect(isEnabled('add-touchpoint', context({ presenting: true }))).toBe(false);
    expect(isEnabled('save', context({ presenting: true }))).toBe(true);
  });

  it('finds actions by words in either language, with their chords', () => {
    const found = paletteEntries('en', 'win', context(), 'save');
    expect(found.map((e) => e.id)).toEqual(['save', 'save-as']);
    expect(found[0]!.keys).toBe('Ctrl+S');
    expect(paletteEntries('zh-CN', 'win', context({ locale: 'zh-CN' }), '导出').map((e) => e.id)).toContain('export-dialog');
    expect(paletteEntries('zh-CN', 'win', context({ locale: 'zh-CN' }), 'export').length).toBeGreaterThan(3);
    expect(paletteEntries('en', 'win', context()).map((e) => e.id)).not.toContain('about' as ActionId);
    expect(paletteEntries('en', 'win', context()).find((e) => e.id === 'toggle-findings')?.checked).toBe(true);
  });
});
