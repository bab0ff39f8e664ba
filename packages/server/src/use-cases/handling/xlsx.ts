import type ExcelJS from 'exceljs';
import { ITEM_STATE_LABELS, type ItemState, RATING_LABELS, type Rating, RESULT_CLASSES, type ResultClass, stageRefusal, type TopicState } from '@shangliang/core';
import type { RequestContext } from '../context.js';
import { conflict, invalid } from '../refusals.js';
import { listEvaluationsOf } from '../../repositories/evaluations.repository.js';
import { listFeedbacksOf } from '../../repositories/feedbacks.repository.js';
import { type ItemRow, listItems } from '../../repositories/handling.repository.js';
import { findOrgNames } from '../../repositories/organisations.repository.js';
import type { Executor } from '../../repositories/types.js';
import { authorize } from '../authorize.js';
import { loadTopic } from '../topics/topics.js';
import { evaluateInTransaction } from './evaluate-item.js';
import { indexItem } from '../../search/index-records.js';
import { recordPaperFeedbackIn } from './record-paper-feedback.js';

const COLUMNS = [
  { header: '办件编号（请勿修改）', key: 'id', width: 38 },
  { header: '序号', key: 'seq', width: 6 },
  { header: '建议内容', key: 'content', width: 40 },
  { header: '主办单位', key: 'lead', width: 22 },
  { header: '当前状态', key: 'state', width: 14 },
  { header: '办理期限', key: 'due', width: 12 },
  { header: '书面反馈（办理情况）', key: 'feedback', width: 50 },
  { header: '办理结果分类（A/B/C/D）', key: 'class', width: 14 },
  { header: '责任人', key: 'responsible', width: 12 },
  { header: '联系电话', key: 'contact', width: 16 },
  { header: '满意度测评（满意/基本满意/不满意）', key: 'rating', width: 18 },
  { header: '测评意见', key: 'comment', width: 30 },
] as const;

/** exceljs takes about a second to load: it is loaded on the first export or import, not at start-up. */
const loadExcel = async (): Promise<typeof ExcelJS> => (await import('exceljs')).default;

/** Largest handling sheet accepted for import. */
export const HANDLING_SHEET_MAX_BYTES = 5 * 1024 * 1024;

/** Only .xlsx files come back as handling sheets. */
export function acceptHandlingSheet(filename: string, _mimetype: string): void {
  if (!filename.toLowerCase().endsWith('.xlsx')) throw invalid('请上传由本平台导出的 .xlsx 办理表', [{ path: 'file', message: '文件类型不正确' }]);
}

const RATING_BY_LABEL = Object.fromEntries(Object.entries(RATING_LABELS).map(([k, v]) => [v, k])) as Record<string, Rating>;

async function topicItems(ctx: RequestContext, topicId: string, exec: Executor = ctx.db.kysely) {
  const topic = await loadTopic(ctx, topicId, exec);
  await authorize(ctx, 'handling.manage', { type: 'topic', scope: [topic.county_id] });
  const closed = stageRefusal('handling.manage', topic.state as TopicState);
  if (closed) throw conflict(closed);
  const rows = await listItems(exec, { topicId });
  if (rows.length === 0) throw conflict('该议题尚未报送协商成果，没有可导出的建议');
  return { topic, rows: rows.sort((a, b) => a.seq - b.seq) };
}

/** 导出办理表 — one row per suggestion with its current feedback and evaluation, to fill in offline. */
export async function exportHandlingSheet(ctx: RequestContext, topicId: string): Promise<{ filename: string; buffer: Buffer }> {
  const { topic, rows } = await topicItems(ctx, topicId);
  const db = ctx.db.kysely;
  const ids = rows.map((r) => r.suggestion_id);
  const [orgs, feedbacks, evaluations] = await Promise.all([
    findOrgNames(db, rows.map((r) => r.lead_dept_id).filter((x): x is string => !!x)),
    listFeedbacksOf(db, ids, { exceptReturned: true }),
    listEvaluationsOf(db, ids),
  ]);
  const book = new (await loadExcel()).Workbook();
  book.creator = '有事来商量 协商议事平台';
  const sheet = book.addWorksheet('建议办理');
  sheet.columns = COLUMNS.map((c) => ({ ...c }));
  sheet.getRow(1).font = { bold: true };
  for (const r of rows) {
    const fb = feedbacks.filter((f) => f.suggestion_id === r.suggestion_id && f.round === r.round).at(-1);
    const ev = evaluations.filter((e) => e.suggestion_id === r.suggestion_id && e.round === r.round).at(-1);
    sheet.addRow({
      id: r.suggestion_id, seq: r.seq, content: r.content, lead: r.lead_dept_id ? (orgs.get(r.lead_dept_id)?.name ?? '') : '',
      state: ITEM_STATE_LABELS[r.state as ItemState], due: r.due_on ?? '', feedback: fb?.text ?? '', class: fb?.result_class ?? '',
      responsible: fb?.responsible ?? '', contact: fb?.contact ?? '', rating: ev ? RATING_LABELS[ev.rating as Rating] : '', comment: ev?.comment ?? '',
    });
  }
  const buffer = Buffer.from(await book.xlsx.writeBuffer());
  return { filename: `${topic.title}-建议办理表.xlsx`, buffer };
}

/** One row of the import report. */
export interface ImportRow {
  readonly row: number;
  readonly seq: number | null;
  readonly ok: boolean;
  readonly actions: string[];
  readonly errors: string[];
}

const cell = (row: ExcelJS.Row, col: number): string => {
  const v = row.getCell(col).value;
  if (v === null || v === undefined) return '';
  if (typeof v === 'object' && 'richText' in v) return v.richText.map((t) => t.text).join('').trim();
  if (typeof v === 'object' && 'text' in v) return String(v.text).trim();
  return String(v).trim();
};

/**
 * 导入办理表 — checks every row first against the current state; writes nothing if any row is invalid,
 * unless `applyValid` is set, in which case the valid rows are written. All writes are one transaction.
 */
export async function importHandlingSheet(ctx: RequestContext, topicId: string, file: Buffer, applyValid: boolean): Promise<{ rows: ImportRow[]; written: number; applied: boolean }> {
  // Who may import is settled before the file is read: a refusal must not depend on what was sent.
  const { rows: items } = await topicItems(ctx, topicId);
  const book = new (await loadExcel()).Workbook();
  try {
    await book.xlsx.load(file as unknown as ArrayBuffer);
  } catch {
    throw invalid('无法读取该文件，请上传由本平台导出的 .xlsx 办理表', [{ path: 'file', message: '文件格式不正确' }]);
  }
  const sheet = book.worksheets[0];
  if (!sheet || cell(sheet.getRow(1), 1) !== COLUMNS[0].header) throw invalid('表头与导出的办理表不一致，请使用本平台导出的模板', [{ path: 'file', message: '模板不正确' }]);
  const byId = new Map(items.map((r) => [r.suggestion_id, r]));
  const plans: { row: number; item: ItemRow; feedback?: { text: string; cls: ResultClass; responsible: string; contact: string }; rating?: { rating: Rating; comment: string } }[] = [];
  const report: ImportRow[] = [];
  const seen = new Set<string>();
  sheet.eachRow((row, n) => {
    if (n === 1) return;
    const id = cell(row, 1);
    const [text, cls, responsible, contact, ratingText, comment] = [7, 8, 9, 10, 11, 12].map((c) => cell(row, c)) as [string, string, string, string, string, string];
    if (!id && !text && !ratingText) return;
    const errors: string[] = [];
    const actions: string[] = [];
    const item = byId.get(id);
    if (!item) errors.push('办件编号不属于本议题');
    else if (seen.has(id)) errors.push('同一办件出现多次');
    seen.add(id);
    const plan: (typeof plans)[number] | undefined = item ? { row: n, item } : undefined;
    let state = item?.state;
    if (item && text) {
      if (state === 'assigned') {
        if (!RESULT_CLASSES.includes(cls as ResultClass)) errors.push('办理结果分类须为 A、B、C 或 D');
        if (!responsible) errors.push('请填写责任人');
        if (!contact) errors.push('请填写联系电话');
        if (text.length < 10) errors.push('书面反馈至少 10 个字');
        if (plan) plan.feedback = { text, cls: cls as ResultClass, responsible, contact };
        actions.push('录入书面反馈');
        state = 'accepted';
      } else if (state === 'unassigned' || state === 'returned') errors.push('该建议尚未交办，不能录入反馈');
    }
    if (item && ratingText) {
      const rating = RATING_BY_LABEL[ratingText];
      if (!rating) errors.push('满意度测评须为“满意”“基本满意”或“不满意”');
      else if (state === 'accepted') {
        if (plan) plan.rating = { rating, comment };
        actions.push(`满意度测评：${ratingText}`);
      } else if (state !== 'settled' && !(state === 'assigned' && !text)) errors.push(`当前状态为“${ITEM_STATE_LABELS[state as ItemState]}”，不能测评`);
    }
    report.push({ row: n, seq: item?.seq ?? null, ok: errors.length === 0, actions, errors });
    if (plan && errors.length === 0 && (plan.feedback || plan.rating)) plans.push(plan);
  });
  const invalidRows = report.filter((r) => !r.ok).length;
  if (invalidRows > 0 && !applyValid) return { rows: report, written: 0, applied: false };
  await ctx.db.kysely.transaction().execute(async (trx) => {
    for (const p of plans) {
      let item = p.item;
      if (p.feedback) {
        await recordPaperFeedbackIn(ctx, trx, item, { text: p.feedback.text, resultClass: p.feedback.cls, responsible: p.feedback.responsible, contact: p.feedback.contact }, `办理表第 ${p.row} 行导入`);
        item = { ...item, state: 'accepted' };
      }
      if (p.rating) {
        await evaluateInTransaction(ctx, trx, item, { rating: p.rating.rating, comment: p.rating.comment || undefined });
      }
    }
    for (const p of plans) await indexItem(trx, p.item.suggestion_id);
  });
  return { rows: report, written: plans.length, applied: true };
}
