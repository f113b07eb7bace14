/**
 * Full screen on entry, back out on exit; leaving full screen (browser Esc, F11) leaves the mode.
 * Browsers and Electron grant full screen only during a user gesture: when the mode was opened
 * without one (Electron's menu accelerator arrives over IPC), the first key or click asks again
 * through the returned ref.
 */
import { useEffect, useRef, type RefObject } from 'react';

interface KeyboardLock {
  lock?(keys?: string[]): Promise<void>;
  unlock?(): void;
}

function keyboardLock(): KeyboardLock | undefined {
  return (navigator as Navigator & { keyboard?: KeyboardLock }).keyboard;
}

export function useFullscreenMode(onExit: () => void): RefObject<(() => void) | null> {
  const exitRef = useRef(onExit);
  exitRef.current = onExit;
  const retryFullscreen = useRef<(() => void) | null>(null);
  useEffect(() => {
    let entered = false;
    let mounted = true;
    let attemptsLeft = 4;
    const onChange = () => {
      if (document.fullscreenElement) entered = true;
      else if (entered) {
        entered = false;
        exitRef.current();
      }
    };
    const request = () => {
      attemptsLeft -= 1;
      retryFullscreen.current = null;
      document.documentElement
        .requestFullscreen?.()
        ?.then(() => {
          // Left before the browser granted it: give the screen back.
          if (!mounted) return document.exitFullscreen?.();
          // Keep Esc for the mode (closing the quick-entry bar first) rather than the browser's own exit.
          return keyboardLock()?.lock?.(['Escape']);
        })
        .catch(() => {
          if (mounted && attemptsLeft > 0 && !document.fullscreenElement) retryFullscreen.current = request;
        });
    };
    document.addEventListener('fullscreenchange', onChange);
    request();
    return () => {
      mounted = false;
      retryFullscreen.current = null;
      document.removeEventListener('fullscreenchange', onChange);
      keyboardLock()?.unlock?.();
      if (document.fullscreenElement) void document.exitFullscreen?.().catch(() => undefined);
    };
  }, []);
  return retryFullscreen;
}
