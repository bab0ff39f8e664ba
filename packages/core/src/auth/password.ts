/** Shared password limits (server check and web form hint). */
export const PasswordLimits = { min: 8, max: 128, classes: 3 } as const;

/** The policy in words, for forms and error messages. */
export const PASSWORD_RULE_TEXT = '密码至少 8 位，且须包含大写字母、小写字母、数字、符号中的至少三类';

/** Checks a new password against the policy; returns a Chinese reason or null when it is acceptable. */
export function checkPasswordStrength(password: string, username?: string): string | null {
  if (password.length < PasswordLimits.min) return `密码长度不足 ${PasswordLimits.min} 位。${PASSWORD_RULE_TEXT}`;
  if (password.length > PasswordLimits.max) return `密码不能超过 ${PasswordLimits.max} 位`;
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^a-zA-Z0-9]/].filter((re) => re.test(password)).length;
  if (classes < PasswordLimits.classes) return `密码字符类别不足。${PASSWORD_RULE_TEXT}`;
  if (username && password.toLowerCase().includes(username.toLowerCase())) return '密码不能包含用户名';
  return null;
}
