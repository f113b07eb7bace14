/**
 * Open a map by dropping its file on the window (as draw.io and VS Code do). Only drags that carry
 * files are taken: cards dragged on the canvas use pointer events and never reach here. The first file
 * opens; the platform reads it like Open (size limits, a report PDF's map), so a bad file gets the same
 * message and the open map stays.
 */
import { useEffect, useState } from 'react';

const carriesFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') === true;

export interface DroppedFile {
  file: File;
  /** The browser's handle for the file where it gives one (Chromium); asked for during the drop, as it must be. */
  handle?: Promise<unknown>;
  /** How many files were dropped in all (only the first opens). */
  count: number;
}

function dropped(event: DragEvent): DroppedFile | null {
  const files = event.dataTransfer?.files;
  const file = files?.[0];
  if (!file) return null;
  const item = event.dataTransfer?.items?.[0] as (DataTransferItem & { getAsFileSystemHandle?: () => Promise<unknown> }) | undefined;
  const handle = item?.kind === 'file' && typeof item.getAsFileSystemHandle === 'function' ? item.getAsFileSystemHandle() : undefined;
  return { file, count: files.length, ...(handle ? { handle } : {}) };
}

/** Listens on the window while `enabled`; returns whether files are being dragged over it (for the overlay). */
export function useFileDrop(enabled: boolean, onDrop: (drop: DroppedFile) => void): boolean {
  const [over, setOver] = useState(false);
  useEffect(() => {
    if (!enabled) return undefined;
    // dragenter/dragleave fire for every child crossed: count them, so the overlay does not flicker.
    let depth = 0;
    const enter = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      depth += 1;
      setOver(true);
    };
    const overHandler = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      // Without this the browser (or Electron) navigates to the dropped file.
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const leave = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setOver(false);
    };
    const drop = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      depth = 0;
      setOver(false);
      const got = dropped(event);
      if (got) onDrop(got);
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragover', overHandler);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragover', overHandler);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
      setOver(false);
    };
  }, [enabled, onDrop]);
  return over;
}

export function DropOverlay({ label, hint }: { label: string; hint: string }) {
  return (
    <div className="drop-overlay" data-testid="drop-overlay" aria-hidden="true">
      <div className="drop-overlay__box">
        <strong>{label}</strong>
        <span>{hint}</span>
      </div>
    </div>
  );
}
