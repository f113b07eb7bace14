/** The change list in words, for the command line and the report: one sentence per change, regressions first. */
import { formatFinding, severityLabel } from '../findings';
import { quote } from '../findings/rule';
import { joinList, translate, type Locale, type Params } from '../i18n';
import { interchangeMessages, type InterchangeKey } from '../i18n/interchange';
import { laneKindName, levelName, severityName, tierName } from '../i18n/vocab';
import type { MapDocument } from '../model';
import type { Change, MapDiff } from './index';

export type Section = 'regressions' | 'structure' | 'touchpoints' | 'pains' | 'scores' | 'findings';
export const SECTIONS: readonly Section[] = ['regressions', 'structure', 'touchpoints', 'pains', 'scores', 'findings'];

export function sectionOf(change: Change): Exclude<Section, 'regressions'> {
  const kind = change.kind;
  if (kind === 'title-changed' || kind.startsWith('stage-') || kind.startsWith('lane-')) return kind === 'stage-score' ? 'scores' : 'structure';
  if (kind.startsWith('pain-') || kind.startsWith('remedy-')) return 'pains';
  if (kind.startsWith('finding-')) return 'findings';
  return 'touchpoints';
}

export interface Versions {
  before: MapDocument;
  after: MapDocument;
}

function nameIn(map: MapDocument, kind: 'stages' | 'lanes', id: string): string {
  return map[kind].find((x) => x.id === id)?.name ?? id;
}

/** One sentence for one change, naming items by the titles the map gives them. */
export function formatChange(change: Change, versions: Versions, locale: Locale): string {
  const t = (key: InterchangeKey, params?: Params) => translate(interchangeMessages, locale, key, params);
  const q = (text: string) => quote(text, locale);
  const num = (value: number | undefined) => (value === undefined ? t('value.none') : String(Math.round(value * 10) / 10));
  const place = (map: MapDocument, stage: string, lane: string) => `${q(nameIn(map, 'stages', stage))} · ${q(nameIn(map, 'lanes', lane))}`;
  const fields = (names: readonly string[]) => joinList(names.map((f) => t(`field.${f}` as InterchangeKey)), locale);
  switch (change.kind) {
    case 'title-changed':
    case 'stage-renamed':
    case 'lane-renamed':
    case 'touchpoint-retitled':
    case 'pain-retitled':
      return t(`change.${change.kind}`, { from: q(change.from), to: q(change.to) });
    case 'stage-added':
    case 'stage-removed':
    case 'lane-added':
    case 'lane-removed':
      return t(`change.${change.kind}`, { name: q(change.name) });
    case 'stage-moved':
    case 'lane-moved':
      return t(`change.${change.kind}`, { name: q(change.name), from: change.from + 1, to: change.to + 1 });
    case 'lane-kind-changed': {
      const kind = (k: typeof change.from) => (k === undefined ? t('value.none') : laneKindName(k, locale));
      return t('change.lane-kind-changed', { name: q(change.name), from: kind(change.from), to: kind(change.to) });
    }
    case 'touchpoint-added': {
      const where = place(versions.after, change.stage, change.lane);
      if (change.level === 'basic') return t('change.touchpoint-added-below', { title: q(change.title), place: where, level: levelName('basic', locale) });
      return t('change.touchpoint-added', { title: q(change.title), place: where });
    }
    case 'touchpoint-removed':
      return t('change.touchpoint-removed', { title: q(change.title), stage: q(change.stage) });
    case 'touchpoint-moved':
      return t('change.touchpoint-moved', {
        title: q(change.title),
        from: place(versions.before, change.fromStage, change.fromLane),
        to: place(versions.after, change.toStage, change.toLane),
      });
    case 'level-changed': {
      const params = { title: q(change.title), from: levelName(change.from ?? 'untagged', locale), to: levelName(change.to ?? 'untagged', locale) };
      if (change.verdict === null) return t('change.level-changed', params);
      return t('change.level-changed-verdict', { ...params, verdict: t(`verdict.${change.verdict}`) });
    }
    case 'metric-changed':
      return t('change.metric-changed', { title: q(change.title), metric: t(`metric.${change.metric}`), from: num(change.from), to: num(change.to) });
    case 'touchpoint-edited':
      return t('change.touchpoint-edited', { title: q(change.title), fields: fields(change.fields) });
    case 'pain-added':
    case 'pain-resolved':
      return t(`change.${change.kind}`, { title: q(change.title), severity: severityName(change.severity, locale), touchpoint: q(change.touchpoint) });
    case 'pain-severity-changed':
      return t('change.pain-severity-changed', { title: q(change.title), from: severityName(change.from, locale), to: severityName(change.to, locale) });
    case 'pain-moved':
      return t('change.pain-moved', { title: q(change.title), from: q(change.fromTouchpoint), to: q(change.toTouchpoint) });
    case 'pain-edited':
      return t('change.pain-edited', { title: q(change.title), fields: fields(change.fields) });
    case 'remedy-added':
    case 'remedy-removed':
      return t(`change.${change.kind}`, { pain: q(change.pain), tier: tierName(change.tier, locale), text: change.text });
    case 'links-changed':
    case 'personas-changed':
      return t(`change.${change.kind}`, { added: change.added.length, removed: change.removed.length, changed: change.changed.length });
    case 'stage-score': {
      const score = (s: number | null) => (s === null ? t('value.no-data') : String(s));
      return t('change.stage-score', { name: q(change.name), from: score(change.from), to: score(change.to) });
    }
    case 'finding-appeared':
      return t('change.finding-appeared', { severity: severityLabel(change.finding.severity, locale), message: formatFinding(change.finding, versions.after, locale) });
    case 'finding-cleared':
      return t('change.finding-cleared', { severity: severityLabel(change.finding.severity, locale), message: formatFinding(change.finding, versions.before, locale) });
  }
}

export interface FormattedSection {
  section: Section;
  title: string;
  lines: string[];
}

/** The changes grouped for reading: regressions in their own first section, not repeated below. */
export function formatDiff(diff: MapDiff, versions: Versions, locale: Locale): FormattedSection[] {
  const regressions = new Set(diff.regressions);
  const groups = new Map<Section, Change[]>(SECTIONS.map((s) => [s, []]));
  for (const change of diff.changes) groups.get(regressions.has(change) ? 'regressions' : sectionOf(change))!.push(change);
  return SECTIONS.filter((s) => groups.get(s)!.length > 0).map((section) => ({
    section,
    title: translate(interchangeMessages, locale, `section.${section}`),
    lines: groups.get(section)!.map((c) => formatChange(c, versions, locale)),
  }));
}
