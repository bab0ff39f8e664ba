import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { Db } from '../db/database.js';
import { runReminders, type ReminderRun } from './reminders.js';
import { mailSender, type MailConfig, type Senders, smsSender, type SmsConfig } from './senders.js';
import { deliverDue, type DeliveryPass } from './worker.js';

/** How notifications go out. */
export interface NotificationOptions {
  readonly mail?: MailConfig | null;
  readonly sms?: SmsConfig;
  /** The platform's address, for links in e-mails (PUBLIC_URL). */
  readonly publicUrl?: string | null;
  /** How often the outbox worker looks for due deliveries (0: never; tests call deliverNow). */
  readonly deliverEveryMs?: number;
  /** How often the daily reminder run is checked for (0: never; tests call runSchedule). */
  readonly scheduleEveryMs?: number;
  /** This server's name in leases and claims (default: a random one). */
  readonly worker?: string;
}

/** The app's notification machinery, for the routes and for tests. */
export interface NotificationService {
  /** Which channels are set up: e-mail needs SMTP_URL; SMS goes to the log unless a gateway is set. */
  readonly available: { readonly email: boolean; readonly sms: boolean; readonly smsLogOnly: boolean };
  /** Delivers what is due now. */
  deliverNow(): Promise<DeliveryPass>;
  /** Runs the day's reminders if they are due and not yet run (by any server). */
  runSchedule(): Promise<ReminderRun>;
}

/**
 * Starts the outbox worker and the daily reminder schedule with the app (the schedule also once at start-up,
 * catching up a day missed while the server was down), and stops them, waiting for a pass in flight, when it closes.
 */
export function startNotifications(app: FastifyInstance, db: Db, now: () => Date, o: NotificationOptions = {}): NotificationService {
  const worker = o.worker ?? `server-${randomUUID().slice(0, 8)}`;
  const sms = o.sms ?? { provider: 'log' };
  const senders: Senders = { email: o.mail ? mailSender(o.mail, o.publicUrl ?? null) : null, sms: smsSender(sms, (m) => app.log.info(m)) };
  let delivering: Promise<DeliveryPass> | null = null;
  const deliverNow = (): Promise<DeliveryPass> => {
    // One pass at a time in this process; others on other servers claim their own rows.
    delivering ??= deliverDue(db, senders, { worker, now }).finally(() => (delivering = null));
    return delivering;
  };
  const runSchedule = async (): Promise<ReminderRun> => {
    const run = await runReminders(db, now(), worker);
    if (run.reminders) await deliverNow();
    return run;
  };
  const timers: NodeJS.Timeout[] = [];
  const every = (ms: number | undefined, fallback: number, task: () => Promise<unknown>, what: string) => {
    const period = ms ?? fallback;
    if (period <= 0) return;
    const t = setInterval(() => void task().catch((err: unknown) => app.log.error({ err }, what)), period);
    t.unref();
    timers.push(t);
  };
  app.addHook('onReady', async () => {
    every(o.deliverEveryMs, 3000, deliverNow, '通知投递失败');
    every(o.scheduleEveryMs, 60_000, runSchedule, '到期提醒运行失败');
    if ((o.scheduleEveryMs ?? 60_000) > 0) void runSchedule().catch((err: unknown) => app.log.error({ err }, '到期提醒运行失败'));
  });
  app.addHook('onClose', async () => {
    for (const t of timers) clearInterval(t);
    await delivering?.catch(() => undefined);
  });
  return { available: { email: !!o.mail, sms: true, smsLogOnly: sms.provider === 'log' }, deliverNow, runSchedule };
}
