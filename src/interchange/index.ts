/** Maps in and out of spreadsheets and Mermaid: the entry points the command line and the app call. */
import type { Locale } from '../i18n';
import type { MapDocument } from '../model';
import { readCsv, writeCsv } from './csv';
import { exportTables } from './export';
import { importTables, type ImportResult } from './import';
import { readXlsx, writeXlsx } from './xlsx';

export type { ImportResult } from './import';
export type { ImportProblem } from './table';
export { formatImportProblem, formatImportProblems } from './format';
export { exportMermaid, importMermaid } from './mermaid';

/** `unreadable` when the file is not the format at all (exit 2); otherwise a failure is invalid content (exit 1). */
export type Imported = ImportResult & { unreadable?: boolean };

function fromRead(read: ReturnType<typeof readCsv>, fallbackTitle: string): Imported {
  if (!read.ok) return { ok: false, problems: read.problems, total: read.problems.length, unreadable: read.unreadable };
  return importTables(read.tables, { fallbackTitle });
}

export function importCsv(bytes: Uint8Array, fallbackTitle: string): Imported {
  return fromRead(readCsv(bytes), fallbackTitle);
}

export async function importXlsx(bytes: Uint8Array, fallbackTitle: string): Promise<Imported> {
  return fromRead(await readXlsx(bytes), fallbackTitle);
}

/** The language a spreadsheet is written in: the map's own, else English. */
const sheetLocale = (map: MapDocument, locale?: Locale): Locale => locale ?? map.locale ?? 'en';

export function exportCsv(map: MapDocument, locale?: Locale): string {
  const l = sheetLocale(map, locale);
  return writeCsv(exportTables(map, l), l);
}

export function exportXlsx(map: MapDocument, locale?: Locale): Promise<Uint8Array> {
  return writeXlsx(exportTables(map, sheetLocale(map, locale)), map.title);
}
