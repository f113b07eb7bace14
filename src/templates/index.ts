/** New maps: a journey map, a service blueprint or an empty grid, named in the user's language. */
import { TEMPLATE_TEXT } from '../i18n/templates';
import { translate } from '../i18n';
import { laneKindName } from '../i18n/vocab';
import { CURRENT_VERSION, FORMAT_ID, type LaneKind, type Locale, type MapDocument } from '../model';

export const TEMPLATE_CHOICES = ['journey', 'blueprint', 'empty'] as const;
export type TemplateChoice = (typeof TEMPLATE_CHOICES)[number];

type Key = keyof (typeof TEMPLATE_TEXT)['en'];

interface Layout {
  title: Key;
  stages: Key[];
  /** A bare kind names the lane as the vocabulary names that kind; a pair gives it a name of its own. */
  lanes: (LaneKind | [Key, LaneKind])[];
}

const LAYOUTS: Record<Exclude<TemplateChoice, 'empty'>, Layout> = {
  journey: {
    title: 'journeyTitle',
    stages: ['stageAware', 'stageConsider', 'stageBuy', 'stageUse', 'stageSupport', 'stageLoyalty'],
    lanes: [
      'customer',
      ['laneTouchpoints', 'frontstage'],
      'thoughts',
      'emotions',
      ['laneOpportunities', 'opportunities'],
    ],
  },
  blueprint: {
    title: 'blueprintTitle',
    stages: ['stageBefore', 'stageArrive', 'stageService', 'stagePay', 'stageAfter'],
    lanes: [
      'evidence',
      'customer',
      'frontstage',
      'backstage',
      'support',
    ],
  },
};

/** A fresh map that passes `parseMapValue`. A blank or missing title gets the template's default name. */
export function createMapFromTemplate(template: TemplateChoice, locale: Locale, title?: string): MapDocument {
  const t = (key: Key, params?: Record<string, number>) => translate(TEMPLATE_TEXT, locale, key, params);
  const layout = template === 'empty' ? null : LAYOUTS[template];
  const name = title !== undefined && title.trim().length > 0 ? title.slice(0, 2000) : t(layout?.title ?? 'emptyTitle');
  return {
    format: FORMAT_ID,
    version: CURRENT_VERSION,
    title: name,
    locale,
    template: template === 'empty' ? 'custom' : template,
    stages: layout ? layout.stages.map((key, i) => ({ id: `s${i + 1}`, name: t(key) })) : [{ id: 's1', name: t('newStage', { n: 1 }) }],
    lanes: layout
      ? layout.lanes.map((lane, i) => {
          const [name, kind] = typeof lane === 'string' ? [laneKindName(lane, locale), lane] : [t(lane[0]), lane[1]];
          return { id: `l${i + 1}`, name, kind };
        })
      : [{ id: 'l1', name: t('newLane', { n: 1 }), kind: 'custom' }],
    touchpoints: [],
    links: [],
  };
}

/** Default names for things added on the canvas, so a new stage is "Stage 4" / "阶段 4". */
export function defaultNames(locale: Locale) {
  return {
    stage: (n: number) => translate(TEMPLATE_TEXT, locale, 'newStage', { n }),
    lane: (n: number) => translate(TEMPLATE_TEXT, locale, 'newLane', { n }),
    persona: (n: number) => translate(TEMPLATE_TEXT, locale, 'newPersona', { n }),
    touchpoint: translate(TEMPLATE_TEXT, locale, 'newTouchpoint'),
    painPoint: translate(TEMPLATE_TEXT, locale, 'newPainPoint'),
  };
}
