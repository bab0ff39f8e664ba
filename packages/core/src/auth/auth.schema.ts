import { z } from 'zod';
import { LEADER_TITLES, ROLES } from './roles.js';
import { PasswordLimits } from './password.js';
import { expectedVersion } from '../versioning/version.js';

/** Body of POST /api/auth/login. */
export const loginSchema = z.strictObject({
  username: z.string().trim().min(1, '请输入用户名').max(64, '用户名过长'),
  password: z.string().min(1, '请输入密码').max(PasswordLimits.max, '密码过长'),
});
/** Input of 登录. */
export type LoginInput = z.infer<typeof loginSchema>;

/** Body of POST /api/auth/change-password. */
export const changePasswordSchema = z.strictObject({
  currentPassword: z.string().min(1, '请输入当前密码').max(PasswordLimits.max),
  newPassword: z.string().min(1, '请输入新密码').max(PasswordLimits.max, '密码过长'),
});
/** Input of 修改密码. */
export type ChangePasswordInput = z.infer<typeof changePasswordSchema>;

/** One role assignment in a user form. */
export const roleGrantSchema = z.strictObject({
  role: z.enum(ROLES, { error: '角色不正确' }),
  orgId: z.string().min(1, '请选择角色所属组织'),
  title: z.enum(LEADER_TITLES, { error: '职务不正确' }).optional(),
});
/** Input of one role assignment. */
export type RoleGrantInput = z.infer<typeof roleGrantSchema>;

const username = z
  .string()
  .trim()
  .min(3, '用户名至少 3 个字符')
  .max(32, '用户名不能超过 32 个字符')
  .regex(/^[a-z0-9][a-z0-9._-]*$/, '用户名只能包含小写字母、数字、点、下划线和连字符');
const displayName = z.string().trim().min(1, '请输入姓名').max(30, '姓名不能超过 30 个字');
const phone = z
  .string()
  .trim()
  .regex(/^1\d{10}$|^0\d{2,3}-?\d{7,8}$/, '电话号码格式不正确')
  .optional()
  .or(z.literal('').transform(() => undefined));
const profile = {
  phone,
  sector: z.string().trim().max(30, '界别不能超过 30 个字').optional(),
  committee: z.string().trim().max(30, '专委会名称不能超过 30 个字').optional(),
};

/** Body of POST /api/users. */
export const createUserSchema = z.strictObject({
  username,
  displayName,
  password: z.string().min(1, '请输入初始密码').max(PasswordLimits.max),
  roles: z.array(roleGrantSchema).min(1, '至少分配一个角色').max(10, '角色过多'),
  ...profile,
});
/** Input of 新建用户. */
export type CreateUserInput = z.infer<typeof createUserSchema>;

/** Body of PATCH /api/users/:id, with the version the form was loaded at. */
export const updateUserSchema = z.strictObject({
  version: expectedVersion,
  displayName: displayName.optional(),
  roles: z.array(roleGrantSchema).min(1, '至少分配一个角色').max(10, '角色过多').optional(),
  ...profile,
});
/** Input of 修改用户. */
export type UpdateUserInput = z.infer<typeof updateUserSchema>;

/** Body of POST /api/users/:id/reset-password. */
export const resetPasswordSchema = z.strictObject({
  newPassword: z.string().min(1, '请输入新密码').max(PasswordLimits.max),
});
/** Input of 重置密码. */
export type ResetPasswordInput = z.infer<typeof resetPasswordSchema>;
