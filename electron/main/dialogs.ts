/** The native dialogs, in the person's language. Thin: all decisions live in the tested modules. */
import { app, BrowserWindow, dialog, type MessageBoxOptions } from 'electron';
import { join } from 'node:path';
import { translate, type Locale } from '../../src/i18n';
import type { CloseChoice } from './close-guard';
import type { UpdateQuestion } from './updates';
import type { FileDialogs } from './files/file-service';
import { desktopMessages, type DesktopMessageKey } from './messages';

const EXPORT_EXTENSIONS: Record<string, string> = {
  'application/pdf': 'pdf',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'pptx',
  'image/png': 'png',
  'image/svg+xml': 'svg',
  'application/json': 'json',
  'text/csv': 'csv',
};

function parent(): BrowserWindow | undefined {
  return BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
}

function show(options: MessageBoxOptions) {
  const win = parent();
  return win ? dialog.showMessageBox(win, options) : dialog.showMessageBox(options);
}

export function createFileDialogs(locale: () => Locale): FileDialogs {
  const t = (key: DesktopMessageKey) => translate(desktopMessages, locale(), key);
  const mapFilters = () => [
    { name: t('open.filter'), extensions: ['tpmap', 'json', 'pdf'] },
    { name: t('filter.all'), extensions: ['*'] },
  ];
  const defaultPath = (name: string) => join(app.getPath('documents'), name);
  return {
    async chooseMapToOpen() {
      const options = { title: t('open.title'), properties: ['openFile' as const], filters: mapFilters() };
      const win = parent();
      const result = await (win ? dialog.showOpenDialog(win, options) : dialog.showOpenDialog(options));
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async chooseMapSavePath(suggestedName) {
      const options = {
        title: t('save.title'),
        defaultPath: defaultPath(suggestedName),
        filters: mapFilters(),
        properties: ['showOverwriteConfirmation' as const, 'createDirectory' as const],
      };
      const win = parent();
      const result = await (win ? dialog.showSaveDialog(win, options) : dialog.showSaveDialog(options));
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    async chooseExportPath(suggestedName, mimeType) {
      const extension = EXPORT_EXTENSIONS[mimeType];
      const options = {
        title: t('export.title'),
        defaultPath: defaultPath(suggestedName),
        filters: extension ? [{ name: extension.toUpperCase(), extensions: [extension] }] : [],
        properties: ['showOverwriteConfirmation' as const, 'createDirectory' as const],
      };
      const win = parent();
      const result = await (win ? dialog.showSaveDialog(win, options) : dialog.showSaveDialog(options));
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    async showError(message) {
      await show({ type: 'error', title: t('external.title'), message, buttons: [t('about.ok')], noLink: true });
    },
  };
}

export async function askSaveChanges(win: BrowserWindow, documentName: string, locale: Locale): Promise<CloseChoice> {
  const t = (key: DesktopMessageKey, params?: Record<string, string>) => translate(desktopMessages, locale, key, params);
  const { response } = await dialog.showMessageBox(win, {
    type: 'warning',
    message: t('close.message', { name: documentName || t('untitled') }),
    detail: t('close.detail'),
    buttons: [t('close.save'), t('close.dontSave'), t('close.cancel')],
    defaultId: 0,
    cancelId: 2,
    noLink: true,
  });
  return response === 0 ? 'save' : response === 1 ? 'dontSave' : 'cancel';
}

export async function confirmExternalLink(url: string, locale: Locale): Promise<boolean> {
  const { response } = await show({
    type: 'question',
    message: translate(desktopMessages, locale, 'link.message'),
    detail: url,
    buttons: [translate(desktopMessages, locale, 'link.open'), translate(desktopMessages, locale, 'link.cancel')],
    defaultId: 1,
    cancelId: 1,
    noLink: true,
  });
  return response === 0;
}

/** The About box; its second button opens the generated list of bundled open-source packages. */
export async function showAbout(locale: Locale, openLicences: () => void): Promise<void> {
  const { response } = await show({
    type: 'info',
    title: translate(desktopMessages, locale, 'about.title'),
    message: app.getName(),
    detail: translate(desktopMessages, locale, 'about.detail', {
      version: app.getVersion(),
      electron: process.versions.electron ?? '',
      chrome: process.versions.chrome ?? '',
      node: process.versions.node,
    }),
    buttons: [translate(desktopMessages, locale, 'about.ok'), translate(desktopMessages, locale, 'about.licences')],
    defaultId: 0,
    cancelId: 0,
    noLink: true,
  });
  if (response === 1) openLicences();
}

/** The two update questions; true = download / install now. */
export async function askUpdate(question: UpdateQuestion, currentVersion: string, locale: Locale): Promise<boolean> {
  const t = (key: DesktopMessageKey) => translate(desktopMessages, locale, key, { version: question.version, current: currentVersion });
  const available = question.kind === 'available';
  const { response } = await show({
    type: 'info',
    message: t(available ? 'update.available' : 'update.ready'),
    detail: t(available ? 'update.availableDetail' : 'update.readyDetail'),
    buttons: available ? [t('update.download'), t('update.notNow')] : [t('update.installNow'), t('update.later')],
    defaultId: 0,
    cancelId: 1,
    noLink: true,
  });
  return response === 0;
}
