import type { RequestContext } from '../context.js';
import { authorize, hiddenFrom } from '../authorize.js';
import { recordAudit } from '../audit/record-audit.js';
import { countUnread, markNotificationsRead, notificationOf } from '../../repositories/notifications.repository.js';

/** 标为已读 — one of one's notifications, or all of them; answers the unread count left. */
export async function markNotificationsReadFor(ctx: RequestContext, id: string | 'all'): Promise<{ unread: number }> {
  await authorize(ctx, 'notification.read_own', { type: 'notification', scope: [] });
  const userId = ctx.user!.id;
  // Another account's notification reads as one that does not exist.
  if (id !== 'all' && !(await notificationOf(ctx.db.kysely, userId, id))) throw hiddenFrom('消息', { action: 'notification.read', subjectType: 'notification', subjectId: id, countyId: ctx.user!.countyId });
  await ctx.db.kysely.transaction().execute(async (trx) => {
    const n = await markNotificationsRead(trx, userId, id, ctx.now.toISOString());
    if (n) await recordAudit(ctx, { action: 'notification.read', subjectType: 'notification', ...(id === 'all' ? {} : { subjectId: id }), countyId: ctx.user!.countyId, summary: `标为已读 ${n} 条消息` }, trx);
  });
  return { unread: await countUnread(ctx.db.kysely, userId) };
}
