/**
 * "Share on local network…": the desktop app hosts a co-editing room for the map file open in its
 * window (issue #13). The same host as `touchpoint serve` (src/collab/node/host.ts): y-websocket
 * protocol, room token, limits, atomic saves, room history beside the file. Plain module, no
 * Electron import: index.ts wires it to IPC, the window's close and the app's quit.
 *
 * The host binds to loopback unless the person chose one network interface; then it also answers on
 * 127.0.0.1, where the window itself joins the room (the page may reach loopback only, see the CSP
 * in security.ts). Phones and laptops open the join link and get the browser build (out/renderer).
 */
import { networkInterfaces as osInterfaces, type NetworkInterfaceInfo } from 'node:os';
import { basename } from 'node:path';
import { translate, type Locale } from '../../src/i18n';
import { HostStartError, startCollabHost, type CollabHost, type HostOptions } from '../../src/collab/node/host';
import type { FilePort } from '../../src/platform/port';
import { desktopMessages, type DesktopMessageKey } from './messages';
import { SHARE_PORT } from './security';
import type { ShareOutcomeData, ShareStatusData } from '../shared/ipc-contract';

/** The choice "This computer only". */
export const LOOPBACK_ID = 'loopback';
const LOOPBACK_ADDRESS = '127.0.0.1';

/** The shapes the IPC contract checks (electron/shared/ipc-contract.ts), stated once there. */
export type ShareStatus = ShareStatusData;
export type ShareInterface = ShareStatusData['interfaces'][number];
export type ShareOutcome = ShareOutcomeData;
export type ShareFailure = Extract<ShareOutcomeData, { ok: false }>;

/** Addresses a phone on the same network can reach: not internal, and not IPv6 link-local (a browser cannot open those with a zone). */
export function listInterfaces(nets: NodeJS.Dict<NetworkInterfaceInfo[]> = osInterfaces()): ShareInterface[] {
  const out: ShareInterface[] = [{ id: LOOPBACK_ID, name: '', address: LOOPBACK_ADDRESS, family: 'IPv4' }];
  for (const [name, list] of Object.entries(nets)) {
    for (const info of list ?? []) {
      if (info.internal) continue;
      if (info.family === 'IPv6' && /^fe[89ab]/i.test(info.address)) continue;
      out.push({ id: info.address, name, address: info.address, family: info.family });
    }
  }
  // IPv4 first (what people type and phones handle best), then by name.
  return [out[0]!, ...out.slice(1).sort((a, b) => (a.family === b.family ? a.name.localeCompare(b.name) : a.family === 'IPv4' ? -1 : 1))];
}

export interface ShareDeps {
  readonly files: FilePort;
  readonly locale: () => Locale;
  /** out/renderer, served to those who join with a browser; undefined serves the room only. */
  readonly staticRoot: string | undefined;
  readonly log: (line: string) => void;
  /** The machine's interfaces; os.networkInterfaces by default. */
  readonly networkInterfaces?: () => NodeJS.Dict<NetworkInterfaceInfo[]>;
  /** SHARE_PORT unless given (tests: 0 picks a free one). */
  readonly port?: number;
  readonly startHost?: (options: HostOptions) => Promise<CollabHost>;
}

export interface ShareService {
  status(): ShareStatus;
  /** Shares `path` (the window's saved map file; null when it has none) on the chosen interface. */
  start(path: string | null, interfaceId: string): Promise<ShareOutcome>;
  /** Saves the room to the file and stops; the file's path when something was shared. */
  stop(): Promise<string | null>;
  /** Status changes: started, stopped, someone joined or left. */
  onChange(listener: (status: ShareStatus) => void): () => void;
}

export function createShareService(deps: ShareDeps): ShareService {
  const interfaces = () => listInterfaces(deps.networkInterfaces?.() ?? osInterfaces());
  const t = (key: DesktopMessageKey, params?: Record<string, string>) => translate(desktopMessages, deps.locale(), key, params);
  const listeners = new Set<(status: ShareStatus) => void>();
  let running: { host: CollabHost; path: string; interfaceId: string } | null = null;
  let people = 0;
  /** One start or stop at a time: a second click waits for the first. */
  let queue: Promise<unknown> = Promise.resolve();

  const status = (): ShareStatus => ({
    running: running !== null,
    fileName: running ? basename(running.path) : null,
    joinUrl: running?.host.joinUrl ?? null,
    localOrigin: running ? `http://${LOOPBACK_ADDRESS}:${running.host.port}` : null,
    port: running?.host.port ?? null,
    interfaceId: running?.interfaceId ?? null,
    people: running ? people : 0,
    interfaces: interfaces(),
  });
  const changed = () => {
    const now = status();
    for (const listener of [...listeners]) listener(now);
  };
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const next = queue.then(work, work);
    queue = next.catch(() => undefined);
    return next;
  };

  const stopNow = async (): Promise<string | null> => {
    if (!running) return null;
    const { host, path } = running;
    running = null;
    people = 0;
    await host.close();
    changed();
    return path;
  };

  return {
    status,
    start: (path, interfaceId) =>
      serial(async (): Promise<ShareOutcome> => {
        if (path === null) return { ok: false, reason: 'not-saved', message: t('share.not-saved') };
        const chosen = interfaces().find((i) => i.id === interfaceId);
        if (!chosen) return { ok: false, reason: 'no-interface', message: t('share.no-interface') };
        // The same file on the same interface: already shared, nothing to do.
        if (running && running.path === path && running.interfaceId === chosen.id) return { ok: true, value: status() };
        await stopNow();
        try {
          const host = await (deps.startHost ?? startCollabHost)({
            file: path,
            host: chosen.address,
            port: deps.port ?? SHARE_PORT,
            alsoLoopback: true,
            ...(deps.staticRoot ? { staticRoot: deps.staticRoot } : {}),
            files: deps.files,
            locale: deps.locale(),
            log: deps.log,
            peersChanged: (count) => {
              people = count;
              changed();
            },
          });
          running = { host, path, interfaceId: chosen.id };
        } catch (error) {
          if (error instanceof HostStartError) {
            const code = /\b(E[A-Z]+)\b/.exec(error.message)?.[1];
            return code
              ? { ok: false, reason: 'busy', message: t('share.busy', { port: String(deps.port ?? SHARE_PORT), address: chosen.address, detail: code }) }
              : { ok: false, reason: 'invalid', message: t('share.invalid', { name: basename(path) }) };
          }
          return { ok: false, reason: 'io', message: t('share.failed', { detail: error instanceof Error ? error.message : String(error) }) };
        }
        changed();
        return { ok: true, value: status() };
      }),
    stop: () => serial(stopNow),
    onChange(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}
