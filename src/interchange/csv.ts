/**
 * CSV in and out (Papa Parse). One file holds the four tables as sections: the touchpoint table
 * first, then each other table after a marker row such as `[Pain points]` (docs/interchange.md).
 * Text that a spreadsheet would run as a formula (= + - @ at the start) is written with a leading
 * apostrophe, which the importer removes again.
 */
import Papa from 'papaparse';
import { MAX_FILE_BYTES } from '../model/json';
import { firstInvalidUtf8 } from '../model/parse';
import type { Locale } from '../i18n';
import { tableByName, tableName, type TableKey } from './columns';
import type { OutTable } from './export';
import { isBlankRow, type Cell, type ImportProblem, type RawRow, type RawTable } from './table';

const DANGEROUS_START = /^[=+\-@\t\r']/;

/** Guards a text cell against formula injection when the CSV is opened in a spreadsheet app. */
export function escapeCell(text: string): string {
  return DANGEROUS_START.test(text) ? `'${text}` : text;
}

export function unescapeCell(text: string): string {
  return text.startsWith("'") && DANGEROUS_START.test(text.slice(1)) ? text.slice(1) : text;
}

const marker = (key: TableKey, locale: Locale) => `[${tableName(key, locale)}]`;

export function writeCsv(tables: readonly OutTable[], locale: Locale): string {
  const blocks = tables.map((table, i) => {
    const rows = [table.header, ...table.rows.map((r) => r.map((c) => (typeof c === 'string' ? escapeCell(c) : c === null ? '' : String(c))))];
    const body = Papa.unparse(rows, { newline: '\r\n', quotes: false });
    return i === 0 ? body : `${marker(table.key, locale)}\r\n${body}`;
  });
  // A BOM so Excel reads the file as UTF-8 (Chinese titles would otherwise be mojibake).
  return `\uFEFF${blocks.join('\r\n\r\n')}\r\n`;
}

export type CsvRead = { ok: true; tables: RawTable[] } | { ok: false; unreadable: boolean; problems: ImportProblem[] };

export function readCsv(bytes: Uint8Array): CsvRead {
  if (bytes.length > MAX_FILE_BYTES) return { ok: false, unreadable: true, problems: [{ code: 'too-large', params: { size: bytes.length, max: MAX_FILE_BYTES } }] };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, unreadable: true, problems: [{ code: 'not-text', params: { offset: firstInvalidUtf8(bytes) } }] };
  }
  const nul = text.indexOf('\u0000');
  if (nul >= 0) return { ok: false, unreadable: true, problems: [{ code: 'not-text', params: { offset: new TextEncoder().encode(text.slice(0, nul)).length } }] };
  if (text.trim() === '') return { ok: false, unreadable: true, problems: [{ code: 'empty', params: {} }] };
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: false });
  const syntax = parsed.errors.filter((e) => e.type === 'Quotes');
  if (syntax.length > 0) {
    return { ok: false, unreadable: false, problems: syntax.map((e) => ({ row: (e.row ?? 0) + 1, code: 'csv-syntax', params: { detail: e.message } })) };
  }
  return { ok: true, tables: splitSections(parsed.data) };
}

/** Splits the records at marker rows; the first section is the touchpoint table. */
function splitSections(records: readonly string[][]): RawTable[] {
  const tables: RawTable[] = [];
  let current: { key: TableKey; name: string; rows: RawRow[] } = { key: 'touchpoints', name: '', rows: [] };
  const close = () => {
    const [header, ...rows] = current.rows.filter((r) => !isBlankRow(r.cells));
    if (header) tables.push({ key: current.key, name: current.name || tableName(current.key, 'en'), headerRow: header.row, header: header.cells, rows });
  };
  records.forEach((record, i) => {
    const cells: Cell[] = record.map(unescapeCell);
    const first = (cells[0] as string | undefined)?.trim() ?? '';
    const rest = cells.slice(1).every((c) => c === '');
    const key = rest && /^\[.+\]$/.test(first) ? tableByName(first.slice(1, -1)) : undefined;
    if (key) {
      close();
      current = { key, name: first.slice(1, -1), rows: [] };
      return;
    }
    current.rows.push({ row: i + 1, cells });
  });
  close();
  return tables;
}
