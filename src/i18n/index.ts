/**
 * A small message layer shared by the core, the command line and the renderer.
 * Each module owns its catalogue (defineCatalog), and the type system makes sure
 * the Chinese catalogue has every key the English one has.
 */
/**
 * The languages the app speaks. They live here, not in the model, so that the message layer imports
 * nothing and the model (whose problems are worded through it) can depend on it without a cycle.
 */
export const LOCALES = ['en', 'zh-CN'] as const;
export type Locale = (typeof LOCALES)[number];

export type Params = Readonly<Record<string, string | number>>;

export interface Catalog<K extends string> {
  readonly en: Readonly<Record<K, string>>;
  readonly 'zh-CN': Readonly<Record<K, string>>;
}

export function defineCatalog<const E extends Record<string, string>>(
  en: E,
  zh: { readonly [K in keyof E]: string },
): Catalog<Extract<keyof E, string>> {
  return { en, 'zh-CN': zh } as Catalog<Extract<keyof E, string>>;
}

const QUOTE_PAIRS: Readonly<Record<string, string>> = { '"': '"', '“': '”', '‘': '’', '「': '」', '『': '』', "'": "'" };

/**
 * A value that is itself wholly in quotes ("“Nobody told us” …" as a pain point's title, a customer's words)
 * without its outer pair, so that a message which quotes it does not print ""…"" or ““…””. A value with
 * quotes inside ("A" and "B") is left as it is.
 */
export function withoutOuterQuotes(value: string): string {
  const trimmed = value.trim();
  const close = QUOTE_PAIRS[trimmed[0] ?? ''];
  if (close === undefined || trimmed.length < 3 || !trimmed.endsWith(close)) return value;
  const inner = trimmed.slice(1, -1);
  return inner.includes(trimmed[0]!) || inner.includes(close) ? value : inner;
}

/** A name people know (a step, a pain point), quoted once, the way each language quotes. */
/**
 * A value going inside quotes of the kind `open` starts: its own quotes of that kind become the inner kind
 * (“…” → ‘…’, "…" → '…'), as each language nests quotations, so “报价“全包”” reads “报价‘全包’”.
 */
export function nestedQuotes(value: string, open: string): string {
  if (open === '“') return value.replace(/“/g, '‘').replace(/”/g, '’');
  if (open === '"') return value.replace(/"/g, "'");
  return value;
}

export function quote(text: string, locale: Locale): string {
  const open = locale === 'zh-CN' ? '“' : '"';
  return `${open}${nestedQuotes(withoutOuterQuotes(text), open)}${QUOTE_PAIRS[open]}`;
}

/**
 * Replaces `{name}` placeholders; an unknown placeholder is left visible so a missing parameter shows in review.
 * A placeholder the message already puts in quotes takes its value without the value's own outer quotes.
 */
export function interpolate(template: string, params: Params = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string, at: number) => {
    if (!Object.prototype.hasOwnProperty.call(params, key)) return whole;
    const value = String(params[key]);
    const before = template[at - 1] ?? '';
    const quoted = QUOTE_PAIRS[before] !== undefined && template[at + whole.length] === QUOTE_PAIRS[before];
    return quoted ? nestedQuotes(withoutOuterQuotes(value), before) : value;
  });
}

export function translate<K extends string>(catalog: Catalog<K>, locale: Locale, key: K, params?: Params): string {
  return interpolate(catalog[locale][key], params);
}

/** Maps any BCP 47 tag (zh, zh-Hans-CN, zh_CN, en-GB …) to a supported locale. */
export function resolveLocale(tag: string | undefined | null): Locale {
  if (!tag) return 'en';
  const t = tag.replace('_', '-').toLowerCase();
  if (t === 'zh' || t.startsWith('zh-cn') || t.startsWith('zh-hans') || t.startsWith('zh-sg') || t === 'zh-CN'.toLowerCase())
    return 'zh-CN';
  if (t.startsWith('zh')) return 'zh-CN';
  return 'en';
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

const LIST_LOCALE: Readonly<Record<Locale, string>> = { en: 'en-GB', 'zh-CN': 'zh-CN' };

/**
 * Lists joined the way each language joins them: "A and B", "A, B and C"; "A和B", "A、B和C". An
 * enumeration of options (the allowed values in an error message) is a plain list: "a, b, c"; "a、b、c".
 */
const listFormats = new Map<Locale, Intl.ListFormat>();

/** One formatter per language: building an Intl.ListFormat costs far more than using one. */
function listFormat(locale: Locale): Intl.ListFormat {
  let format = listFormats.get(locale);
  if (!format) listFormats.set(locale, (format = new Intl.ListFormat(LIST_LOCALE[locale], { type: 'conjunction' })));
  return format;
}

export function joinList(items: readonly string[], locale: Locale, style: 'sentence' | 'enumeration' = 'sentence'): string {
  if (style === 'enumeration') return items.join(locale === 'zh-CN' ? '、' : ', ');
  const joined = listFormat(locale).format(items);
  // Chinese sets a space between 和 and a figure or Latin word beside it ("2.6 和“B”"), as it does around any.
  return locale === 'zh-CN' ? joined.replace(/([0-9A-Za-z%])和/g, '$1 和').replace(/和([0-9A-Za-z])/g, '和 $1') : joined;
}
