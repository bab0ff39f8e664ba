import type { Role } from '@shangliang/core';
import { sql } from 'kysely';
import type { Executor } from './types.js';

/** An account a notification may go to. */
export interface RecipientRow {
  readonly id: string;
  readonly display_name: string;
  readonly email: string | null;
  readonly phone: string | null;
}

const accounts = (exec: Executor) => exec.selectFrom('users as u').select(['u.id', 'u.display_name', 'u.email', 'u.phone']).where('u.active', '=', 1);

/** The active accounts holding the role in one of the organisations (null: in any organisation). */
export async function holdersOf(exec: Executor, role: Role, orgIds: readonly string[] | null): Promise<RecipientRow[]> {
  if (orgIds && !orgIds.length) return [];
  return accounts(exec)
    .where('u.id', 'in', (eb) => {
      const q = eb.selectFrom('role_assignments').select('user_id').where('role', '=', role);
      return orgIds ? q.where('org_id', 'in', [...orgIds]) : q;
    })
    .execute();
}

/** Accounts by id (inactive ones left out). */
export async function accountsById(exec: Executor, ids: readonly string[]): Promise<RecipientRow[]> {
  if (!ids.length) return [];
  return accounts(exec).where('u.id', 'in', [...ids]).execute();
}

/** The members who took part in a topic: proposed it, researched, consulted, followed up (their participations). */
export async function membersOfTopic(exec: Executor, topicId: string): Promise<RecipientRow[]> {
  return accounts(exec)
    .where('u.id', 'in', (eb) => eb.selectFrom('participations').select('user_id').where('topic_id', '=', topicId))
    .execute();
}

/** The departments handling a topic's suggestions, as lead or co-handling department. */
export async function departmentsOfTopic(exec: Executor, topicId: string): Promise<string[]> {
  const rows = await exec
    .selectFrom('item_departments as d')
    .innerJoin('handling_items as h', 'h.suggestion_id', 'd.suggestion_id')
    .select('d.dept_id')
    .distinct()
    .where('h.topic_id', '=', topicId)
    .execute();
  return rows.map((r) => r.dept_id);
}

/** Who a consultation invited: its members' accounts and its departments. */
export async function invitedTo(exec: Executor, consultationId: string): Promise<{ memberIds: string[]; deptIds: string[] }> {
  const rows = await exec.selectFrom('consultation_participants').select(['kind', 'user_id', 'org_id']).where('consultation_id', '=', consultationId).where('kind', 'in', ['member', 'department']).execute();
  return {
    memberIds: rows.filter((r) => r.kind === 'member' && r.user_id).map((r) => r.user_id!),
    deptIds: rows.filter((r) => r.kind === 'department' && r.org_id).map((r) => r.org_id!),
  };
}

/** An open item due for a reminder, with what its text needs. */
export interface RemindableRow {
  readonly suggestion_id: string;
  readonly round: number;
  readonly due_on: string;
  readonly county_id: string | null;
  readonly topic_id: string;
  readonly lead_dept_id: string | null;
  readonly seq: number;
  readonly content: string;
  readonly topic_title: string;
  readonly department: string | null;
}

/** The items in a department's hands (办理中) due on or before `until` (a week ahead): the reminder run's input. */
export async function remindableItems(exec: Executor, until: string): Promise<RemindableRow[]> {
  return exec
    .selectFrom('handling_items as h')
    .innerJoin('suggestions as s', 's.id', 'h.suggestion_id')
    .innerJoin('topics as t', 't.id', 'h.topic_id')
    .leftJoin('organisations as o', 'o.id', 'h.lead_dept_id')
    .select(['h.suggestion_id', 'h.round', sql<string>`h.due_on`.as('due_on'), 'h.county_id', 'h.topic_id', 'h.lead_dept_id', 'h.seq', 's.content', 't.title as topic_title', 'o.name as department'])
    .where('h.state', '=', 'assigned')
    .where('h.due_on', 'is not', null)
    .where('h.due_on', '<=', until)
    .execute();
}
