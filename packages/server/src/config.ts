import path from 'node:path';
import { REPO_ROOT } from './package-root.js';
import type { MailConfig, SmsConfig } from './notifications/senders.js';

/** Runtime settings, read once from the environment. */
export interface Config {
  readonly port: number;
  readonly host: string;
  readonly dataDir: string;
  /** postgres://… selects PostgreSQL; otherwise SQLite under dataDir. */
  readonly databaseUrl: string | null;
  /** SHANGLIANG_DEMO=false seeds only the organisations. */
  readonly demo: boolean;
  /** Where the built web app lives. */
  readonly webDist: string;
  /** Marks cookies Secure (set when served behind HTTPS). */
  readonly secureCookies: boolean;
  readonly trustProxy: boolean;
  readonly logLevel: string;
  /** E-mail by SMTP_URL and MAIL_FROM; null without SMTP_URL (no e-mail is sent). */
  readonly mail: MailConfig | null;
  /** SMS: SMS_PROVIDER=log (default) or http with SMS_HTTP_URL, SMS_HTTP_TOKEN, SMS_SIGN, SMS_TEMPLATES. */
  readonly sms: SmsConfig;
  /** The platform's public address (PUBLIC_URL), for links in e-mails. */
  readonly publicUrl: string | null;
}

/** SMS_TEMPLATES: a JSON object of template ids per notification kind. */
function smsTemplates(text: string | undefined): Record<string, string> | undefined {
  if (!text?.trim()) return undefined;
  try {
    return JSON.parse(text) as Record<string, string>;
  } catch {
    throw new Error('SMS_TEMPLATES 须为 JSON，例如 {"item_assigned":"SMS_001"}');
  }
}

const root = REPO_ROOT;

/** Reads the configuration from environment variables (see README). */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const dataDir = path.resolve(env.DATA_DIR ?? path.join(root, 'data'));
  return {
    port: Number(env.PORT ?? 3000),
    host: env.HOST ?? '127.0.0.1',
    dataDir,
    databaseUrl: env.DATABASE_URL?.trim() || null,
    demo: (env.SHANGLIANG_DEMO ?? 'true').toLowerCase() !== 'false',
    webDist: path.resolve(env.WEB_DIST ?? path.join(root, 'packages/web/dist')),
    secureCookies: env.COOKIE_SECURE === 'true',
    trustProxy: env.TRUST_PROXY === 'true',
    logLevel: env.LOG_LEVEL ?? 'warn',
    mail: env.SMTP_URL?.trim() ? { url: env.SMTP_URL.trim(), from: env.MAIL_FROM?.trim() || '有事来商量 <noreply@localhost>' } : null,
    sms: { provider: env.SMS_PROVIDER === 'http' ? 'http' : 'log', url: env.SMS_HTTP_URL, token: env.SMS_HTTP_TOKEN, sign: env.SMS_SIGN, templates: smsTemplates(env.SMS_TEMPLATES) },
    publicUrl: env.PUBLIC_URL?.trim() || null,
  };
}
