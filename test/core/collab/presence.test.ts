import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PRESENCE_COLOURS, presenceColour, readPresence } from '../../../src/collab';

describe('presence', () => {
  it('gives each connected client a stable colour from the palette', () => {
    expect(presenceColour(12345)).toBe(presenceColour(12345));
    expect(PRESENCE_COLOURS).toContain(presenceColour(-7));
    expect(new Set(Array.from({ length: 8 }, (_, i) => presenceColour(i))).size).toBe(8);
  });

  it('reads a peer state defensively: bad fields fall back, long ones are cut', () => {
    expect(readPresence(null)).toBeNull();
    expect(readPresence('x')).toBeNull();
    expect(readPresence({ name: 'Lin', colour: PRESENCE_COLOURS[2], selection: ['t1', 5, 't2'], cursor: { x: 3, y: 4 } })).toEqual({
      name: 'Lin',
      colour: PRESENCE_COLOURS[2],
      selection: ['t1', 't2'],
      cursor: { x: 3, y: 4 },
    });
    expect(readPresence({ name: 'x'.repeat(500), colour: 'url(javascript:alert(1))', cursor: { x: Infinity, y: 1 } })).toEqual({
      name: 'x'.repeat(80),
      colour: PRESENCE_COLOURS[0],
      selection: [],
    });
  });

  it('never throws and always returns a well-formed state for any object', () => {
    fc.assert(
      fc.property(fc.object(), (value) => {
        const p = readPresence(value);
        expect(p).not.toBeNull();
        expect(typeof p!.name).toBe('string');
        expect(PRESENCE_COLOURS).toContain(p!.colour);
        expect(p!.selection.every((s) => typeof s === 'string')).toBe(true);
      }),
    );
  });
});
