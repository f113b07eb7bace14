/**
 * Updates, offered and never forced. Off unless a feed is configured: the TOUCHPOINT_UPDATE_FEED
 * environment variable, or `update.json` ({ "feed": "https://…" }) in the app's data folder — an
 * organisation points its installs at its own generic electron-builder feed (latest.yml and the
 * installers on any web server). With a feed, the app asks before downloading, asks again before
 * installing, and installs only after the document window has closed through the usual
 * Save / Don't Save / Cancel question, so the map is saved first; "Later" installs on the next quit.
 * The updater (electron-updater's autoUpdater) and the questions are passed in, so the flow is tested
 * against a real feed on loopback without an Electron binary.
 */
export const UPDATE_FEED_ENV = 'TOUCHPOINT_UPDATE_FEED';
export const UPDATE_SETTINGS_FILE = 'update.json';

/** The feed URL, or why the configured one is not used. https only; http only to this machine (testing). */
export function resolveUpdateFeed(envValue: string | undefined, settingsText: string | null): { feed: string | null; problem?: string } {
  let candidate = envValue?.trim() || undefined;
  if (!candidate && settingsText !== null) {
    try {
      const settings: unknown = JSON.parse(settingsText);
      const feed = settings && typeof settings === 'object' ? (settings as { feed?: unknown }).feed : undefined;
      if (typeof feed === 'string' && feed.trim() !== '') candidate = feed.trim();
      else if (feed !== undefined && feed !== null) return { feed: null, problem: `${UPDATE_SETTINGS_FILE}: "feed" must be a URL` };
    } catch {
      return { feed: null, problem: `${UPDATE_SETTINGS_FILE} is not valid JSON` };
    }
  }
  if (!candidate) return { feed: null };
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return { feed: null, problem: `update feed "${candidate}" is not a URL` };
  }
  const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) {
    return { feed: null, problem: `update feed "${candidate}" must use https` };
  }
  return { feed: url.href };
}

/** The part of electron-updater's AppUpdater the flow uses. */
export interface UpdaterLike {
  autoDownload: boolean;
  autoInstallOnAppQuit: boolean;
  setFeedURL(options: { provider: 'generic'; url: string }): void;
  checkForUpdates(): Promise<{ updateInfo: { version: string }; isUpdateAvailable?: boolean } | null>;
  downloadUpdate(): Promise<unknown>;
  quitAndInstall(isSilent?: boolean, isForceRunAfter?: boolean): void;
}

export type UpdateQuestion = { kind: 'available'; version: string } | { kind: 'ready'; version: string };

export interface UpdateFlowDeps {
  updater: UpdaterLike;
  feed: string;
  currentVersion: string;
  /** 'available': download now? 'ready': install now (true) or on the next quit (false)? */
  ask(question: UpdateQuestion): Promise<boolean>;
  /** Closes the document window through the unsaved-changes question; false when the person kept it open. */
  closeDocuments(): Promise<boolean>;
  log(message: string): void;
}

export type UpdateOutcome = 'up-to-date' | 'declined' | 'install-on-quit' | 'installing' | 'kept-open' | 'failed';

const newer = (a: string, b: string): boolean => {
  const parts = (v: string) => v.split(/[.+-]/).slice(0, 3).map((n) => Number.parseInt(n, 10) || 0);
  const [x, y] = [parts(a), parts(b)];
  for (let i = 0; i < 3; i++) if (x[i]! !== y[i]!) return x[i]! > y[i]!;
  return false;
};

export function createUpdateFlow(deps: UpdateFlowDeps): { check(): Promise<UpdateOutcome> } {
  const { updater } = deps;
  // Nothing happens without the person's yes: no silent download, no install on quit until they agree.
  updater.autoDownload = false;
  updater.autoInstallOnAppQuit = false;
  updater.setFeedURL({ provider: 'generic', url: deps.feed });
  let running: Promise<UpdateOutcome> | null = null;

  async function run(): Promise<UpdateOutcome> {
    try {
      const result = await updater.checkForUpdates();
      const version = result?.updateInfo.version;
      if (!version || result.isUpdateAvailable === false || !newer(version, deps.currentVersion)) return 'up-to-date';
      if (!(await deps.ask({ kind: 'available', version }))) return 'declined';
      await updater.downloadUpdate();
      if (!(await deps.ask({ kind: 'ready', version }))) {
        updater.autoInstallOnAppQuit = true;
        return 'install-on-quit';
      }
      if (!(await deps.closeDocuments())) {
        // The person cancelled the save question: keep working; the update waits for the next quit.
        updater.autoInstallOnAppQuit = true;
        return 'kept-open';
      }
      updater.quitAndInstall(false, true);
      return 'installing';
    } catch (error) {
      deps.log(`update check failed: ${error instanceof Error ? error.message : String(error)}`);
      return 'failed';
    }
  }

  return {
    check() {
      running ??= run().finally(() => {
        running = null;
      });
      return running;
    },
  };
}
