import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clampToDisplays, createWindowStateStore, DEFAULT_WINDOW_STATE, WINDOW_STATE_FILE, type Rect } from '../../../electron/main/window-state';
import { withTempDir } from './helpers';

const laptop: Rect = { x: 0, y: 0, width: 1440, height: 875 };
const monitorRight: Rect = { x: 1440, y: -200, width: 2560, height: 1400 };

describe('window state', () => {
  it('keeps a window where it was when it is on a screen', () => {
    const state = { x: 100, y: 80, width: 1200, height: 700, maximized: false };
    expect(clampToDisplays(state, [laptop, monitorRight])).toEqual(state);
    const onMonitor = { x: 2000, y: 0, width: 1600, height: 1000, maximized: true };
    expect(clampToDisplays(onMonitor, [laptop, monitorRight])).toEqual(onMonitor);
  });

  it('brings a window back from a monitor that was unplugged, centred on the main screen', () => {
    const state = { x: 2000, y: 0, width: 1600, height: 1000, maximized: false };
    expect(clampToDisplays(state, [laptop])).toEqual({ x: 0, y: 0, width: 1440, height: 875, maximized: false });
    const small = { x: 2000, y: 0, width: 800, height: 600, maximized: true };
    expect(clampToDisplays(small, [laptop])).toEqual({ x: 320, y: 138, width: 800, height: 600, maximized: true });
  });

  it('pulls a window whose title bar is off the top back onto the screen', () => {
    const state = { x: 100, y: -500, width: 1000, height: 700, maximized: false };
    expect(clampToDisplays(state, [laptop])).toMatchObject({ x: 220, y: 88 });
  });

  it('nudges a window that hangs over an edge fully inside its screen', () => {
    const state = { x: 1000, y: 500, width: 1000, height: 700, maximized: false };
    const clamped = clampToDisplays(state, [laptop]);
    expect(clamped).toEqual({ x: 440, y: 175, width: 1000, height: 700, maximized: false });
  });

  it('never restores a window smaller than usable or larger than the screen', () => {
    expect(clampToDisplays({ x: 10, y: 10, width: 50, height: 30, maximized: false }, [laptop])).toMatchObject({ width: 720, height: 480 });
    expect(clampToDisplays({ x: 0, y: 0, width: 5000, height: 3000, maximized: false }, [laptop])).toMatchObject({ width: 1440, height: 875 });
  });

  it('centres a first-run window', () => {
    expect(clampToDisplays(DEFAULT_WINDOW_STATE, [laptop])).toEqual({ x: 80, y: 38, width: 1280, height: 800, maximized: false });
  });

  it('saves and loads the state, falling back to defaults when the file is damaged', async () => {
    await withTempDir(async (dir) => {
      const store = createWindowStateStore(dir);
      expect(await store.load()).toEqual(DEFAULT_WINDOW_STATE);
      await store.save({ x: 5, y: 6, width: 900, height: 700, maximized: true });
      expect(await createWindowStateStore(dir).load()).toEqual({ x: 5, y: 6, width: 900, height: 700, maximized: true });
      expect(JSON.parse(await readFile(join(dir, WINDOW_STATE_FILE), 'utf8'))).toMatchObject({ maximized: true });
      await writeFile(join(dir, WINDOW_STATE_FILE), '{"width":-4}');
      expect(await store.load()).toEqual(DEFAULT_WINDOW_STATE);
    });
  });
});
