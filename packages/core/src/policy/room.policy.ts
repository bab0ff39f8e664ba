import type { Role } from '../auth/roles.js';
import type { ParticipantBadge } from '../room/room-stages.js';
import type { Action } from './actions.js';
import type { Actor, Subject } from './actor.js';
import { adminOr, PUBLIC, runWorkflow } from './common.js';
import { ALLOW, type Rule, when } from './decision.js';
import { holdsInAll, isCityOffice, MEMBER_ROLES, WORKFLOW_ROLES } from './predicates.js';

/** 承办单位 — a department handler of the room's level or of the city (a department replies only as itself). */
const DEPARTMENT_ROLES = ['dept_handler'] as const;

/** In a members-only room: members, departments and staff of the room's level, and the city's. */
const takePart: Rule = when(
  (actor, subject) =>
    holdsInAll(actor, [...MEMBER_ROLES, ...DEPARTMENT_ROLES, ...WORKFLOW_ROLES], subject) ||
    holdsInAll(actor, [...MEMBER_ROLES, ...DEPARTMENT_ROLES, ...WORKFLOW_ROLES], { ...subject, scope: [null] }),
  '本协商室仅限政协委员、受邀部门和工作人员参与',
);

/** The department an actor answers for in a room of the subject's level (its own, of the level or the city), or null. */
export function replyDepartment(actor: Actor, subject: Subject): string | null {
  const grant = actor.grants.find((g) => DEPARTMENT_ROLES.includes(g.role as (typeof DEPARTMENT_ROLES)[number]) && (g.countyId === null || subject.scope.includes(g.countyId)));
  return grant?.orgId ?? null;
}

/** 部门回应 — a department handler of the room's level or the city's, as their own department. */
const reply: Rule = when((actor, subject) => replyDepartment(actor, subject) !== null, '只有本级或市级承办单位可以作部门回应');

/** Who took part, group by group: the office of the room's level, and the city office. */
const readParticipants: Rule = (actor, subject) => (isCityOffice(actor) ? ALLOW : runWorkflow(actor, subject));

/** 网络协商 — the office runs and moderates its rooms; residents take part on the portal. */
export const ROOM_POLICY = {
  'room.manage': adminOr(runWorkflow),
  'room.moderate': adminOr(runWorkflow),
  'room.reply': reply,
  'room.take_part': adminOr(takePart),
  'room.take_part_public': PUBLIC,
  'room.read_participants': adminOr(readParticipants),
} as const satisfies Partial<Record<Action, Rule>>;

/** The badge an account takes part with in a room of the subject's level: 政协 (staff), 部门 (with its department) or 委员; none for others. */
export function participantBadge(actor: Actor, subject: Subject): { readonly badge: ParticipantBadge; readonly departmentId: string | null } | null {
  const inLevel = (roles: readonly Role[]) => holdsInAll(actor, roles, subject) || holdsInAll(actor, roles, { ...subject, scope: [null] });
  if (inLevel(WORKFLOW_ROLES) || isCityOffice(actor)) return { badge: 'staff', departmentId: null };
  const dept = replyDepartment(actor, subject);
  if (dept) return { badge: 'department', departmentId: dept };
  if (inLevel(MEMBER_ROLES)) return { badge: 'member', departmentId: null };
  return null;
}
