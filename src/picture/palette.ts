/**
 * The app's palettes, one object per theme: the canvas reads them as CSS custom properties
 * (renderer/src/theme/tokens.ts), the picture builder (svg.ts) and the command line read the same
 * values directly, so an export looks like the canvas. Levels use the report's hues; each also has its
 * own glyph shape (src/layout/glyphs.ts), so nothing depends on colour alone.
 */
import type { Level, Severity } from '../model';

export type ThemeName = 'light' | 'dark';

export interface Palette {
  readonly bg: string;
  readonly canvas: string;
  readonly panel: string;
  readonly panelBorder: string;
  readonly ink: string;
  readonly inkMuted: string;
  readonly gridLine: string;
  readonly bandA: string;
  readonly bandB: string;
  readonly header: string;
  readonly headerInk: string;
  readonly card: string;
  readonly cardBorder: string;
  readonly cardShadow: string;
  readonly accent: string;
  readonly accentInk: string;
  readonly selection: string;
  readonly blueprintLine: string;
  readonly edge: string;
  readonly emotion: string;
  readonly level: Readonly<Record<Level | 'untagged', string>>;
  readonly severity: Readonly<Record<Severity, string>>;
  readonly danger: string;
  readonly focus: string;
}

export const PALETTES: Readonly<Record<ThemeName, Palette>> = {
  light: {
    bg: '#f4f6f8',
    canvas: '#fbfcfd',
    panel: '#ffffff',
    panelBorder: '#d6dbe1',
    ink: '#1f2933',
    inkMuted: '#56616d',
    gridLine: '#d6dbe1',
    bandA: '#ffffff',
    bandB: '#f3f5f7',
    header: '#eef1f4',
    headerInk: '#1f2933',
    card: '#ffffff',
    cardBorder: '#c3cad2',
    cardShadow: 'rgba(31, 41, 51, 0.08)',
    accent: '#0f5e6e',
    accentInk: '#ffffff',
    selection: '#1769aa',
    blueprintLine: '#0f5e6e',
    edge: '#56616d',
    emotion: '#8a3ffc',
    level: { basic: '#6b7580', satisfactory: '#2e6ea6', 'value-added': '#22805f', memorable: '#a86f00', untagged: '#8d97a3' },
    severity: { low: '#6b7580', medium: '#a86f00', high: '#c0501f', critical: '#a4262c' },
    danger: '#a4262c',
    focus: '#1769aa',
  },
  dark: {
    bg: '#14181d',
    canvas: '#1a1f25',
    panel: '#20262d',
    panelBorder: '#38414b',
    ink: '#e6eaee',
    inkMuted: '#a5afba',
    gridLine: '#38414b',
    bandA: '#1c2228',
    bandB: '#20272e',
    header: '#252c34',
    headerInk: '#e6eaee',
    card: '#272e36',
    cardBorder: '#4a545f',
    cardShadow: 'rgba(0, 0, 0, 0.35)',
    accent: '#5cc3d6',
    accentInk: '#0b1c20',
    selection: '#6cb4ff',
    blueprintLine: '#5cc3d6',
    edge: '#a5afba',
    emotion: '#be95ff',
    level: { basic: '#a5afba', satisfactory: '#6cb4ff', 'value-added': '#4fd1a1', memorable: '#f2c14e', untagged: '#7d8793' },
    severity: { low: '#a5afba', medium: '#f2c14e', high: '#ff8a50', critical: '#ff6b6b' },
    danger: '#ff6b6b',
    focus: '#6cb4ff',
  },
};
