import type { CountRow, StatisticsQuery } from '@shangliang/core';
import type { RequestContext } from '../context.js';
import { getCountyStatistics } from './get-county-statistics.js';
import { addSheet, type Cell, loadExcel, toBuffer } from './statistics-workbook.js';

const counted = (rows: readonly CountRow[]): Cell[][] => rows.map((r) => [r.label, r.n]);

/** 导出协商统计 — the county statistics of a period as an .xlsx workbook, one sheet per section. */
export async function exportCountyStatistics(ctx: RequestContext, query: StatisticsQuery): Promise<{ filename: string; buffer: Buffer }> {
  const s = await getCountyStatistics(ctx, query);
  const Excel = await loadExcel();
  const book = new Excel.Workbook();
  book.creator = '有事来商量';
  const a = s.activities;
  addSheet(book, '协商频次', [
    { title: `${s.county.name} ${s.period.label} 协商活动`, header: ['项目', '次数'], rows: [['活动合计', a.total], ...counted(a.byKind), ['其中：联动协商', a.joint]] },
    { title: '协商形式', header: ['形式', '次数'], rows: counted(a.byForm) },
    { title: '协商层级', header: ['层级', '次数'], rows: counted(a.byLevel) },
    { title: `${s.period.year}年度协商计划`, header: ['计划数', '计划议题', '已协商', '完成比例'], rows: [[a.plan.plans, a.plan.planned, a.plan.done, { share: a.plan.share }]] },
    { title: '党政负责同志参加协商', header: ['已开展协商', '党政负责同志参加', '比例'], rows: [[s.leaders.consultations, s.leaders.attended, { share: s.leaders.share }]] },
  ]);
  addSheet(book, '基层协商覆盖', [
    {
      title: `${s.period.year}年 乡镇（街道）、村（社区）协商开展情况`,
      header: ['名称', '类别', '所属乡镇（街道）', '协商次数', '全年未开展'],
      rows: s.places.rows.map((r) => [r.name, r.kind === 'township' ? '乡镇（街道）' : r.kind === 'community' ? '社区' : '村', r.parentName, r.consultations, r.flagged ? '是' : '']),
    },
  ]);
  const t = s.topics;
  addSheet(book, '议题与选题', [
    { title: '议题来源', header: ['来源', '议题数'], rows: counted(t.bySource) },
    { title: '议题阶段', header: ['阶段', '议题数'], rows: counted(t.byState) },
    { title: '选题建议', header: ['项目', '件数'], rows: [['收到', t.proposals.received], ['未予采纳', t.proposals.excluded], ...t.proposals.byReason.map((r): Cell[] => [`  其中：${r.label}`, r.n]), ['并入议题', t.proposals.merged]] },
  ]);
  const h = s.handling;
  addSheet(book, '建议办理', [
    {
      title: '办理情况',
      header: ['项目', '数值'],
      rows: [
        ['交办建议', h.assigned],
        ['已书面反馈', h.answered],
        ['按期反馈', h.onTime],
        ['按期办复率', { share: h.onTimeRate }],
        ['当前逾期', h.overdueNow],
        ['平均办复天数', h.averageDaysToAnswer],
        ['重新办理件数', h.rehandledItems],
        ['重新办理轮次', h.rehandlingRounds],
      ],
    },
    { title: '办理结果分类', header: ['分类', '件数'], rows: counted(h.byResultClass) },
    { title: '满意度测评', header: ['测评结果', '次数'], rows: counted(h.byRating) },
    { title: '成果转化', header: ['转化方式', '件数'], rows: counted(h.byConversion) },
    { title: '承办单位', header: ['单位', '办件', '已反馈', '按期反馈', '按期办复率', '当前逾期', '督办次数'], rows: h.departments.map((d) => [d.name, d.items, d.answered, d.onTime, { share: d.onTimeRate }, d.overdueNow, d.supervisions]) },
  ]);
  addSheet(book, '部门支持', [
    { title: '部门支持（第六条(三)）', header: ['单位', ...(s.support[0]?.byKind.map((k) => k.label) ?? ['场地协调', '经费保障', '信息提供', '时间安排']), '合计'], rows: s.support.map((d) => [d.name, ...d.byKind.map((k) => k.n), d.total]) },
  ]);
  addSheet(book, '委员履职', [
    { title: '委员履职', header: ['项目', '数值'], rows: [['参加履职委员', s.members.active], ['履职记录', s.members.participations], ['人均积分', s.members.averagePoints], ['未达最低要求', s.members.belowMinimum]] },
  ]);
  return { filename: `${s.county.name}-${s.period.label}-协商统计.xlsx`, buffer: await toBuffer(book) };
}
