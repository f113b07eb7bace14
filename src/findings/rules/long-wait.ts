/**
 * A recorded wait longer than the channel allows (src/analysis/metrics.ts, or the map's own
 * `settings.waitThresholds`): the seeds' "watch wait times" (事中控制) needs a limit to watch against.
 */
import { waitReading } from '../../analysis/metrics';
import { channelName } from '../../i18n/vocab';
import type { Channel } from '../../model';
import { formatMinutes, stageName, type Rule } from '../rule';

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
  localParams: (finding, _index, locale) => {
    const channel = channelName(finding.params['channelId'] as Channel, locale);
    return {
      waited: formatMinutes(Number(finding.params['minutes']), locale),
      limit: formatMinutes(Number(finding.params['threshold']), locale),
      channel: locale === 'en' ? channel.toLowerCase() : channel,
    };
  },
};
