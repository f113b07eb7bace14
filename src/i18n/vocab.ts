/**
 * Names of the document's closed vocabularies, for every surface that shows them (canvas, inspector,
 * exports, presentation mode).
 */
import type { Category, Channel, Evidence, LaneKind, Level, Locale, Severity, Tier } from '../model';
import { defineCatalog, translate } from './index';

export const VOCAB = defineCatalog(
  {
    'level.basic': 'Basic',
    'level.satisfactory': 'Satisfactory',
    'level.value-added': 'Value-added',
    'level.memorable': 'Memorable',
    'level.untagged': 'Untagged',
    'severity.low': 'Low',
    'severity.medium': 'Medium',
    'severity.high': 'High',
    'severity.critical': 'Critical',
    'channel.in-person': 'In person',
    'channel.phone': 'Phone',
    'channel.web': 'Web',
    'channel.app': 'App',
    'channel.email': 'Email',
    'channel.chat': 'Chat',
    'channel.social': 'Social',
    'channel.mail': 'Mail',
    'channel.self-service': 'Self-service',
    'channel.other': 'Other',
    'evidence.observed': 'Observed',
    'evidence.assumed': 'Assumed',
    'evidence.proposed': 'Proposed',
    'lane.evidence': 'Physical evidence',
    'lane.customer': 'Customer actions',
    'lane.frontstage': 'Frontstage',
    'lane.backstage': 'Backstage',
    'lane.support': 'Support processes',
    'lane.thoughts': 'Thoughts',
    'lane.emotions': 'Emotions',
    'lane.opportunities': 'Opportunities',
    'lane.custom': 'Custom',
    'category.staff': 'Staff attitude',
    'category.waiting': 'Waiting time',
    'category.product': 'Product quality',
    'category.price': 'Price and value',
    'category.information': 'Information and clarity',
    'category.environment': 'Environment',
    'category.process': 'Process and policy',
    'category.complaint-handling': 'Complaint handling',
    'category.other': 'Other',
    'tier.prevent': 'Prevent',
    'tier.detect': 'Detect',
    'tier.recover': 'Recover',
    'line.interaction': 'Line of interaction',
    'line.visibility': 'Line of visibility',
    'line.internal': 'Line of internal interaction',
  },
  {
    'level.basic': '基本',
    'level.satisfactory': '满意',
    'level.value-added': '超值',
    'level.memorable': '难忘',
    'level.untagged': '未标注',
    'severity.low': '轻微',
    'severity.medium': '一般',
    'severity.high': '严重',
    'severity.critical': '致命',
    'channel.in-person': '面对面',
    'channel.phone': '电话',
    'channel.web': '网站',
    'channel.app': 'App',
    'channel.email': '电子邮件',
    'channel.chat': '在线聊天',
    'channel.social': '社交媒体',
    'channel.mail': '邮寄',
    'channel.self-service': '自助',
    'channel.other': '其他',
    'evidence.observed': '已观察',
    'evidence.assumed': '假设',
    'evidence.proposed': '提议',
    'lane.evidence': '有形展示',
    'lane.customer': '顾客行为',
    'lane.frontstage': '前台',
    'lane.backstage': '后台',
    'lane.support': '支持过程',
    'lane.thoughts': '想法',
    'lane.emotions': '情绪',
    'lane.opportunities': '机会',
    'lane.custom': '自定义',
    'category.staff': '员工态度',
    'category.waiting': '等待时间',
    'category.product': '产品质量',
    'category.price': '价格与价值',
    'category.information': '信息与说明',
    'category.environment': '环境',
    'category.process': '流程与制度',
    'category.complaint-handling': '投诉处理',
    'category.other': '其他',
    'tier.prevent': '事前预防',
    'tier.detect': '事中控制',
    'tier.recover': '事后补救',
    'line.interaction': '互动分界线',
    'line.visibility': '可视分界线',
    'line.internal': '内部互动分界线',
  },
);

export type VocabKey = keyof (typeof VOCAB)['en'];

type Group = 'level' | 'severity' | 'category' | 'channel' | 'evidence' | 'lane' | 'tier' | 'line';

/**
 * The vocabulary entries of some groups, for a catalogue that shows them among its own words (the
 * report, the panels): `{ ...vocabEntries('en', ['level']), … }` keeps one wording everywhere.
 */
export function vocabEntries<G extends Group>(locale: Locale, groups: readonly G[]): Record<Extract<VocabKey, `${G}.${string}`>, string> {
  const entries = Object.entries(VOCAB[locale]).filter(([key]) => groups.some((g) => key.startsWith(`${g}.`)));
  return Object.fromEntries(entries) as Record<Extract<VocabKey, `${G}.${string}`>, string>;
}

export const levelName = (level: Level | 'untagged', locale: Locale) => translate(VOCAB, locale, `level.${level}`);
export const categoryName = (category: Category, locale: Locale) => translate(VOCAB, locale, `category.${category}`);
export const severityName = (severity: Severity, locale: Locale) => translate(VOCAB, locale, `severity.${severity}`);
export const channelName = (channel: Channel, locale: Locale) => translate(VOCAB, locale, `channel.${channel}`);
export const evidenceName = (evidence: Evidence, locale: Locale) => translate(VOCAB, locale, `evidence.${evidence}`);
export const laneKindName = (kind: LaneKind, locale: Locale) => translate(VOCAB, locale, `lane.${kind}`);
export const tierName = (tier: Tier, locale: Locale) => translate(VOCAB, locale, `tier.${tier}`);
export const lineName = (line: 'interaction' | 'visibility' | 'internal', locale: Locale) => translate(VOCAB, locale, `line.${line}`);
