/** Numbers as the report prints them. */
import type { ReportContent } from '../content';

/** Minutes as a reader thinks of them: 35 min, 3 hours, 5 days. */
export function formatWait(c: Pick<ReportContent, 't'>, minutes: number): string {
  if (minutes < 120) return c.t('duration.minutes', { n: formatNumber(minutes) });
  if (minutes < 48 * 60) return c.t('duration.hours', { n: formatNumber(Math.round((minutes / 60) * 10) / 10) });
  return c.t('duration.days', { n: formatNumber(Math.round((minutes / 1440) * 10) / 10) });
}

export function formatNumber(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(1);
}
