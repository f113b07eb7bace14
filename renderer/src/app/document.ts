/**
 * The open document's life: new, open, save, save as, drafts (autosave within seconds of a change,
 * offered back after a crash), unsaved-changes questions, external changes. No React here: the
 * toolbar, keyboard, native menu and workshop all call these functions.
 */
import { formatProblems, parseMap, serializeMap, type Locale, type MapDocument } from '../../../src/model';
import { translate } from '../../../src/i18n';
import { COLLAB_UI } from '../i18n/collab-ui';
import { UI, type UiKey } from '../i18n/ui';
import { extractMapFromPdf } from '../../../src/report/embed';
import type { DocStore } from '../../../src/store';
import { createMapFromTemplate, type TemplateChoice } from '../../../src/templates';
import { exportFileName } from '../export/filename';
import { PlatformError, type FileRef, type Platform } from '../platform/types';
import { ask } from '../ui/dialogs';
import type { UiStore } from './ui-store';
import { runInIdleSteps } from './idle';
import { stringifyInSteps } from './json-steps';

export interface Notice {
  readonly id: number;
  readonly kind: 'info' | 'error' | 'warning';
  readonly text: string;
  readonly details?: readonly string[];
  readonly actions?: readonly { label: string; run: () => void }[];
}

export interface DocumentSession {
  readonly file: FileRef | null;
  readonly notices: readonly Notice[];
  readonly saving: boolean;
}

/** Autosave delay after the last change. */
export const DRAFT_DELAY_MS = 1500;
/** How much longer the draft may wait for the browser to be idle. */
const DRAFT_IDLE_MS = 1000;
/** How long an information notice stays. */
export const INFO_NOTICE_MS = 6000;

export interface DocumentController {
  getSession(): DocumentSession;
  subscribe(listener: () => void): () => void;
  newMap(template: TemplateChoice): Promise<boolean>;
  open(): Promise<boolean>;
  openRecent(ref: FileRef): Promise<boolean>;
  /** Opens a file dropped on the window (asks about unsaved changes first). */
  openDropped(file: File, handle?: Promise<unknown>): Promise<boolean>;
  /**
   * Loads text as if opened from a file; shows the problems and loads nothing when invalid. `map`: the
   * platform has already read and validated `text` into it (the browser), so it is not parsed again.
   */
  openText(text: string, ref: FileRef | null, name: string, map?: MapDocument): boolean;
  save(): Promise<boolean>;
  saveAs(): Promise<boolean>;
  /** Asks Save / Don't save / Cancel when there are unsaved changes; true when it is fine to go on. */
  confirmDiscard(): Promise<boolean>;
  /** Looks for a draft from an earlier session and offers it back. */
  offerDraft(): Promise<void>;
  notify(notice: Omit<Notice, 'id'>, timeoutMs?: number): void;
  dismiss(id: number): void;
  dispose(): void;
}

function parseToMap(text: string): MapDocument | null {
  const result = parseMap(text);
  return result.ok ? result.map : null;
}

export function createDocumentController(store: DocStore, ui: UiStore, platform: Platform): DocumentController {
  let session: DocumentSession = { file: null, notices: [], saving: false };
  const listeners = new Set<() => void>();
  let nextNotice = 1;

  /** Cancels the pending draft write: a timer, then a wait for idle time (whenIdle). */
  let cancelDraft: (() => void) | null = null;
  const t = (key: UiKey, params?: Record<string, string | number>) => translate(UI, ui.getState().locale, key, params);
  /** In a shared room the host owns the file; says so and returns true when `action` must not run here. */
  const hostOwnsFile = (key: 'room.save' | 'room.open') => {
    if (!store.getState().shared) return false;
    controller.notify({ kind: 'info', text: translate(COLLAB_UI, ui.getState().locale, key) });
    return true;
  };
  const locale = (): Locale => ui.getState().locale;

  function update(patch: Partial<DocumentSession>): void {
    session = { ...session, ...patch };
    for (const listener of [...listeners]) listener();
  }

  function displayName(): string {
    return session.file?.name ?? store.getState().map.title ?? t('untitled');
  }

  function load(map: MapDocument, file: FileRef | null, dirty = false): void {
    ui.beforeLoad(map);
    store.load(map, { dirty });
    // Notices speak of the map they were about; a different map starts with none.
    update({ file, notices: [] });
    ui.set((s) => ({ selection: new Set(), highlight: new Set(), focus: null, documentKey: s.documentKey + 1 }));
    syncTitle();
  }

  function syncTitle(): void {
    platform.setDirty(store.getState().dirty, displayName());
  }

  /**
   * Writes the draft from idle time: the map's JSON is built a few hundred cards per idle period
   * (stringifyInSteps), so even a large map's autosave never blocks a frame, and it is done within
   * DRAFT_IDLE_MS. The draft is compact JSON, not the file's indented canonical form: only
   * `offerDraft` reads it, through the same parser. Returns a cancel function.
   */
  function writeDraftInIdleTime(): () => void {
    const { map } = store.getState();
    return runInIdleSteps(
      stringifyInSteps(map),
      (text) => {
        cancelDraft = null;
        if (!store.getState().dirty) return;
        platform.writeDraft({ text, ...(session.file ? { ref: session.file } : {}), savedAt: Date.now() }).catch(() => {
          // A draft that cannot be written must not interrupt editing; the next change tries again.
        });
      },
      DRAFT_IDLE_MS,
    );
  }

  let lastRevision = store.getState().revision;
  let lastDirty = store.getState().dirty;
  const unsubscribe = store.subscribe(() => {
    const state = store.getState();
    if (state.revision === lastRevision) return;
    lastRevision = state.revision;
    if (state.dirty !== lastDirty) {
      lastDirty = state.dirty;
      syncTitle();
    }
    if (state.dirty) {
      cancelDraft?.();
      // Serialising a large map waits for idle time and is cut into steps (writeDraftInIdleTime),
      // so it does not land in the frames of an edit, a drop or a pan, but is written within
      // DRAFT_DELAY_MS + DRAFT_IDLE_MS of the last change.
      let cancelIdle: (() => void) | null = null;
      const timer = setTimeout(() => {
        cancelIdle = writeDraftInIdleTime();
      }, DRAFT_DELAY_MS);
      cancelDraft = () => {
        clearTimeout(timer);
        cancelIdle?.();
      };
    }
  });

  const offExternal = platform.onExternalChange((ref) => {
    if (!session.file || ref.id !== session.file.id) return;
    const name = ref.name;
    const dirty = store.getState().dirty;
    controller.notify({
      kind: 'warning',
      text: t('notice.externalChange', { name }),
      actions: [
        {
          label: t('notice.reload'),
          run: () => {
            void (async () => {
              if (dirty && !(await controller.confirmDiscard())) return;
              await controller.openRecent(ref);
            })();
          },
        },
        { label: t('notice.keepMine'), run: () => undefined },
      ],
    });
  });

  function failure(error: unknown): string {
    if (error instanceof PlatformError) return error.message;
    return error instanceof Error ? error.message : String(error);
  }

  async function writeTo(ref: FileRef | null): Promise<boolean> {
    const snapshot = store.getState().map;
    const text = serializeMap(snapshot);
    update({ saving: true });
    try {
      const saved = ref ? await platform.save(ref, text) : await platform.saveAs(text, exportFileName(snapshot.title, 'json'));
      if (!saved) return false;
      store.markSaved(snapshot);
      update({ file: saved });
      syncTitle();
      if (!store.getState().dirty) await platform.discardDraft().catch(() => undefined);
      controller.notify({ kind: 'info', text: t('notice.saved', { name: saved.name }) }, 2500);
      return true;
    } catch (error) {
      if (error instanceof PlatformError && error.reason === 'cancelled') return false;
      controller.notify({ kind: 'error', text: t('notice.saveFailed', { message: failure(error) }) });
      return false;
    } finally {
      update({ saving: false });
    }
  }

  const controller: DocumentController = {
    getSession: () => session,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },

    async newMap(template) {
      if (hostOwnsFile('room.open')) return false;
      if (!(await controller.confirmDiscard())) return false;
      load(createMapFromTemplate(template, locale()), null);
      await platform.discardDraft().catch(() => undefined);
      return true;
    },

    async open() {
      if (hostOwnsFile('room.open')) return false;
      if (!(await controller.confirmDiscard())) return false;
      try {
        const opened = await platform.openFile();
        if (!opened) return false;
        return controller.openText(opened.text, opened.ref, opened.ref.name, opened.map);
      } catch (error) {
        if (error instanceof PlatformError && error.reason === 'cancelled') return false;
        controller.notify({ kind: 'error', text: failure(error) });
        return false;
      }
    },

    async openDropped(file, handle) {
      if (hostOwnsFile('room.open')) return false;
      if (!(await controller.confirmDiscard())) return false;
      try {
        const opened = await platform.openDropped(file, handle);
        return controller.openText(opened.text, opened.ref, opened.ref.name, opened.map);
      } catch (error) {
        controller.notify({ kind: 'error', text: failure(error) });
        return false;
      }
    },

    async openRecent(ref) {
      if (hostOwnsFile('room.open')) return false;
      try {
        const opened = await platform.openRecent(ref);
        return controller.openText(opened.text, opened.ref, opened.ref.name, opened.map);
      } catch (error) {
        controller.notify({ kind: 'error', text: failure(error) });
        return false;
      }
    },

    openText(text, ref, name, parsed) {
      if (hostOwnsFile('room.open')) return false;
      const fromPdf = text.startsWith('%PDF-') || /\.pdf$/i.test(name);
      if (fromPdf) {
        // A report exported by this app carries its map (draw.io style): open that, as a new unsaved
        // map, so Save asks where to put it and never writes over the PDF. (The desktop shell already
        // hands over the extracted JSON; the browser hands over the PDF itself.)
        const map = parsed ?? (text.startsWith('%PDF-') ? extractMapFromPdf(new TextEncoder().encode(text)) : parseToMap(text));
        if (!map) {
          controller.notify({ kind: 'error', text: t('notice.openFailed', { name }), details: [t('notice.pdfWithoutMap'), t('notice.openFailedMore')] });
          return false;
        }
        load(map, null, true);
        return true;
      }
      const result = parsed ? { ok: true as const, map: parsed } : parseMap(text);
      if (!result.ok) {
        controller.notify({
          kind: 'error',
          text: t('notice.openFailed', { name }),
          details: [...formatProblems(result.problems, result.total, locale()), t('notice.openFailedMore')],
        });
        return false;
      }
      load(result.map, ref);
      void platform.discardDraft().catch(() => undefined);
      return true;
    },

    save: () => (hostOwnsFile('room.save') ? Promise.resolve(true) : writeTo(session.file)),
    saveAs: () => writeTo(null),

    async confirmDiscard() {
      if (!store.getState().dirty) return true;
      const choice = await ask({
        title: t('unsaved.title', { name: displayName() }),
        body: t('unsaved.body'),
        choices: [
          { id: 'discard', label: t('unsaved.discard'), kind: 'plain' },
          { id: 'cancel', label: t('unsaved.cancel'), kind: 'plain' },
          { id: 'save', label: t('unsaved.save'), kind: 'primary' },
        ],
        initial: 'save',
      });
      if (choice === 'save') return controller.save();
      return choice === 'discard';
    },

    async offerDraft() {
      const draft = await platform.readDraft().catch(() => null);
      if (!draft) return;
      const result = parseMap(draft.text);
      if (!result.ok) return;
      const when = new Date(draft.savedAt).toLocaleString(locale() === 'zh-CN' ? 'zh-CN' : 'en');
      const choice = await ask({
        title: t('draft.title', { name: result.map.title }),
        body: t('draft.body', { when, file: draft.ref ? t('draft.file', { name: draft.ref.name }) : '' }),
        choices: [
          { id: 'discard', label: t('draft.discard'), kind: 'plain' },
          { id: 'restore', label: t('draft.restore'), kind: 'primary' },
        ],
        initial: 'restore',
      });
      if (choice === 'restore') load(result.map, draft.ref ?? null, true);
      else if (choice === 'discard') await platform.discardDraft().catch(() => undefined);
      // Esc keeps the draft for next time: only an explicit Discard throws work away.
    },

    notify(notice, timeoutMs) {
      const id = nextNotice++;
      update({ notices: [...session.notices.slice(-3), { ...notice, id }] });
      // Information goes by itself; an error, or a notice asking for a choice, stays until closed.
      const wait = timeoutMs ?? (notice.kind === 'info' && !notice.actions ? INFO_NOTICE_MS : undefined);
      if (wait) setTimeout(() => controller.dismiss(id), wait);
    },

    dismiss(id) {
      if (session.notices.some((n) => n.id === id)) update({ notices: session.notices.filter((n) => n.id !== id) });
    },

    dispose() {
      unsubscribe();
      offExternal();
      cancelDraft?.();
    },
  };
  return controller;
}
