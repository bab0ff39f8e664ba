import type { Channel, DeliveryState, NotificationKind } from '@shangliang/core';
import type { Generated } from 'kysely';

/** 站内消息 — one notification for one account (migration 0028). */
export interface NotificationsTable {
  id: string;
  user_id: string;
  county_id: string | null;
  kind: NotificationKind;
  title: string;
  body: string;
  link: string | null;
  subject_type: string;
  subject_id: string;
  /** The event and the recipient: the same event never notifies the same account twice. */
  dedup_key: string;
  created_at: string;
  read_at: string | null;
}

/** An e-mail or SMS in the outbox, with its delivery attempts (migration 0028). */
export interface NotificationDeliveriesTable {
  id: string;
  notification_id: string | null;
  /** Null for a resident's SMS about their proposal. */
  user_id: string | null;
  county_id: string | null;
  kind: NotificationKind;
  channel: Exclude<Channel, 'in_app'>;
  address: string;
  recipient_name: string | null;
  title: string;
  body: string;
  link: string | null;
  dedup_key: string;
  state: Generated<DeliveryState>;
  attempts: Generated<number>;
  next_attempt_at: string;
  /** While a worker sends it: until when it holds it (a killed worker's delivery is taken over after). */
  locked_until: string | null;
  worker: string | null;
  last_error: string | null;
  sent_at: string | null;
  created_at: string;
}

/** A user's channels for one kind (JSON array of channels) (migration 0028). */
export interface NotificationPreferencesTable {
  user_id: string;
  kind: NotificationKind;
  channels: string;
}

/** A scheduled job's last run and lease (migration 0028). */
export interface ScheduledRunsTable {
  name: string;
  last_day: string | null;
  holder: string | null;
  lease_until: string | null;
}

/** The notification tables. */
export interface NotificationTables {
  notifications: NotificationsTable;
  notification_deliveries: NotificationDeliveriesTable;
  notification_preferences: NotificationPreferencesTable;
  scheduled_runs: ScheduledRunsTable;
}
