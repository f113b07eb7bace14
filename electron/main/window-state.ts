/**
 * Remembering the window's size, position and maximised state between runs, and putting it back
 * somewhere visible when the screen it was on is gone (a laptop undocked from its monitor).
 */
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { saveFileAtomic } from './files/atomic-save';

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

const windowStateSchema = z.object({
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  maximized: z.boolean(),
});
export type WindowState = z.infer<typeof windowStateSchema>;

export const DEFAULT_WINDOW_STATE: WindowState = { width: 1280, height: 800, maximized: false };
export const MIN_SIZE = { width: 720, height: 480 } as const;
/** How much of the title bar must be on a screen for the person to grab it. */
const GRAB = { width: 120, height: 40 } as const;

function overlap(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

function titleBar(rect: Rect): Rect {
  return { x: rect.x, y: rect.y, width: rect.width, height: GRAB.height };
}

/**
 * Fits a saved state to the current screens (their work areas, primary first): keeps it where it
 * was if its title bar is reachable, otherwise centres it on the primary screen; never larger
 * than the screen it ends up on.
 */
export function clampToDisplays(state: WindowState, workAreas: readonly Rect[]): WindowState {
  const primary = workAreas[0];
  if (!primary) return state;
  const width = Math.max(MIN_SIZE.width, state.width);
  const height = Math.max(MIN_SIZE.height, state.height);

  if (state.x !== undefined && state.y !== undefined) {
    const rect = { x: state.x, y: state.y, width, height };
    const home = workAreas
      .map((area) => ({ area, shown: overlap(titleBar(rect), area) }))
      .filter((c) => c.shown >= GRAB.width * Math.min(GRAB.height, rect.height) * 0.5)
      .sort((a, b) => b.shown - a.shown)[0]?.area;
    if (home) return fit(rect, state.maximized, home);
  }
  const w = Math.min(width, primary.width);
  const h = Math.min(height, primary.height);
  return {
    x: Math.round(primary.x + (primary.width - w) / 2),
    y: Math.round(primary.y + (primary.height - h) / 2),
    width: w,
    height: h,
    maximized: state.maximized,
  };
}

function fit(rect: Rect, maximized: boolean, area: Rect): WindowState {
  const width = Math.min(rect.width, area.width);
  const height = Math.min(rect.height, area.height);
  const x = Math.min(Math.max(rect.x, area.x), area.x + area.width - width);
  const y = Math.min(Math.max(rect.y, area.y), area.y + area.height - height);
  return { x, y, width, height, maximized };
}

export const WINDOW_STATE_FILE = 'window-state.json';

export function createWindowStateStore(folder: string) {
  const file = join(folder, WINDOW_STATE_FILE);
  return {
    async load(): Promise<WindowState> {
      try {
        const parsed = windowStateSchema.safeParse(JSON.parse(await readFile(file, 'utf8')));
        return parsed.success ? parsed.data : DEFAULT_WINDOW_STATE;
      } catch {
        return DEFAULT_WINDOW_STATE;
      }
    },
    async save(state: WindowState): Promise<void> {
      await mkdir(folder, { recursive: true });
      await saveFileAtomic(file, JSON.stringify(state));
    },
  };
}
