import type { FormInstance } from 'antd';
import { ApiError, type FieldError } from '../../api/api-error.js';

/** What the web needs of a zod schema (kept structural so the web does not depend on zod itself). */
export interface SafeParser<T> {
  safeParse(
    values: unknown,
  ):
    | { success: true; data: T }
    | { success: false; error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] } };
}

/** Turns a field path `roles.0.orgId` into an antd name path `['roles', 0, 'orgId']`. */
function toNamePath(path: string): (string | number)[] {
  return path.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/** Shows field errors (from zod or from the server) under the form fields; returns those it could not place. */
export function applyFieldErrors(form: FormInstance, fields: readonly FieldError[]): FieldError[] {
  const known = new Set(
    form.getFieldsError().map((f) => f.name.join('.')),
  );
  const firstPerPath = new Map<string, string>();
  for (const f of fields) if (known.has(f.path) && !firstPerPath.has(f.path)) firstPerPath.set(f.path, f.message);
  form.setFields([...firstPerPath].map(([path, message]) => ({ name: toNamePath(path), errors: [message] })));
  return fields.filter((f) => !known.has(f.path));
}

/**
 * Checks form values with a core zod schema. On failure the messages appear under the fields and
 * null is returned; messages that belong to no field are returned in `rest` to be shown as a toast.
 */
export function validateWith<T>(
  schema: SafeParser<T>,
  values: unknown,
  form: FormInstance,
): { ok: true; data: T } | { ok: false; rest: FieldError[] } {
  clearErrors(form);
  const result = schema.safeParse(values);
  if (result.success) return { ok: true, data: result.data };
  const fields = result.error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    // zod's own fallbacks are English; the core schemas give Chinese messages for everything a user can get wrong.
    message: /^[\x20-\x7e]+$/.test(issue.message) ? '请填写正确的内容' : issue.message,
  }));
  return { ok: false, rest: applyFieldErrors(form, fields) };
}

/** Shows a server error: field errors under the fields, the message as a toast. */
export function showServerError(error: unknown, form: FormInstance | null, toast: (text: string) => void): void {
  if (error instanceof ApiError) {
    if (form && error.fields.length > 0) applyFieldErrors(form, error.fields);
    toast(error.message);
    return;
  }
  toast('操作未能完成，请稍后重试');
}

/** Removes the error messages of the fields under the given top-level names (all fields when omitted). */
export function clearErrors(form: FormInstance, names?: readonly string[]): void {
  const stale = form
    .getFieldsError()
    .filter((f) => f.errors.length > 0 && (!names || names.includes(String(f.name[0]))));
  if (stale.length > 0) form.setFields(stale.map((f) => ({ name: f.name, errors: [] })));
}

/** `onValuesChange` handler of the console forms: a field's error goes away once the user edits it. */
export const clearOnChange =
  (form: FormInstance) =>
  (changed: Record<string, unknown>): void =>
    clearErrors(form, Object.keys(changed));
