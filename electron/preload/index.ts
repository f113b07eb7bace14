/**
 * The one bridge between the page and the main process: named methods over the IPC contract,
 * never ipcRenderer itself, and never the IPC event object (it carries the sender).
 */
import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { z } from 'zod';
import { EVENTS, type EventArgs, type EventChannel, type InvokeArgs, type InvokeChannel, type InvokeResult } from '../shared/ipc-contract';
import { isNativeEditCommand, type MenuCommand } from '../shared/commands';
import type { TouchpointBridge } from './api';
import { belongsToText } from './editing';

// zod would probe `new Function` for speed; the page's CSP forbids eval, so don't even try.
z.config({ jitless: true });

function invoke<C extends InvokeChannel>(channel: C, ...args: InvokeArgs<C>): Promise<InvokeResult<C>> {
  return ipcRenderer.invoke(channel, ...args) as Promise<InvokeResult<C>>;
}

function subscribe<C extends EventChannel>(channel: C, listener: (...args: EventArgs<C>) => void): () => void {
  const forward = (_event: Electron.IpcRendererEvent, ...raw: unknown[]) => {
    const parsed = EVENTS[channel].safeParse(raw);
    if (parsed.success) (listener as (...args: unknown[]) => void)(...(parsed.data as unknown[]));
  };
  ipcRenderer.on(channel, forward);
  return () => void ipcRenderer.removeListener(channel, forward);
}

/**
 * Menu commands arrive on one IPC listener. Edit commands that belong to a focused text field (or,
 * for copy, to selected text) go back to the main process as the browser's own editing action;
 * everything else goes to the page's listeners.
 */
const commandListeners = new Set<(command: MenuCommand) => void>();
/** Commands that arrived before the page subscribed (a window opened by File > New on macOS). */
const early: MenuCommand[] = [];
ipcRenderer.on('menu:command', (_event, ...raw: unknown[]) => {
  const parsed = EVENTS['menu:command'].safeParse(raw);
  if (!parsed.success) return;
  const [command] = parsed.data;
  if (isNativeEditCommand(command)) {
    const selection = document.getSelection();
    if (belongsToText(command, document.activeElement, selection !== null && !selection.isCollapsed)) {
      ipcRenderer.send('edit:native', command);
      return;
    }
  }
  if (commandListeners.size === 0) {
    if (early.length < 10) early.push(command);
    return;
  }
  for (const listener of commandListeners) listener(command);
});

const bridge: TouchpointBridge = {
  platform: 'electron',
  os: process.platform,
  openFile: () => invoke('file:open'),
  openRecent: (ref) => invoke('file:openRecent', ref),
  // Only a File from a real drop has a path: one the page built itself gives '' and is refused here, so a
  // page cannot name an arbitrary path to read.
  openDropped: (file) => {
    const path = file instanceof File ? webUtils.getPathForFile(file) : '';
    return path === '' ? Promise.resolve({ ok: false as const, reason: 'not-found' as const, message: 'not a file from the disk' }) : invoke('file:openDropped', path);
  },
  save: (ref, text) => invoke('file:save', ref, text),
  saveAs: (text, suggestedName) => invoke('file:saveAs', text, suggestedName),
  exportFile: (data, suggestedName, mimeType) => invoke('file:export', data as InvokeArgs<'file:export'>[0], suggestedName, mimeType),
  readDraft: () => invoke('draft:read'),
  writeDraft: (draft) => invoke('draft:write', draft),
  discardDraft: () => invoke('draft:discard'),
  writeClipboard: (data) => invoke('clipboard:write', data),
  readClipboard: () => invoke('clipboard:read'),
  openVersion: () => invoke('compare:openFile'),
  fileHistory: (ref) => invoke('git:history', ref),
  readVersion: (ref, oid) => invoke('git:read', ref, oid),
  recentFiles: () => invoke('recent:list'),
  takePendingFiles: () => invoke('file:takePending'),
  setDirty: (dirty, title) => ipcRenderer.send('window:setDirty', dirty, title),
  setLocale: (locale) => ipcRenderer.send('app:setLocale', locale),
  setMenuState: (state) => ipcRenderer.send('menu:state', state),
  onCommand: (listener) => {
    // Wrapped, so the same function subscribed twice still gets its own unsubscribe.
    const wrapped = (command: MenuCommand) => listener(command);
    commandListeners.add(wrapped);
    for (const command of early.splice(0)) wrapped(command);
    return () => void commandListeners.delete(wrapped);
  },
  onExternalChange: (listener) => subscribe('file:externalChange', listener),
  onOpenRequested: (listener) => {
    const unsubscribe = subscribe('file:openRequested', listener);
    // Files from the command line arrive before the page has subscribed.
    listener();
    return unsubscribe;
  },
  shareStatus: () => invoke('share:status'),
  shareStart: (ref, interfaceId) => invoke('share:start', ref, interfaceId),
  shareStop: () => invoke('share:stop'),
  onShareChanged: (listener) => subscribe('share:changed', listener),
};

contextBridge.exposeInMainWorld('touchpoint', bridge);
