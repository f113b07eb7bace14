/**
 * The canvas's theme: the palettes (kept in src/picture/palette.ts, where the picture builder and the
 * command line read them too) set as CSS custom properties on the root element.
 */
import { PALETTES, type Palette, type ThemeName } from '../../../src/picture/palette';

export { PALETTES, type Palette, type ThemeName };

/** The palette as CSS custom properties (`--tp-ink`, `--tp-level-basic`, …). */
export function paletteVariables(palette: Palette): Record<string, string> {
  const vars: Record<string, string> = {};
  for (const [key, value] of Object.entries(palette)) {
    if (typeof value === 'string') vars[`--tp-${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`] = value;
    else for (const [name, color] of Object.entries(value as Record<string, string>)) vars[`--tp-${key}-${name}`] = color;
  }
  return vars;
}

export function applyTheme(root: HTMLElement, theme: ThemeName): void {
  for (const [name, value] of Object.entries(paletteVariables(PALETTES[theme]))) root.style.setProperty(name, value);
  root.dataset['theme'] = theme;
  root.style.colorScheme = theme;
}
