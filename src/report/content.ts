/**
 * Everything the report says, computed before anything is drawn: the analysis, the findings and the
 * suggestions in the report's language. The fonts are subset to exactly this text.
 */
import { selectDoFirst, type DoFirst } from '../advice';
import { pickForRegister, suggestionsForMap, type RegisterPick, type Suggestion } from '../suggestions';
import { analyzeMap, type MapAnalysis } from '../analysis';
import { checkMap, findingStageIds, formatFinding, type Finding } from '../findings';
import { joinList, translate, type Locale, type Params } from '../i18n';
import { reportMessages } from '../i18n/report';
import type { MapDocument, Touchpoint } from '../model';

/** Suggestions per tier the register prints beside a pain point; the rest go to the appendix. */
export const REGISTER_PER_TIER = 2;

export type MessageKey = keyof (typeof reportMessages)['en'];

export interface ReportFinding {
  finding: Finding;
  message: string;
  stageIds: string[];
}

type CountKey = 'count.pain-points' | 'count.below-baseline' | 'count.touchpoints' | 'count.stages';

export interface ReportContent {
  map: MapDocument;
  locale: Locale;
  analysis: MapAnalysis;
  findings: ReportFinding[];
  /** Per pain point: what the register prints and what it leaves to the appendix. */
  suggestions: Map<string, RegisterPick>;
  doFirst: DoFirst;
  headlines: string[];
  touchpoints: Map<string, Touchpoint>;
  t(key: MessageKey, params?: Params): string;
  /** "1 pain point" / "3 pain points". */
  count(key: CountKey, count: number): string;
}

export function composeContent(map: MapDocument, locale: Locale): ReportContent {
  const t = (key: MessageKey, params?: Params) => translate(reportMessages, locale, key, params);
  const analysis = analyzeMap(map);
  const findings = checkMap(map, analysis).map((finding) => ({
    finding,
    message: formatFinding(finding, map, locale),
    stageIds: findingStageIds(finding, map),
  }));
  const touchpoints = new Map(map.touchpoints.map((tp) => [tp.id, tp]));
  const count = (key: CountKey, n: number) => (n === 1 ? t(`${key}-one`) : t(key, { count: n }));
  const advice = suggestionsForMap(map, locale);
  const suggestions = new Map<string, RegisterPick>([...advice].map(([id, list]) => [id, pickForRegister(list, REGISTER_PER_TIER)]));
  return {
    map,
    locale,
    analysis,
    findings,
    suggestions,
    doFirst: selectDoFirst(map, analysis, advice),
    headlines: headlines(map, analysis, locale, t, count),
    touchpoints,
    t,
    count,
  };
}

/** Three to five sentences an executive reads first: the worst stage, the pain count, the top risks, loyalty, the iceberg. */
function headlines(map: MapDocument, analysis: MapAnalysis, locale: Locale, t: ReportContent['t'], count: ReportContent['count']): string[] {
  const out: string[] = [];
  const stageName = new Map(map.stages.map((s) => [s.id, s.name]));
  const worst = analysis.stages.find((s) => s.stageId === analysis.worstStageId);
  if (worst && worst.score !== null) {
    const painTitle = new Map(analysis.risks.map((r) => [r.painPointId, r.title]));
    const zeroedBy = worst.zeroedBy[0];
    if (zeroedBy !== undefined) {
      out.push(t('headline.worst-zeroed', { stage: worst.name, pain: painTitle.get(zeroedBy) ?? zeroedBy }));
    } else {
      const detail = joinList([count('count.pain-points', worst.painPointIds.length), count('count.below-baseline', worst.levels.basic)], locale);
      out.push(t('headline.worst-score', { stage: worst.name, score: Math.round(worst.score), detail }));
    }
  }
  const total = Object.values(analysis.painCounts).reduce((a, b) => a + b, 0);
  if (total === 0) out.push(t('headline.no-pains'));
  else {
    out.push(t('headline.pains', { total, ...analysis.painCounts }));
    const top = analysis.risks.slice(0, 3).map((r) => t('headline.risk-item', { title: r.title, stage: stageName.get(r.stageId) ?? '' }));
    out.push(t('headline.risks', { list: joinList(top, locale) }));
  }
  const loyal = analysis.overall.levels['value-added'] + analysis.overall.levels.memorable;
  out.push(analysis.hasLoyaltyMoment ? t('headline.loyalty-yes', { count: loyal }) : t('headline.loyalty-no'));
  if (analysis.iceberg && out.length < 5) out.push(t('headline.iceberg', { ...analysis.iceberg }));
  return out;
}

/** All the text the report can draw: the map, the computed content and the catalogue in the report's language. */
export function reportText(content: ReportContent): string {
  const parts: string[] = [JSON.stringify(content.map), content.headlines.join(''), ...Object.values(reportMessages[content.locale])];
  for (const f of content.findings) parts.push(f.message, f.finding.rule);
  const add = (a: Suggestion) => parts.push(a.title, a.text, a.fact ?? '');
  for (const { main, appendix } of content.suggestions.values()) {
    main.forEach(add);
    appendix.forEach(add);
  }
  return parts.join('');
}
