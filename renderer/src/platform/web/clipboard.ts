/**
 * The browser's system clipboard for copied cards. The async Clipboard API writes plain text and HTML
 * together (other applications read those) and, in Chromium, our own type under the "web " prefix for
 * custom formats. Browsers ask or refuse at will: every failure degrades to the next thing that works
 * (fewer flavours, then plain text, then nothing), and reading what the browser will not hand over
 * gives null, so a paste still finds the app's own last copy.
 */
import { CLIPBOARD_MIME } from '../../../../src/commands/clipboard-formats';
import type { ClipboardRead, ClipboardWrite } from '../types';

const WEB_MIME = `web ${CLIPBOARD_MIME}`;

export async function writeWebClipboard(clipboard: Clipboard | undefined, data: ClipboardWrite): Promise<boolean> {
  if (!clipboard) return false;
  const blob = (type: string, content: string | Uint8Array) => new Blob([content as BlobPart], { type });
  const base: Record<string, Blob> = { 'text/plain': blob('text/plain', data.text), 'text/html': blob('text/html', data.html) };
  if (data.png) base['image/png'] = blob('image/png', data.png);
  const attempts: Record<string, Blob>[] = [{ ...base, [WEB_MIME]: blob(WEB_MIME, data.json) }, base];
  if (typeof ClipboardItem !== 'undefined') {
    for (const items of attempts) {
      try {
        await clipboard.write([new ClipboardItem(items)]);
        return true;
      } catch {
        // Not every browser takes custom types or images: try with less.
      }
    }
  }
  try {
    await clipboard.writeText(data.text);
    return true;
  } catch {
    return false;
  }
}

export async function readWebClipboard(clipboard: Clipboard | undefined): Promise<ClipboardRead> {
  const empty: ClipboardRead = { json: null, text: null, html: null };
  if (!clipboard) return empty;
  try {
    const [item] = await clipboard.read();
    if (!item) return empty;
    const get = async (type: string) => (item.types.includes(type) ? await (await item.getType(type)).text() : null);
    return { json: await get(WEB_MIME), text: await get('text/plain'), html: await get('text/html') };
  } catch {
    try {
      return { ...empty, text: await clipboard.readText() };
    } catch {
      return empty;
    }
  }
}
