/** The unicode ranges of the font's slices, as @fontsource lists them in unicode.json. */
export interface Slice {
  readonly name: string;
  readonly ranges: readonly (readonly [number, number])[];
}

/** Parses `{"[4]": "U+1f1e9-1f1f5,U+1f21a", "latin": "U+0000-00FF,…"}`. */
export function parseSlices(json: unknown): Slice[] {
  if (typeof json !== 'object' || json === null) throw new Error('unicode.json is not an object');
  return Object.entries(json as Record<string, unknown>).map(([key, value]) => {
    if (typeof value !== 'string') throw new Error(`unicode.json: ${key} is not a range list`);
    const ranges = value.split(',').map((part): [number, number] => {
      const [from, to] = part.trim().replace(/^U\+/i, '').split('-');
      const a = parseInt(from ?? '', 16);
      const b = to === undefined ? a : parseInt(to, 16);
      if (Number.isNaN(a) || Number.isNaN(b)) throw new Error(`unicode.json: bad range ${part} in ${key}`);
      return [a, b];
    });
    return { name: key.replace(/[[\]]/g, ''), ranges };
  });
}

/** Groups code points by the slice that holds them; code points no slice holds are returned apart. */
export function planSlices(slices: readonly Slice[], codePoints: Iterable<number>): { bySlice: Map<string, number[]>; missing: number[] } {
  const bySlice = new Map<string, number[]>();
  const missing: number[] = [];
  for (const code of codePoints) {
    const slice = slices.find((s) => s.ranges.some(([a, b]) => code >= a && code <= b));
    if (!slice) {
      missing.push(code);
      continue;
    }
    const list = bySlice.get(slice.name);
    if (list) list.push(code);
    else bySlice.set(slice.name, [code]);
  }
  return { bySlice, missing };
}
