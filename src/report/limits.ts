/**
 * The sentence for a map past the report's limits (src/model REPORT_LIMITS), one wording for the command
 * line and the app's Export dialog, for the PDF and the slides alike.
 */
import { translate, type Locale } from '../i18n';
import { reportLimitMessages } from '../i18n/report-limits';
import { groupDigits, REPORT_LIMITS, reportLimitExcess, type MapDocument } from '../model';

/** Why no report (or deck) can be made of `map`, named `file` in the sentence; null when it is within the limits. */
export function reportLimitRefusal(map: MapDocument, file: string, locale: Locale): string | null {
  const excess = reportLimitExcess(map);
  if (!excess) return null;
  const count = (n: number) => translate(reportLimitMessages, locale, `count.${excess.name}`, { n: groupDigits(n) });
  return translate(reportLimitMessages, locale, 'report.too-big', { file, count: count(excess.count), max: count(excess.max) });
}

/** The sentence for a report stopped at its deadline. */
export function reportDeadlineMessage(file: string, locale: Locale): string {
  return translate(reportLimitMessages, locale, 'report.too-slow', { file, seconds: REPORT_LIMITS.seconds });
}
