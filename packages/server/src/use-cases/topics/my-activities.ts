import type { MyActivityView } from '@shangliang/core';
import type { RequestContext } from '../context.js';
import { AppError } from '../refusals.js';
import { type ActivityRow, pageActivitiesOf } from '../../repositories/research.repository.js';

const FORMS: Record<string, string> = { meeting: '会议协商', online: '网络协商', onsite: '现场协商' };

const present = (a: ActivityRow): MyActivityView =>
  a.kind === 'research'
    ? { kind: 'research', id: a.id, topicId: a.topic_id, topicTitle: a.topic_title, date: a.date, title: `调研：${a.place ?? ''}`, attended: true }
    : { kind: 'consultation', id: a.id, topicId: a.topic_id, topicTitle: a.topic_title, date: a.date, title: `${FORMS[a.form ?? ''] ?? a.form}${a.status === 'held' ? '' : '（已安排）'}`, attended: a.status === 'held' ? Number(a.attended) === 1 : null };

/** 我的活动 — research and consultations a member took part in, newest first, a page at a time. */
export async function myActivities(ctx: RequestContext, page: { page: number; pageSize: number }): Promise<{ items: MyActivityView[]; total: number; page: number; pageSize: number }> {
  if (!ctx.user) throw new AppError('unauthenticated', 'UNAUTHENTICATED', '请先登录');
  const { rows, total } = await pageActivitiesOf(ctx.db.kysely, ctx.user.id, page);
  return { items: rows.map(present), total, ...page };
}
