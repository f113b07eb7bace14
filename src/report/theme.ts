/**
 * The report's look: one family (Noto Sans SC, so Latin and Chinese match), a type scale in points,
 * generous margins, and a restrained palette that still reads in greyscale — every level and severity
 * is told apart by shape as well as colour.
 */
import type { Level, Severity, Tier } from '../model';

export type Rgb = readonly [number, number, number];

export const PAGE_SIZES = { a4: [595.28, 841.89], letter: [612, 792] } as const;
export type PageFormat = keyof typeof PAGE_SIZES;

/** Nothing in the report is set smaller than this (points). */
export const MIN_TEXT_SIZE = 6;

export const TYPE = {
  display: 30,
  title: 20,
  heading: 13,
  subheading: 10.5,
  body: 9.5,
  small: 8,
  caption: 7,
  card: 6.5,
} as const;

export const LEADING = 1.45;

export const MARGIN = {
  portrait: { top: 72, bottom: 64, side: 60 },
  landscape: { top: 58, bottom: 44, side: 36 },
} as const;

export const INK: Rgb = [31, 41, 51];
export const MUTED: Rgb = [98, 110, 122];
export const FAINT: Rgb = [154, 165, 177];
export const RULE: Rgb = [214, 219, 225];
export const WASH: Rgb = [244, 246, 248];
export const PAPER: Rgb = [255, 255, 255];
export const ACCENT: Rgb = [15, 94, 110];
export const ACCENT_WASH: Rgb = [228, 240, 242];

export const LEVEL_COLOR: Record<Level | 'untagged', Rgb> = {
  basic: [125, 135, 146],
  satisfactory: [46, 110, 166],
  'value-added': [34, 128, 96],
  memorable: [176, 122, 0],
  untagged: [190, 197, 205],
};

export const SEVERITY_COLOR: Record<Severity, Rgb> = {
  low: [150, 160, 170],
  medium: [196, 140, 30],
  high: [200, 90, 40],
  critical: [164, 38, 44],
};

export const TIER_COLOR: Record<Tier, Rgb> = {
  prevent: [15, 94, 110],
  detect: [70, 98, 150],
  recover: [130, 86, 120],
};

export function mix(a: Rgb, b: Rgb, t: number): Rgb {
  return [0, 1, 2].map((i) => Math.round(a[i]! + (b[i]! - a[i]!) * t)) as unknown as Rgb;
}
