import type { DeliveryView } from '@shangliang/core';
import type { RequestContext } from '../context.js';
import { authorize, authorizeRead } from '../authorize.js';
import { recordAudit } from '../audit/record-audit.js';
import { conflict, notFound } from '../refusals.js';
import { findDelivery, requeueDelivery } from '../../repositories/notifications.repository.js';
import { presentDelivery } from './list-deliveries.js';

/** 重新发送 — puts an e-mail or SMS back in the outbox now (a failed one, or one the recipient says never came). */
export async function resendDelivery(ctx: RequestContext, id: string): Promise<DeliveryView> {
  const row = await findDelivery(ctx.db.kysely, id);
  if (!row) throw notFound('发送记录');
  const subject = { type: 'notification' as const, scope: [row.county_id] };
  await authorizeRead(ctx, 'notification.read_deliveries', subject, '发送记录');
  await authorize(ctx, 'notification.resend', subject);
  await ctx.db.kysely.transaction().execute(async (trx) => {
    if (!(await requeueDelivery(trx, id, ctx.now.toISOString()))) throw conflict('该消息正在发送，请稍后再试');
    await recordAudit(ctx, { action: 'notification.resend', subjectType: 'notification', subjectId: id, countyId: row.county_id, summary: `重新发送${row.channel === 'sms' ? '短信' : '邮件'}：${row.title}` }, trx);
  });
  return presentDelivery(ctx, (await findDelivery(ctx.db.kysely, id))!);
}
