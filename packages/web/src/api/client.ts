import { ApiError, type FieldError } from './api-error.js';

/** Query-string values; undefined, null and '' are left out. */
export type Query = Readonly<Record<string, string | number | boolean | null | undefined>>;

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

const LOGIN_PATH = '/console/login';
const PASSWORD_PATH = '/console/password';

/** Builds `/api/...?a=1` from a path and a query object. */
export function apiUrl(path: string, query?: Query): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

const statusMessages: Readonly<Record<number, string>> = {
  401: '登录已失效，请重新登录',
  403: '没有权限进行此操作',
  404: '请求的内容不存在',
  413: '提交的内容过大',
  429: '操作过于频繁，请稍后再试',
};

async function toApiError(res: Response): Promise<ApiError> {
  return apiErrorFrom(res.status, await res.text().catch(() => ''));
}

/** The ApiError for an error answer's status and raw body text (JSON `{error, message, fields}` or anything else). */
export function apiErrorFrom(status: number, text: string): ApiError {
  let body: { error?: unknown; message?: unknown; fields?: unknown } = {};
  try {
    const parsed: unknown = JSON.parse(text);
    if (parsed && typeof parsed === 'object') body = parsed as typeof body;
  } catch {
    // Not JSON (a proxy error page, for instance): fall back to a message by status.
  }
  const message =
    typeof body.message === 'string' && body.message
      ? body.message
      : (statusMessages[status] ?? `服务暂时不可用（${status}），请稍后重试`);
  const fields = Array.isArray(body.fields) ? (body.fields as FieldError[]) : [];
  return new ApiError(status, typeof body.error === 'string' ? body.error : 'HTTP_ERROR', message, fields);
}

/** The login page, told to come back to the page the user was on (a scanned 签到 link keeps its code). */
export function loginPathFrom(at: { readonly pathname: string; readonly search: string }): string {
  const back = `${at.pathname}${at.search}`;
  return back.startsWith('/console/') && !back.startsWith(LOGIN_PATH) ? `${LOGIN_PATH}?next=${encodeURIComponent(back)}` : LOGIN_PATH;
}

/** Where to go after signing in: the `next` page if it is a console page, else the workbench. */
export function afterLoginPath(search: string): string {
  const next = new URLSearchParams(search).get('next') ?? '';
  return next.startsWith('/console/') && !next.startsWith('//') && !next.startsWith(LOGIN_PATH) ? next : '/console';
}

/** Sends the browser to a console page unless it is already there. */
function redirectTo(path: string): void {
  if (typeof window === 'undefined' || window.location.pathname === path) return;
  window.location.assign(path);
}

/** On the console, a 401 sends the user to the login page and a required password change to that page. */
export function followAuthError(error: ApiError, path = ''): void {
  const onConsole = typeof window !== 'undefined' && window.location.pathname.startsWith('/console');
  if (error.status === 401 && path !== '/api/auth/login' && onConsole && window.location.pathname !== LOGIN_PATH) redirectTo(loginPathFrom(window.location));
  if (error.code === 'PASSWORD_CHANGE_REQUIRED' && onConsole) redirectTo(PASSWORD_PATH);
}

/**
 * Calls the API. Always sends `Content-Type: application/json` and `X-Shangliang-Request: 1`
 * (the server's CSRF check), and a JSON body (`{}` when empty) on writes.
 * A 401 outside the login call sends the user to the login page.
 */
export async function api<T>(method: Method, path: string, options: { query?: Query; body?: unknown } = {}): Promise<T> {
  const isWrite = method !== 'GET';
  let res: Response;
  try {
    res = await fetch(apiUrl(path, options.query), {
      method,
      credentials: 'same-origin',
      headers: {
        'Content-Type': 'application/json',
        'X-Shangliang-Request': '1',
        Accept: 'application/json',
      },
      body: isWrite ? JSON.stringify(options.body ?? {}) : undefined,
    });
  } catch {
    throw new ApiError(0, 'NETWORK_ERROR', '网络连接失败，请检查网络后重试');
  }
  if (!res.ok) {
    const error = await toApiError(res);
    followAuthError(error, path);
    throw error;
  }
  if (res.status === 204) return undefined as T;
  const text = await res.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

/** GET shorthand. */
export const apiGet = <T>(path: string, query?: Query): Promise<T> => api<T>('GET', path, { query });
/** POST shorthand. */
export const apiPost = <T>(path: string, body?: unknown): Promise<T> => api<T>('POST', path, { body });
/** PATCH shorthand. */
export const apiPatch = <T>(path: string, body?: unknown): Promise<T> => api<T>('PATCH', path, { body });
