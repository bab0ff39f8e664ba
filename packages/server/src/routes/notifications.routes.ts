import { deliveryQuerySchema, deliveryViewSchema, notificationPageSchema, notificationQuerySchema, notificationSettingsSchema, notificationSettingsViewSchema, pageSchema, unreadCountSchema } from '@shangliang/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { NotificationService } from '../notifications/service.js';
import { listDeliveries } from '../use-cases/notifications/list-deliveries.js';
import { listNotifications, unreadNotifications } from '../use-cases/notifications/list-notifications.js';
import { markNotificationsReadFor } from '../use-cases/notifications/mark-notifications-read.js';
import { getNotificationSettings, saveNotificationSettings } from '../use-cases/notifications/notification-settings.js';
import { resendDelivery } from '../use-cases/notifications/resend-delivery.js';
import { emptyBody, idParams } from './common.js';

/** 消息通知 — the bell, one's channel settings, and the office's delivery log. */
export const notificationRoutes: FastifyPluginAsyncZod<{ notifications: NotificationService }> = async (app, { notifications }) => {
  const tags = ['消息通知'];
  app.get('/notifications', { schema: { tags, summary: '我的消息（站内通知）', querystring: notificationQuerySchema, response: { 200: notificationPageSchema } } }, async (request) =>
    listNotifications(request.ctx, request.query),
  );
  app.get('/notifications/unread-count', { schema: { tags, summary: '未读消息数', response: { 200: unreadCountSchema } } }, async (request) => unreadNotifications(request.ctx));
  app.post('/notifications/read-all', { schema: { tags, summary: '全部标为已读', body: emptyBody, response: { 200: unreadCountSchema } } }, async (request) => markNotificationsReadFor(request.ctx, 'all'));
  app.post('/notifications/:id/read', { schema: { tags, summary: '标为已读', params: idParams, body: emptyBody, response: { 200: unreadCountSchema } } }, async (request) =>
    markNotificationsReadFor(request.ctx, request.params.id),
  );
  app.get('/me/notification-settings', { schema: { tags, summary: '我的通知设置', response: { 200: notificationSettingsViewSchema } } }, async (request) =>
    getNotificationSettings(request.ctx, notifications.available),
  );
  app.put('/me/notification-settings', { schema: { tags, summary: '修改我的通知设置（邮箱、各类通知的接收渠道）', body: notificationSettingsSchema, response: { 200: notificationSettingsViewSchema } } }, async (request) =>
    saveNotificationSettings(request.ctx, request.body, notifications.available),
  );
  app.get('/notifications/deliveries', { schema: { tags, summary: '发送记录（邮件、短信）', querystring: deliveryQuerySchema, response: { 200: pageSchema(deliveryViewSchema) } } }, async (request) =>
    listDeliveries(request.ctx, request.query),
  );
  app.post('/notifications/deliveries/:id/resend', { schema: { tags, summary: '重新发送', params: idParams, body: emptyBody, response: { 200: deliveryViewSchema } } }, async (request) =>
    resendDelivery(request.ctx, request.params.id),
  );
};
