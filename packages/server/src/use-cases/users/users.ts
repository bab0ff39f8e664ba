import {
  checkPasswordStrength,
  type CreateUserInput,
  readableScope,
  type Role,
  ROLE_LABELS,
  ROLE_ORG_KINDS,
  ROLE_TITLES,
  type RoleGrantInput,
  type UpdateUserInput,
  type UserView,
} from '@shangliang/core';
import { hashPassword } from '../../auth/password-hash.js';
import type { RequestContext } from '../context.js';
import { conflict, invalid, notFound } from '../refusals.js';
import { newId } from '../../repositories/ids.js';
import { findOrgs } from '../../repositories/organisations.repository.js';
import { clearAllFailures } from '../../repositories/login-failures.repository.js';
import { deleteUserSessions } from '../../repositories/sessions.repository.js';
import type { Page } from '../../repositories/types.js';
import {
  findUser,
  findUserByUsername,
  grantsOf,
  insertUser,
  listUsers,
  replaceGrants,
  type UserFilter,
  type UserRow,
  updateUser,
} from '../../repositories/users.repository.js';
import { diff, recordAudit } from '../audit/record-audit.js';
import { authorize, authorizeRead } from '../authorize.js';
import { saveVersioned } from '../save-versioned.js';
import { presentUser, userSubject } from './present-user.js';

async function present(ctx: RequestContext, rows: UserRow[]): Promise<UserView[]> {
  const grants = await grantsOf(ctx.db.kysely, rows.map((r) => r.id));
  return rows.map((r) => presentUser(ctx.actor, r, grants.get(r.id) ?? [], ctx.now));
}

/** Loads a user the actor may see, with their grants; others read as not found. */
export async function loadVisible(ctx: RequestContext, id: string) {
  const row = await findUser(ctx.db.kysely, id);
  if (!row) throw notFound('用户');
  const grants = (await grantsOf(ctx.db.kysely, [id])).get(id) ?? [];
  await authorizeRead(ctx, 'user.read', userSubject(row, grants), '用户');
  return { row, grants };
}

/** Checks each requested role: the organisation exists, fits the role, and the actor may grant it there. */
async function checkGrants(ctx: RequestContext, grants: readonly RoleGrantInput[]) {
  const orgs = await findOrgs(ctx.db.kysely, grants.map((g) => g.orgId));
  const seen = new Set<string>();
  for (const [i, g] of grants.entries()) {
    const org = orgs.get(g.orgId);
    const label = ROLE_LABELS[g.role];
    if (!org || org.active !== 1) throw invalid(`第 ${i + 1} 个角色的所属组织不存在或已停用`, [{ path: `roles.${i}.orgId`, message: '组织不存在或已停用' }]);
    if (!ROLE_ORG_KINDS[g.role].includes(org.kind)) throw invalid(`“${label}”角色不能设在“${org.name}”`, [{ path: `roles.${i}.orgId`, message: '该组织不能设此角色' }]);
    const titles = ROLE_TITLES[g.role];
    if (titles && !g.title) throw invalid(`${label}须注明职务（${titles.slice(0, -1).join('、')}或${titles.at(-1)}）`, [{ path: `roles.${i}.title`, message: '请选择职务' }]);
    const key = `${g.role}@${g.orgId}`;
    if (seen.has(key)) throw invalid(`角色“${label}”重复分配`, [{ path: `roles.${i}`, message: '重复的角色' }]);
    seen.add(key);
    await authorize(ctx, 'role_grant.grant', { type: 'role_grant', role: g.role as Role, scope: [org.county_id] });
  }
}

const grantRows = (userId: string, grants: readonly RoleGrantInput[], now: string) =>
  grants.map((g, position) => ({ id: newId(), user_id: userId, role: g.role, org_id: g.orgId, title: ROLE_TITLES[g.role] ? (g.title ?? null) : null, position, created_at: now }));

/** 用户列表 — a county office sees only users holding a role in its county. */
export async function listUsersOf(ctx: RequestContext, filter: Omit<UserFilter, 'countyScope'>, page: { page: number; pageSize: number }): Promise<Page<UserView>> {
  const scope = readableScope(ctx.actor);
  await authorize(ctx, 'user.list', { type: 'user', scope: filter.countyId ? [filter.countyId] : scope === 'all' ? [null] : scope });
  const { rows, total } = await listUsers(ctx.db.kysely, { ...filter, countyScope: scope === 'all' ? undefined : scope }, page);
  return { items: await present(ctx, rows), total, ...page };
}

/** One user. */
export async function getUser(ctx: RequestContext, id: string): Promise<UserView> {
  const { row } = await loadVisible(ctx, id);
  return (await present(ctx, [row]))[0]!;
}

/** 新建用户 — with an initial password that must be changed at first login. */
export async function createUser(ctx: RequestContext, input: CreateUserInput): Promise<UserView> {
  await checkGrants(ctx, input.roles);
  const weak = checkPasswordStrength(input.password, input.username);
  if (weak) throw invalid(weak, [{ path: 'password', message: weak }]);
  if (await findUserByUsername(ctx.db.kysely, input.username)) throw conflict(`用户名“${input.username}”已被使用`);
  const id = newId();
  const now = ctx.now.toISOString();
  const hash = await hashPassword(input.password);
  await ctx.db.kysely.transaction().execute(async (trx) => {
    await insertUser(trx, { id, username: input.username, display_name: input.displayName, phone: input.phone ?? null, sector: input.sector ?? null, committee: input.committee ?? null, password_hash: hash, must_change_password: 1, locked_until: null, active: 1, last_login_at: null, created_at: now, updated_at: now });
    await replaceGrants(trx, id, grantRows(id, input.roles, now));
    await recordAudit(ctx, { action: 'user.create', subjectType: 'user', subjectId: id, summary: { username: input.username, displayName: input.displayName, roles: input.roles.map((r) => r.role) } }, trx);
  });
  return getUser(ctx, id);
}

/** 修改用户 — profile and roles; roles are replaced as a whole; only from the version the form was loaded at. */
export async function updateUserOf(ctx: RequestContext, id: string, input: UpdateUserInput): Promise<UserView> {
  const { row, grants } = await loadVisible(ctx, id);
  await authorize(ctx, 'user.update', userSubject(row, grants));
  if (input.roles) await checkGrants(ctx, input.roles);
  const patch = { display_name: input.displayName, phone: input.phone, sector: input.sector, committee: input.committee };
  const now = ctx.now.toISOString();
  await ctx.db.kysely.transaction().execute(async (trx) => {
    // Before the roles: a conflict must leave them as they are.
    await saveVersioned(ctx, trx, 'users', { id }, patch, { expected: input.version });
    if (input.roles) await replaceGrants(trx, id, grantRows(id, input.roles, now));
    const roles = input.roles ? { roles: [grants.map((g) => `${g.role}@${g.org_name}`), input.roles.map((r) => r.role)] } : {};
    await recordAudit(ctx, { action: 'user.update', subjectType: 'user', subjectId: id, summary: { ...diff(row, patch), ...roles } }, trx);
  });
  return getUser(ctx, id);
}

/** 重置密码 — by an office or administrator; the user must change it at next login, other sessions end. */
export async function resetUserPassword(ctx: RequestContext, id: string, newPassword: string): Promise<void> {
  const { row, grants } = await loadVisible(ctx, id);
  await authorize(ctx, 'user.reset_password', userSubject(row, grants));
  const weak = checkPasswordStrength(newPassword, row.username);
  if (weak) throw invalid(weak, [{ path: 'newPassword', message: weak }]);
  const hash = await hashPassword(newPassword);
  await ctx.db.kysely.transaction().execute(async (trx) => {
    await updateUser(trx, id, { password_hash: hash, must_change_password: 1, locked_until: null, updated_at: ctx.now.toISOString() });
    await clearAllFailures(trx, row.username);
    await deleteUserSessions(trx, id);
    await recordAudit(ctx, { action: 'user.reset_password', subjectType: 'user', subjectId: id, summary: { username: row.username } }, trx);
  });
}

/** 停用 / 启用用户 — a deactivated user's sessions end at once. */
export async function setUserActive(ctx: RequestContext, id: string, active: boolean, version?: number): Promise<UserView> {
  const { row, grants } = await loadVisible(ctx, id);
  await authorize(ctx, 'user.deactivate', userSubject(row, grants));
  if (row.id === ctx.user?.id) throw conflict('不能停用自己的账号');
  await ctx.db.kysely.transaction().execute(async (trx) => {
    await saveVersioned(ctx, trx, 'users', { id }, { active: active ? 1 : 0 }, { expected: version });
    if (!active) await deleteUserSessions(trx, id);
    await recordAudit(ctx, { action: active ? 'user.activate' : 'user.deactivate', subjectType: 'user', subjectId: id, summary: { username: row.username } }, trx);
  });
  return getUser(ctx, id);
}
