import type ExcelJS from 'exceljs';
import type { RequestContext } from '../context.js';
import { findMap, listReplies, listStatements } from '../../repositories/rooms.repository.js';
import { checkVerb, loadRoom } from './room-access.js';

/** exceljs is loaded on the first export, not at start-up. */
const loadExcel = async (): Promise<typeof ExcelJS> => (await import('exceljs')).default;

/** What the stored map says of the groups and the consensus (the map's own shape, ids included). */
interface StoredMap {
  readonly counted: number;
  readonly groups: readonly { id: number; size: number; representative: readonly { statementId: string; direction: 'agree' | 'disagree' }[] }[];
  readonly consensus: readonly { statementId: string }[];
}

const percent = (n: number, of: number): string => (of ? `${Math.round((n * 100) / of)}%` : '');

/**
 * 网络协商意见汇总 (第四条(三)3 汇总整理) — the room's shown statements with their tallies, which opinion
 * group each one speaks for, whether it is a consensus, and the departments' replies; a second sheet per group.
 * This is what the office files with the consultation and draws the outcome's suggestions from.
 */
export async function exportRoomSummary(ctx: RequestContext, roomId: string): Promise<{ filename: string; buffer: Buffer }> {
  const room = await loadRoom(ctx, roomId);
  await checkVerb(ctx, room, 'export');
  const db = ctx.db.kysely;
  const [statements, replies, stored] = await Promise.all([listStatements(db, roomId, { statuses: ['shown'] }), listReplies(db, roomId), findMap(db, roomId)]);
  const map = stored ? (JSON.parse(stored.result) as StoredMap) : null;
  const speaksFor = new Map<string, string[]>();
  for (const g of map?.groups ?? []) for (const r of g.representative) speaksFor.set(r.statementId, [...(speaksFor.get(r.statementId) ?? []), `第 ${g.id + 1} 类${r.direction === 'agree' ? '多数同意' : '多数不同意'}`]);
  const consensus = new Set((map?.consensus ?? []).map((c) => c.statementId));
  const book = new (await loadExcel()).Workbook();
  book.creator = '有事来商量 协商议事平台';
  const sheet = book.addWorksheet('观点汇总');
  sheet.columns = [
    { header: '序号', key: 'no', width: 6 },
    { header: '观点', key: 'text', width: 60 },
    { header: '同意', key: 'agrees', width: 8 },
    { header: '不同意', key: 'disagrees', width: 8 },
    { header: '跳过', key: 'passes', width: 8 },
    { header: '同意率', key: 'ratio', width: 8 },
    { header: '代表的意见分组', key: 'groups', width: 24 },
    { header: '共识', key: 'consensus', width: 6 },
    { header: '部门回应', key: 'replies', width: 60 },
  ];
  sheet.getRow(1).font = { bold: true };
  const ranked = [...statements].sort((a, b) => b.agrees - a.agrees || a.created_at.localeCompare(b.created_at));
  ranked.forEach((s, i) => {
    const voted = s.agrees + s.disagrees + s.passes;
    sheet.addRow({
      no: i + 1, text: s.text, agrees: s.agrees, disagrees: s.disagrees, passes: s.passes, ratio: percent(s.agrees, voted),
      groups: (speaksFor.get(s.id) ?? []).join('；'), consensus: consensus.has(s.id) ? '是' : '',
      replies: replies.filter((r) => r.statement_id === s.id).map((r) => `${r.department_name}：${r.text}`).join('\n'),
    });
  });
  const groups = book.addWorksheet('意见分组');
  groups.columns = [
    { header: '分组', key: 'group', width: 10 },
    { header: '人数', key: 'size', width: 8 },
    { header: '代表性观点', key: 'text', width: 70 },
    { header: '倾向', key: 'direction', width: 10 },
  ];
  groups.getRow(1).font = { bold: true };
  const textOf = new Map(statements.map((s) => [s.id, s.text]));
  for (const g of map?.groups ?? []) for (const r of g.representative) groups.addRow({ group: `第 ${g.id + 1} 类`, size: g.size, text: textOf.get(r.statementId) ?? '', direction: r.direction === 'agree' ? '多数同意' : '多数不同意' });
  return { filename: `${room.title}-网络协商意见汇总.xlsx`, buffer: Buffer.from(await book.xlsx.writeBuffer()) };
}
