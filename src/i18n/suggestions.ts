/** Strings of the suggestions module that are not knowledge-base data. */
import { defineCatalog } from './index';

export const suggestionMessages = defineCatalog(
  {
    'team.title': 'Team’s own remedy',
    'tier.prevent': 'Prevent',
    'tier.detect': 'Detect',
    'tier.recover': 'Recover',
    /** Names in suggestions are quoted one way per language; curly quotes in English too, as in the house style. */
    quote: '“{name}”',
    'owner.customer': 'the team that designs the customer’s step {step}',
    'owner.staff': 'the frontline team at the step {step}',
    'owner.self-service': 'the product owner of the step {step}',
    'owner.backstage': 'the team that runs {step}',
    'owner.support': 'the owner of the process {step}',
  },
  {
    'team.title': '团队自己的对策',
    'tier.prevent': '事前预防',
    'tier.detect': '事中控制',
    'tier.recover': '事后补救',
    quote: '“{name}”',
    'owner.customer': '为客户设计{step}这一步的团队',
    'owner.staff': '负责{step}这一环节的一线团队',
    'owner.self-service': '{step}这一步的产品负责人',
    'owner.backstage': '负责{step}的后台团队',
    'owner.support': '{step}这一流程的负责人',
  },
);
