/**
 * Electron main process: app lifecycle, the one document window, menus and IPC. Everything with
 * logic lives in the modules it wires together (tested without Electron); this file stays glue.
 */
import { app, BrowserWindow, clipboard, ipcMain, Menu, nativeImage, nativeTheme, protocol, session, shell, type WebContents } from 'electron';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { MenuState } from '../../src/actions/menu-state';
import { resolveLocale, type Locale } from '../../src/i18n';
import type { MenuCommand } from '../shared/commands';
import { createAppProtocolHandler } from './app-protocol';
import { filesFromHandover, mapFilesFromArgv } from './argv';
import { createClipboardService } from './clipboard';
import { askUpdate, confirmExternalLink, createFileDialogs, showAbout } from './dialogs';
import { createDraftStore } from './files/drafts';
import { createChangeWatcher } from './files/external-watch';
import { createFileService } from './files/file-service';
import { createRecentStore } from './files/recent';
import { registerIpc } from './ipc-router';
import { buildMenuModel, routeMenuCommand, WINDOWLESS_COMMANDS } from './menu-model';
import { runNativeEdit } from './native-edit';
import { buildNativeMenu } from './native-menu';
import { createIsolatedReader } from './parse-isolated';
import { utilityProcessRunner } from './parse-utility';
import { APP_ENTRY_URL, APP_ORIGIN, APP_SCHEME, hardenSession, hardenWebContents, isAppUrl } from './security';
import { createDocumentWindow, openPageWindow, type DocumentWindow } from './window';
import { createGitService } from './git-service';
import { createShareService } from './share';
import { nodeFiles } from '../../src/platform/node';
import { createUpdateFlow, resolveUpdateFeed, UPDATE_FEED_ENV, UPDATE_SETTINGS_FILE } from './updates';
import { createWindowStateStore } from './window-state';

const log = (message: string) => console.warn(`[touchpoint] ${message}`);

// The name shown in the About box and the macOS menu, and the folder of userData (drafts, recent files).
app.setName('Touchpoint Studio');

// Before ready: app:// behaves like https (standard URLs, secure context, fetch) for our page only.
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
app.enableSandbox();

const devServerUrl = !app.isPackaged ? process.env['ELECTRON_RENDERER_URL'] : undefined;
const entryUrl = devServerUrl ?? APP_ENTRY_URL;
const preloadPath = join(import.meta.dirname, '../preload/index.cjs');
const launchFiles = mapFilesFromArgv(process.argv, process.cwd());

if (!app.requestSingleInstanceLock({ files: launchFiles })) {
  // Another Touchpoint Studio is running: it receives our files through 'second-instance'.
  app.quit();
} else {
  start();
}

function start(): void {
  let locale: Locale = 'en';
  let current: DocumentWindow | null = null;
  let quitting = false;
  const earlyFiles: string[] = [...launchFiles];

  const userData = app.getPath('userData');
  const recent = createRecentStore(userData);
  const windowState = createWindowStateStore(userData);
  const watcher = createChangeWatcher((path) => current?.win.webContents.send('file:externalChange', files.refForPath(path)));
  const files = createFileService({
    dialogs: createFileDialogs(() => locale),
    drafts: createDraftStore(join(userData, 'drafts'), { log }),
    recent,
    watcher,
    locale: () => locale,
    log,
    // Where a save that must write in place (a locked folder) keeps the previous version meanwhile.
    saveOptions: { backupDir: join(userData, 'backups') },
    // Every open (menu, recent files, double-click, command line, second instance, PDF import) reads here.
    readMap: createIsolatedReader(utilityProcessRunner(join(import.meta.dirname, 'parse-child.js'))),
    onRecentChanged: (path) => {
      app.addRecentDocument(path);
      void refreshMenu();
    },
    onOpenRequested: () => current?.win.webContents.send('file:openRequested'),
  });
  const versions = createGitService({ pathOf: (ref) => files.pathOf(ref), locale: () => locale, log });
  const rendererRoot = join(import.meta.dirname, '../renderer');
  // Those who join with a browser get the built renderer; in development without a build, the room only.
  const share = createShareService({ files: nodeFiles, locale: () => locale, staticRoot: existsSync(join(rendererRoot, 'index.html')) ? rendererRoot : undefined, log });
  share.onChange((status) => {
    if (current && !current.win.isDestroyed()) current.win.webContents.send('share:changed', status);
  });

  const sendCommand = (command: MenuCommand) => {
    const route = routeMenuCommand(command);
    if (route.about) void showAbout(locale, () => openPageWindow(`${devServerUrl ?? APP_ORIGIN}/licenses.html`, preloadPath));
    if (route.locale && route.locale !== locale) {
      locale = route.locale;
      void refreshMenu();
    }
    if (!route.forward) return;
    const target = BrowserWindow.getFocusedWindow() ?? current?.win;
    if (target) {
      target.webContents.send('menu:command', command);
    } else if (WINDOWLESS_COMMANDS.includes(command)) {
      // The preload holds it until the page subscribes.
      void openWindow().then(() => current?.win.webContents.once('did-finish-load', () => current?.win.webContents.send('menu:command', command)));
    }
  };

  /** The page's last word on what its actions allow; null while no page has spoken (or its window closed). */
  let menuState: MenuState | null = null;
  let recentPaths: string[] = [];

  async function refreshMenu(): Promise<void> {
    recentPaths = (await recent.list()).map((e) => e.path);
    drawMenu();
  }

  /** Rebuilds the menu from what is known: a state change from the page needs no disk read. */
  function drawMenu(): void {
    const model = buildMenuModel({ platform: process.platform, locale, recent: recentPaths, packaged: app.isPackaged, appName: app.getName(), state: menuState });
    Menu.setApplicationMenu(
      buildNativeMenu(model, {
        command: sendCommand,
        openRecent: (path) => void openFromOs(path),
        action: () => void recent.clear().then(() => (app.clearRecentDocuments(), refreshMenu())),
      }),
    );
  }

  async function openFromOs(path: string): Promise<void> {
    if (!current) await openWindow();
    await files.queueOpen(path);
    current?.win.focus();
  }

  async function openWindow(): Promise<void> {
    const doc = createDocumentWindow({
      preloadPath,
      entryUrl,
      savedState: await windowState.load(),
      locale: () => locale,
      discardDraft: () => files.discardDraft(),
      saveState: (state) => void windowState.save(state).catch((e: unknown) => log(`could not save window state: ${String(e)}`)),
      abandonedClose: () => {
        quitting = false;
        closing?.(false);
      },
    });
    current = doc;
    doc.win.once('closed', () => {
      // The room lives as long as the window that shares it; stopping writes the room to the file.
      void share.stop();
      closing?.(true);
      if (current === doc) {
        current = null;
        // With no page, the menu offers what works without one (macOS keeps the app running).
        menuState = null;
        drawMenu();
      }
      watcher.close();
      if (quitting) app.quit();
    });
  }

  /** Settles a closeDocuments() in progress: true once the window closed, false when the person kept it. */
  let closing: ((closed: boolean) => void) | null = null;
  const closeDocuments = (): Promise<boolean> =>
    new Promise((resolve) => {
      if (!current) return resolve(true);
      closing = (closed) => {
        closing = null;
        resolve(closed);
      };
      current.win.close();
    });

  async function startUpdates(): Promise<void> {
    const settings = await readFile(join(app.getPath('userData'), UPDATE_SETTINGS_FILE), 'utf8').catch(() => null);
    const { feed, problem } = resolveUpdateFeed(process.env[UPDATE_FEED_ENV], settings);
    if (problem) log(`updates off: ${problem}`);
    if (!feed || !app.isPackaged) return;
    const { autoUpdater } = await import('electron-updater');
    const flow = createUpdateFlow({
      updater: autoUpdater,
      feed,
      currentVersion: app.getVersion(),
      ask: (question) => askUpdate(question, app.getVersion(), locale),
      closeDocuments,
      log,
    });
    const check = () => void flow.check();
    setTimeout(check, 10_000);
    setInterval(check, 24 * 60 * 60 * 1000);
  }

  const contextFor = (sender: WebContents): DocumentWindow | null => (current && current.win.webContents === sender ? current : null);

  const systemClipboard = createClipboardService(clipboard, (png) => nativeImage.createFromBuffer(Buffer.from(png)), log);
  registerIpc<WebContents>(
    ipcMain,
    {
      'file:open': () => files.open(),
      'file:openRecent': (_sender, ref) => files.openRecent(ref),
      'file:openDropped': (_sender, path) => files.openDropped(path),
      'file:save': async (sender, ref, text) => {
        const result = await files.save(ref, text);
        contextFor(sender)?.guard.saveEnded(result.ok);
        return result;
      },
      'file:saveAs': async (sender, text, suggestedName) => {
        const result = await files.saveAs(text, suggestedName);
        contextFor(sender)?.guard.saveEnded(result.ok && result.value !== null);
        return result;
      },
      'file:export': (_sender, data, suggestedName, mimeType) => files.exportFile(data, suggestedName, mimeType),
      'file:takePending': () => files.takePending(),
      'draft:read': () => files.readDraft(),
      'draft:write': (_sender, draft) => files.writeDraft(draft),
      'draft:discard': () => files.discardDraft(),
      'recent:list': () => files.recentFiles(),
      'clipboard:write': (_sender, data) => systemClipboard.write(data),
      'clipboard:read': () => systemClipboard.read(),
      'compare:openFile': () => files.openVersion(),
      'git:history': (_sender, ref) => versions.history(ref),
      'git:read': (_sender, ref, oid) => versions.read(ref, oid),
      'share:status': () => share.status(),
      'share:start': async (sender, ref, interfaceId) => {
        if (!contextFor(sender)) return { ok: false, reason: 'io', message: 'no document window' };
        const path = files.pathOf(ref) ?? null;
        const result = await share.start(path, interfaceId);
        // The host writes the file now: its saves are the room's, not changes made elsewhere.
        if (result.ok && path) watcher.unwatch(path);
        return result;
      },
      'share:stop': async () => {
        await share.stop();
        return share.status();
      },
    },
    {
      'window:setDirty': (sender, dirty, title) => contextFor(sender)?.setDocument(dirty, title),
      'edit:native': (sender, command) => {
        if (contextFor(sender)) runNativeEdit(sender, command);
      },
      'app:setLocale': (sender, next) => {
        if (!contextFor(sender) || next === locale) return;
        locale = next;
        void refreshMenu();
      },
      'menu:state': (sender, next) => {
        if (!contextFor(sender)) return;
        menuState = next;
        drawMenu();
      },
    },
    { isTrustedUrl: (url) => isAppUrl(url, devServerUrl), log },
  );

  app.on('web-contents-created', (_event, contents) => {
    hardenWebContents(contents, {
      confirmExternal: (url) => confirmExternalLink(url, locale),
      // Reviewed: called only by offerExternalLink in security.ts, after its checks (docs/security.md).
      openExternal: (url) => shell.openExternal(url), // eng-disable OPEN_EXTERNAL_JS_CHECK
      log,
      ...(devServerUrl ? { devServerUrl } : {}),
    });
  });

  // macOS delivers double-clicked files this way, possibly before the app is ready.
  app.on('open-file', (event, path) => {
    event.preventDefault();
    if (app.isReady()) void openFromOs(path);
    else earlyFiles.push(path);
  });

  app.on('second-instance', (_event, argv, workingDirectory, additionalData) => {
    const handed = filesFromHandover(additionalData, argv, workingDirectory);
    if (current) {
      if (current.win.isMinimized()) current.win.restore();
      current.win.focus();
    }
    for (const path of handed) void openFromOs(path);
    if (handed.length === 0 && !current) void openWindow();
  });

  app.on('before-quit', (event) => {
    quitting = true;
    // A shared room is written to its file before the app goes.
    if (share.status().running) {
      event.preventDefault();
      void share.stop().finally(() => app.quit());
    }
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin' || quitting) app.quit();
  });

  app.on('activate', () => {
    if (!current && app.isReady()) void openWindow();
  });

  void app.whenReady().then(async () => {
    locale = resolveLocale(app.getPreferredSystemLanguages()[0] ?? app.getLocale());
    nativeTheme.themeSource = 'system';
    hardenSession(session.defaultSession, log);
    protocol.handle(APP_SCHEME, createAppProtocolHandler(rendererRoot));
    await refreshMenu();
    await openWindow();
    for (const path of earlyFiles.splice(0)) await files.queueOpen(path);
    await startUpdates();
  });
}
