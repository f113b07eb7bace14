/**
 * Zoom rules for the canvas as pure functions of the grid and the window: the zoom a map opens at,
 * what "Fit" does, how much detail cards and headers draw at a zoom, and where the view goes to
 * show one card. Kept here so the rules are tested without a browser and the canvas only applies them.
 */
import { GRID, type CardBox, type GridLayout } from './grid';

export const TYPE = {
  /** CSS font size of a card's title at zoom 1; every other card text is sized from it. */
  cardTitle: 15,
  /** The smallest title size on screen that reads comfortably at desk distance (CSS px). */
  minReadable: 12,
} as const;

export const ZOOM = {
  min: 0.08,
  max: 2.5,
  /** The lowest zoom at which a card title is still TYPE.minReadable on screen. */
  readable: TYPE.minReadable / TYPE.cardTitle,
  /**
   * Below this, card text would be under ~7 px: cards draw as level-coloured blocks with pain heat,
   * which also keeps the DOM small when many cards are in view.
   */
  overview: 0.45,
  /** "Fit" and the opening view never enlarge a small map past its natural size. */
  fitMax: 1,
} as const;

export interface Viewport {
  readonly x: number;
  readonly y: number;
  readonly zoom: number;
}

/** Parts of the canvas covered by something drawn over it (an overlay panel), in screen px. */
export interface Insets {
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

export interface CanvasArea {
  readonly width: number;
  readonly height: number;
  readonly covered?: Insets;
}

/** Space kept between the grid and the edge of the area it is fitted into. */
const MARGIN = 24;

/** The screen rectangle cards can be seen in: the canvas minus the sticky headers and anything over it. */
export function freeArea(area: CanvasArea): { left: number; top: number; width: number; height: number } {
  const c = area.covered ?? { left: 0, right: 0, top: 0, bottom: 0 };
  const left = Math.max(GRID.laneHeaderWidth, c.left);
  const top = Math.max(GRID.stageHeaderHeight, c.top);
  return { left, top, width: Math.max(0, area.width - c.right - left), height: Math.max(0, area.height - c.bottom - top) };
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, value));
}

function zoomToFit(layout: GridLayout, area: CanvasArea): number {
  const free = freeArea(area);
  const w = Math.max(1, free.width - MARGIN * 2);
  const h = Math.max(1, free.height - MARGIN * 2);
  return Math.min(w / Math.max(1, layout.width), h / Math.max(1, layout.height));
}

/**
 * "Fit": the whole grid in the free area, centred, however small that makes it; a small map is not
 * blown up past its natural size.
 */
export function fitViewport(layout: GridLayout, area: CanvasArea): Viewport {
  const zoom = clamp(zoomToFit(layout, area), ZOOM.min, ZOOM.fitMax);
  const free = freeArea(area);
  const x = free.left + Math.max(MARGIN, (free.width - layout.width * zoom) / 2);
  const y = free.top + Math.max(MARGIN, (free.height - layout.height * zoom) / 2);
  return { x, y, zoom };
}

/**
 * The view a map opens at: the whole map when it fits with titles still readable, else its top-left
 * corner at the readable zoom (the person pans for the rest, and "Fit" is one key away).
 */
export function openingViewport(layout: GridLayout, area: CanvasArea): Viewport {
  const fit = zoomToFit(layout, area);
  const free = freeArea(area);
  if (fit >= ZOOM.readable) {
    const zoom = Math.min(ZOOM.fitMax, fit);
    return { x: free.left + MARGIN, y: free.top + MARGIN, zoom };
  }
  return { x: free.left + MARGIN, y: free.top + MARGIN, zoom: ZOOM.readable };
}

/**
 * The view that brings a card fully into the free area at the current zoom, moving as little as
 * possible; the view unchanged when it is already in sight. Too-small zooms are raised to readable,
 * so the card that was just added can be read.
 */
export function revealCard(view: Viewport, card: Pick<CardBox, 'x' | 'y' | 'width' | 'height'>, area: CanvasArea): Viewport {
  const zoom = Math.max(view.zoom, ZOOM.readable);
  const free = freeArea(area);
  const pad = MARGIN;
  let { x, y } = view;
  const left = x + card.x * zoom;
  const right = left + card.width * zoom;
  const top = y + card.y * zoom;
  const bottom = top + card.height * zoom;
  const visible = zoom === view.zoom && left >= free.left && right <= free.left + free.width && top >= free.top && bottom <= free.top + free.height;
  if (visible) return view;
  if (zoom !== view.zoom || left < free.left || right > free.left + free.width) x = free.left + Math.max(pad, (free.width - card.width * zoom) / 2) - card.x * zoom;
  if (zoom !== view.zoom || top < free.top || bottom > free.top + free.height) y = free.top + Math.max(pad, (free.height - card.height * zoom) / 2) - card.y * zoom;
  return { x, y, zoom };
}

export type CardDetail = 'full' | 'overview';

/** How much a card draws at a zoom. */
export function cardDetail(zoom: number): CardDetail {
  return zoom < ZOOM.overview ? 'overview' : 'full';
}

export type HeaderDetail = 'full' | 'short' | 'none';

/**
 * How much a stage header can show in `width` screen px: number, name, score and menu; the number
 * and as much of the name as fits; or nothing (its neighbours' numbers would otherwise pile up on it).
 */
export function stageHeaderDetail(width: number): HeaderDetail {
  if (width >= 150) return 'full';
  if (width >= 28) return 'short';
  return 'none';
}

/**
 * How much a lane header can show in `height` screen px: the name (up to two lines) and its kind,
 * the name on one line, or nothing (names of lanes this thin would overlap).
 */
export function laneHeaderDetail(height: number): HeaderDetail {
  if (height >= 56) return 'full';
  if (height >= 20) return 'short';
  return 'none';
}
