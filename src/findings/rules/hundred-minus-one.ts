/** 100 − 1 = 0 (一百减一等于零, seed 000): a critical pain point zeroes its stage, whatever else the stage does well. */
import { joinList } from '../../i18n';
import { quote, type Rule } from '../rule';

export const hundredMinusOneRule: Rule = {
  id: 'hundred-minus-one',
  severity: 'error',
  check: ({ analysis }) =>
    analysis.stages
      .filter((s) => s.zeroedBy.length > 0)
      .map((s) => ({ ids: [s.stageId, ...s.zeroedBy], params: { stage: s.name, count: s.zeroedBy.length } })),
  localParams: (finding, index, locale) => ({
    painPoints: joinList(
      finding.ids.slice(1).map((id) => quote(index.painById.get(id)?.painPoint.title ?? id, locale)),
      locale,
    ),
  }),
};
