import type { TestApp } from './harness.js';

const INITIAL = 'Chushi#2026ab';
const CHOSEN = 'Banli#2026xyz';

/**
 * A second office user beside the demo one (the demo has one office per county), created by the
 * administrator through the API and signed in with the password changed; answers the session cookie.
 */
export async function secondEditor(t: TestApp, username: string, displayName: string, role: 'county_office' | 'city_office', orgName: string): Promise<string> {
  const admin = await t.login('admin');
  const created = await t.call(admin, 'POST', '/api/users', { username, displayName, password: INITIAL, roles: [{ role, orgId: await t.orgId(orgName) }] });
  if (created.status !== 201) throw new Error(`create ${username} → ${created.status} ${JSON.stringify(created.json)}`);
  const first = await t.login(username, INITIAL);
  const changed = await t.call(first, 'POST', '/api/auth/change-password', { currentPassword: INITIAL, newPassword: CHOSEN });
  if (changed.status !== 204 && changed.status !== 200) throw new Error(`change-password ${username} → ${changed.status}`);
  return t.login(username, CHOSEN);
}

/** The message of a 409 VERSION_CONFLICT at the test clock (2026-11-28 10:00 in Beijing). */
export const conflictMessage = (displayName: string): string => `该记录已被 ${displayName} 于 2026-11-28 10:00 修改，请重新加载后再编辑`;
