/** Numbers as the report prints them. */
import { formatDuration } from '../../i18n/duration';
import type { ReportContent } from '../content';

/** Minutes as a reader says them (35 min, 1 h 35 min, 5 days): the product's one duration format. */
export function formatWait(c: Pick<ReportContent, 'locale'>, minutes: number): string {
  return formatDuration(minutes, c.locale);
}

export function formatNumber(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(1);
}
