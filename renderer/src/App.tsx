/**
 * The editor window: toolbar, filter bar, canvas, findings and inspector panels, notices, and the
 * modes that replace it (presentation). Wires the action table to the toolbar, keyboard and menu.
 */
import { ReactFlowProvider, useReactFlow, useStore, type ReactFlowState } from '@xyflow/react';
import {
  Download,
  FileDown,
  FilePlus,
  FolderOpen,
  Languages,
  ListChecks,
  Maximize,
  Moon,
  PanelRight,
  Plus,
  Presentation,
  Redo2,
  Save,
  Sun,
  Undo2,
  ZoomIn,
  ZoomOut,
} from 'lucide-react';
import { lazy, memo, Suspense, useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { redoTitle, undoTitle } from '../../src/i18n/commands';
import { UI } from '../../src/i18n/ui';
import { layoutGrid } from '../../src/layout';
import type { Locale } from '../../src/model';
import { createActions, shortcutFor, type ActionId, type ViewControls } from './app/actions';
import { AppContext, useApp, useDoc, useT, useUi, type AppServices } from './app/context';
import type { DocumentController } from './app/document';
import { Canvas, fitViewport } from './canvas/Canvas';
import type { ExportFormat } from './export/ExportDialog';
import { FilterBar } from './panels/FilterBar';
import { FindingsPanel } from './panels/FindingsPanel';
import { Inspector } from './panels/Inspector';
import { Shortcuts } from './app/Shortcuts';
import { Welcome } from './app/Welcome';
import type { ElectronPlatform } from './platform';
import { Notices } from './app/Notices';
import { DialogHost } from './ui/dialogs';
import { Menu } from './ui/Menu';

export interface AppProps {
  services: AppServices;
  document: DocumentController;
  /** Show the start screen first (no file, sample or draft was opened). */
  welcome: boolean;
  setLocale(locale: Locale): void;
  toggleTheme(): void;
}

export function App(props: AppProps) {
  return (
    <AppContext.Provider value={props.services}>
      <ReactFlowProvider>
        <Editor {...props} />
      </ReactFlowProvider>
      <DialogHost />
    </AppContext.Provider>
  );
}

// Loaded when first used, so the editor opens without the export and projector code.
const ExportDialog = lazy(() => import('./export/ExportDialog').then((m) => ({ default: m.ExportDialog })));
const PresentationMode = lazy(() => import('./workshop/PresentationMode').then((m) => ({ default: m.PresentationMode })));

// The canvas and panels read their own stores; the toolbar re-rendering must not re-render them.
const CanvasView = memo(Canvas);
const FindingsView = memo(FindingsPanel);
const InspectorView = memo(Inspector);
const FilterView = memo(FilterBar);

const zoomSelector = (s: ReactFlowState) => s.transform[2];

function Editor({ document: controller, welcome: initialWelcome, setLocale, toggleTheme }: AppProps) {
  const services = useApp();
  const { store, platform } = services;
  const doc = useDoc();
  const { panels, locale, theme, selection, documentKey } = useUi();
  const t = useT(UI);
  const flow = useReactFlow();
  const [exporting, setExporting] = useState<{ format: ExportFormat; run: boolean } | null>(null);
  const [presenting, setPresenting] = useState(false);
  const [welcome, setWelcome] = useState(initialWelcome);
  const [choosing, setChoosing] = useState(false);
  const [shortcuts, setShortcuts] = useState(false);
  const session = useSyncExternalStore(controller.subscribe, controller.getSession);

  // A document opened from anywhere (menu, draft, recent file) closes the start screen.
  const firstKey = useRef(documentKey);
  useEffect(() => {
    if (documentKey !== firstKey.current) setWelcome(false);
  }, [documentKey]);

  const view = useRef<ViewControls | null>(null);
  view.current = {
    zoomIn: () => void flow.zoomIn({ duration: 150 }),
    zoomOut: () => void flow.zoomOut({ duration: 150 }),
    fit: () => {
      const el = globalThis.document.querySelector('.canvas');
      if (!el) return;
      const rect = el.getBoundingClientRect();
      void flow.setViewport(fitViewport(layoutGrid(store.getState().map), rect.width, rect.height), { duration: 200 });
    },
    visibleCentre: () => {
      const el = globalThis.document.querySelector('.canvas');
      if (!el) return null;
      const rect = el.getBoundingClientRect();
      return flow.screenToFlowPosition({ x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 });
    },
  };

  const actions = useMemo(
    () =>
      createActions({
        services,
        document: controller,
        view: () => view.current,
        openExport: (format, autoRun = false) => setExporting({ format, run: autoRun }),
        present: () => setPresenting(true),
        chooseTemplate: () => setChoosing(true),
        setLocale,
        toggleTheme,
        focusSearch: () => globalThis.document.querySelector<HTMLInputElement>('[data-testid="filter-search"]')?.focus(),
        showShortcuts: () => setShortcuts(true),
      }),
    [services, controller, setLocale, toggleTheme],
  );
  const run = useCallback(
    (id: ActionId) => {
      if (id !== 'new-map' && id !== 'help.shortcuts') setWelcome(false);
      actions[id]();
    },
    [actions],
  );

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || globalThis.document.querySelector('[aria-modal="true"]')) return;
      const id = shortcutFor(event);
      if (!id) return;
      // Presentation mode has its own keys; saving stays where people expect it.
      if (presenting && id !== 'save' && id !== 'save-as') return;
      event.preventDefault();
      // Ahead of React Flow's own arrow and delete handling on a focused card; Esc still reaches menus.
      if (id !== 'select-none') event.stopPropagation();
      run(id);
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [run, presenting]);

  // Files the OS hands to the desktop app: double-click, the command line, Open Recent.
  useEffect(() => {
    if (!('onOpenFile' in platform)) return undefined;
    return (platform as ElectronPlatform).onOpenFile((file) => {
      void (async () => {
        if (await controller.confirmDiscard()) controller.openText(file.text, file.ref, file.ref.name);
      })();
    });
  }, [platform, controller]);

  useEffect(() => platform.onCommand((command) => {
    if (command in actions) run(command as ActionId);
  }), [platform, actions, run]);

  if (presenting) {
    return (
      <Suspense fallback={null}>
        <PresentationMode store={store} locale={locale} onExit={() => setPresenting(false)} />
      </Suspense>
    );
  }

  const name = session.file?.name ?? doc.map.title;
  const selectedCount = doc.map.touchpoints.filter((tp) => selection.has(tp.id)).length;

  return (
    <div className={`app app--${theme}`}>
      <header className="toolbar" role="toolbar" aria-label={t('toolbar.label')}>
        <div className="toolbar__group">
          <span className="brand" aria-hidden="true">
            <span className="brand__mark" />
          </span>
          <ToolButton label={t('toolbar.new')} onClick={() => run('new-map')} testId="new-map">
            <FilePlus size={18} aria-hidden="true" />
          </ToolButton>
          <ToolButton label={t('toolbar.open')} shortcut="Ctrl+O" onClick={() => run('open')} testId="open">
            <FolderOpen size={18} aria-hidden="true" />
          </ToolButton>
          <ToolButton label={t('toolbar.save')} shortcut="Ctrl+S" onClick={() => run('save')} testId="save" disabled={session.saving}>
            <Save size={18} aria-hidden="true" />
          </ToolButton>
        </div>
        <div className="toolbar__group">
          <ToolButton label={t('toolbar.undo')} title={undoTitle(doc.undoLabel, locale)} shortcut="Ctrl+Z" onClick={() => run('undo')} disabled={!doc.canUndo} testId="undo">
            <Undo2 size={18} aria-hidden="true" />
          </ToolButton>
          <ToolButton label={t('toolbar.redo')} title={redoTitle(doc.redoLabel, locale)} shortcut="Ctrl+Shift+Z" onClick={() => run('redo')} disabled={!doc.canRedo} testId="redo">
            <Redo2 size={18} aria-hidden="true" />
          </ToolButton>
        </div>
        <div className="toolbar__group">
          <button type="button" className="btn btn--primary btn--small" onClick={() => run('add-touchpoint')} data-testid="add-touchpoint" title={`${t('toolbar.addTouchpoint')} (N)`}>
            <Plus size={16} aria-hidden="true" />
            <span>{t('toolbar.addTouchpoint')}</span>
          </button>
        </div>
        <div className="toolbar__title" title={name}>
          <span className="toolbar__name">{name}</span>
          <span className={`toolbar__state${doc.dirty ? ' is-dirty' : ''}`} data-testid="dirty-state" data-dirty={doc.dirty}>
            {doc.dirty ? `● ${t('toolbar.unsaved')}` : t('toolbar.saved')}
          </span>
        </div>
        <div className="toolbar__group">
          <ToolButton label={t('toolbar.zoomOut')} onClick={() => run('zoom-out')}>
            <ZoomOut size={18} aria-hidden="true" />
          </ToolButton>
          <ZoomLabel />
          <ToolButton label={t('toolbar.zoomIn')} onClick={() => run('zoom-in')}>
            <ZoomIn size={18} aria-hidden="true" />
          </ToolButton>
          <ToolButton label={t('toolbar.fit')} shortcut="Ctrl+0" onClick={() => run('zoom-fit')} testId="fit">
            <Maximize size={18} aria-hidden="true" />
          </ToolButton>
        </div>
        <div className="toolbar__group">
          <ToolButton label={t('toolbar.export')} onClick={() => run('export-pdf')} testId="export-pdf">
            <FileDown size={18} aria-hidden="true" />
          </ToolButton>
          <ToolButton label={t('toolbar.exportMore')} shortcut="Ctrl+Shift+E" onClick={() => run('export-dialog')} testId="export">
            <Download size={18} aria-hidden="true" />
          </ToolButton>
          <button type="button" className="btn btn--small" onClick={() => run('presentation-mode')} data-testid="present" title={`${t('toolbar.present')} (F5)`}>
            <Presentation size={16} aria-hidden="true" />
            <span>{t('toolbar.present')}</span>
          </button>
        </div>
        <div className="toolbar__group">
          <ToolButton label={t('toolbar.findings')} pressed={panels.findings} onClick={() => run('toggle-findings')} testId="toggle-findings">
            <ListChecks size={18} aria-hidden="true" />
          </ToolButton>
          <ToolButton label={t('toolbar.inspector')} pressed={panels.inspector} onClick={() => run('toggle-inspector')} testId="toggle-inspector">
            <PanelRight size={18} aria-hidden="true" />
          </ToolButton>
          <ToolButton label={`${t('toolbar.theme')}: ${t(theme === 'dark' ? 'toolbar.theme.dark' : 'toolbar.theme.light')}`} onClick={() => run('toggle-theme')} testId="theme">
            {theme === 'dark' ? <Moon size={18} aria-hidden="true" /> : <Sun size={18} aria-hidden="true" />}
          </ToolButton>
          <Menu
            label={t('toolbar.language')}
            testId="language"
            align="right"
            icon={<Languages size={18} aria-hidden="true" />}
            items={[
              { id: 'en', label: 'English', checked: locale === 'en', run: () => run('language-en') },
              { id: 'zh-CN', label: '简体中文', checked: locale === 'zh-CN', run: () => run('language-zh-CN') },
            ]}
          />
        </div>
      </header>
      <FilterView />
      <main className="workspace">
        {panels.findings ? (
          <aside className="side side--left">
            <FindingsView />
          </aside>
        ) : null}
        <CanvasView />
        {panels.inspector ? (
          <aside className="side side--right">
            <InspectorView />
          </aside>
        ) : null}
      </main>
      <footer className="statusbar">
        <span>{t('status.touchpoints', { count: doc.map.touchpoints.length })}</span>
        {selectedCount > 0 ? <span>{t('status.selected', { count: selectedCount })}</span> : null}
        <span className="statusbar__spacer" />
        <span>{session.file?.path ?? session.file?.name ?? ''}</span>
      </footer>
      <Notices controller={controller} />
      {welcome && !choosing ? <Welcome variant="start" controller={controller} onClose={() => setWelcome(false)} /> : null}
      {choosing ? <Welcome variant="dialog" controller={controller} onClose={() => setChoosing(false)} /> : null}
      {shortcuts ? <Shortcuts onClose={() => setShortcuts(false)} /> : null}
      {exporting ? (
        <Suspense fallback={null}>
          <ExportDialog
            key={`${exporting.format}-${exporting.run}`}
            map={doc.map}
            selection={selection}
            locale={locale}
            theme={theme}
            platform={platform}
            initial={exporting.format}
            autoRun={exporting.run}
            onExported={(name) => controller.notify({ kind: 'info', text: t('notice.exportDone', { name }) }, 3000)}
            onClose={() => setExporting(null)}
          />
        </Suspense>
      ) : null}
    </div>
  );
}

/** The zoom readout: the only part of the toolbar that changes while zooming. */
function ZoomLabel() {
  const zoom = useStore(zoomSelector);
  const t = useT(UI);
  return (
    <span className="toolbar__zoom" aria-live="polite">
      {t('status.zoom', { zoom: Math.round(zoom * 100) })}
    </span>
  );
}

function ToolButton(props: {
  label: string;
  /** Tooltip when it says more than the accessible name (e.g. "Undo Move touchpoints"). */
  title?: string;
  shortcut?: string;
  onClick: () => void;
  disabled?: boolean;
  pressed?: boolean;
  testId?: string;
  children: React.ReactNode;
}) {
  return (
    <button
      type="button"
      className="icon-btn"
      aria-label={props.label}
      title={props.shortcut ? `${props.title ?? props.label} (${props.shortcut})` : (props.title ?? props.label)}
      onClick={props.onClick}
      disabled={props.disabled}
      aria-pressed={props.pressed}
      data-testid={props.testId}
    >
      {props.children}
    </button>
  );
}
