// CSV of a chart's data: the same columns and rows as its table view, quoted by papaparse.
import Papa from 'papaparse';

/** One cell of a chart's data: numbers stay numbers (in display units: money in major units). */
export type Cell = string | number | null;
export type Row = Record<string, Cell>;

export interface Column {
  key: string;
  label: string;
  /** How the table view shows the value (the CSV keeps the raw value). */
  format?: (value: Cell, row: Row) => string;
}

/** The CSV text of rows under these columns (header = the labels; null = empty). */
export function toCsv(columns: readonly Column[], rows: readonly Row[]): string {
  return Papa.unparse({
    fields: columns.map((c) => c.label),
    data: rows.map((r) => columns.map((c) => r[c.key] ?? '')),
  });
}

/** A file name from a title: "Subsidy by funder" → "subsidy-by-funder.csv". */
export function csvFileName(title: string): string {
  const base = title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `${base || 'data'}.csv`;
}

/** Offers the CSV as a download (a Blob URL on a temporary link). */
export function downloadCsv(fileName: string, csv: string): void {
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
