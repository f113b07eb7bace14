/**
 * The Platform port over the preload bridge (`window.touchpoint`). Main-process failures arrive
 * as values with a message already in the person's language and become PlatformErrors here.
 */
// Types only (erased at build): the bridge's shape is declared once, next to the preload that implements it.
// eslint-disable-next-line no-restricted-imports -- the rule has no allowTypeImports yet; see the shell report
import type { FileRefData, OpenedFileData, Outcome, TouchpointBridge } from '../../../electron/preload/api';
import { PlatformError, type Draft, type FileRef, type OpenedFile, type Platform, type RecentFile } from './types';

/** Electron can also be asked by the OS to open files (double-click, command line, Open Recent menu). */
export interface ElectronPlatform extends Platform {
  readonly kind: 'electron';
  onOpenFile(listener: (file: OpenedFile) => void): () => void;
}

function toRef(ref: FileRefData): FileRef {
  return ref.path === undefined ? { id: ref.id, name: ref.name } : { id: ref.id, name: ref.name, path: ref.path };
}

function toOpened(file: OpenedFileData): OpenedFile {
  return { ref: toRef(file.ref), text: file.text };
}

function toRefData(ref: FileRef): FileRefData {
  return ref.path === undefined ? { id: ref.id, name: ref.name } : { id: ref.id, name: ref.name, path: ref.path };
}

function unwrap<T>(outcome: Outcome<T>): T {
  if (outcome.ok) return outcome.value;
  // An invalid map is an unreadable file to the port; the message already lists the problems.
  throw new PlatformError(outcome.message, outcome.reason === 'invalid' ? 'io' : outcome.reason);
}

export function createElectronPlatform(bridge: TouchpointBridge): ElectronPlatform {
  return {
    kind: 'electron',
    async openFile() {
      const file = unwrap(await bridge.openFile());
      return file ? toOpened(file) : null;
    },
    async openVersion() {
      return unwrap(await bridge.openVersion());
    },
    history: {
      list: async (ref) => unwrap(await bridge.fileHistory(toRefData(ref))),
      read: async (ref, oid) => unwrap(await bridge.readVersion(toRefData(ref), oid)),
    },
    async openDropped(file) {
      return toOpened(unwrap(await bridge.openDropped(file)));
    },
    share: {
      status: () => bridge.shareStatus(),
      async start(ref, interfaceId) {
        const outcome = await bridge.shareStart(toRefData(ref), interfaceId);
        if (outcome.ok) return outcome.value;
        throw new PlatformError(outcome.message, outcome.reason === 'busy' ? 'busy' : 'io');
      },
      stop: () => bridge.shareStop(),
      onChange: (listener) => bridge.onShareChanged(listener),
    },
    async openRecent(ref) {
      return toOpened(unwrap(await bridge.openRecent(toRefData(ref))));
    },
    async save(ref, text) {
      return toRef(unwrap(await bridge.save(toRefData(ref), text)));
    },
    async saveAs(text, suggestedName) {
      const ref = unwrap(await bridge.saveAs(text, suggestedName));
      return ref ? toRef(ref) : null;
    },
    async exportFile(data, suggestedName, mimeType) {
      return unwrap(await bridge.exportFile(data, suggestedName, mimeType));
    },
    async readDraft(): Promise<Draft | null> {
      const draft = await bridge.readDraft();
      if (!draft) return null;
      return draft.ref ? { text: draft.text, savedAt: draft.savedAt, ref: toRef(draft.ref) } : { text: draft.text, savedAt: draft.savedAt };
    },
    async writeDraft(draft) {
      await bridge.writeDraft(draft.ref ? { text: draft.text, savedAt: draft.savedAt, ref: toRefData(draft.ref) } : { text: draft.text, savedAt: draft.savedAt });
    },
    discardDraft: () => bridge.discardDraft(),
    writeClipboard: ({ png, ...flavours }) => bridge.writeClipboard({ ...flavours, ...(png ? { png: new Uint8Array(png) } : {}) }),
    async readClipboard() {
      return { json: null, ...(await bridge.readClipboard()) };
    },
    async recentFiles(): Promise<RecentFile[]> {
      return (await bridge.recentFiles()).map((r) => ({ ref: toRef(r.ref), openedAt: r.openedAt }));
    },
    setDirty: (dirty, title) => bridge.setDirty(dirty, title),
    setLocale: (locale) => bridge.setLocale(locale),
    setMenuState: (state) => bridge.setMenuState(state),
    onCommand: (listener) => bridge.onCommand(listener),
    onExternalChange: (listener) => bridge.onExternalChange((ref) => listener(toRef(ref))),
    onOpenFile(listener) {
      return bridge.onOpenRequested(() => {
        void bridge.takePendingFiles().then((files) => files.forEach((f) => listener(toOpened(f))));
      });
    },
  };
}
