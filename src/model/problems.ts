/** A problem found in a map file, located by its JSON path, rendered in the reader's language. */
import { joinList, translate, type Locale } from '../i18n';
import { problemMessages, type ProblemMessageKey } from '../i18n/problems';

export type PathSegment = string | number;

export interface Problem {
  readonly path: readonly PathSegment[];
  readonly code: Exclude<ProblemMessageKey, `json.${string}` | `type.${string}` | 'root' | 'more' | 'more-stopped'>;
  readonly params: ProblemParams;
}

export type ProblemParams = Readonly<Record<string, string | number | readonly string[]>>;

/** `["touchpoints", 3, "level"]` → `touchpoints[3].level`. */
export function formatPath(path: readonly PathSegment[], locale: Locale = 'en'): string {
  if (path.length === 0) return translate(problemMessages, locale, 'root');
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(seg)) out += out ? `.${seg}` : seg;
    else out += `[${JSON.stringify(seg)}]`;
  }
  return out;
}

/**
 * A short, safe rendering of a value a person wrote, for "got …": a JSON literal for scalars,
 * or a `type.*` message key (translated when formatted) for lists, objects and absence.
 */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'type.missing';
  if (Array.isArray(value)) return 'type.array';
  if (value !== null && typeof value === 'object') return 'type.object';
  const json = JSON.stringify(value) ?? String(value);
  return json.length > 60 ? `${json.slice(0, 58)}…` : json;
}

function localiseValue(value: string, locale: Locale): string {
  return value.startsWith('type.') && value in problemMessages.en
    ? translate(problemMessages, locale, value as ProblemMessageKey)
    : value;
}

export function formatProblem(problem: Problem, locale: Locale = 'en'): string {
  const params: Record<string, string | number> = { at: formatPath(problem.path, locale) };
  for (const [key, value] of Object.entries(problem.params)) {
    if (typeof value === 'object') params[key] = joinList(value as readonly string[], locale, 'enumeration');
    else params[key] = typeof value === 'string' ? localiseValue(value, locale) : value;
  }
  if (problem.code === 'json-syntax' && typeof params['detail'] === 'string') {
    params['detail'] = translate(problemMessages, locale, params['detail'] as ProblemMessageKey, params);
  }
  return translate(problemMessages, locale, problem.code, params);
}

export function formatMore(count: number, locale: Locale = 'en', stopped = false): string {
  return translate(problemMessages, locale, stopped ? 'more-stopped' : 'more', { count });
}

/** Formats a list that was capped, adding the "… and N more" line (`stopped`: the check ended early, N is a lower bound). */
export function formatProblems(problems: readonly Problem[], total: number, locale: Locale = 'en', stopped = false): string[] {
  const lines = problems.map((p) => formatProblem(p, locale));
  if (total > problems.length || stopped) lines.push(formatMore(total - problems.length, locale, stopped));
  return lines;
}
