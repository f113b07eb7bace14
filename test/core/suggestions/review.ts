/** Readable digests of what the suggestions chose for a map, and why: for golden files and the reviewer's table in docs/analysis.md. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { indexMap } from '../../../src/analysis/map-index';
import { parseMapValue, type Locale, type MapDocument } from '../../../src/model';
import { KNOWLEDGE_BASE, situationOf, suggestionsForMap, type PainSituation } from '../../../src/suggestions';

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
  if (s.atCustomerSite) parts.push('at the customer’s place');
  if (s.awaiting) parts.push('awaiting our move');
  if (s.atMenu) parts.push('a menu');
  if (s.askedAgain) parts.push('asked again');
  if (s.topics.size) parts.push(`topic ${[...s.topics].join('+')}`);
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
      title: sg.source === 'team' ? `${sg.title}: ${sg.text.length > 60 ? `${sg.text.slice(0, 59)}…` : sg.text}` : sg.title,
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

const CONDITION_WORDS: Record<string, string> = {
  categories: 'category',
  failures: 'failure',
  actors: 'actor',
  causeActors: 'cause actor',
  causePositions: 'cause position',
  channelModes: 'channel',
  severities: 'severity',
  painLanes: 'lane',
  causeLanes: 'cause lane',
  position: 'stage position',
  places: 'stage position',
  metrics: 'metrics',
  markers: 'markers',
  lowScore: 'low score',
  atFollowUp: 'follow-up',
  personas: 'personas',
  hasCause: 'has a cause',
  earlierStage: 'earlier stage',
  askedAgain: 'asked again',
  topics: 'topic',
};

/** Filters that say where an idea does not fit read as what they exclude. */
const EXCLUSION_WORDS: Record<string, string> = {
  atCustomerSite: 'not at the customer’s place',
  atDelivery: 'not delivered',
  awaiting: 'not awaiting our move',
};

function conditionWord(key: string, value: unknown): string {
  if (key === 'atCustomerSite' && value === true) return 'at the customer’s place';
  if (key === 'awaiting' && value === true) return 'awaiting our move';
  if (key === 'atMenu' && value === true) return 'a menu';
  return (value === false ? EXCLUSION_WORDS[key] : undefined) ?? CONDITION_WORDS[key] ?? key;
}

/** Maps written apart from the knowledge base, reviewed like the samples. */
export const FIXTURES = ['broadband-install', 'health-insurance-claim', 'hospital-outpatient', 'airline-disruption', 'parcel-damage-claim', 'planning-application', 'second-hand-flat', 'gym-membership', 'dental-implant', 'car-rental', 'home-renovation', 'energy-move'] as const;

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** The reviewer's table for docs/analysis.md: per sample, per pain point, the suggestions chosen and the facets they matched on. */
export function reviewerTable(): string {
  const parts = [
    '## Suggestions: a reviewer\'s table',
    '',
    'What the suggestions choose for every pain point of the three samples and of two maps written apart from them',
    '(a broadband installation: phone, web, app, a home visit, post and courier; a health-insurance claim: phone, app,',
    'chat, email, post and a clinic\'s desk; a hospital outpatient visit: app, chatbot, kiosks, counters and a follow-up',
    'call), in the map\'s own language, and',
    'why: the facets of the situation (see above) and the conditions each chosen entry matched on. Team',
    'remedies (`team.<n>`) come first in their tier. Generated by `test/core/suggestions/reviewer-table.test.ts`',
    '(`UPDATE_DOCS=1` rewrites it); the test fails when this table and the code disagree.',
  ];
  const maps = [...SAMPLES.map((name) => ({ map: readSample(name), path: `samples/${name}.tpmap.json` })), ...FIXTURES.map((name) => ({ map: readMap(`../../fixtures/${name}.tpmap.json`), path: `test/fixtures/${name}.tpmap.json` }))];
  for (const { map, path } of maps) {
    const locale = map.locale ?? 'en';
    parts.push('', `### ${map.title} (\`${path}\`, ${locale})`, '', '| pain point | situation | tier | chosen | matched on |', '|---|---|---|---|---|');
    for (const pain of digest(map, locale)) {
      pain.chosen.forEach((c, i) => {
        const entry = KNOWLEDGE_BASE.find((e) => e.id === c.id);
        const why = entry ? Object.entries(entry.when).map(([k, v]) => conditionWord(k, v)) : ['the team\'s own remedy'];
        const matched = why.length ? [...new Set(why)].join(', ') : 'always (fallback)';
        const target = c.target === 'cause' ? ' → cause' : '';
        parts.push(`| ${i === 0 ? cell(`${pain.id} ${pain.title}`) : ''} | ${i === 0 ? cell(pain.facets) : ''} | ${c.tier} | \`${c.id}\` ${cell(c.title)}${target} | ${matched} |`);
      });
    }
  }
  return parts.join('\n').concat('\n');
}
