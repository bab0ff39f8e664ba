import { z } from 'zod';
import { actionsSchema } from '../common/page.views.js';
import { CHANNELS, NOTIFICATION_KINDS } from './notification-kinds.js';
import { DELIVERY_STATES } from './delivery.js';

/** 站内消息 — one notification in the bell's list. */
export const notificationViewSchema = z.strictObject({
  id: z.string(),
  kind: z.enum(NOTIFICATION_KINDS),
  kindLabel: z.string(),
  title: z.string(),
  body: z.string(),
  /** Where the console opens it (e.g. /console/handling/items/…), or null. */
  link: z.string().nullable(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
/** A notification as the API shows it. */
export type NotificationView = z.infer<typeof notificationViewSchema>;

/** GET /api/notifications — a page of one's notifications and how many are unread. */
export const notificationPageSchema = z.strictObject({
  items: z.array(notificationViewSchema),
  total: z.number().int(),
  unread: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
/** A page of notifications. */
export type NotificationPage = z.infer<typeof notificationPageSchema>;

/** GET /api/notifications/unread-count — the bell's figure. */
export const unreadCountSchema = z.strictObject({ unread: z.number().int() });

/** GET /api/me/notification-settings — the channels per kind, and which channels this platform has set up. */
export const notificationSettingsViewSchema = z.strictObject({
  email: z.string().nullable(),
  /** The account's phone, as the office entered it (SMS goes there), masked. */
  phone: z.string().nullable(),
  available: z.strictObject({ email: z.boolean(), sms: z.boolean() }),
  kinds: z.array(
    z.strictObject({
      kind: z.enum(NOTIFICATION_KINDS),
      label: z.string(),
      channels: z.array(z.enum(CHANNELS)),
      defaults: z.array(z.enum(CHANNELS)),
    }),
  ),
});
/** One's notification settings. */
export type NotificationSettingsView = z.infer<typeof notificationSettingsViewSchema>;

/** 发送记录 — one e-mail or SMS in the office's delivery log. */
export const deliveryViewSchema = z.strictObject({
  id: z.string(),
  channel: z.enum(['email', 'sms']),
  channelLabel: z.string(),
  /** The address, a phone masked (138****5678). */
  address: z.string(),
  recipient: z.string().nullable(),
  kind: z.enum(NOTIFICATION_KINDS),
  kindLabel: z.string(),
  title: z.string(),
  state: z.enum(DELIVERY_STATES),
  stateLabel: z.string(),
  attempts: z.number().int(),
  lastError: z.string().nullable(),
  createdAt: z.string(),
  sentAt: z.string().nullable(),
  nextAttemptAt: z.string().nullable(),
  actions: actionsSchema,
});
/** A delivery as the log shows it. */
export type DeliveryView = z.infer<typeof deliveryViewSchema>;

/** Masks a phone's middle digits. */
export const maskPhone = (phone: string): string => (phone.length >= 7 ? `${phone.slice(0, 3)}****${phone.slice(-4)}` : '****');
