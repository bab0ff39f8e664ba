import { channelsFor, maskPhone, NOTIFICATION_KINDS, NOTIFICATION_RULES, type NotificationSettingsInput, type NotificationSettingsView } from '@shangliang/core';
import type { RequestContext } from '../context.js';
import { authorize } from '../authorize.js';
import { recordAudit } from '../audit/record-audit.js';
import { findPreferences, savePreferences } from '../../repositories/notifications.repository.js';
import { findUserContact, setUserEmail } from '../../repositories/users.repository.js';

/** Which channels the platform has set up. */
export interface ChannelAvailability {
  readonly email: boolean;
  readonly sms: boolean;
}

/** 通知设置 — one's e-mail and the channels per kind (the rule's defaults where one has not chosen). */
export async function getNotificationSettings(ctx: RequestContext, available: ChannelAvailability): Promise<NotificationSettingsView> {
  await authorize(ctx, 'notification.read_own', { type: 'notification', scope: [] });
  const userId = ctx.user!.id;
  const [contact, prefs] = await Promise.all([findUserContact(ctx.db.kysely, userId), findPreferences(ctx.db.kysely, [userId])]);
  const mine = prefs.get(userId);
  return {
    email: contact?.email ?? null,
    phone: contact?.phone ? maskPhone(contact.phone) : null,
    available: { email: available.email, sms: available.sms },
    kinds: NOTIFICATION_KINDS.map((kind) => ({ kind, label: NOTIFICATION_RULES[kind].label, channels: channelsFor(kind, mine?.get(kind)), defaults: [...NOTIFICATION_RULES[kind].channels] })),
  };
}

/** Saves one's e-mail and channel choices (站内消息 always stays on). */
export async function saveNotificationSettings(ctx: RequestContext, input: NotificationSettingsInput, available: ChannelAvailability): Promise<NotificationSettingsView> {
  await authorize(ctx, 'notification.read_own', { type: 'notification', scope: [] });
  const userId = ctx.user!.id;
  const kinds = NOTIFICATION_KINDS.filter((k) => input.kinds[k]).map((kind) => ({ kind, channels: channelsFor(kind, input.kinds[kind]) }));
  await ctx.db.kysely.transaction().execute(async (trx) => {
    await setUserEmail(trx, userId, input.email, ctx.now.toISOString());
    await savePreferences(trx, userId, kinds);
    await recordAudit(ctx, { action: 'notification.settings', subjectType: 'user', subjectId: userId, countyId: ctx.user!.countyId, summary: `修改通知设置${input.email ? `（邮箱 ${input.email}）` : ''}` }, trx);
  });
  return getNotificationSettings(ctx, available);
}
