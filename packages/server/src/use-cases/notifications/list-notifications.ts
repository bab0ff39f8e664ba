import { NOTIFICATION_RULES, type NotificationPage, type NotificationQuery, type NotificationView } from '@shangliang/core';
import type { RequestContext } from '../context.js';
import { authorize } from '../authorize.js';
import { countUnread, listNotificationsOf, type NotificationRow } from '../../repositories/notifications.repository.js';

/** A notification as the bell's list shows it. */
const present = (r: NotificationRow): NotificationView => ({ id: r.id, kind: r.kind, kindLabel: NOTIFICATION_RULES[r.kind].label, title: r.title, body: r.body, link: r.link, createdAt: r.created_at, readAt: r.read_at });

/** 我的消息 — one's own notifications, newest first, with the unread count. */
export async function listNotifications(ctx: RequestContext, q: NotificationQuery): Promise<NotificationPage> {
  await authorize(ctx, 'notification.read_own', { type: 'notification', scope: [] });
  const userId = ctx.user!.id;
  const [page, unread] = await Promise.all([listNotificationsOf(ctx.db.kysely, userId, q), countUnread(ctx.db.kysely, userId)]);
  return { items: page.rows.map(present), total: page.total, unread, page: q.page, pageSize: q.pageSize };
}

/** The bell's figure: how many of one's notifications are unread. */
export async function unreadNotifications(ctx: RequestContext): Promise<{ unread: number }> {
  await authorize(ctx, 'notification.read_own', { type: 'notification', scope: [] });
  return { unread: await countUnread(ctx.db.kysely, ctx.user!.id) };
}
