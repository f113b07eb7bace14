/**
 * The system clipboard for copied cards, used by the main process on the page's behalf: the renderer
 * holds no clipboard permission (security.ts refuses them all), so copy and paste between windows and
 * other applications go through this one validated call. Electron's `clipboard.write` puts text, HTML
 * and an image on the clipboard in one go; the map fragment rides in the HTML (see
 * src/commands/clipboard-formats.ts for why).
 */
import { parseClipboard } from '../../src/commands';
import { payloadFromHtml } from '../../src/commands/clipboard-formats';
import type { ClipboardReadData, ClipboardWriteData } from '../shared/ipc-contract';

/** The parts of Electron's clipboard and nativeImage this needs (tests pass a recorder). */
export interface ClipboardLike<Image> {
  write(data: { text?: string; html?: string; image?: Image }): void;
  readText(): string;
  readHTML(): string;
}

export interface ClipboardService {
  /** False (and nothing written) when the data is not a copy of cards. */
  write(data: ClipboardWriteData): boolean;
  read(): ClipboardReadData;
}

export function createClipboardService<Image>(
  clipboard: ClipboardLike<Image>,
  imageFromPng: (png: Uint8Array) => Image,
  log: (message: string) => void,
): ClipboardService {
  return {
    write({ json, text, html, png }) {
      // Only a copy of cards is written: a compromised page cannot use this to plant arbitrary content.
      const payload = parseClipboard(json);
      if (!payload || JSON.stringify(payloadFromHtml(html)) !== JSON.stringify(payload)) {
        log('clipboard write refused: not a copy of cards');
        return false;
      }
      clipboard.write({ text, html, ...(png ? { image: imageFromPng(png) } : {}) });
      return true;
    },
    read() {
      const text = clipboard.readText();
      const html = clipboard.readHTML();
      return { text: text === '' ? null : text, html: html === '' ? null : html };
    },
  };
}
