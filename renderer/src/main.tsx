/**
 * Boot: pick the platform, read the language and theme, open what was asked for (a sample, a
 * recovered draft, or the start screen), then mount the editor.
 */
import '@xyflow/react/dist/style.css';
import '@fontsource-variable/inter/index.css';
import '@fontsource/noto-sans-sc/400.css';
import '@fontsource/noto-sans-sc/700.css';
import './styles.css';
import { createRoot } from 'react-dom/client';
import { isLocale, resolveLocale } from '../../src/i18n';
import { parseMap, type Locale } from '../../src/model';
import { createDocStore } from '../../src/store';
import { createMapFromTemplate, TEMPLATE_CHOICES, type TemplateChoice } from '../../src/templates';
import { parseJoinLink } from '../../src/collab';
import { App } from './App';
import { CollabProvider } from './collab/context';
import { joinRoom } from './collab/join';
import { browserNavigation, takeReopen, takeReturnFile } from './collab/share-flow';
import { ParticipantApp } from './workshop/ParticipantApp';
import { createDocumentController } from './app/document';
import { warmFallbackGlyphs } from './app/fonts';
import { findSample } from './app/samples';
import { createUiStore, type ThemeChoice } from './app/ui-store';
import { getPlatform } from './platform';
import { applyTheme, type ThemeName } from './theme/tokens';

const PREFS_KEY = 'touchpoint-studio:prefs';

interface Prefs {
  locale?: Locale;
  theme?: ThemeChoice;
}

function readPrefs(): Prefs {
  try {
    const value = JSON.parse(localStorage.getItem(PREFS_KEY) ?? '{}') as Prefs;
    return { ...(isLocale(value.locale) ? { locale: value.locale } : {}), ...(['light', 'dark', 'system'].includes(value.theme ?? '') ? { theme: value.theme } : {}) };
  } catch {
    return {};
  }
}

function writePrefs(prefs: Prefs): void {
  try {
    localStorage.setItem(PREFS_KEY, JSON.stringify(prefs));
  } catch {
    // Preferences are a convenience; private windows may refuse storage.
  }
}

const darkQuery = window.matchMedia?.('(prefers-color-scheme: dark)');
const systemTheme = (): ThemeName => (darkQuery?.matches ? 'dark' : 'light');
const resolveTheme = (choice: ThemeChoice): ThemeName => (choice === 'system' ? systemTheme() : choice);

async function boot(): Promise<void> {
  const query = new URLSearchParams(location.search);
  const prefs = readPrefs();
  const langParam = query.get('lang');
  const locale: Locale = isLocale(langParam) ? langParam : (prefs.locale ?? resolveLocale(navigator.language));
  const themeParam = query.get('theme') as ThemeChoice | null;
  const themeChoice: ThemeChoice = themeParam && ['light', 'dark', 'system'].includes(themeParam) ? themeParam : (prefs.theme ?? 'system');
  const theme = resolveTheme(themeChoice);
  applyTheme(document.documentElement, theme);
  document.documentElement.lang = locale;

  const ui = createUiStore({ locale, themeChoice, theme });
  const platform = getPlatform({ locale: () => ui.getState().locale });
  const newParam = query.get('new') as TemplateChoice | null;
  const template: TemplateChoice = newParam && (TEMPLATE_CHOICES as readonly string[]).includes(newParam) ? newParam : 'journey';
  const reactRoot = createRoot(document.getElementById('root')!);
  // A join link (`touchpoint serve`, Share) opens the shared map instead of a local one.
  const link = parseJoinLink(location.hash);
  // The desktop window joining the room it shares asks the main process whether the host still runs
  // (its page may not fetch the host's start page, see the CSP).
  const share = platform.share;
  const reachable = link?.origin && share ? () => share.status().then((s) => s.running, () => false) : undefined;
  const joined = link ? await joinRoom(link, reactRoot, ui, reachable ? { reachable } : {}) : null;
  const shareNav = browserNavigation();
  const reopenShare = joined !== null && link?.origin !== undefined && takeReopen(shareNav);
  const returnFile = joined || !share ? null : takeReturnFile(shareNav);
  const store = joined?.store ?? createDocStore(createMapFromTemplate(template, locale));
  const controller = createDocumentController(store, ui, platform);

  platform.setLocale(locale);
  const setLocale = (next: Locale) => {
    ui.set({ locale: next });
    platform.setLocale(next);
    document.documentElement.lang = next;
    writePrefs({ ...readPrefs(), locale: next });
  };
  const setTheme = (choice: ThemeChoice) => {
    const resolved = resolveTheme(choice);
    applyTheme(document.documentElement, resolved);
    ui.set({ themeChoice: choice, theme: resolved });
    writePrefs({ ...readPrefs(), theme: choice });
  };
  const toggleTheme = () => setTheme(ui.getState().theme === 'dark' ? 'light' : 'dark');
  darkQuery?.addEventListener('change', () => {
    if (ui.getState().themeChoice === 'system') setTheme('system');
  });

  let welcome = newParam === null && !joined;
  const sample = joined ? undefined : findSample(query.get('sample'));
  if (sample) {
    const result = parseMap(await sample.load());
    if (result.ok) {
      store.load(result.map);
      welcome = false;
    }
  }

  if (returnFile) welcome = false;
  const app = <App services={{ store, ui, platform }} document={controller} welcome={welcome} sharing={reopenShare} setLocale={setLocale} toggleTheme={toggleTheme} />;
  if (joined?.room.role === 'participant') {
    // A workshop participant's own device (phone or laptop): stickies, dots and the clock, not the editor.
    const { room } = joined;
    const link = { ydoc: room.connection.ydoc, participantId: room.participantId, self: { name: room.self.name } };
    reactRoot.render(<ParticipantApp link={link} ui={ui} />);
    return;
  }
  reactRoot.render(joined ? <CollabProvider room={joined.room}>{app}</CollabProvider> : app);
  // The symbols the editor's own text borrows from Noto Sans SC, fetched now rather than on the first edit.
  warmFallbackGlyphs();
  // After the first paint, so the question appears over the app; only when nothing else was asked for.
  // Back from sharing: the file as the room left it.
  if (returnFile) void controller.openRecent(returnFile);
  else if (!sample && !joined) setTimeout(() => void controller.offerDraft(), 0);
}

void boot();
