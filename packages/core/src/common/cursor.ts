import { z } from 'zod';

/**
 * Keyset paging ("load more"): a cursor names the last row of a page by its sort key, so the next page is
 * read from that point of the index however deep it lies, instead of skipping every row before it.
 * Cursors are opaque to clients: base64url of the key's values.
 */
export const encodeCursor = (key: readonly string[]): string => btoa(JSON.stringify(key)).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');

/** The key a cursor names, or null when it is not one of ours. */
export function decodeCursor(cursor: string, length: number): string[] | null {
  try {
    const key: unknown = JSON.parse(atob(cursor.replaceAll('-', '+').replaceAll('_', '/')));
    return Array.isArray(key) && key.length === length && key.every((k) => typeof k === 'string') ? (key as string[]) : null;
  } catch {
    return null;
  }
}

/** A query parameter holding a cursor of `length` values, decoded. */
export const cursorParam = (length: number) =>
  z
    .string()
    .max(300, '翻页位置不正确')
    .transform((c, ctx) => {
      const key = decodeCursor(c, length);
      if (!key) ctx.addIssue({ code: 'custom', message: '翻页位置不正确，请回到第一页' });
      return key ?? [];
    });
