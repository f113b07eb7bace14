/**
 * A recorded wait longer than the channel allows (src/analysis/metrics.ts, or the map's own
 * `settings.waitThresholds`): the seeds' "watch wait times" (事中控制) needs a limit to watch against.
 */
import { waitReading } from '../../analysis/metrics';
import { translate, type Locale } from '../../i18n';
import { formatDuration } from '../../i18n/duration';
import { findingMessages } from '../../i18n/findings';
import type { Channel } from '../../model';
import { stageName, type Rule } from '../rule';

/** Where the customer waits, as a phrase that reads in a sentence: "on the phone", "in person". */
export const onChannel = (channel: Channel, locale: Locale): string => translate(findingMessages, locale, `on.${channel}`);

export const longWaitRule: Rule = {
  id: 'long-wait',
  severity: 'warning',
  check: ({ index }) =>
    index.map.touchpoints.flatMap((tp) => {
      const wait = waitReading(index.map, tp);
      if (!wait || wait.minutes <= wait.threshold) return [];
      return [
        {
          ids: [tp.id],
          params: { touchpoint: tp.title, stage: stageName(index, tp.stage), minutes: wait.minutes, threshold: wait.threshold, channelId: wait.channel },
        },
      ];
    }),
  localParams: (finding, _index, locale) => ({
    waited: formatDuration(Number(finding.params['minutes']), locale),
    limit: formatDuration(Number(finding.params['threshold']), locale),
    on: onChannel(finding.params['channelId'] as Channel, locale),
  }),
};
