import { z } from 'zod';
import { CHANNELS, NOTIFICATION_KINDS } from './notification-kinds.js';
import { DELIVERY_STATES } from './delivery.js';

const page = z.coerce.number().int().min(1, '页码从 1 开始').default(1);
const pageSize = z.coerce.number().int().min(1).max(100, '每页最多 100 条').default(20);

/** Query of GET /api/notifications — one's own notifications, newest first. */
export const notificationQuerySchema = z.strictObject({
  unread: z.enum(['true', 'false'], { error: 'unread 应为 true 或 false' }).optional().transform((v) => v === 'true'),
  page,
  pageSize,
});
/** Filters of one's notifications. */
export type NotificationQuery = z.infer<typeof notificationQuerySchema>;

/** Body of PUT /api/me/notification-settings — the e-mail address and the channels chosen per kind. */
export const notificationSettingsSchema = z.strictObject({
  email: z
    .string()
    .trim()
    .max(100, '电子邮箱不能超过 100 个字符')
    .refine((v) => v === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v), '电子邮箱格式不正确')
    .nullable()
    .transform((v) => v || null),
  kinds: z.partialRecord(z.enum(NOTIFICATION_KINDS, { error: '通知类型不正确' }), z.array(z.enum(CHANNELS, { error: '通知渠道不正确' })).max(3)),
});
/** Input of saving one's notification settings. */
export type NotificationSettingsInput = z.infer<typeof notificationSettingsSchema>;

/** Query of GET /api/notifications/deliveries — the office's delivery log. */
export const deliveryQuerySchema = z.strictObject({
  countyId: z.string().max(64).optional(),
  state: z.enum(DELIVERY_STATES, { error: '发送状态不正确' }).optional(),
  channel: z.enum(['email', 'sms'], { error: '渠道不正确' }).optional(),
  page,
  pageSize,
});
/** Filters of the delivery log. */
export type DeliveryQuery = z.infer<typeof deliveryQuerySchema>;
