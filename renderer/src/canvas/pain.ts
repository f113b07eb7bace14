/**
 * What a card says about its pain: its worst pain point and a one-line summary for its tooltip and
 * for assistive technology. Apart from the card component, so the node builder (build-nodes.ts)
 * can be used without a document.
 */
import { translate } from '../../../src/i18n';
import { severityName } from '../../../src/i18n/vocab';
import { SEVERITIES, type Locale, type PainPoint, type Touchpoint } from '../../../src/model';
import { UI, type UiKey } from '../i18n/ui';

/** The most severe pain point (the first of equals, in the order the person listed them). */
export function topPain(tp: Touchpoint): PainPoint | null {
  let top: PainPoint | null = null;
  for (const p of tp.painPoints ?? []) if (!top || SEVERITIES.indexOf(p.severity) > SEVERITIES.indexOf(top.severity)) top = p;
  return top;
}

/** What a card says about its pain, for its tooltip and for assistive technology. */
export function painSummary(tp: Touchpoint, locale: Locale): string {
  const top = topPain(tp);
  if (!top) return '';
  const t = (key: UiKey, params?: Record<string, string | number>) => translate(UI, locale, key, params);
  const count = tp.painPoints!.length;
  const sep = locale === 'zh-CN' ? '，' : ', ';
  return [count === 1 ? t('card.painOne') : t('card.pain', { count }), t('card.worst', { severity: severityName(top.severity, locale) }), t('card.topPain', { title: top.title })].join(sep);
}
