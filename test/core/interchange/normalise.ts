/**
 * What a spreadsheet carries of a map (docs/interchange.md): links, personas and the view stay behind;
 * blank text is none, and so is an empty list of remedies or an empty set of metrics (no cell holds it).
 */
import type { MapDocument } from '../../../src/model';

const blank = (s: string | undefined) => s === undefined || s.trim() === '';

function dropBlank<T extends object>(item: T, keys: readonly (keyof T)[]): T {
  const out = { ...item };
  for (const key of keys) if (blank(out[key] as string | undefined)) delete out[key];
  return out;
}

export function spreadsheetPart(map: MapDocument): MapDocument {
  const { links: _l, personas: _p, view: _v, ...rest } = map;
  return {
    ...dropBlank(rest, ['description']),
    stages: map.stages.map((s) => dropBlank(s, ['description'])),
    touchpoints: map.touchpoints.map((tp) => {
      const out = dropBlank(tp, ['description']);
      if (out.metrics && Object.keys(out.metrics).length === 0) delete out.metrics;
      if (tp.painPoints) {
        out.painPoints = tp.painPoints.map((p) => {
          const pain = dropBlank(p, ['note']);
          if (pain.remedies?.length === 0) delete pain.remedies;
          return pain;
        });
      }
      return out;
    }),
  };
}
