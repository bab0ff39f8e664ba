import type { FieldError } from './errors.js';

interface Issue {
  readonly code?: string;
  readonly message: string;
  readonly path?: readonly PropertyKey[];
  readonly keys?: readonly string[];
  readonly expected?: string;
  readonly input?: unknown;
}

const hasChinese = (s: string): boolean => /[\u4e00-\u9fff]/.test(s);

/** Turns zod issues into Chinese field errors; our schemas carry Chinese messages, zod's defaults do not. */
export function toFieldErrors(issues: readonly Issue[]): FieldError[] {
  return issues.map((issue) => {
    const path = (issue.path ?? []).map(String).join('.');
    if (hasChinese(issue.message)) return { path, message: issue.message };
    return { path, message: describe(issue, path) };
  });
}

function describe(issue: Issue, path: string): string {
  switch (issue.code) {
    case 'unrecognized_keys':
      return `不允许的字段：${(issue.keys ?? []).join('、')}`;
    case 'invalid_type':
      return issue.input === undefined ? `缺少必填字段${path ? `：${path}` : ''}` : `字段${path}的类型不正确`;
    case 'too_small':
      return `字段${path}的值过小或过短`;
    case 'too_big':
      return `字段${path}的值过大或过长`;
    case 'invalid_format':
      return `字段${path}的格式不正确`;
    case 'invalid_value':
      return `字段${path}的取值不在允许范围内`;
    default:
      return `字段${path}不符合要求`;
  }
}
