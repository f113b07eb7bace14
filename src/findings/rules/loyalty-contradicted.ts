/** A value-added or memorable moment the map's own numbers contradict (see ../loyalty.ts). */
import { csatScale } from '../../analysis/metrics';
import { joinList } from '../../i18n';
import { levelName } from '../../i18n/vocab';
import type { Level } from '../../model';
import { contradictedLoyalty } from '../loyalty';
import { formatNumber, quote, stageName, type Rule } from '../rule';

export const loyaltyContradictedRule: Rule = {
  id: 'loyalty-contradicted',
  severity: 'warning',
  check: ({ index, analysis }) =>
    contradictedLoyalty(index, analysis).map((d) => {
      const params: Record<string, string | number> = {
        touchpoint: d.touchpoint.title,
        stage: stageName(index, d.touchpoint.stage),
        levelId: d.touchpoint.level ?? 'memorable',
      };
      if (d.nps !== undefined) params['nps'] = formatNumber(d.nps);
      if (d.csat !== undefined) Object.assign(params, { csat: formatNumber(d.csat), scale: csatScale(index.map) });
      if (d.emotion !== undefined) params['emotion'] = formatNumber(d.emotion);
      if (d.zeroedStageId !== undefined) {
        params['zeroedStage'] = stageName(index, d.zeroedStageId);
        params['zeroedHere'] = d.zeroedStageId === d.touchpoint.stage ? 1 : 0;
      }
      return { ids: [d.touchpoint.id, ...(d.zeroedStageId === undefined ? [] : [d.zeroedStageId])], params };
    }),
  localParams: (finding, _index, locale) => {
    const p = finding.params;
    const zh = locale === 'zh-CN';
    const reasons: string[] = [];
    if (p['nps'] !== undefined) reasons.push(zh ? `NPS 只有 ${p['nps']}` : `its NPS is only ${p['nps']}`);
    if (p['csat'] !== undefined) reasons.push(zh ? `满意度只有 ${p['csat']} 分（满分 ${p['scale']}）` : `its CSAT is only ${p['csat']} out of ${p['scale']}`);
    if (p['emotion'] !== undefined) reasons.push(zh ? `客户在这里的情绪是负面的（${p['emotion']}）` : `customers feel bad there (emotion ${p['emotion']})`);
    if (p['zeroedStage'] !== undefined) {
      const stage = quote(String(p['zeroedStage']), locale);
      const here = p['zeroedHere'] === 1;
      if (zh) reasons.push(here ? `它所在的阶段${stage}已因致命痛点得 0 分` : `它紧跟在因致命痛点得 0 分的阶段${stage}之后`);
      else reasons.push(here ? `its own stage, ${stage}, is zeroed by a critical failure` : `it comes right after ${stage}, a stage a critical failure zeroed`);
    }
    const level = levelName(p['levelId'] as Level, locale);
    return { reasons: joinList(reasons, locale), level: zh ? level : level.toLowerCase() };
  },
};
