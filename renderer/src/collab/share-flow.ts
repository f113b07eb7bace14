/**
 * The desktop window's side of "Share on local network…". While the map is shared, the window
 * edits the room, not the file: it reloads into its own room as one more participant (the same
 * path a browser takes with a join link, with the host's loopback origin in the link), so its edits
 * and everyone else's merge and the host writes the file. Stopping reloads the window on the file,
 * as the host last wrote it.
 */
import { formatJoinLink, parseJoinLink } from '../../../src/collab';
import type { FileRef, SharePort, ShareStatus } from '../platform/types';

/** Survive the reload, in this window only (sessionStorage). */
const RETURN_KEY = 'touchpoint:share-return';
const REOPEN_KEY = 'touchpoint:share-reopen';

export interface ShareNavigation {
  readonly storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null;
  /** Replaces the page's fragment and reloads the page. */
  reloadWith(hash: string): void;
}

export function browserNavigation(): ShareNavigation {
  let storage: Storage | null;
  try {
    storage = sessionStorage;
  } catch {
    storage = null;
  }
  return {
    storage,
    reloadWith(hash) {
      history.replaceState(null, '', `${location.pathname}${location.search}${hash}`);
      location.reload();
    },
  };
}

/** The fragment that makes this window join the room it shares, at the host's loopback address. */
export function ownRoomHash(status: ShareStatus): string | null {
  if (!status.joinUrl || !status.localOrigin) return null;
  const link = parseJoinLink(new URL(status.joinUrl).hash);
  return link ? formatJoinLink({ ...link, role: 'editor', origin: status.localOrigin }) : null;
}

/** Starts sharing `file` and moves the window into the room; throws what the platform throws. */
export async function startSharing(share: SharePort, file: FileRef, interfaceId: string, nav: ShareNavigation): Promise<ShareStatus> {
  const status = await share.start(file, interfaceId);
  const hash = ownRoomHash(status);
  if (hash === null) return status;
  nav.storage?.setItem(RETURN_KEY, JSON.stringify(file));
  nav.storage?.setItem(REOPEN_KEY, '1');
  nav.reloadWith(hash);
  return status;
}

/** Stops sharing (the host writes the file) and brings the window back to the file. */
export async function stopSharing(share: SharePort, nav: ShareNavigation, inRoom: boolean): Promise<ShareStatus> {
  const status = await share.stop();
  if (inRoom) nav.reloadWith('');
  return status;
}

/** After the window came back from its room: the file to open again (once). */
export function takeReturnFile(nav: ShareNavigation): FileRef | null {
  const raw = nav.storage?.getItem(RETURN_KEY) ?? null;
  nav.storage?.removeItem(RETURN_KEY);
  if (raw === null) return null;
  try {
    const value = JSON.parse(raw) as Partial<FileRef>;
    if (typeof value.id !== 'string' || typeof value.name !== 'string') return null;
    return typeof value.path === 'string' ? { id: value.id, name: value.name, path: value.path } : { id: value.id, name: value.name };
  } catch {
    return null;
  }
}

/** After the window moved into its room: show the Share dialog again (once), with the address to hand out. */
export function takeReopen(nav: ShareNavigation): boolean {
  const reopen = nav.storage?.getItem(REOPEN_KEY) === '1';
  nav.storage?.removeItem(REOPEN_KEY);
  return reopen;
}
