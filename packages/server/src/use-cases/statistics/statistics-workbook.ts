import type ExcelJS from 'exceljs';

/** exceljs takes about a second to load: loaded on the first export, not at start-up. */
export const loadExcel = async (): Promise<typeof ExcelJS> => (await import('exceljs')).default;

/** A cell: text, a number, or a share shown as a percentage. */
export type Cell = string | number | { readonly share: number | null } | null;

/** One titled table of a sheet. */
export interface SheetTable {
  readonly title: string;
  readonly header: readonly string[];
  readonly rows: readonly (readonly Cell[])[];
}

/** Adds a sheet holding the tables one below the other, each with its title and a bold header. */
export function addSheet(book: ExcelJS.Workbook, name: string, tables: readonly SheetTable[]): void {
  const sheet = book.addWorksheet(name);
  sheet.columns = Array.from({ length: Math.max(...tables.map((t) => t.header.length)) }, (_, i) => ({ width: i === 0 ? 28 : 16 }));
  for (const t of tables) {
    sheet.addRow([t.title]).font = { bold: true, size: 12 };
    sheet.addRow([...t.header]).font = { bold: true };
    for (const r of t.rows) {
      const row = sheet.addRow(r.map((c) => (c !== null && typeof c === 'object' ? c.share : c)));
      r.forEach((c, i) => {
        if (c !== null && typeof c === 'object') {
          if (c.share === null) row.getCell(i + 1).value = '—';
          else row.getCell(i + 1).numFmt = '0.0%';
        }
      });
    }
    sheet.addRow([]);
  }
}

/** The workbook as bytes. */
export const toBuffer = async (book: ExcelJS.Workbook): Promise<Buffer> => Buffer.from(await book.xlsx.writeBuffer());
