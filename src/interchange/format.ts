/** Import problems in words: "Touchpoints, row 12, column “Level”: …", in English or Chinese. */
import { translate, type Locale, type Params } from '../i18n';
import { interchangeMessages, type InterchangeKey } from '../i18n/interchange';
import { formatMore, formatPath, formatProblem } from '../model';
import type { ImportProblem } from './table';

export function formatImportProblem(p: ImportProblem, locale: Locale): string {
  const t = (key: InterchangeKey, params?: Params) => translate(interchangeMessages, locale, key, params);
  const where: string[] = [];
  if (p.table !== undefined) where.push(t('where.table', { table: p.table }));
  if (p.row !== undefined) where.push(t('where.row', { row: p.row }));
  if (p.line !== undefined) where.push(t('where.line', { row: p.line }));
  if (p.column !== undefined) where.push(t('where.column', { column: p.column }));
  const place = where.join(t('where.join'));
  let message: string;
  if (p.code === 'invalid' && p.detail) {
    // The validator's message starts with the JSON path of the built document, which the person never saw.
    const full = formatProblem(p.detail, locale);
    const path = formatPath(p.detail.path, locale);
    message = full.startsWith(path) ? full.slice(path.length).replace(/^[:：]\s*/, '') : full;
  } else {
    message = t(`import.${p.code}` as InterchangeKey, p.params);
  }
  return place === '' ? message : t('where.message', { place, message });
}

export function formatImportProblems(problems: readonly ImportProblem[], total: number, locale: Locale): string[] {
  const lines = problems.map((p) => formatImportProblem(p, locale));
  if (total > problems.length) lines.push(formatMore(total - problems.length, locale));
  return lines;
}
