/**
 * The action table: every command the person can give, as data. The native menu and its
 * accelerators, the page's key handling, toolbar tooltips, the command palette and the shortcut
 * sheet are all derived from it (derive.ts), so they cannot disagree. Behaviour lives elsewhere:
 * the renderer maps each id to what it does; the main process answers `about` itself.
 */
import type { Level, Locale } from '../model';
import type { ActionId } from './ids';

export type MenuName = 'file' | 'edit' | 'view' | 'map' | 'help';

/** What the enable and checked predicates may look at. */
export interface ActionContext {
  readonly hasDocument: boolean;
  /** Cards in the map. */
  readonly cards: number;
  readonly selectedCards: number;
  readonly selectedLinks: number;
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  readonly saving: boolean;
  readonly presenting: boolean;
  readonly panels: { readonly findings: boolean; readonly inspector: boolean };
  readonly locale: Locale;
  /** The platform can host a room (the desktop app); absent or false in the browser. */
  readonly canHost?: boolean;
}

export interface KeyChords {
  /** Chords on every platform; the first is the one menus and tooltips show. */
  readonly all?: readonly string[];
  /** Replace `all` on one platform. */
  readonly mac?: readonly string[];
  readonly win?: readonly string[];
  readonly linux?: readonly string[];
}

export interface ActionSpec {
  readonly id: ActionId;
  readonly keys?: KeyChords;
  /**
   * Where the keys work: `anywhere` (even while typing in a field, e.g. Save) or `editor` (not while
   * a text field, select or editable text has focus, e.g. N or Delete).
   */
  readonly scope: 'anywhere' | 'editor';
  /** Inside a text field the browser's own edit (undo, paste…) runs instead. */
  readonly nativeEdit?: boolean;
  /** Place in the application menu: menus list groups in order, separated by a line. */
  readonly menu?: { readonly menu: MenuName; readonly group: number; readonly submenu?: 'language' | 'level' };
  /** Shown on the toolbar; `priority` decides what moves into "More" first when space runs out (lowest first). */
  readonly toolbar?: { readonly priority: number };
  /** Also runs during presentation mode (which otherwise owns the keyboard). */
  readonly inPresentation?: boolean;
  readonly enabled?: (ctx: ActionContext) => boolean;
  readonly checked?: (ctx: ActionContext) => boolean;
  /** The level a set-level action gives (null = untagged); the label names it. */
  readonly level?: Level | null;
}

const hasCards = (ctx: ActionContext) => ctx.selectedCards > 0;
const level = (id: ActionId, key: string, value: Level | null): ActionSpec => ({
  id,
  keys: { all: [key] },
  scope: 'editor',
  menu: { menu: 'map', group: 2, submenu: 'level' },
  enabled: hasCards,
  level: value,
});

export const ACTIONS: readonly ActionSpec[] = [
  // File
  { id: 'new-map', keys: { all: ['Mod+N'] }, scope: 'anywhere', menu: { menu: 'file', group: 0 }, toolbar: { priority: 60 } },
  { id: 'new-journey', scope: 'anywhere', menu: { menu: 'file', group: 0 } },
  { id: 'new-blueprint', scope: 'anywhere', menu: { menu: 'file', group: 0 } },
  { id: 'new-empty', scope: 'anywhere', menu: { menu: 'file', group: 0 } },
  { id: 'open', keys: { all: ['Mod+O'] }, scope: 'anywhere', menu: { menu: 'file', group: 0 }, toolbar: { priority: 70 } },
  { id: 'save', keys: { all: ['Mod+S'] }, scope: 'anywhere', menu: { menu: 'file', group: 1 }, toolbar: { priority: 80 }, inPresentation: true, enabled: (c) => !c.saving },
  { id: 'save-as', keys: { all: ['Mod+Shift+S'] }, scope: 'anywhere', menu: { menu: 'file', group: 1 }, inPresentation: true, enabled: (c) => !c.saving },
  { id: 'export-pdf', scope: 'anywhere', menu: { menu: 'file', group: 2 }, toolbar: { priority: 40 } },
  { id: 'export-dialog', keys: { all: ['Mod+Shift+E'] }, scope: 'anywhere', menu: { menu: 'file', group: 2 }, toolbar: { priority: 30 } },
  { id: 'export-png', scope: 'anywhere', menu: { menu: 'file', group: 2 } },
  { id: 'export-svg', scope: 'anywhere', menu: { menu: 'file', group: 2 } },
  { id: 'export-json', scope: 'anywhere', menu: { menu: 'file', group: 2 } },
  { id: 'compare-with', keys: { all: ['Mod+Alt+D'] }, scope: 'anywhere', menu: { menu: 'file', group: 3 } },
  { id: 'share-network', scope: 'anywhere', menu: { menu: 'file', group: 3 }, enabled: (c) => c.canHost === true },
  // Edit
  { id: 'undo', keys: { all: ['Mod+Z'] }, scope: 'anywhere', nativeEdit: true, menu: { menu: 'edit', group: 0 }, toolbar: { priority: 75 }, enabled: (c) => c.canUndo },
  {
    id: 'redo',
    keys: { all: ['Mod+Shift+Z', 'Mod+Y'], win: ['Ctrl+Y', 'Ctrl+Shift+Z'] },
    scope: 'anywhere',
    nativeEdit: true,
    menu: { menu: 'edit', group: 0 },
    toolbar: { priority: 74 },
    enabled: (c) => c.canRedo,
  },
  { id: 'cut', keys: { all: ['Mod+X'] }, scope: 'editor', nativeEdit: true, menu: { menu: 'edit', group: 1 }, enabled: hasCards },
  { id: 'copy', keys: { all: ['Mod+C'] }, scope: 'editor', nativeEdit: true, menu: { menu: 'edit', group: 1 }, enabled: hasCards },
  { id: 'paste', keys: { all: ['Mod+V'] }, scope: 'editor', nativeEdit: true, menu: { menu: 'edit', group: 1 } },
  { id: 'duplicate', keys: { all: ['Mod+D'] }, scope: 'editor', menu: { menu: 'edit', group: 1 }, enabled: hasCards },
  {
    id: 'delete',
    keys: { all: ['Delete', 'Backspace'], mac: ['Backspace', 'Delete'] },
    scope: 'editor',
    nativeEdit: true,
    menu: { menu: 'edit', group: 1 },
    enabled: (c) => c.selectedCards + c.selectedLinks > 0,
  },
  { id: 'select-all', keys: { all: ['Mod+A'] }, scope: 'editor', nativeEdit: true, menu: { menu: 'edit', group: 2 }, enabled: (c) => c.cards > 0 },
  { id: 'select-none', keys: { all: ['Escape'] }, scope: 'editor', menu: { menu: 'edit', group: 2 }, enabled: (c) => c.selectedCards + c.selectedLinks > 0 },
  { id: 'edit.find', keys: { all: ['Mod+F'] }, scope: 'anywhere', menu: { menu: 'edit', group: 3 } },
  // View
  { id: 'command-palette', keys: { all: ['Mod+Shift+P'] }, scope: 'anywhere', menu: { menu: 'view', group: 0 } },
  { id: 'toggle-findings', keys: { all: ['Mod+Shift+F'] }, scope: 'anywhere', menu: { menu: 'view', group: 1 }, toolbar: { priority: 90 }, checked: (c) => c.panels.findings },
  { id: 'toggle-inspector', keys: { all: ['Mod+I'] }, scope: 'anywhere', menu: { menu: 'view', group: 1 }, toolbar: { priority: 90 }, checked: (c) => c.panels.inspector },
  { id: 'view.toggleHiddenLanes', keys: { all: ['Mod+Shift+H'] }, scope: 'anywhere', menu: { menu: 'view', group: 1 } },
  { id: 'focus-next-region', keys: { all: ['F6'] }, scope: 'anywhere', menu: { menu: 'view', group: 2 } },
  { id: 'focus-previous-region', keys: { all: ['Shift+F6'] }, scope: 'anywhere', menu: { menu: 'view', group: 2 } },
  { id: 'zoom-in', keys: { all: ['Mod+=', 'Mod++'] }, scope: 'anywhere', menu: { menu: 'view', group: 3 }, toolbar: { priority: 20 } },
  { id: 'zoom-out', keys: { all: ['Mod+-'] }, scope: 'anywhere', menu: { menu: 'view', group: 3 }, toolbar: { priority: 20 } },
  { id: 'zoom-fit', keys: { all: ['Mod+0'] }, scope: 'anywhere', menu: { menu: 'view', group: 3 }, toolbar: { priority: 25 } },
  { id: 'presentation-mode', keys: { all: ['F5'] }, scope: 'anywhere', menu: { menu: 'view', group: 4 }, toolbar: { priority: 50 } },
  { id: 'toggle-theme', scope: 'anywhere', menu: { menu: 'view', group: 4 }, toolbar: { priority: 10 } },
  { id: 'language-en', scope: 'anywhere', menu: { menu: 'view', group: 4, submenu: 'language' }, toolbar: { priority: 15 }, checked: (c) => c.locale === 'en' },
  { id: 'language-zh-CN', scope: 'anywhere', menu: { menu: 'view', group: 4, submenu: 'language' }, toolbar: { priority: 15 }, checked: (c) => c.locale === 'zh-CN' },
  // Map
  { id: 'add-touchpoint', keys: { all: ['N', 'Mod+Shift+T'] }, scope: 'editor', menu: { menu: 'map', group: 0 }, toolbar: { priority: 100 } },
  { id: 'map.addPainPoint', keys: { all: ['P'] }, scope: 'editor', menu: { menu: 'map', group: 0 }, enabled: (c) => c.selectedCards === 1 },
  { id: 'add-stage', scope: 'anywhere', menu: { menu: 'map', group: 0 } },
  { id: 'add-lane', scope: 'anywhere', menu: { menu: 'map', group: 0 } },
  { id: 'link-mode', keys: { all: ['L'] }, scope: 'editor', menu: { menu: 'map', group: 1 }, enabled: (c) => c.selectedCards === 1 && c.cards > 1 },
  { id: 'move-left', keys: { all: ['Alt+ArrowLeft'] }, scope: 'editor', menu: { menu: 'map', group: 1 }, enabled: hasCards },
  { id: 'move-right', keys: { all: ['Alt+ArrowRight'] }, scope: 'editor', menu: { menu: 'map', group: 1 }, enabled: hasCards },
  { id: 'move-up', keys: { all: ['Alt+ArrowUp'] }, scope: 'editor', menu: { menu: 'map', group: 1 }, enabled: hasCards },
  { id: 'move-down', keys: { all: ['Alt+ArrowDown'] }, scope: 'editor', menu: { menu: 'map', group: 1 }, enabled: hasCards },
  level('set-level-1', '1', 'basic'),
  level('set-level-2', '2', 'satisfactory'),
  level('set-level-3', '3', 'value-added'),
  level('set-level-4', '4', 'memorable'),
  level('set-level-0', '0', null),
  { id: 'map.check', keys: { all: ['F7'] }, scope: 'anywhere', menu: { menu: 'map', group: 3 } },
  { id: 'map.properties', scope: 'anywhere', menu: { menu: 'map', group: 3 } },
  // Help
  { id: 'help.shortcuts', keys: { all: ['Mod+/', '?'] }, scope: 'anywhere', menu: { menu: 'help', group: 0 } },
  { id: 'about', scope: 'anywhere', menu: { menu: 'help', group: 1 } },
];
