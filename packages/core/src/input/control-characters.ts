/**
 * Control characters never accepted in input: C0 controls (NUL included — PostgreSQL cannot store it in
 * text) and DEL. Tab, line feed and carriage return are allowed in body text, where people write
 * paragraphs; in query and path parameters nothing of the kind is.
 */
const IN_TEXT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
const IN_PARAMETER = /[\u0000-\u001f\u007f]/;

/** Where a value may come from: a body's text, or a query or path parameter. */
export type InputPlace = 'text' | 'parameter';

/** The message shown for a control character in input. */
export const CONTROL_CHARACTER_MESSAGE = '不能包含控制字符（如空字符），请删除后重新提交';

/**
 * The path of the first string (or object key) in the value that holds a control character, or null.
 * Walks nested objects and arrays; depth is bounded by the JSON parser's own limits.
 */
export function findControlCharacter(value: unknown, place: InputPlace, path: string[] = []): string[] | null {
  const pattern = place === 'text' ? IN_TEXT : IN_PARAMETER;
  if (typeof value === 'string') return pattern.test(value) ? path : null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findControlCharacter(value[i], place, [...path, String(i)]);
      if (found) return found;
    }
    return null;
  }
  if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (IN_PARAMETER.test(key)) return [...path, key];
      const found = findControlCharacter(item, place, [...path, key]);
      if (found) return found;
    }
  }
  return null;
}
