/** Readable digests of what the suggestions chose for a map, and why: for golden files and the reviewer's table in docs/analysis.md. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { indexMap } from '../../../src/analysis/map-index';
import { parseMapValue, type Locale, type MapDocument } from '../../../src/model';
import { situationOf, suggestionsForMap, type PainSituation } from '../../../src/suggestions';

export const SAMPLES = ['car-dealer-aftersales', 'haidilao-hotpot-dinner', 'hotel-stay'] as const;

export function readMap(path: string): MapDocument {
  const parsed = parseMapValue(JSON.parse(readFileSync(fileURLToPath(new URL(path, import.meta.url)), 'utf8')));
  if (!parsed.ok) throw new Error(`${path}: ${JSON.stringify(parsed.problems)}`);
  return parsed.map;
}

export const readSample = (name: string) => readMap(`../../../samples/${name}.tpmap.json`);

/** The facets that decided the choice, in the words of the condition names (docs/analysis.md). */
export function facets(s: PainSituation): string {
  const parts = [
    `${s.severity} ${s.category}`,
    `actor ${s.actor}`,
    `channel ${s.channelMode}`,
    `failure ${s.failure}${s.failureGiven ? '' : ' (inferred)'}`,
    s.cause ? `cause ${s.causePosition} (${s.causeActor})` : 'no cause',
  ];
  if (s.metrics.size) parts.push(`metrics ${[...s.metrics].join('+')}`);
  if (s.lowScore) parts.push('low score');
  if (s.atFollowUp) parts.push('follow-up step');
  parts.push(`stage ${[...s.places].join('+')}`);
  return parts.join(' · ');
}

export interface PainDigest {
  id: string;
  title: string;
  facets: string;
  chosen: { tier: string; id: string; title: string; target: 'cause' | 'pain' }[];
}

export function digest(map: MapDocument, locale: Locale): PainDigest[] {
  const index = indexMap(map);
  const all = suggestionsForMap(map, locale);
  return index.pains.map((pain) => ({
    id: pain.painPoint.id,
    title: pain.painPoint.title,
    facets: facets(situationOf(index, pain)),
    chosen: (all.get(pain.painPoint.id) ?? []).map((sg) => ({
      tier: sg.tier,
      id: sg.id,
      title: sg.title,
      target: sg.targetId === pain.touchpoint.id ? 'pain' : 'cause',
    })),
  }));
}

export function goldenText(map: MapDocument, locale: Locale): string {
  return digest(map, locale)
    .map((p) =>
      [
        `${p.id} ${p.title}`,
        `  ${p.facets}`,
        ...p.chosen.map((c) => `  ${c.tier.padEnd(8)} ${c.id.padEnd(52)} ${c.target === 'cause' ? '→cause ' : '       '}${c.title}`),
      ].join('\n'),
    )
    .join('\n\n')
    .concat('\n');
}
