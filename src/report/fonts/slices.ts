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
      const match = /^U\+([0-9a-f]{1,6})(?:-([0-9a-f]{1,6}))?$/i.exec(part.trim());
      if (!match) throw new Error(`unicode.json: bad range ${part} in ${key}`);
      const from = parseInt(match[1]!, 16);
      return [from, match[2] === undefined ? from : parseInt(match[2], 16)];
    });
    return { name: key.replace(/[[\]]/g, ''), ranges };
  });
}

const owners = new WeakMap<readonly Slice[], Map<number, string>>();

/** Code point → first slice holding it. The ranges overlap (latin and the numbered slices share some). */
function ownerIndex(slices: readonly Slice[]): Map<number, string> {
  let index = owners.get(slices);
  if (!index) {
    index = new Map();
    for (const slice of slices) {
      for (const [from, to] of slice.ranges) for (let code = from; code <= to; code++) if (!index.has(code)) index.set(code, slice.name);
    }
    owners.set(slices, index);
  }
  return index;
}

/** Groups code points by the slice that holds them; code points no slice holds are returned apart. */
export function planSlices(slices: readonly Slice[], codePoints: Iterable<number>): { bySlice: Map<string, number[]>; missing: number[] } {
  const index = ownerIndex(slices);
  const bySlice = new Map<string, number[]>();
  const missing: number[] = [];
  for (const code of codePoints) {
    const slice = index.get(code);
    if (slice === undefined) {
      missing.push(code);
      continue;
    }
    const list = bySlice.get(slice);
    if (list) list.push(code);
    else bySlice.set(slice, [code]);
  }
  return { bySlice, missing };
}
