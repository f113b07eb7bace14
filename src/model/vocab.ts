/** The closed vocabularies of map format v1. Order matters: it is the order the UI and reports list them in. */

export const LEVELS = ['basic', 'satisfactory', 'value-added', 'memorable'] as const;
export type Level = (typeof LEVELS)[number];

/** The seed's baseline: anything below "satisfactory" is a service gap (DOMAIN.md §1). */
export const BASELINE_LEVEL: Level = 'satisfactory';

export const SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const CATEGORIES = [
  'staff',
  'waiting',
  'product',
  'price',
  'information',
  'environment',
  'process',
  'complaint-handling',
  'other',
] as const;
export type Category = (typeof CATEGORIES)[number];

/**
 * How a pain point fails the customer: it decides which remedy fits ("nobody answers" needs capacity,
 * "the answer was slow" a promise to keep, "the answer was wrong" knowledge or authority).
 */
export const FAILURES = [
  'unreachable',
  'slow',
  'wrong',
  'denied',
  'unavailable',
  'unclear',
  'attitude',
  'broken-promise',
  'other',
] as const;
export type Failure = (typeof FAILURES)[number];

export const LANE_KINDS = [
  'evidence',
  'customer',
  'frontstage',
  'backstage',
  'support',
  'thoughts',
  'emotions',
  'opportunities',
  'custom',
] as const;
export type LaneKind = (typeof LANE_KINDS)[number];

/** Lanes the customer can see: above the line of visibility. */
export const VISIBLE_LANE_KINDS: readonly LaneKind[] = ['evidence', 'customer', 'frontstage'];
/** Lanes below the line of visibility: internal customers (DOMAIN.md §4). */
export const HIDDEN_LANE_KINDS: readonly LaneKind[] = ['backstage', 'support'];

export const CHANNELS = [
  'in-person',
  'phone',
  'web',
  'app',
  'email',
  'chat',
  'social',
  'mail',
  'self-service',
  'other',
] as const;
export type Channel = (typeof CHANNELS)[number];

export const EVIDENCE = ['observed', 'assumed', 'proposed'] as const;
export type Evidence = (typeof EVIDENCE)[number];

export const PERSONA_TYPES = ['loyal', 'purposeful', 'occasional', 'information-seeking'] as const;
export type PersonaType = (typeof PERSONA_TYPES)[number];

export const LINK_KINDS = ['flow', 'support'] as const;
export type LinkKind = (typeof LINK_KINDS)[number];

/** Prevention first: the tiers are always listed in this order (DOMAIN.md §2). */
export const TIERS = ['prevent', 'detect', 'recover'] as const;
export type Tier = (typeof TIERS)[number];

export const TEMPLATES = ['journey', 'blueprint', 'custom'] as const;
export type Template = (typeof TEMPLATES)[number];

/** The languages a map may name are the languages the app speaks: the message layer owns that list. */
export { LOCALES, type Locale } from '../i18n';

export const EMOTION_MIN = -3;
export const EMOTION_MAX = 3;

export const FORMAT_ID = 'touchpoint-studio/map';
export const CURRENT_VERSION = 1;
/** The extension new maps are saved with: diff-friendly, and what git users keep. */
export const FILE_EXTENSION = '.tpmap.json';
/**
 * Every extension a map file may have. Windows and macOS read only the last dot, so the desktop app
 * registers `.tpmap` with them (a double-click opens it); `.tpmap.json` works wherever files are named
 * by hand and on Linux, whose MIME globs read the double extension.
 */
export const FILE_EXTENSIONS = [FILE_EXTENSION, '.tpmap'] as const;

export function isMapFileName(name: string): boolean {
  const lower = name.toLowerCase();
  return FILE_EXTENSIONS.some((extension) => lower.endsWith(extension));
}
