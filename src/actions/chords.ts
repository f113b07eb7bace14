/**
 * Key chords as plain strings: `Mod+Shift+S`, `Alt+ArrowLeft`, `F6`, `?`. `Mod` is Cmd on macOS and
 * Ctrl elsewhere. One canonical form lets the table, a key press, a menu accelerator and the
 * shortcut sheet be compared as strings.
 */
export type ChordPlatform = 'mac' | 'win' | 'linux';

export function platformOf(name: string): ChordPlatform {
  if (name === 'darwin' || /mac|iphone|ipad/i.test(name)) return 'mac';
  if (name === 'win32' || /^win/i.test(name)) return 'win';
  return 'linux';
}

const MODIFIERS = ['Mod', 'Ctrl', 'Alt', 'Shift', 'Meta'] as const;
type Modifier = (typeof MODIFIERS)[number];

export interface ParsedChord {
  readonly modifiers: readonly Modifier[];
  readonly key: string;
}

/** `Ctrl+Shift+s` → modifiers in a fixed order, key as written (letters upper case). */
export function parseChord(chord: string, platform: ChordPlatform): ParsedChord {
  // The key may itself be `+` (`Mod++`): split on `+` only where a name precedes it.
  const parts = chord === '+' ? ['+'] : chord.endsWith('++') ? [...chord.slice(0, -2).split('+'), '+'] : chord.split('+');
  const rawKey = parts.pop() ?? '';
  const found = new Set<Modifier>();
  for (const part of parts) {
    const name = part.toLowerCase();
    if (name === 'mod' || name === 'cmdorctrl') found.add('Mod');
    else if (name === 'ctrl' || name === 'control') found.add(platform === 'mac' ? 'Ctrl' : 'Mod');
    else if (name === 'cmd' || name === 'command' || name === 'meta') found.add(platform === 'mac' ? 'Mod' : 'Meta');
    else if (name === 'alt' || name === 'option') found.add('Alt');
    else if (name === 'shift') found.add('Shift');
    else throw new Error(`Unknown modifier "${part}" in key chord "${chord}"`);
  }
  const key = rawKey.length === 1 ? rawKey.toUpperCase() : rawKey;
  if (key === '') throw new Error(`Key chord "${chord}" has no key`);
  return { modifiers: MODIFIERS.filter((m) => found.has(m)), key };
}

export function normaliseChord(chord: string, platform: ChordPlatform): string {
  const { modifiers, key } = parseChord(chord, platform);
  return [...modifiers, key].join('+');
}

/** The parts of a key press that decide a chord (a DOM KeyboardEvent has them all). */
export interface KeyPress {
  readonly key: string;
  readonly code?: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly altKey: boolean;
  readonly shiftKey: boolean;
}

const isLetter = (key: string) => /^[A-Z]$/i.test(key);

/** The chord a key press stands for, in canonical form; null for a bare modifier. */
export function chordOfKeyPress(press: KeyPress, platform: ChordPlatform): string | null {
  if (['Control', 'Meta', 'Alt', 'Shift', 'AltGraph', 'Process', 'Dead', 'Unidentified'].includes(press.key)) return null;
  let key = press.key;
  // Option+L on a Mac types "¬": the physical key is what the chord means.
  const code = /^Key([A-Z])$|^Digit([0-9])$/.exec(press.code ?? '');
  if (key.length === 1 && !/^[\x20-\x7e]$/.test(key) && code) key = code[1] ?? code[2]!;
  if (key === ' ') key = 'Space';
  const mods: Modifier[] = [];
  const mod = platform === 'mac' ? press.metaKey : press.ctrlKey;
  if (mod) mods.push('Mod');
  if (platform === 'mac' && press.ctrlKey) mods.push('Ctrl');
  if (press.altKey) mods.push('Alt');
  // A typed symbol already says Shift ("?" is Shift+/), so Shift only counts for letters and named keys.
  if (press.shiftKey && (key.length > 1 || isLetter(key))) mods.push('Shift');
  if (platform !== 'mac' && press.metaKey) mods.push('Meta');
  return [...mods, key.length === 1 ? key.toUpperCase() : key].join('+');
}

export function hasCommandModifier(chord: string, platform: ChordPlatform): boolean {
  return parseChord(chord, platform).modifiers.some((m) => m !== 'Shift');
}

export function isFunctionKey(key: string): boolean {
  return /^F([1-9]|1[0-9]|2[0-4])$/.test(key);
}

const MAC_SYMBOLS: Readonly<Record<Modifier, string>> = { Mod: '⌘', Ctrl: '⌃', Alt: '⌥', Shift: '⇧', Meta: '⌘' };
const KEY_NAMES: Readonly<Record<string, { mac: string; other: string }>> = {
  ArrowLeft: { mac: '←', other: '←' },
  ArrowRight: { mac: '→', other: '→' },
  ArrowUp: { mac: '↑', other: '↑' },
  ArrowDown: { mac: '↓', other: '↓' },
  Escape: { mac: 'Esc', other: 'Esc' },
  Delete: { mac: '⌦', other: 'Delete' },
  Backspace: { mac: '⌫', other: 'Backspace' },
  Enter: { mac: '↩', other: 'Enter' },
  Space: { mac: 'Space', other: 'Space' },
};

/** How a chord is written for people: `Ctrl+Shift+S` on Windows and Linux, `⇧⌘S` on a Mac. */
export function formatChord(chord: string, platform: ChordPlatform): string {
  const { modifiers, key } = parseChord(chord, platform);
  const mac = platform === 'mac';
  const name = KEY_NAMES[key]?.[mac ? 'mac' : 'other'] ?? key;
  if (mac) {
    // Apple's order: ⌃ ⌥ ⇧ ⌘.
    const order: Modifier[] = ['Ctrl', 'Alt', 'Shift', 'Mod', 'Meta'];
    return order.filter((m) => modifiers.includes(m)).map((m) => MAC_SYMBOLS[m]).join('') + name;
  }
  const words: Record<Modifier, string> = { Mod: 'Ctrl', Ctrl: 'Ctrl', Alt: 'Alt', Shift: 'Shift', Meta: 'Win' };
  return [...modifiers.map((m) => words[m]), name].join('+');
}

const ACCELERATOR_KEYS: Readonly<Record<string, string>> = {
  ArrowLeft: 'Left',
  ArrowRight: 'Right',
  ArrowUp: 'Up',
  ArrowDown: 'Down',
  Escape: 'Esc',
  '+': 'Plus',
};

/** Electron's accelerator syntax for a chord (`Mod+Shift+S` → `CmdOrCtrl+Shift+S`). */
export function toAccelerator(chord: string, platform: ChordPlatform): string {
  const { modifiers, key } = parseChord(chord, platform);
  const names: Record<Modifier, string> = { Mod: 'CmdOrCtrl', Ctrl: 'Ctrl', Alt: 'Alt', Shift: 'Shift', Meta: 'Super' };
  return [...modifiers.map((m) => names[m]), ACCELERATOR_KEYS[key] ?? key].join('+');
}
