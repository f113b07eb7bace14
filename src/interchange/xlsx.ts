/**
 * XLSX in and out (exceljs). One sheet per table, named as in docs/interchange.md; a workbook whose
 * sheets carry other names is read from its first sheet as the touchpoint table. Formulas are never
 * evaluated: the value the spreadsheet app last saved is used, and a formula without one is refused.
 */
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import { MAX_FILE_BYTES } from '../model/json';
import { tableByName, type TableKey } from './columns';
import type { OutTable } from './export';
import { MAX_ROWS } from './import';
import type { Cell, ImportProblem, RawRow, RawTable } from './table';

/** Unpacked size beyond which a workbook is refused before parsing: a zip bomb inflates a thousandfold. */
const MAX_UNPACKED_BYTES = 10 * MAX_FILE_BYTES;

export async function writeXlsx(tables: readonly OutTable[], title: string): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Touchpoint Studio';
  wb.title = title;
  // A fixed date keeps the same map's workbook byte-identical from one export to the next.
  wb.created = wb.modified = new Date(0);
  for (const table of tables) {
    const ws = wb.addWorksheet(table.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.addRow(table.header).font = { bold: true };
    for (const row of table.rows) ws.addRow(row.map((c) => (c === null || typeof c === 'object' ? null : c)));
    ws.columns.forEach((column, i) => (column.width = Math.min(60, Math.max(10, table.header[i]!.length + 4))));
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

export type XlsxRead = { ok: true; tables: RawTable[] } | { ok: false; unreadable: boolean; problems: ImportProblem[] };

/** Counts rows from the sheets' XML before exceljs builds its object model of every cell. */
function precheck(bytes: Uint8Array): ImportProblem | null {
  let unpacked = 0;
  const sheets = unzipSync(bytes, {
    filter: (file) => {
      unpacked += file.originalSize;
      return unpacked <= MAX_UNPACKED_BYTES && /^xl\/worksheets\/[^/]+\.xml$/.test(file.name);
    },
  });
  if (unpacked > MAX_UNPACKED_BYTES) return { code: 'too-large', params: { size: unpacked, max: MAX_UNPACKED_BYTES } };
  const rowTag = new TextEncoder().encode('<row ');
  for (const data of Object.values(sheets)) {
    let rows = 0;
    for (let i = data.indexOf(rowTag[0]!); i >= 0; i = data.indexOf(rowTag[0]!, i + 1)) {
      if (data[i + 1] === rowTag[1] && data[i + 2] === rowTag[2] && data[i + 3] === rowTag[3] && data[i + 4] === rowTag[4]) rows++;
    }
    // One header row on top of the model's limit.
    if (rows > MAX_ROWS + 1) return { code: 'too-many-rows', params: { count: rows - 1, max: MAX_ROWS } };
  }
  return null;
}

function toCell(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value.toISOString();
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('hyperlink' in value) return value.text;
  if ('error' in value) return value.error;
  if ('formula' in value || 'sharedFormula' in value) {
    const result = value.result;
    if (result === undefined || result === null || (typeof result === 'object' && !(result instanceof Date))) {
      return { formula: value.formula ?? ('sharedFormula' in value ? value.sharedFormula : '') };
    }
    return toCell(result);
  }
  return null;
}

export async function readXlsx(bytes: Uint8Array): Promise<XlsxRead> {
  if (bytes.length > MAX_FILE_BYTES) return { ok: false, unreadable: true, problems: [{ code: 'too-large', params: { size: bytes.length, max: MAX_FILE_BYTES } }] };
  const wb = new ExcelJS.Workbook();
  try {
    const tooBig = precheck(bytes);
    if (tooBig) return { ok: false, unreadable: tooBig.code === 'too-large', problems: [tooBig] };
    await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  } catch (e) {
    return { ok: false, unreadable: true, problems: [{ code: 'not-xlsx', params: { detail: e instanceof Error ? e.message : String(e) } }] };
  }
  const tables: RawTable[] = [];
  const named = wb.worksheets.map((ws) => ({ ws, key: tableByName(ws.name) }));
  const chosen = named.some((n) => n.key === 'touchpoints') ? named : named.map((n, i) => ({ ws: n.ws, key: i === 0 ? ('touchpoints' as TableKey) : n.key }));
  for (const { ws, key } of chosen) {
    if (key === undefined) continue;
    const rows: RawRow[] = [];
    ws.eachRow({ includeEmpty: false }, (row, number) => {
      const values = row.values as ExcelJS.CellValue[];
      // exceljs puts column A at index 1.
      rows.push({ row: number, cells: Array.from(values.slice(1), (v) => toCell(v)) });
    });
    const [header, ...body] = rows;
    if (header) tables.push({ key, name: ws.name, headerRow: header.row, header: header.cells, rows: body });
  }
  return { ok: true, tables };
}
