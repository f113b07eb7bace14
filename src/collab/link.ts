/**
 * The join link's fragment: `#room=…&token=…`, plus `&as=participant` on the facilitator's link for
 * the room. The fragment never reaches a server (browsers do not send it), which is why the token
 * travels there and not in the path or query.
 */

/** Where the host answers y-websocket: `<COLLAB_PATH>/<room>?token=…`. */
export const COLLAB_PATH = '/collab';

export interface JoinLink {
  readonly room: string;
  readonly token: string;
  readonly role: 'editor' | 'participant';
  /**
   * Where the host answers, when that is not the page's own origin: the desktop app, whose page is
   * served from app://, joins the room it shares at `http://127.0.0.1:PORT`. Loopback only: a link
   * can never send a page's WebSocket to another machine.
   */
  readonly origin?: string;
}

const LOOPBACK_ORIGIN = /^http:\/\/127\.0\.0\.1:\d{1,5}$/;

/** Room ids and tokens are base64url (src/collab/node/host.ts); anything else is not one of our links. */
const BASE64URL = /^[A-Za-z0-9_-]{1,256}$/;

/** The link in a location hash, or null when the page was opened without one (or with a broken one). */
export function parseJoinLink(hash: string): JoinLink | null {
  const params = new URLSearchParams(hash.startsWith('#') ? hash.slice(1) : hash);
  const room = params.get('room');
  const token = params.get('token');
  if (room === null || token === null || !BASE64URL.test(room) || !BASE64URL.test(token)) return null;
  const origin = params.get('origin');
  const role = params.get('as') === 'participant' ? 'participant' : 'editor';
  return origin !== null && LOOPBACK_ORIGIN.test(origin) ? { room, token, role, origin } : { room, token, role };
}

/** The fragment for a link (the inverse of parseJoinLink), e.g. for the participant link. */
export function formatJoinLink(link: JoinLink): string {
  return `#room=${link.room}&token=${link.token}${link.role === 'participant' ? '&as=participant' : ''}${link.origin ? `&origin=${encodeURIComponent(link.origin)}` : ''}`;
}
