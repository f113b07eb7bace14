/**
 * Copy and paste of cards through the platform's system clipboard, so cards travel between windows
 * and to other applications (text lines, an HTML table, our own fragment, and a picture of the cards).
 * What each flavour holds and how pasted rows become cards is decided in src/commands/clipboard-formats.ts.
 */
import { copySelection, parseClipboard } from '../../../src/commands';
import { clipboardFlavours, MAX_PASTED_ROWS, readClipboardContent } from '../../../src/commands/clipboard-formats';
import { translate } from '../../../src/i18n';
import { UI } from '../i18n/ui';
import { layoutGrid, newCardCell } from '../../../src/layout';
import { MAX_NAME_LENGTH, type Locale, type MapDocument } from '../../../src/model';
import type { AppServices } from './context';
import type { DocumentController } from './document';

/**
 * The last copy, for when the system clipboard cannot be read (browser permissions, http) or came back
 * as its plain-text lines only (a browser that took text but not HTML): those lines are our own cards.
 */
let lastCopy: { json: string; text: string } | null = null;
/** Counts copies, so a picture that finishes after a newer copy is not written over it. */
let copies = 0;

/**
 * The copied cards as a PNG at 2×, on a light background with the fonts embedded, for slides and
 * documents. The export modules load on first use, as the export dialog's do.
 */
async function pictureOf(map: MapDocument, ids: readonly string[], locale: Locale): Promise<Uint8Array> {
  const [{ renderMapSvg }, { embeddedFontCss, svgText }, { planPng, svgToPng }] = await Promise.all([
    import('../export/svg'),
    import('../export/fonts'),
    import('../export/png'),
  ]);
  const options = { theme: 'light' as const, background: true, locale: map.locale ?? locale, only: new Set(ids) };
  const bare = renderMapSvg(map, options);
  const fontCss = await embeddedFontCss(svgText(bare.svg)).catch(() => '');
  const svg = fontCss ? renderMapSvg(map, { ...options, fontCss }).svg : bare.svg;
  return svgToPng(svg, planPng(bare.width, bare.height, 2));
}

export function copyCards(services: AppServices, ids: readonly string[]): boolean {
  const { store, ui, platform } = services;
  const map = store.getState().map;
  const payload = copySelection(map, ids);
  if (!payload) return false;
  const flavours = clipboardFlavours(map, payload, ui.getState().locale);
  lastCopy = { json: flavours.json, text: flavours.text };
  const copy = ++copies;
  void platform.writeClipboard(flavours).catch(() => false);
  // The picture takes a moment to draw: the text flavours are on the clipboard at once, and the same
  // copy is written again with the picture added, unless another copy came first.
  void pictureOf(map, ids, ui.getState().locale)
    .then((png) => (copy === copies ? platform.writeClipboard({ ...flavours, png }) : false))
    .catch(() => false);
  return true;
}

export async function pasteCards(services: AppServices, document: DocumentController): Promise<void> {
  const { store, ui, platform } = services;
  const read = await platform.readClipboard().catch(() => ({ json: null, text: null, html: null }));
  const map = store.getState().map;
  const selection = ui.getState().selection;
  const anchor = map.touchpoints.find((t) => selection.has(t.id));
  const target = anchor ? { stage: anchor.stage, lane: anchor.lane } : {};
  const ownLines = lastCopy !== null && read.json === null && read.html === null && read.text === lastCopy.text;
  const content = readClipboardContent(ownLines ? { json: lastCopy!.json } : read, map, newCardCell(map, layoutGrid(map), selection), MAX_NAME_LENGTH);
  const selectCreated = () => ui.set({ selection: new Set(store.getState().created), highlight: new Set() });
  if (content.kind === 'fragment') {
    const { touchpoints, links } = content.payload;
    if (store.dispatch('pasteTouchpoints', { touchpoints, links, ...target })) selectCreated();
    return;
  }
  if (content.kind === 'rows') {
    const { touchpoints, dropped } = content.rows;
    if (!store.dispatch('pasteTouchpoints', { touchpoints, links: [] })) return;
    selectCreated();
    const t = (key: 'notice.pastedRows' | 'notice.pastedRowsDropped') =>
      translate(UI, ui.getState().locale, key, { count: touchpoints.length, dropped, limit: MAX_PASTED_ROWS });
    document.notify({ kind: 'info', text: t(dropped > 0 ? 'notice.pastedRowsDropped' : 'notice.pastedRows') }, dropped > 0 ? undefined : 4000);
    return;
  }
  // Nothing readable on the system clipboard (a browser that would not hand it over): the app's own last copy.
  const payload = parseClipboard(lastCopy?.json ?? null);
  if (payload && store.dispatch('pasteTouchpoints', { touchpoints: payload.touchpoints, links: payload.links, ...target })) selectCreated();
}
