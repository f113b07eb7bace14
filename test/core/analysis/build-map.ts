/**
 * Small, readable fixture maps for the analysis, findings and suggestions tests. Every map built here
 * goes through the real parser, so a fixture that is not a valid document fails loudly.
 */
import { parseMapValue, type MapDocument, type Touchpoint } from '../../../src/model';

/** A service blueprint's lanes; ids are short so fixtures read like the canvas. */
export const BLUEPRINT_LANES = [
  { id: 'evidence', name: 'Physical evidence', kind: 'evidence' },
  { id: 'customer', name: 'Customer actions', kind: 'customer' },
  { id: 'front', name: 'Frontstage', kind: 'frontstage' },
  { id: 'back', name: 'Backstage', kind: 'backstage' },
  { id: 'support', name: 'Support processes', kind: 'support' },
  { id: 'thoughts', name: 'Thoughts', kind: 'thoughts' },
  { id: 'emotions', name: 'Emotions', kind: 'emotions' },
] as const;

export interface MapSpec {
  title?: string;
  /** Stage names; ids are s1, s2, … */
  stages?: string[];
  touchpoints: (Partial<Touchpoint> & Pick<Touchpoint, 'id'>)[];
  links?: { from: string; to: string; kind?: 'flow' | 'support' }[];
}

export function buildMap(spec: MapSpec): MapDocument {
  const stages = (spec.stages ?? ['Arrive', 'Order', 'Wait', 'Pay']).map((name, i) => ({ id: `s${i + 1}`, name }));
  const value = {
    format: 'touchpoint-studio/map',
    version: 1,
    title: spec.title ?? 'Car service visit',
    template: 'blueprint',
    stages,
    lanes: BLUEPRINT_LANES,
    touchpoints: spec.touchpoints.map((tp) => ({ stage: 's1', lane: 'front', title: tp.id, ...tp })),
    links: (spec.links ?? []).map((l, i) => ({ id: `l${i + 1}`, ...l })),
  };
  const result = parseMapValue(value);
  if (!result.ok) throw new Error(`fixture is not a valid map: ${JSON.stringify(result.problems)}`);
  return result.map;
}
