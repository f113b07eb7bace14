/**
 * The quick-entry bar: capture what the room says without leaving the presentation.
 *
 *   Hotline on hold for 20 minutes      Enter → a touchpoint in the current stage
 *   !No one calls back                  Enter → a pain point (high) on the selected touchpoint
 *   !c No one calls back                Enter → … severity critical (l low · m medium · h high · c critical)
 *   3                                   Enter → level of the selected touchpoint: 1 basic · 2 satisfactory ·
 *                                               3 value-added · 4 memorable
 *
 * The full-width ！ and １–４ a Chinese input method types work the same.
 */
import { LEVELS, type Level, type MapDocument, type Severity } from '../model';
import { visibleLanes } from './slides';

export const DEFAULT_PAIN_SEVERITY: Severity = 'high';

export const SEVERITY_KEYS: Readonly<Record<string, Severity>> = { l: 'low', m: 'medium', h: 'high', c: 'critical' };

export type QuickEntry =
  | { kind: 'empty' }
  | { kind: 'touchpoint'; title: string }
  | { kind: 'pain'; title: string; severity: Severity }
  /** `!` with no title yet: the bar is waiting for one. */
  | { kind: 'pain-untitled'; severity: Severity }
  | { kind: 'level'; level: Level };

/** Full-width forms (！, １…４, ｃ) to their ASCII counterparts, so a Chinese IME needs no switching. */
function halfWidth(text: string): string {
  return text.replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}

/** The level a key (1–4, or full-width １–４) stands for. */
export function levelForKey(key: string): Level | null {
  const k = halfWidth(key);
  if (!/^[1-4]$/.test(k)) return null;
  return LEVELS[Number(k) - 1]!;
}

export function parseQuickEntry(input: string): QuickEntry {
  const text = input.trim();
  if (text === '') return { kind: 'empty' };
  const ascii = halfWidth(text);
  const level = levelForKey(ascii);
  if (level) return { kind: 'level', level };
  if (ascii.startsWith('!')) {
    // "!c title" / "!c" pick a severity; "!title" or "! title" use the default.
    const rest = text.slice(1);
    const m = /^([lmhcLMHC\uFF43\uFF48\uFF4C\uFF4D\uFF23\uFF28\uFF2C\uFF2D])(?:\s+|$)/.exec(rest);
    const severity = m ? SEVERITY_KEYS[halfWidth(m[1]!).toLowerCase()]! : DEFAULT_PAIN_SEVERITY;
    const title = (m ? rest.slice(m[0].length) : rest).trim();
    return title === '' ? { kind: 'pain-untitled', severity } : { kind: 'pain', title, severity };
  }
  return { kind: 'touchpoint', title: text };
}

/** The lane new touchpoints go to: the first visible customer lane, else the first visible lane. */
export function quickEntryLane(map: MapDocument): string | null {
  const lanes = visibleLanes(map);
  return (lanes.find((l) => l.kind === 'customer') ?? lanes[0])?.id ?? null;
}

export interface QuickEntryContext {
  map: MapDocument;
  /** The stage on screen; null on the overview and summary slides. */
  stageId: string | null;
  /** The touchpoint the facilitator clicked last (or just added). */
  selectedTouchpointId: string | null;
}

export type QuickEntryPlan =
  | { ok: true; command: 'addTouchpoint'; args: { stage: string; lane: string; title: string } }
  | { ok: true; command: 'addPainPoint'; args: { touchpointId: string; title: string; severity: Severity } }
  | { ok: true; command: 'updateTouchpoint'; args: { id: string; patch: { level: Level } } }
  | { ok: false; reason: 'empty' | 'no-stage' | 'no-lane' | 'no-selection' | 'pain-needs-title' };

/** What an entry does in this context: a command to dispatch, or why it cannot be done (for the bar to say). */
export function planQuickEntry(entry: QuickEntry, ctx: QuickEntryContext): QuickEntryPlan {
  const selected =
    ctx.selectedTouchpointId !== null && ctx.map.touchpoints.some((t) => t.id === ctx.selectedTouchpointId) ? ctx.selectedTouchpointId : null;
  switch (entry.kind) {
    case 'empty':
      return { ok: false, reason: 'empty' };
    case 'touchpoint': {
      if (ctx.stageId === null || !ctx.map.stages.some((s) => s.id === ctx.stageId)) return { ok: false, reason: 'no-stage' };
      const lane = quickEntryLane(ctx.map);
      if (lane === null) return { ok: false, reason: 'no-lane' };
      return { ok: true, command: 'addTouchpoint', args: { stage: ctx.stageId, lane, title: entry.title } };
    }
    case 'pain-untitled':
      return selected === null ? { ok: false, reason: 'no-selection' } : { ok: false, reason: 'pain-needs-title' };
    case 'pain':
      if (selected === null) return { ok: false, reason: 'no-selection' };
      return { ok: true, command: 'addPainPoint', args: { touchpointId: selected, title: entry.title, severity: entry.severity } };
    case 'level':
      if (selected === null) return { ok: false, reason: 'no-selection' };
      return { ok: true, command: 'updateTouchpoint', args: { id: selected, patch: { level: entry.level } } };
  }
}
