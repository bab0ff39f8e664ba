import { percentText } from '@shangliang/core';
import type { RequestContext } from '../context.js';
import { getCityDashboard } from './get-city-dashboard.js';
import { addSheet, loadExcel, toBuffer } from './statistics-workbook.js';

/** 导出全市统计 — the 17 counties of a year side by side as an .xlsx workbook, with the flags. */
export async function exportCityDashboard(ctx: RequestContext, year: number): Promise<{ filename: string; buffer: Buffer }> {
  const d = await getCityDashboard(ctx, year);
  const Excel = await loadExcel();
  const book = new Excel.Workbook();
  book.creator = '有事来商量';
  addSheet(book, '全市协商统计', [
    {
      title: `${year}年 各县（市、区）“有事来商量”协商统计（预警标准：活动不少于 ${d.thresholds.minActivities} 次，党政负责同志参加比例不低于 ${percentText(d.thresholds.minLeaderShare)}）`,
      header: ['县（市、区）', '活动合计', '调研', '协商', '跟踪问效', '党政负责同志参加比例', '乡镇（街道）', '未开展协商的乡镇', '按期办复率', '当前逾期', '参加履职委员', '预警'],
      rows: d.counties.map((c) => [c.name, c.activities, c.research, c.consultations, c.followUps, { share: c.leaderShare }, c.townships, c.townshipsWithout, { share: c.onTimeRate }, c.overdueNow, c.membersActive, c.flagLabels.join('；')]),
    },
  ]);
  return { filename: `临汾市-${year}年-全市协商统计.xlsx`, buffer: await toBuffer(book) };
}
