/**
 * The co-editing host behind `touchpoint serve`: one HTTP port that serves the browser build and,
 * on /collab/<room>, the y-websocket protocol for one shared map; the merged map is written back to
 * the file.
 *
 * The join link carries room and token in the URL fragment, which browsers never send to a server;
 * the page passes the token as the `token` query parameter of the WebSocket URL (y-websocket's
 * `params` option), and the host refuses the upgrade with 401 without it. Neither the token nor any
 * request URL is ever logged.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import type { Duplex } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { WebSocketServer, type WebSocket } from 'ws';
import * as Y from 'yjs';
// The one safe static loader (root confinement, MIME types, the app's CSP) lives with the desktop
// app's main process; it imports only Node and the CSP text, so the command line can run it too.
// eslint-disable-next-line no-restricted-imports -- deliberate reuse, listed for the integrator (issue #13)
import { loadStatic } from '../../../electron/main/static-files';
import { translate, type Locale, type Params } from '../../i18n';
import { collabMessages, type CollabKey } from '../../i18n/collab';
import { formatSize } from '../../model/json';
import { parseMapBytes, serializeMap, type MapDocument } from '../../model';
import type { FilePort } from '../../platform/port';
import { COLLAB_PATH } from '../link';
import { readYDoc } from '../mapping';
import { Room, type DropReason, type Peer } from './room';
import { createRoomLog, readRoomLog, roomLogPath, textHash, type RoomLog } from './room-log';

/** Large enough for a 2 000-touchpoint map sent whole by a peer that was offline; a bigger message is refused. */
export const MAX_MESSAGE_BYTES = 2 * 1024 * 1024;
/** Per connection: a burst of this many messages, refilled at RATE_PER_SECOND (a person typing and dragging sends far fewer). */
export const RATE_BURST = 400;
export const RATE_PER_SECOND = 200;
const RATE_WARN_INTERVAL_MS = 10_000;
/** Writes wait for a quiet moment but never longer than this after the first unsaved change. */
export const SAVE_MAX_WAIT_MS = 2000;
const SAVE_QUIET_MS = 300;

export interface HostOptions {
  readonly file: string;
  readonly host?: string;
  readonly port?: number;
  /** The browser build to serve (out/renderer); absent serves only the WebSocket. */
  readonly staticRoot?: string;
  readonly files: FilePort;
  readonly locale: Locale;
  /** One line at a time, for stderr. */
  readonly log: (line: string) => void;
  readonly maxMessageBytes?: number;
  /**
   * Also answer on 127.0.0.1 (same port) when `host` is one network interface: the desktop app that
   * shares the map joins its own room there, so its page needs no permission to reach the network.
   */
  readonly alsoLoopback?: boolean;
  /** Called with the number of connections whenever someone joins or leaves. */
  readonly peersChanged?: (count: number) => void;
}

export interface CollabHost {
  readonly joinUrl: string;
  readonly port: number;
  readonly room: Room;
  /** Writes any unsaved change now. */
  flush(): Promise<void>;
  /** Saves, disconnects everyone and stops listening. */
  close(): Promise<void>;
}

export class HostStartError extends Error {}

/** Whether a room history still reads as a valid map (it may have been written by an older version). */
function restoresMap(updates: readonly Uint8Array[]): boolean {
  const doc = new Y.Doc();
  try {
    for (const update of updates) Y.applyUpdate(doc, update);
    return readYDoc(doc).problems.length === 0 && readYDoc(doc).map !== null;
  } catch {
    return false;
  } finally {
    doc.destroy();
  }
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);

/** The sibling a room is saved to when the file was changed elsewhere: hotel.tpmap.json → hotel.room.tpmap.json. */
export function conflictCopyPath(file: string): string {
  const m = /(\.tpmap\.json|\.tpmap|\.json)$/i.exec(file);
  return m ? `${file.slice(0, m.index)}.room${m[0]}` : `${file}.room.tpmap.json`;
}

/** The address to put in the join link: a listener on every interface is reached through a real one. */
export function joinHost(host: string): string {
  if (host === '0.0.0.0' || host === '::') {
    for (const list of Object.values(networkInterfaces())) {
      for (const a of list ?? []) if (a.family === 'IPv4' && !a.internal) return a.address;
    }
    return '127.0.0.1';
  }
  return host.includes(':') ? `[${host}]` : host;
}

const tokenOf = (bytes: number) => randomBytes(bytes).toString('base64url');

function sameSecret(given: string | null, expected: string): boolean {
  if (given === null) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** A token bucket: allows bursts, refuses a sustained flood. */
function rateLimiter(burst: number, perSecond: number): () => boolean {
  let tokens = burst;
  let last = Date.now();
  return () => {
    const now = Date.now();
    tokens = Math.min(burst, tokens + ((now - last) / 1000) * perSecond);
    last = now;
    if (tokens < 1) return false;
    tokens -= 1;
    return true;
  };
}

export async function startCollabHost(options: HostOptions): Promise<CollabHost> {
  const { file, files, locale, log } = options;
  const host = options.host ?? '127.0.0.1';
  const maxMessageBytes = options.maxMessageBytes ?? MAX_MESSAGE_BYTES;
  const t = (key: CollabKey, params?: Params) => translate(collabMessages, locale, key, params);

  const bytes = await files.readFile(file);
  const parsed = parseMapBytes(bytes);
  if (!parsed.ok) throw new HostStartError(t('serve.invalid-file', { file }));
  // What the file held when we last read or wrote it: anything else on disk was written by someone else.
  let onDisk = new TextDecoder().decode(bytes);
  let conflicted = false;

  const describe = (reason: DropReason) => (reason.code === 'invalid' ? t('reason.invalid', { path: reason.path }) : t(`reason.${reason.code}`));
  let pendingSince: number | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let saving: Promise<void> = Promise.resolve();

  // The room's history from an earlier run, if the file is still what that run wrote: resuming it
  // (same document, same link) lets people who were offline during the restart merge their edits.
  const logPath = roomLogPath(file);
  const history = await readRoomLog(logPath);
  const resume = history !== null && history.saved.has(textHash(onDisk)) && restoresMap(history.updates) ? history : null;
  if (history && !resume) log(t('log.history-stale', { file }));

  const room = new Room(parsed.map, {
    dropped: (reason) => log(t('log.dropped', { reason: describe(reason) })),
    changed: () => {
      pendingSince ??= Date.now();
      clearTimeout(timer);
      const wait = Math.max(0, Math.min(SAVE_QUIET_MS, pendingSince + SAVE_MAX_WAIT_MS - Date.now()));
      timer = setTimeout(() => void save(), wait);
    },
  }, resume?.updates);

  const writeCopy = async (map: MapDocument) => {
    const copy = conflictCopyPath(file);
    await files.writeFileAtomic(copy, new TextEncoder().encode(serializeMap(map)));
    return copy;
  };

  const saveNow = async () => {
    pendingSince = null;
    clearTimeout(timer);
    const map = room.map;
    const text = serializeMap(map);
    try {
      if (conflicted) {
        await writeCopy(map);
        return;
      }
      if (text === onDisk) return;
      const current = await files.readFile(file).then(
        (b) => new TextDecoder().decode(b),
        () => null,
      );
      if (current !== null && current !== onDisk) {
        conflicted = true;
        const copy = await writeCopy(map);
        log(t('log.conflict', { file, copy }));
        return;
      }
      // Noted first: a host killed between the two writes still recognises the file as its own.
      await roomLog?.saving(textHash(text));
      await files.writeFileAtomic(file, new TextEncoder().encode(text));
      onDisk = text;
    } catch (error) {
      log(t('log.save-failed', { file, detail: error instanceof Error ? error.message : String(error) }));
    }
  };
  const save = () => (saving = saving.then(saveNow));

  const room_ = resume?.room ?? tokenOf(12);
  const token = resume?.token ?? tokenOf(18);
  let roomLog: RoomLog | null = null;
  try {
    roomLog = await createRoomLog(logPath, { room: room_, token }, room.doc, textHash(onDisk), (detail) => log(t('log.history-failed', { detail })));
    const history_ = roomLog;
    room.doc.on('update', (update: Uint8Array) => history_.append(update));
  } catch (error) {
    log(t('log.history-failed', { detail: error instanceof Error ? error.message : String(error) }));
  }
  const wss = new WebSocketServer({ noServer: true, maxPayload: maxMessageBytes });

  /** A listener on loopback (`local`) refuses other names that resolve to this machine (DNS rebinding). */
  const onRequest = (local: boolean) => (request: IncomingMessage, response: ServerResponse) => {
    if (!hostAllowed(request, local)) {
      response.writeHead(421, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Misdirected request');
      return;
    }
    if (!options.staticRoot) {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    void loadStatic(options.staticRoot, request.url ?? '/', request.method).then((result) => {
      response.writeHead(result.status, result.headers).end(result.body);
    });
  };
  const server = createServer(onRequest(LOOPBACK.has(host)));

  // On loopback, refuse another name that resolves to this machine (DNS rebinding); on a network
  // interface people may reach the host by any name, and the token guards the room.
  const hostAllowed = (request: IncomingMessage, local: boolean) => {
    if (!local) return true;
    const port = (server.address() as AddressInfo).port;
    const given = request.headers.host ?? '';
    return given === `127.0.0.1:${port}` || given === `localhost:${port}` || given === `[::1]:${port}`;
  };

  const refuse = (socket: Duplex, status: string) => {
    socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
    socket.destroy();
  };

  const onUpgrade = (local: boolean) => (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    socket.on('error', () => socket.destroy());
    const url = new URL(request.url ?? '/', 'http://host.invalid');
    if (!hostAllowed(request, local) || url.pathname !== `${COLLAB_PATH}/${room_}` || !sameSecret(url.searchParams.get('token'), token)) {
      log(t('log.refused'));
      refuse(socket, '401 Unauthorized');
      return;
    }
    wss.handleUpgrade(request, socket, head, (ws) => connect(ws));
  };
  server.on('upgrade', onUpgrade(LOOPBACK.has(host)));

  const connect = (ws: WebSocket) => {
    const allow = rateLimiter(RATE_BURST, RATE_PER_SECOND);
    // One warning per flood, not one per dropped message: the log must stay readable.
    let warnedAt = -Infinity;
    const peer: Peer = {
      send: (data) => ws.send(data),
      close: (code, reason) => ws.close(code, reason),
    };
    ws.binaryType = 'nodebuffer';
    room.join(peer);
    log(t('log.joined', { count: room.size }));
    options.peersChanged?.(room.size);
    ws.on('message', (data: Buffer, isBinary: boolean) => {
      if (!allow()) {
        if (Date.now() - warnedAt > RATE_WARN_INTERVAL_MS) log(t('log.rate'));
        warnedAt = Date.now();
        return;
      }
      if (!isBinary) {
        log(t('log.dropped', { reason: t('reason.malformed') }));
        return;
      }
      room.receive(peer, new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
    });
    ws.on('error', (error: Error & { code?: string }) => {
      // ws closes the connection itself (1009) when a message is over maxPayload.
      const reason = error.code === 'WS_ERR_UNSUPPORTED_MESSAGE_LENGTH' ? t('reason.too-large', { max: formatSize(maxMessageBytes) }) : t('reason.malformed');
      log(t('log.dropped', { reason }));
    });
    ws.on('close', () => {
      room.leave(peer);
      log(t('log.left', { count: room.size }));
      options.peersChanged?.(room.size);
    });
  };

  const listen = (target: Server, on: string, port: number) =>
    new Promise<void>((resolve, reject) => {
      target.once('error', (error: NodeJS.ErrnoException) => reject(new HostStartError(t('serve.listen-failed', { host: on, port, detail: error.code ?? error.message }))));
      target.listen(port, on, () => resolve());
    });
  try {
    await listen(server, host, options.port ?? 0);
  } catch (error) {
    // Nothing started: leave no history file open and no room behind (the desktop app retries).
    await roomLog?.close();
    room.destroy();
    throw error;
  }
  const port = (server.address() as AddressInfo).port;
  // A second listener on loopback, only where the first does not already answer there.
  let local: Server | null = null;
  if (options.alsoLoopback && !LOOPBACK.has(host) && host !== '0.0.0.0' && host !== '::') {
    local = createServer(onRequest(true));
    local.on('upgrade', onUpgrade(true));
    try {
      await listen(local, '127.0.0.1', port);
    } catch (error) {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await roomLog?.close();
      room.destroy();
      throw error;
    }
  }
  const stop = (target: Server) =>
    new Promise<void>((resolve) => {
      target.closeAllConnections();
      target.close(() => resolve());
    });

  return {
    joinUrl: `http://${joinHost(host)}:${port}/#room=${room_}&token=${token}`,
    port,
    room,
    flush: async () => {
      await save();
    },
    close: async () => {
      await save();
      await roomLog?.close();
      for (const ws of wss.clients) ws.terminate();
      room.destroy();
      wss.close();
      await Promise.all([stop(server), ...(local ? [stop(local)] : [])]);
    },
  };
}

/**
 * out/renderer next to the built command line (out/main/cli.js), when it was built. This code may be
 * bundled into out/main/chunks/ (the desktop app shares it), hence the second place; a built
 * renderer has its `assets` folder, which tells it from the source folder `renderer/`.
 */
export function builtRendererRoot(base: string = import.meta.url): string | undefined {
  for (const relative of ['../renderer/', '../../renderer/']) {
    const root = fileURLToPath(new URL(relative, base));
    if (existsSync(`${root}index.html`) && existsSync(`${root}assets`)) return root;
  }
  return undefined;
}

/** Resolves on the first Ctrl+C or termination request, so the host can save before it exits. */
export function exitSignal(): Promise<string> {
  return new Promise((resolve) => {
    const done = (signal: string) => {
      process.off('SIGINT', done);
      process.off('SIGTERM', done);
      resolve(signal);
    };
    process.on('SIGINT', done);
    process.on('SIGTERM', done);
  });
}
