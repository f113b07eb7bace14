import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatJoinLink, parseJoinLink } from '../../../src/collab';

const base64url = fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/);

describe('parseJoinLink', () => {
  it('reads the link touchpoint serve prints, as an editor', () => {
    expect(parseJoinLink('#room=Ab3_x-9&token=QWERTYuiop_-123456789012')).toEqual({ room: 'Ab3_x-9', token: 'QWERTYuiop_-123456789012', role: 'editor' });
  });

  it('reads the facilitator\'s participant link', () => {
    expect(parseJoinLink('#room=r1&token=t1&as=participant')?.role).toBe('participant');
    expect(parseJoinLink('#room=r1&token=t1&as=admin')?.role).toBe('editor');
  });

  it('gives null without a room or token, or with characters our links never hold', () => {
    for (const hash of ['', '#', '#room=r1', '#token=t1', '#room=&token=t1', '#room=r1&token=a%20b', '#room=../x&token=t', `#room=r&token=${'a'.repeat(300)}`]) {
      expect(parseJoinLink(hash), hash).toBeNull();
    }
  });

  it('keeps a loopback origin (the desktop joining the room it shares) and drops any other', () => {
    expect(parseJoinLink(formatJoinLink({ room: 'r1', token: 't1', role: 'editor', origin: 'http://127.0.0.1:47913' }))).toEqual({ room: 'r1', token: 't1', role: 'editor', origin: 'http://127.0.0.1:47913' });
    for (const origin of ['http://evil.example:80', 'https://127.0.0.1:1', 'http://127.0.0.1:1/x', 'http://127.0.0.1.evil.example:1', 'javascript:alert(1)']) {
      expect(parseJoinLink(`#room=r1&token=t1&origin=${encodeURIComponent(origin)}`), origin).toEqual({ room: 'r1', token: 't1', role: 'editor' });
    }
  });

  it('round-trips any room, token and role (property)', () => {
    fc.assert(
      fc.property(base64url, base64url, fc.constantFrom('editor' as const, 'participant' as const), (room, token, role) => {
        expect(parseJoinLink(formatJoinLink({ room, token, role }))).toEqual({ room, token, role });
      }),
    );
  });

  it('never throws on arbitrary text (property)', () => {
    fc.assert(
      fc.property(fc.string(), (hash) => {
        const link = parseJoinLink(hash);
        if (link) expect(link.token.length).toBeGreaterThan(0);
      }),
    );
  });
});
