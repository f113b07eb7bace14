/**
 * Map → the four tables of docs/interchange.md. Vocabulary values are written as their names in the
 * chosen language (the importer reads ids and both languages), so a spreadsheet reads as people write.
 * Not carried: links, personas and the canvas view; an empty text is the same as none.
 */
import type { Locale } from '../i18n';
import { channelName, evidenceName, laneKindName, levelName, severityName, tierName, categoryName } from '../i18n/vocab';
import type { MapDocument } from '../model';
import { headerOf, STRUCTURE_TYPES, tableName, TABLE_KEYS, TABLES, type TableKey } from './columns';
import type { Cell } from './table';

export interface OutTable {
  key: TableKey;
  name: string;
  header: string[];
  rows: Cell[][];
}

const yesNo = (value: boolean | undefined, locale: Locale): Cell => (value === undefined ? null : locale === 'zh-CN' ? (value ? '是' : '否') : value ? 'yes' : 'no');
const orNull = <T,>(value: T | undefined): T | null => (value === undefined ? null : value);

export function exportTables(map: MapDocument, locale: Locale): OutTable[] {
  const stageName = new Map(map.stages.map((s) => [s.id, s.name]));
  const laneById = new Map(map.lanes.map((l) => [l.id, l]));
  const typeName = (type: keyof typeof STRUCTURE_TYPES) => STRUCTURE_TYPES[type][locale === 'zh-CN' ? 1 : 0];
  const rows: Record<TableKey, Cell[][]> = { touchpoints: [], pains: [], remedies: [], structure: [] };
  for (const tp of map.touchpoints) {
    const lane = laneById.get(tp.lane);
    const m = tp.metrics ?? {};
    rows.touchpoints.push([
      tp.id,
      stageName.get(tp.stage) ?? tp.stage,
      tp.stage,
      lane?.name ?? tp.lane,
      tp.lane,
      lane?.kind === undefined ? null : laneKindName(lane.kind, locale),
      tp.title,
      orNull(tp.description),
      tp.level === undefined ? null : levelName(tp.level, locale),
      tp.channel === undefined ? null : channelName(tp.channel, locale),
      tp.evidence === undefined ? null : evidenceName(tp.evidence, locale),
      orNull(tp.emotion),
      orNull(m.waitMinutes),
      orNull(m.durationMinutes),
      orNull(m.csat),
      orNull(m.nps),
      orNull(m.complaints),
      yesNo(tp.failPoint, locale),
      yesNo(tp.waitPoint, locale),
    ]);
    for (const pain of tp.painPoints ?? []) {
      rows.pains.push([
        tp.id,
        tp.title,
        pain.id,
        pain.title,
        severityName(pain.severity, locale),
        pain.category === undefined ? null : categoryName(pain.category, locale),
        orNull(pain.causedBy),
        orNull(pain.note),
        orNull(pain.votes),
      ]);
      for (const remedy of pain.remedies ?? []) rows.remedies.push([pain.id, tierName(remedy.tier, locale), remedy.text]);
    }
  }
  rows.structure.push([typeName('map'), null, map.title, orNull(map.template), orNull(map.description)]);
  if (map.locale) rows.structure.push([typeName('language'), null, map.locale, null, null]);
  for (const s of map.stages) rows.structure.push([typeName('stage'), s.id, s.name, null, orNull(s.description)]);
  for (const l of map.lanes) rows.structure.push([typeName('lane'), l.id, l.name, l.kind === undefined ? null : laneKindName(l.kind, locale), null]);
  return TABLE_KEYS.map((key) => ({ key, name: tableName(key, locale), header: TABLES[key].columns.map((c) => headerOf(c, locale)), rows: rows[key] }));
}
