/** Tables as read from a CSV section or an XLSX sheet, before they mean anything. */
import type { Params } from '../i18n';
import type { Problem } from '../model';
import type { TableKey } from './columns';

/** A formula whose value the file does not carry: formulas are never evaluated here. */
export interface FormulaCell {
  readonly formula: string;
}
export type Cell = string | number | boolean | FormulaCell | null;

export interface RawRow {
  /** 1-based row (XLSX) or record number in the file (CSV), as the person's tool shows it. */
  readonly row: number;
  readonly cells: readonly Cell[];
}

export interface RawTable {
  readonly key: TableKey;
  /** The sheet name or section marker as written in the file. */
  readonly name: string;
  readonly headerRow: number;
  readonly header: readonly Cell[];
  readonly rows: readonly RawRow[];
}

/** Where an import problem is: a table, a row, a column, all optional (a whole-file problem has none). */
export interface ImportProblem {
  readonly table?: string;
  readonly row?: number;
  /** For text formats (Mermaid) where a person thinks in lines, not rows. */
  readonly line?: number;
  readonly column?: string;
  readonly code: string;
  readonly params: Params;
  /** For `invalid`: the problem the map's own validation found, on the document built from the rows. */
  readonly detail?: Problem;
}

export class ImportError extends Error {
  constructor(readonly problems: readonly ImportProblem[]) {
    super(problems[0]?.code ?? 'import failed');
    this.name = 'ImportError';
  }
}

export const isFormula = (cell: Cell): cell is FormulaCell => typeof cell === 'object' && cell !== null;

/** A cell as text, for headers and messages. */
export function cellText(cell: Cell): string {
  if (cell === null) return '';
  if (isFormula(cell)) return `=${cell.formula}`;
  return String(cell);
}

export const isBlankRow = (cells: readonly Cell[]) => cells.every((c) => c === null || (typeof c === 'string' && c.trim() === ''));
