/** Saving through the browser's downloads, where there is no save dialog to write through. */

/** Long enough for every browser to have fetched the blob for the download. */
const REVOKE_DOWNLOAD_URL_AFTER_MS = 60_000;

export function toBlob(data: Uint8Array | string, mimeType: string): Blob {
  if (typeof data === 'string') return new Blob([data], { type: mimeType });
  // A view on a SharedArrayBuffer is not a BlobPart: copy it.
  const bytes = data.buffer instanceof ArrayBuffer ? (data as Uint8Array<ArrayBuffer>) : new Uint8Array(data);
  return new Blob([bytes], { type: mimeType });
}

/** Saves through the browser's downloads (no dialog in most browsers: it lands in Downloads). */
export function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = name;
  anchor.rel = 'noopener';
  anchor.style.display = 'none';
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_DOWNLOAD_URL_AFTER_MS);
}
