import type { RequestContext } from '../../http/context.js';
import { AppError } from '../../http/errors.js';
import { researchOfMember } from '../../repositories/research.repository.js';

/** 我的活动 — research and consultations a member took part in, newest first. */
export async function myActivities(ctx: RequestContext) {
  if (!ctx.user) throw new AppError(401, 'UNAUTHENTICATED', '请先登录');
  const db = ctx.db.kysely;
  const uid = ctx.user.id;
  const [research, consultations] = await Promise.all([
    researchOfMember(db, uid),
    db.selectFrom('consultation_participants as p').innerJoin('consultations as c', 'c.id', 'p.consultation_id').innerJoin('topics as t', 't.id', 'c.topic_id').select(['c.id', 'c.topic_id', 't.title as topic_title', 'c.starts_at', 'c.form', 'c.status', 'p.attended']).where('p.user_id', '=', uid).execute(),
  ]);
  const FORMS: Record<string, string> = { meeting: '会议协商', online: '网络协商', onsite: '现场协商' };
  return [
    ...research.map((r) => ({ kind: 'research' as const, id: r.id, topicId: r.topic_id, topicTitle: r.topic_title, date: r.date, title: `调研：${r.place}`, attended: true })),
    ...consultations.map((c) => ({ kind: 'consultation' as const, id: c.id, topicId: c.topic_id, topicTitle: c.topic_title, date: c.starts_at.slice(0, 10), title: `${FORMS[c.form] ?? c.form}${c.status === 'held' ? '' : '（已安排）'}`, attended: c.attended === 1 })),
  ].sort((a, b) => b.date.localeCompare(a.date));
}
