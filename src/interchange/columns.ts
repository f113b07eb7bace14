/**
 * The spreadsheet layout of a map (docs/interchange.md): four tables — touchpoints, pain points,
 * remedies, and the map's stages and lanes — with English and Chinese headers. CSV puts them in one
 * file as sections; XLSX as four sheets. Only the touchpoint table is required on import.
 */
import type { Locale } from '../i18n';

export type TableKey = 'touchpoints' | 'pains' | 'remedies' | 'structure';
export const TABLE_KEYS: readonly TableKey[] = ['touchpoints', 'pains', 'remedies', 'structure'];

export interface Column {
  readonly key: string;
  readonly en: string;
  readonly zh: string;
  /** Other spellings people use for this header (compared after normalising). */
  readonly aliases?: readonly string[];
}

const col = (key: string, en: string, zh: string, aliases: string[] = []): Column => ({ key, en, zh, aliases });

export const TABLES: Readonly<Record<TableKey, { en: string; zh: string; columns: readonly Column[] }>> = {
  touchpoints: {
    en: 'Touchpoints',
    zh: '触点',
    columns: [
      col('id', 'ID', '编号', ['touchpoint id', '触点编号']),
      col('stage', 'Stage', '阶段'),
      col('stageId', 'Stage ID', '阶段编号'),
      col('lane', 'Lane', '泳道', ['row']),
      col('laneId', 'Lane ID', '泳道编号'),
      col('laneKind', 'Lane kind', '泳道类型'),
      col('title', 'Touchpoint', '触点', ['title', 'name', '标题', '名称', '触点名称']),
      col('description', 'Description', '描述', ['说明']),
      col('level', 'Level', '服务层次', ['service level', '层次']),
      col('channel', 'Channel', '渠道'),
      col('evidence', 'Evidence', '证据来源', ['证据']),
      col('emotion', 'Emotion', '情绪'),
      col('waitMinutes', 'Wait (minutes)', '等待（分钟）', ['wait', 'wait minutes', '等待时间', '等待分钟']),
      col('durationMinutes', 'Duration (minutes)', '时长（分钟）', ['duration', 'duration minutes', '时长']),
      col('csat', 'CSAT', 'CSAT', ['满意度']),
      col('nps', 'NPS', 'NPS', ['净推荐值']),
      col('complaints', 'Complaints', '投诉数', ['投诉']),
      col('failPoint', 'Fail point', '失误点'),
      col('waitPoint', 'Wait point', '等待点'),
    ],
  },
  pains: {
    en: 'Pain points',
    zh: '痛点',
    columns: [
      col('touchpointId', 'Touchpoint ID', '触点编号'),
      col('touchpoint', 'Touchpoint', '触点'),
      col('id', 'ID', '编号', ['pain point id', '痛点编号']),
      col('title', 'Pain point', '痛点', ['title', '标题']),
      col('severity', 'Severity', '严重程度'),
      col('category', 'Category', '类别'),
      col('causedBy', 'Caused by (ID)', '成因触点编号', ['caused by']),
      col('note', 'Note', '备注'),
      col('votes', 'Votes', '票数'),
    ],
  },
  remedies: {
    en: 'Remedies',
    zh: '补救措施',
    columns: [col('painId', 'Pain point ID', '痛点编号'), col('tier', 'Tier', '层级', ['阶段层级']), col('text', 'Remedy', '措施', ['text', '内容'])],
  },
  structure: {
    en: 'Stages and lanes',
    zh: '阶段与泳道',
    columns: [col('type', 'Type', '类型'), col('id', 'ID', '编号'), col('name', 'Name', '名称'), col('kind', 'Kind', '种类'), col('description', 'Description', '描述')],
  },
};

/** Header comparison ignores case, spaces, brackets and full-width forms: "Wait (minutes)" = "wait(minutes)" = "等待（分钟）". */
export function normaliseHeader(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s()（）[\]【】_\-:：]/g, '');
}

export function tableName(table: TableKey, locale: Locale): string {
  return locale === 'zh-CN' ? TABLES[table].zh : TABLES[table].en;
}

export function headerOf(column: Column, locale: Locale): string {
  return locale === 'zh-CN' ? column.zh : column.en;
}

/** The table whose name a section marker or sheet name gives, in either language. */
export function tableByName(name: string): TableKey | undefined {
  const n = normaliseHeader(name);
  return TABLE_KEYS.find((k) => normaliseHeader(TABLES[k].en) === n || normaliseHeader(TABLES[k].zh) === n);
}

/** Structure rows: what each row of the "Stages and lanes" table describes. */
export const STRUCTURE_TYPES = { map: ['map', '地图'], language: ['language', '语言'], stage: ['stage', '阶段'], lane: ['lane', '泳道'] } as const;
export type StructureType = keyof typeof STRUCTURE_TYPES;
