/**
 * A stage where everything the customer meets is at basic service: the transaction happens and nothing
 * more, so the stage is below the seed's baseline as a whole, not at one step.
 */
import { servesCustomer } from '../../analysis/map-index';
import { stageName, titleList, type RawFinding, type Rule, type RuleContext } from '../rule';

/**
 * The customer-facing steps of each stage, when there are several and every one is tagged basic. An
 * untagged step might be better than basic, and a lone step is simply below the baseline: both are left
 * to below-baseline.
 */
export function allBasicStages(ctx: RuleContext): RawFinding[] {
  const { index } = ctx;
  const out: RawFinding[] = [];
  for (const stage of index.map.stages) {
    const facing = (index.touchpointsByStage.get(stage.id) ?? []).filter((tp) => servesCustomer(index, tp));
    if (facing.length > 1 && facing.every((tp) => tp.level === 'basic')) {
      out.push({ ids: [stage.id, ...facing.map((tp) => tp.id)], params: { stage: stageName(index, stage.id), count: facing.length } });
    }
  }
  return out;
}

export const allBasicStageRule: Rule = {
  id: 'all-basic-stage',
  severity: 'warning',
  check: allBasicStages,
  localParams: (finding, index, locale) => ({ touchpoints: titleList(finding.ids.slice(1), index, locale) }),
};
