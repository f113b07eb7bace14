/**
 * `touchpoint analyze FILE [--json] [--lang en|zh-CN]`: the numbers behind the report — stage scores
 * (null when a stage has no data), level distribution, emotion per stage (mean and lowest), risks,
 * recorded metrics, findings, and the suggestions chosen for each pain point. It calls the same
 * analysis, findings and suggestions functions as the report and the canvas, so all three agree.
 */
import { analyzeMap, indexMap, type MapAnalysis, type WaitReading } from '../../analysis';
import { checkMap, formatFinding, severityLabel } from '../../findings';
import { formatNumber, quote } from '../../findings/rule';
import { onChannel } from '../../findings/rules/long-wait';
import { isLocale, joinList, translate, type Locale, type Params } from '../../i18n';
import { formatDuration } from '../../i18n/duration';
import { analyzeMessages } from '../../i18n/findings';
import { levelName, severityName, tierName } from '../../i18n/vocab';
import { LEVELS, type MapDocument } from '../../model';
import { pickForRegister, suggestionsForMap, type Suggestion } from '../../suggestions';
import { parseArgs, UsageError } from '../args';
import type { CommandRun } from '../context';
import { readMapFile } from '../read-map';

type Key = keyof (typeof analyzeMessages)['en'];

/** What `--json` prints: a contract for scripts, so fields are only ever added. */
export interface AnalyzedSuggestion {
  id: string;
  tier: string;
  rank: number;
  title: string;
  text: string;
  measure?: string;
  source: string;
  targetId: string;
}

export interface AnalyzeJson {
  file: string;
  title: string;
  locale: Locale;
  stages: {
    id: string;
    name: string;
    /** 0–100, or null when the stage has no data. */
    score: number | null;
    zeroedBy: string[];
    touchpoints: number;
    levels: MapAnalysis['overall']['levels'];
    emotion: { mean: number | null; min: number | null; lowestTouchpointId: string | null };
    painPointIds: string[];
  }[];
  worstStageId: string | null;
  levels: MapAnalysis['overall'];
  painCounts: MapAnalysis['painCounts'];
  risks: MapAnalysis['risks'];
  metrics: Omit<MapAnalysis['metrics'], 'waits'> & { waits: (WaitReading & { overThreshold: boolean })[] };
  iceberg: MapAnalysis['iceberg'];
  findings: { rule: string; severity: string; ids: string[]; message: string }[];
  painPoints: {
    id: string;
    title: string;
    touchpointId: string;
    stageId: string;
    severity: string;
    /** The register's choice: the best one or two per tier, prevent first (team remedies rank first in their tier). */
    suggestions: AnalyzedSuggestion[];
    /** The rest, as the report's appendix lists them. */
    furtherSuggestions: AnalyzedSuggestion[];
  }[];
}

export function analyzeJson(file: string, map: MapDocument, locale: Locale): AnalyzeJson {
  const analysis = analyzeMap(map);
  const index = indexMap(map);
  const suggestions = suggestionsForMap(map, locale);
  const emotion = new Map(analysis.emotionCurve.map((p) => [p.stageId, p]));
  return {
    file,
    title: map.title,
    locale,
    stages: analysis.stages.map((s) => ({
      id: s.stageId,
      name: s.name,
      score: s.score,
      zeroedBy: s.zeroedBy,
      touchpoints: s.touchpointIds.length,
      levels: s.levels,
      emotion: { mean: s.meanEmotion, min: s.minEmotion, lowestTouchpointId: emotion.get(s.stageId)?.lowestTouchpointId ?? null },
      painPointIds: s.painPointIds,
    })),
    worstStageId: analysis.worstStageId,
    levels: analysis.overall,
    painCounts: analysis.painCounts,
    risks: analysis.risks,
    metrics: { ...analysis.metrics, waits: analysis.metrics.waits.map((w) => ({ ...w, overThreshold: w.minutes > w.threshold })) },
    iceberg: analysis.iceberg,
    findings: checkMap(map, analysis).map((f) => ({ rule: f.rule, severity: f.severity, ids: f.ids, message: formatFinding(f, map, locale) })),
    painPoints: index.pains.map(({ painPoint, touchpoint }) => {
      // The register's choice (the best one or two per tier) first; the rest as the report's appendix has them.
      const { main, appendix } = pickForRegister(suggestions.get(painPoint.id) ?? []);
      const shown = (s: Suggestion) => ({
        id: s.id,
        tier: s.tier,
        rank: s.rank,
        title: s.title,
        text: s.text,
        ...(s.measure ? { measure: s.measure } : {}),
        source: s.source,
        targetId: s.targetId,
      });
      return {
        id: painPoint.id,
        title: painPoint.title,
        touchpointId: touchpoint.id,
        stageId: touchpoint.stage,
        severity: painPoint.severity,
        suggestions: main.map(shown),
        furtherSuggestions: appendix.map(shown),
      };
    }),
  };
}

/** Terminal columns a string takes: CJK and full-width characters take two, so Chinese tables line up. */
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;
const columns = (text: string): number => [...text].reduce((n, ch) => n + (WIDE.test(ch) ? 2 : 1), 0);
const pad = (text: string, width: number): string => text + ' '.repeat(Math.max(0, width - columns(text)));

/** The same numbers for people: one screen, most important first. */
export function analyzeText(data: AnalyzeJson, map: MapDocument, locale: Locale): string {
  const t = (key: Key, params?: Params) => translate(analyzeMessages, locale, key, params);
  const index = indexMap(map);
  const title = (id: string) => quote(index.touchpointById.get(id)?.title ?? id, locale);
  const stageName = (id: string) => index.map.stages[index.stageIndex.get(id) ?? -1]?.name ?? id;
  const painCount = data.painPoints.length;
  const out: string[] = [t('analyze.heading', { title: data.title, stages: data.stages.length, touchpoints: map.touchpoints.length, pains: painCount }), ''];

  out.push(t('analyze.stages'));
  const width = Math.max(...data.stages.map((s) => columns(s.name)), 4);
  data.stages.forEach((s, i) => {
    const score = s.score === null ? t('analyze.no-data') : s.zeroedBy.length > 0 ? `0 (100 − 1 = 0)` : String(s.score);
    const feel =
      s.emotion.mean === null
        ? t('analyze.no-emotion')
        : t('analyze.emotion', { mean: formatNumber(s.emotion.mean), min: formatNumber(s.emotion.min ?? s.emotion.mean), at: title(s.emotion.lowestTouchpointId ?? '') });
    out.push(`  ${i + 1} ${pad(s.name, width)}  ${pad(score, 16)}  ${feel}`);
  });

  const counts = data.levels.levels;
  const levels = [...LEVELS, 'untagged' as const].map((l) => `${levelName(l, locale)} ${counts[l]}`);
  out.push('', t('analyze.levels', { list: levels.join(' · ') }));

  const waits = data.metrics.waits.filter((w) => w.overThreshold);
  const metricLines: string[] = [];
  for (const w of waits.slice(0, 3)) {
    metricLines.push(
      t('analyze.wait', { touchpoint: title(w.touchpointId), waited: formatDuration(w.minutes, locale), limit: formatDuration(w.threshold, locale), on: onChannel(w.channel, locale) }),
    );
  }
  if (data.metrics.nps.length > 0) metricLines.push(t('analyze.nps', { list: joinList(data.metrics.nps.map((r) => `${title(r.touchpointId)} ${formatNumber(r.value)}`), locale) }));
  if (data.metrics.csat.length > 0) {
    const list = joinList(data.metrics.csat.map((r) => `${title(r.touchpointId)} ${formatNumber(r.value)}`), locale);
    metricLines.push(t('analyze.csat', { list, scale: data.metrics.csatScale }));
  }
  out.push('', t('analyze.metrics'), ...(metricLines.length > 0 ? metricLines.map((l) => `  ${l}`) : [`  ${t('analyze.no-metrics')}`]));

  if (data.risks.length > 0) {
    out.push('', t('analyze.risks'));
    for (const [i, r] of data.risks.slice(0, 5).entries()) {
      out.push(`  ${i + 1}. ${t('analyze.risk', { title: quote(r.title, locale), severity: severityName(r.severity, locale), stage: stageName(r.stageId), risk: r.risk })}`);
    }
  }

  out.push('', t('analyze.findings', { count: data.findings.length }));
  for (const f of data.findings) out.push(`  ${severityLabel(f.severity as 'error', locale)}  ${f.message}`);

  if (data.painPoints.length > 0) {
    out.push('', t('analyze.suggestions'));
    for (const p of data.painPoints) {
      out.push(`  ${quote(p.title, locale)}`);
      for (const s of p.suggestions) out.push(`    ${tierName(s.tier as 'prevent', locale)} · ${s.title}`);
    }
  }
  return out.join('\n');
}

export const analyzeCommand = {
  name: 'analyze',
  async run(argv, ctx) {
    const t = (key: Key, params?: Params) => translate(analyzeMessages, ctx.locale, key, params);
    const { positionals, flags } = parseArgs(argv, ['lang']);
    if (flags.has('help')) {
      ctx.stdout.write(`${t('analyze.help')}\n`);
      return 0;
    }
    const [file, ...extra] = positionals;
    if (file === undefined || extra.length > 0) throw new UsageError(t('analyze.one-file'));
    const lang = flags.get('lang');
    if (lang !== undefined && !isLocale(lang)) throw new UsageError(t('analyze.bad-lang', { value: String(lang) }));
    const outcome = await readMapFile(file, ctx);
    if (outcome.kind !== 'ok') {
      ctx.stderr.write(`${outcome.lines.join('\n')}\n`);
      return outcome.kind === 'invalid' ? 1 : 2;
    }
    const { map } = outcome;
    const locale: Locale = lang ?? map.locale ?? ctx.locale;
    const data = analyzeJson(file, map, locale);
    ctx.stdout.write(`${flags.has('json') ? JSON.stringify(data, null, 2) : analyzeText(data, map, locale)}\n`);
    return 0;
  },
} satisfies CommandRun;
