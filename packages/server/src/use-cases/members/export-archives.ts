import type ExcelJS from 'exceljs';
import { PARTICIPATION_KIND_LABELS } from '@shangliang/core';
import type { RequestContext } from '../context.js';
import { scoreMembers } from './archives.js';

const loadExcel = async (): Promise<typeof ExcelJS> => (await import('exceljs')).default;

/**
 * 履职档案导出 — the whole county's year for 履职评价: a row per member with each rule's count and capped
 * points, the total and the minimums; members below a minimum are marked.
 */
export async function exportArchives(ctx: RequestContext, query: { countyId?: string | undefined; year: number }): Promise<{ filename: string; buffer: Buffer }> {
  const scored = await scoreMembers(ctx, query);
  const kinds = scored.rules.rules.map((r) => r.kind);
  const Excel = await loadExcel();
  const book = new Excel.Workbook();
  book.creator = '有事来商量';
  const sheet = book.addWorksheet(`${query.year}年度履职档案`);
  sheet.columns = [
    { header: '序号', key: 'n', width: 6 },
    { header: '姓名', key: 'name', width: 10 },
    { header: '界别', key: 'sector', width: 14 },
    { header: '专委会', key: 'committee', width: 18 },
    ...kinds.flatMap((k) => [
      { header: `${PARTICIPATION_KIND_LABELS[k]}（次）`, key: `${k}_n`, width: 12 },
      { header: `${PARTICIPATION_KIND_LABELS[k]}（分）`, key: `${k}_p`, width: 12 },
    ]),
    { header: '总分', key: 'total', width: 8 },
    { header: '年度要求', key: 'met', width: 10 },
    { header: '未达要求', key: 'missing', width: 24 },
  ];
  scored.rows
    .slice()
    .sort((a, b) => b.total - a.total || a.member.name.localeCompare(b.member.name, 'zh-CN'))
    .forEach((row, i) => {
      const lines = new Map((scored.scores.get(row.member.id)?.lines ?? []).map((l) => [l.kind, l]));
      const added = sheet.addRow({
        n: i + 1,
        name: row.member.name,
        sector: row.member.sector ?? '',
        committee: row.member.committee ?? '',
        ...Object.fromEntries(kinds.flatMap((k) => [[`${k}_n`, lines.get(k)?.count ?? 0], [`${k}_p`, lines.get(k)?.points ?? 0]])),
        total: row.total,
        met: row.meetsAll ? '达到' : '未达到',
        missing: row.missing.join('；'),
      });
      if (!row.meetsAll) added.getCell('met').font = { color: { argb: 'FFC0392B' }, bold: true };
    });
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1, xSplit: 2 }];
  const buffer = Buffer.from(await book.xlsx.writeBuffer());
  return { filename: `${scored.countyName}${query.year}年度委员履职档案.xlsx`, buffer };
}
