/**
 * A value-added or memorable moment the map's own numbers contradict (see ../loyalty.ts). A moment with
 * its own low scores gets its own finding; moments undermined only by a zeroed stage are grouped per
 * stage, since one failure undermines them all at once.
 */
import { csatScale } from '../../analysis/metrics';
import { joinList, type Locale } from '../../i18n';
import { levelName } from '../../i18n/vocab';
import type { Level } from '../../model';
import { contradictedLoyalty, type LoyaltyDoubt } from '../loyalty';
import { formatNumber, quote, stageName, titleList, type Finding, type RawFinding, type Rule } from '../rule';

const ownData = (d: LoyaltyDoubt): boolean => d.nps !== undefined || d.csat !== undefined || d.emotion !== undefined;

function zeroedReason(p: Finding['params'], plural: boolean, locale: Locale): string {
  const stage = quote(String(p['zeroedStage']), locale);
  const here = p['zeroedHere'] === 1;
  if (locale === 'zh-CN') {
    const it = plural ? '它们' : '它';
    return here ? `${it}所在的阶段${stage}已因致命痛点得 0 分` : `${it}紧跟在因致命痛点得 0 分的阶段${stage}之后`;
  }
  if (here) return `${plural ? 'their' : 'its'} own stage, ${stage}, is zeroed by a critical failure`;
  return `${plural ? 'they come' : 'it comes'} right after ${stage}, a stage a critical failure zeroed`;
}

export const loyaltyContradictedRule: Rule = {
  id: 'loyalty-contradicted',
  severity: 'warning',
  check: ({ index, analysis }) => {
    const out: RawFinding[] = [];
    const contextOnly = new Map<string, LoyaltyDoubt[]>();
    for (const d of contradictedLoyalty(index, analysis)) {
      const tp = d.touchpoint;
      if (!ownData(d)) {
        contextOnly.set(tp.stage, [...(contextOnly.get(tp.stage) ?? []), d]);
        continue;
      }
      const params: Record<string, string | number> = { touchpoint: tp.title, stage: stageName(index, tp.stage), levelId: tp.level ?? 'memorable' };
      if (d.nps !== undefined) params['nps'] = formatNumber(d.nps);
      if (d.csat !== undefined) Object.assign(params, { csat: formatNumber(d.csat), scale: csatScale(index.map) });
      if (d.emotion !== undefined) params['emotion'] = formatNumber(d.emotion);
      if (d.zeroedStageId !== undefined) Object.assign(params, { zeroedStage: stageName(index, d.zeroedStageId), zeroedHere: d.zeroedStageId === tp.stage ? 1 : 0 });
      out.push({ ids: [tp.id, ...(d.zeroedStageId === undefined ? [] : [d.zeroedStageId])], params });
    }
    for (const [stageId, doubts] of contextOnly) {
      const zeroedStageId = doubts[0]!.zeroedStageId!;
      const first = doubts[0]!.touchpoint;
      out.push({
        ids: [...doubts.map((d) => d.touchpoint.id), zeroedStageId],
        params: {
          touchpoint: first.title,
          stage: stageName(index, stageId),
          levelId: first.level ?? 'memorable',
          count: doubts.length,
          zeroedStage: stageName(index, zeroedStageId),
          zeroedHere: zeroedStageId === stageId ? 1 : 0,
        },
      });
    }
    // Document order of each finding's first moment, as every rule lists its findings.
    const order = new Map(index.map.touchpoints.map((tp, i) => [tp.id, i]));
    return out.sort((a, b) => (order.get(a.ids[0]!) ?? 0) - (order.get(b.ids[0]!) ?? 0));
  },
  localParams: (finding, index, locale) => {
    const p = finding.params;
    const zh = locale === 'zh-CN';
    const plural = Number(p['count'] ?? 1) > 1;
    const stage = quote(String(p['stage']), locale);
    let subject: string;
    if (plural) {
      const moments = titleList(finding.ids.slice(0, -1), index, locale);
      subject = zh ? `${moments}（${p['stage']}）本应是忠诚时刻` : `${moments} in ${stage} are meant as loyalty moments`;
    } else {
      const level = levelName(p['levelId'] as Level, locale);
      const name = quote(String(p['touchpoint']), locale);
      subject = zh ? `${name}（${p['stage']}）本应是${level}时刻` : `${name} (${p['stage']}) is meant as a ${level.toLowerCase()} moment`;
    }
    const reasons: string[] = [];
    if (p['nps'] !== undefined) reasons.push(zh ? `NPS 只有 ${p['nps']}` : `its NPS is only ${p['nps']}`);
    if (p['csat'] !== undefined) reasons.push(zh ? `满意度只有 ${p['csat']} 分（满分 ${p['scale']}）` : `its CSAT is only ${p['csat']} out of ${p['scale']}`);
    if (p['emotion'] !== undefined) reasons.push(zh ? `客户在这里的情绪是负面的（${p['emotion']}）` : `customers feel bad there (emotion ${p['emotion']})`);
    if (p['zeroedStage'] !== undefined) reasons.push(zeroedReason(p, plural, locale));
    return { subject, reasons: joinList(reasons, locale) };
  },
};
