import { type Audience, NOTIFICATION_RULES, NOTIFIED_ROLES, type NotificationKind } from '@shangliang/core';
import { accountsById, departmentsOfTopic, holdersOf, invitedTo, membersOfTopic, type RecipientRow } from '../repositories/notification-recipients.repository.js';
import type { Executor } from '../repositories/types.js';

/** What an event is about, as far as its audiences need to know. */
export interface EventAnchors {
  readonly countyId: string | null;
  readonly item?: { readonly leadDeptId: string | null; readonly coDeptIds: readonly string[] };
  readonly topicId?: string;
  readonly consultationId?: string;
  /** The proposal's author: a member's account, or a resident's phone and consent. */
  readonly proposer?: { readonly userId: string | null; readonly phone: string | null; readonly smsConsent: boolean };
}

/** Who an event reaches: accounts, and a resident's phone when they consented to SMS. */
export interface Recipients {
  readonly accounts: readonly RecipientRow[];
  readonly residentPhone: string | null;
}

/** A department's handlers. */
const handlersOf = (exec: Executor, deptIds: readonly string[]) => holdersOf(exec, NOTIFIED_ROLES.departmentHandler, deptIds);
/** The office of a level: the county's (its organisation is the county), or for city records the city office. */
const officeOf = (exec: Executor, countyId: string | null) => (countyId ? holdersOf(exec, NOTIFIED_ROLES.countyOffice, [countyId]) : holdersOf(exec, NOTIFIED_ROLES.cityOffice, null));

/** Resolves one audience to accounts. */
async function accountsOf(exec: Executor, audience: Audience, a: EventAnchors): Promise<RecipientRow[]> {
  switch (audience) {
    case 'lead_department':
      return a.item?.leadDeptId ? handlersOf(exec, [a.item.leadDeptId]) : [];
    case 'co_departments':
      return handlersOf(exec, a.item?.coDeptIds ?? []);
    case 'office':
      return officeOf(exec, a.countyId);
    case 'topic_members':
      return a.topicId ? membersOfTopic(exec, a.topicId) : [];
    case 'topic_departments':
      return a.topicId ? handlersOf(exec, await departmentsOfTopic(exec, a.topicId)) : [];
    case 'invited_members':
      return a.consultationId ? accountsById(exec, (await invitedTo(exec, a.consultationId)).memberIds) : [];
    case 'invited_departments':
      return a.consultationId ? handlersOf(exec, (await invitedTo(exec, a.consultationId)).deptIds) : [];
    case 'proposer':
      return a.proposer?.userId ? accountsById(exec, [a.proposer.userId]) : [];
  }
}

/**
 * 通知对象 — the accounts a kind of event reaches by the notification table's audiences, each once, leaving
 * out whoever caused it (they know).
 */
export async function recipientsOf(exec: Executor, kind: NotificationKind, anchors: EventAnchors, actorId: string | null): Promise<Recipients> {
  const audiences = NOTIFICATION_RULES[kind].audiences;
  const seen = new Map<string, RecipientRow>();
  for (const audience of audiences) for (const r of await accountsOf(exec, audience, anchors)) if (r.id !== actorId) seen.set(r.id, r);
  const p = anchors.proposer;
  const residentPhone = audiences.includes('proposer') && p && !p.userId && p.smsConsent && p.phone ? p.phone : null;
  return { accounts: [...seen.values()], residentPhone };
}
