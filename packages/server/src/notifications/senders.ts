import { createHash } from 'node:crypto';
import type { Transporter } from 'nodemailer';
import type { DeliveryRow } from '../repositories/notifications.repository.js';

/** 邮件服务 — SMTP_URL (smtp://user:pass@host:port, smtps://…) and the sender MAIL_FROM. */
export interface MailConfig {
  readonly url: string;
  readonly from: string;
}

/**
 * 短信网关 — `log` writes messages to the server log (the default, for trials); `http` posts them to the
 * county operator's gateway: SMS_HTTP_URL, an optional bearer SMS_HTTP_TOKEN, the signature SMS_SIGN (e.g.
 * 【临汾市政协】) and template ids per kind in SMS_TEMPLATES (JSON, e.g. {"item_assigned":"SMS_001"}).
 */
export interface SmsConfig {
  readonly provider: 'log' | 'http';
  readonly url?: string | undefined;
  readonly token?: string | undefined;
  readonly sign?: string | undefined;
  readonly templates?: Readonly<Record<string, string>> | undefined;
}

/** Sends one delivery of its channel; throws with the reason when it did not go out. */
export type Sender = (delivery: DeliveryRow) => Promise<void>;

/** The senders of the configured channels: e-mail only with SMTP set up, SMS always (log by default). */
export interface Senders {
  readonly email: Sender | null;
  readonly sms: Sender;
}

/** A stable Message-ID from the deduplication key, so a mail sent again after a crash is the same mail. */
const messageId = (key: string): string => `<${createHash('sha256').update(key).digest('hex').slice(0, 32)}@shangliang.notify>`;

/** Sends e-mail through SMTP (nodemailer), with the link to the platform under the text. */
export function mailSender(config: MailConfig, publicUrl: string | null): Sender {
  // Loaded with the first mail: a server that sends none does not carry nodemailer.
  let transporter: Promise<Transporter> | null = null;
  return async (d) => {
    transporter ??= import('nodemailer').then((m) => m.default.createTransport(config.url));
    const transport = await transporter;
    const link = d.link ? `\n\n查看详情：${publicUrl ? new URL(d.link, publicUrl).toString() : d.link}` : '';
    await transport.sendMail({
      from: config.from,
      to: d.address,
      subject: d.title,
      text: `${d.recipient_name ? `${d.recipient_name}：\n\n` : ''}${d.body}${link}\n\n—— 有事来商量 协商议事平台（系统邮件，请勿直接回复）`,
      messageId: messageId(d.dedup_key),
      headers: { 'X-Shangliang-Key': d.dedup_key },
    });
  };
}

/** Sends SMS by the configured provider. */
export function smsSender(config: SmsConfig, log: (message: string) => void): Sender {
  if (config.provider === 'log') return async (d) => log(`短信（日志模式）→ ${d.address}：${config.sign ?? ''}${d.body}`);
  const url = config.url;
  if (!url) throw new Error('SMS_PROVIDER=http 时须设置 SMS_HTTP_URL');
  return async (d) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(config.token ? { authorization: `Bearer ${config.token}` } : {}) },
      // outId lets the gateway drop a message it has already taken (a retry after a lost answer).
      body: JSON.stringify({ phone: d.address, sign: config.sign ?? '', templateId: config.templates?.[d.kind] ?? null, params: { text: d.body }, content: `${config.sign ?? ''}${d.body}`, outId: d.dedup_key }),
      signal: AbortSignal.timeout(10_000),
    });
    if (!response.ok) throw new Error(`短信网关返回 ${response.status}：${(await response.text()).slice(0, 200)}`);
  };
}
