/**
 * The document window: restored size and place, the title with the file name and unsaved marker,
 * and the Save / Don't Save / Cancel guard on close.
 */
import { app, BrowserWindow, nativeTheme, screen } from 'electron';
import type { Locale } from '../../src/i18n';
import { createCloseGuard, windowTitle, type CloseGuard } from './close-guard';
import { askSaveChanges } from './dialogs';
import { createSecureWindow } from './security';
import { clampToDisplays, MIN_SIZE, type WindowState } from './window-state';

export interface DocumentWindow {
  readonly win: BrowserWindow;
  readonly guard: CloseGuard;
  setDocument(dirty: boolean, title: string): void;
}

export interface DocumentWindowOptions {
  preloadPath: string;
  entryUrl: string;
  savedState: WindowState;
  locale(): Locale;
  discardDraft(): Promise<void>;
  saveState(state: WindowState): void;
  /** The person kept the window open after a close or quit request. */
  abandonedClose(): void;
}

const BACKGROUND = { dark: '#1e1f22', light: '#ffffff' } as const;

/** A plain reading window for one of our own static pages (the licence list), with the same hardening. */
export function openPageWindow(url: string, preloadPath: string): BrowserWindow {
  const win = createSecureWindow(BrowserWindow, { width: 760, height: 680, show: false, autoHideMenuBar: true }, preloadPath);
  win.once('ready-to-show', () => win.show());
  void win.loadURL(url);
  return win;
}

export function createDocumentWindow(options: DocumentWindowOptions): DocumentWindow {
  const displays = [screen.getPrimaryDisplay(), ...screen.getAllDisplays().filter((d) => d.id !== screen.getPrimaryDisplay().id)];
  const state = clampToDisplays(options.savedState, displays.map((d) => d.workArea));
  const win = createSecureWindow(
    BrowserWindow,
    {
      x: state.x,
      y: state.y,
      width: state.width,
      height: state.height,
      minWidth: MIN_SIZE.width,
      minHeight: MIN_SIZE.height,
      show: false,
      title: windowTitle('', false, process.platform),
      backgroundColor: nativeTheme.shouldUseDarkColors ? BACKGROUND.dark : BACKGROUND.light,
    },
    options.preloadPath,
    !app.isPackaged,
  );
  if (state.maximized) win.maximize();
  win.once('ready-to-show', () => win.show());

  let documentTitle = '';
  const guard = createCloseGuard({
    ask: () => askSaveChanges(win, documentTitle, options.locale()),
    requestSave: () => win.webContents.send('menu:command', 'save'),
    discardDraft: options.discardDraft,
    close: () => win.close(),
    abandoned: options.abandonedClose,
  });

  win.on('close', (event) => {
    if (!guard.allowsClose()) {
      event.preventDefault();
      void guard.requestClose();
      return;
    }
    const bounds = win.getNormalBounds();
    options.saveState({ ...bounds, maximized: win.isMaximized() });
  });

  // A crashed page no longer holds unsaved work (its draft on disk does): reload and offer it back.
  win.webContents.on('render-process-gone', (_event, details) => {
    if (details.reason === 'clean-exit') return;
    guard.setDirty(false);
    if (!win.isDestroyed()) void win.loadURL(options.entryUrl);
  });

  const onTheme = () => win.setBackgroundColor(nativeTheme.shouldUseDarkColors ? BACKGROUND.dark : BACKGROUND.light);
  nativeTheme.on('updated', onTheme);
  win.once('closed', () => nativeTheme.removeListener('updated', onTheme));

  void win.loadURL(options.entryUrl);

  return {
    win,
    guard,
    setDocument(dirty, title) {
      documentTitle = title;
      guard.setDirty(dirty);
      win.setTitle(windowTitle(title, dirty, process.platform));
      if (process.platform === 'darwin') win.setDocumentEdited(dirty);
    },
  };
}
