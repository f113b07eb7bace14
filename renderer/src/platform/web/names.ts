/** The names the browser build gives files and its window. */

export const APP_NAME = 'Touchpoint Studio';
export const MAP_EXTENSION = '.tpmap.json';

/** `Hotel stay` → `Hotel stay.tpmap.json`; `a.json` → `a.tpmap.json`; never an empty name. */
export function mapFileName(suggested: string): string {
  const base = suggested
    .trim()
    .replace(/\.tpmap\.json$/i, '')
    .replace(/\.json$/i, '')
    .trim();
  return `${base === '' ? 'map' : base}${MAP_EXTENSION}`;
}

/** The window title: `• name — Touchpoint Studio` while there are unsaved changes. */
export function windowTitle(dirty: boolean, title: string): string {
  const name = title.trim();
  const marker = dirty ? '• ' : '';
  return name === '' ? `${marker}${APP_NAME}` : `${marker}${name} — ${APP_NAME}`;
}
