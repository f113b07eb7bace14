/**
 * Customer-facing steps at 'basic' service are below the seed's baseline of satisfactory service: one
 * finding per stage listing them. Stages where every step is basic are left to all-basic-stage.
 */
import { stageName, titleList, type RawFinding, type Rule } from '../rule';
import { allBasicStages } from './all-basic-stage';

export const belowBaselineRule: Rule = {
  id: 'below-baseline',
  severity: 'warning',
  check: (ctx) => {
    const { index, analysis } = ctx;
    const allBasic = new Set(allBasicStages(ctx).map((f) => f.ids[0]));
    const byStage = new Map<string, string[]>();
    for (const id of analysis.belowBaseline) {
      const stage = index.touchpointById.get(id)!.stage;
      if (allBasic.has(stage)) continue;
      byStage.set(stage, [...(byStage.get(stage) ?? []), id]);
    }
    const out: RawFinding[] = [];
    for (const stage of index.map.stages) {
      const ids = byStage.get(stage.id);
      if (ids) out.push({ ids: [stage.id, ...ids], params: { stage: stageName(index, stage.id), count: ids.length } });
    }
    return out;
  },
  localParams: (finding, index, locale) => ({ touchpoints: titleList(finding.ids.slice(1), index, locale) }),
};
