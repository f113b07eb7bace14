/** The bundled sample maps (samples/*.tpmap.json), loaded on demand. */
const files = import.meta.glob('../../../samples/*.tpmap.json', { query: '?raw', import: 'default' }) as Record<string, () => Promise<string>>;

export interface SampleEntry {
  /** File name without `.tpmap.json`, e.g. `hotel-stay`; also the `?sample=` value. */
  readonly id: string;
  readonly fileName: string;
  load(): Promise<string>;
}

export const SAMPLES: readonly SampleEntry[] = Object.entries(files)
  .map(([path, load]) => {
    const fileName = path.split('/').pop()!;
    return { id: fileName.replace(/\.tpmap\.json$/, ''), fileName, load };
  })
  .sort((a, b) => a.id.localeCompare(b.id));

export function findSample(id: string | null): SampleEntry | undefined {
  return id ? SAMPLES.find((s) => s.id === id) : undefined;
}
