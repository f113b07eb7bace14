/** Everything the surfaces need, derived from the action table: key lookup, accelerators, labels, sheet, palette. */
import { translate } from '../i18n';
import { levelName } from '../i18n/vocab';
import type { Locale } from '../model';
import { chordOfKeyPress, formatChord, hasCommandModifier, isFunctionKey, normaliseChord, parseChord, toAccelerator, type ChordPlatform, type KeyPress } from './chords';
import { MAIN_ONLY_ACTIONS, type ActionId, type PageActionId } from './ids';
import { ACTION_LABELS, GESTURES } from './labels';
import { ACTIONS, type ActionContext, type ActionSpec, type MenuName } from './table';

const byId = new Map<ActionId, ActionSpec>(ACTIONS.map((a) => [a.id, a]));

export function actionSpec(id: ActionId): ActionSpec {
  const spec = byId.get(id);
  if (!spec) throw new Error(`No action "${id}" in the table`);
  return spec;
}

export function actionLabel(id: ActionId, locale: Locale): string {
  const spec = actionSpec(id);
  const level = spec.level === undefined ? undefined : levelName(spec.level ?? 'untagged', locale);
  return translate(ACTION_LABELS, locale, id, level === undefined ? undefined : { level });
}

/** The action's chords on a platform, canonical, first = the one shown. */
export function chordsFor(id: ActionId, platform: ChordPlatform): readonly string[] {
  const keys = actionSpec(id).keys;
  return (keys?.[platform] ?? keys?.all ?? []).map((c) => normaliseChord(c, platform));
}

/** A chord that types a character (N, 1, ?) cannot be a shortcut while a text field has focus. */
export function typesText(chord: string, platform: ChordPlatform): boolean {
  const { key } = parseChord(chord, platform);
  return key.length === 1 && !hasCommandModifier(chord, platform);
}

/** Every chord bound to more than one action on a platform (the table must have none). */
export function duplicateChords(platform: ChordPlatform): { chord: string; actions: ActionId[] }[] {
  const seen = new Map<string, ActionId[]>();
  for (const a of ACTIONS) for (const c of chordsFor(a.id, platform)) seen.set(c, [...(seen.get(c) ?? []), a.id]);
  return [...seen].filter(([, ids]) => ids.length > 1).map(([chord, actions]) => ({ chord, actions }));
}

const bindingCache = new Map<ChordPlatform, ReadonlyMap<string, ActionSpec>>();

/** Chord → action, one lookup table per platform. */
export function keyBindings(platform: ChordPlatform): ReadonlyMap<string, ActionSpec> {
  let map = bindingCache.get(platform);
  if (!map) {
    map = new Map(ACTIONS.flatMap((a) => chordsFor(a.id, platform).map((c) => [c, a] as const)));
    bindingCache.set(platform, map);
  }
  return map;
}

/** What has focus when the key is pressed. */
export interface KeyTarget {
  /** A text field, text area, select or editable text: plain keys belong to it. */
  readonly typing: boolean;
  /** A field with its own text undo and clipboard (not a select or checkbox). */
  readonly editsText: boolean;
}

/** The action a key press runs, or null to leave the key to the page (and to text fields). */
export function actionForKeyPress(press: KeyPress, platform: ChordPlatform, target: KeyTarget): ActionId | null {
  const chord = chordOfKeyPress(press, platform);
  if (!chord) return null;
  const spec = keyBindings(platform).get(chord);
  if (!spec) return null;
  if (target.typing && (spec.scope === 'editor' || typesText(chord, platform))) return null;
  if (target.editsText && spec.nativeEdit) return null;
  return spec.id;
}

export function isEnabled(id: ActionId, ctx: ActionContext): boolean {
  const spec = actionSpec(id);
  if (ctx.presenting && !spec.inPresentation) return false;
  return spec.enabled?.(ctx) ?? true;
}

export function isChecked(id: ActionId, ctx: ActionContext): boolean | undefined {
  return actionSpec(id).checked?.(ctx);
}

/** The chord people see for an action (menus, tooltips, palette), or null. */
export function shortcutText(id: ActionId, platform: ChordPlatform): string | null {
  const [first] = chordsFor(id, platform);
  return first ? formatChord(first, platform) : null;
}

/** A toolbar tooltip: "Save (Ctrl+S)". */
export function tooltipFor(id: ActionId, platform: ChordPlatform, label: string): string {
  const keys = shortcutText(id, platform);
  return keys ? `${label} (${keys})` : label;
}

/**
 * The chord a native menu item can carry. A menu accelerator fires even while a text field has
 * focus, so plain typing keys (N, L, 1–4, ?, Esc) stay the page's alone; Delete stays, since the
 * preload hands it back to a focused field as a native edit.
 */
export function menuAccelerator(id: ActionId, platform: ChordPlatform): string | undefined {
  const spec = actionSpec(id);
  const chord = chordsFor(id, platform).find((c) => {
    const { key } = parseChord(c, platform);
    return hasCommandModifier(c, platform) || isFunctionKey(key) || (spec.nativeEdit === true && (key === 'Delete' || key === 'Backspace'));
  });
  return chord === undefined ? undefined : toAccelerator(chord, platform);
}

/** One menu's items in groups, in table order. */
export function menuGroups(menu: MenuName): readonly (readonly ActionSpec[])[] {
  const groups = new Map<number, ActionSpec[]>();
  for (const a of ACTIONS) if (a.menu?.menu === menu) groups.set(a.menu.group, [...(groups.get(a.menu.group) ?? []), a]);
  return [...groups].sort(([x], [y]) => x - y).map(([, items]) => items);
}

export const MENU_NAMES: readonly MenuName[] = ['file', 'edit', 'view', 'map', 'help'];

export interface SheetSection {
  readonly title: string;
  readonly rows: readonly { readonly keys: readonly string[]; readonly label: string; readonly id?: ActionId }[];
}

/** The shortcut sheet: every action that has keys, by menu, then the gestures. */
export function shortcutSheet(locale: Locale, platform: ChordPlatform): { title: string; sections: SheetSection[] } {
  const g = (key: keyof (typeof GESTURES)['en']) => translate(GESTURES, locale, key);
  const sections: SheetSection[] = MENU_NAMES.map((menu) => ({
    title: g(`section.${menu}`),
    rows: menuGroups(menu)
      .flat()
      .filter((a) => chordsFor(a.id, platform).length > 0)
      .map((a) => ({ id: a.id, keys: chordsFor(a.id, platform).map((c) => formatChord(c, platform)), label: actionLabel(a.id, locale) })),
  }));
  const gestures = (['doubleClick', 'box', 'shiftClick', 'pan', 'zoom', 'tab', 'link'] as const).map((k) => ({
    keys: [g(`gesture.${k}.keys`)],
    label: g(`gesture.${k}`),
  }));
  return { title: g('sheet.title'), sections: [...sections, { title: g('section.mouse'), rows: gestures }] };
}

export interface PaletteEntry {
  readonly id: PageActionId;
  readonly label: string;
  readonly keys: string | null;
  readonly enabled: boolean;
  readonly checked: boolean | undefined;
}

const isPageAction = (id: ActionId): id is PageActionId => !(MAIN_ONLY_ACTIONS as readonly ActionId[]).includes(id);

/** The command palette's list, filtered by a query (every word must appear in the label or its id). */
export function paletteEntries(locale: Locale, platform: ChordPlatform, ctx: ActionContext, query = ''): PaletteEntry[] {
  const words = query.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  return ACTIONS.flatMap((a) => {
    if (!isPageAction(a.id) || a.id === 'command-palette') return [];
    const label = actionLabel(a.id, locale);
    const haystack = `${label} ${actionLabel(a.id, 'en')} ${a.id}`.toLocaleLowerCase();
    if (!words.every((w) => haystack.includes(w))) return [];
    return [{ id: a.id, label, keys: shortcutText(a.id, platform), enabled: isEnabled(a.id, ctx), checked: isChecked(a.id, ctx) }];
  });
}
