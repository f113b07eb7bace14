/** Strings of the suggestions module that are not knowledge-base data. */
import { defineCatalog } from './index';

export const suggestionMessages = defineCatalog(
  {
    'team.title': 'Team’s own remedy',
    'tier.prevent': 'Prevent',
    'tier.detect': 'Detect',
    'tier.recover': 'Recover',
  },
  {
    'team.title': '团队自己的对策',
    'tier.prevent': '事前预防',
    'tier.detect': '事中控制',
    'tier.recover': '事后补救',
  },
);
