/** Choosing a file without the File System Access API, reading a picked file, and the save dialog's file types. */
import type { Locale } from '../../../../src/i18n';
import { fileSizeProblem, formatProblems, readMapBytes, type MapDocument, type MapSource } from '../../../../src/model';
import { platformMessage, type PlatformMessageKey } from '../../i18n/platform';
import type { FilePickerAcceptType } from '../fs-access';
import { PlatformError } from '../types';
import { MAP_EXTENSION } from './names';

/** Maps, and PDF reports from this app (which carry their map inside). */
const MAP_ACCEPT = '.json,.tpmap.json,.tpmap,application/json,.pdf,application/pdf';

const TYPE_LABELS: Readonly<Record<string, PlatformMessageKey>> = {
  'application/pdf': 'type.pdf',
  'image/png': 'type.png',
  'image/svg+xml': 'type.svg',
  'application/json': 'type.json',
};

/** The save dialog's file type for an export, or undefined when the name or MIME type would make the browser refuse it. */
export function exportFileType(suggestedName: string, mimeType: string, locale: Locale): FilePickerAcceptType | undefined {
  const isMap = suggestedName.toLowerCase().endsWith(MAP_EXTENSION);
  // The picker refuses extensions longer than 16 characters and MIME types it cannot parse.
  const extension = isMap ? MAP_EXTENSION : /\.[A-Za-z0-9]{1,15}$/.exec(suggestedName)?.[0];
  if (!extension || !/^[\w.+-]+\/[\w.+-]+$/.test(mimeType)) return undefined;
  const key: PlatformMessageKey = isMap ? 'type.map' : (TYPE_LABELS[mimeType] ?? 'type.other');
  return { description: platformMessage(locale, key), accept: { [mimeType]: [extension] } };
}

/** A hidden file input; null when the person cancels. */
export function pickWithInput(): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = MAP_ACCEPT;
    input.style.display = 'none';
    let settled = false;
    const finish = (file: File | null) => {
      if (settled) return;
      settled = true;
      input.remove();
      window.removeEventListener('focus', onFocus);
      resolve(file);
    };
    // Browsers without the input's `cancel` event (before Chrome 113, Firefox 91, Safari 16.4):
    // the window gets focus back when the dialog closes; `change` follows shortly if a file was chosen.
    const onFocus = () => setTimeout(() => finish(input.files?.[0] ?? null), 1_000);
    input.addEventListener('change', () => finish(input.files?.[0] ?? null));
    input.addEventListener('cancel', () => finish(null));
    if (!('oncancel' in input)) window.addEventListener('focus', onFocus, { once: true });
    document.body.append(input);
    input.click();
  });
}

/**
 * A picked file through the shared reader (src/model/read.ts): the size limit before reading, strict
 * UTF-8, and a report PDF's embedded map handed over as map text. A map that reads but is invalid is
 * handed over as text, so the editor lists its problems as usual; anything that is not map text at
 * all is refused here, with the reader's message.
 */
export async function readMapText(file: File, locale: Locale): Promise<{ text: string; source: MapSource; map?: MapDocument }> {
  const refuse = (lines: readonly string[]) => new PlatformError(lines.map((line) => `${file.name}: ${line}`).join('\n'), 'io');
  const tooLarge = fileSizeProblem(file.size);
  if (tooLarge) throw refuse(formatProblems([tooLarge], 1, locale));
  const bytes = new Uint8Array(await file.arrayBuffer());
  const result = readMapBytes(bytes, file.name);
  if (result.ok) return { text: result.text, source: result.source, map: result.map };
  const first = result.problems[0]?.code;
  if (result.source === 'json' && first !== 'invalid-utf8' && first !== 'too-large') {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), source: 'json' };
  }
  throw refuse(formatProblems(result.problems, result.total, locale, result.stopped));
}
