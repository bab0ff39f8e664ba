/** User accounts. */
import type { RoleView } from './auth.js';
import type { Versioned, WithActions } from './common.js';

/** A user account as listed in 用户管理. */
export interface User extends WithActions, Versioned {
  readonly id: string;
  readonly username: string;
  readonly displayName: string;
  readonly phone: string | null;
  readonly sector: string | null;
  readonly committee: string | null;
  readonly active: boolean;
  readonly mustChangePassword: boolean;
  readonly lockedUntil: string | null;
  readonly lastLoginAt: string | null;
  readonly roles: readonly RoleView[];
}
