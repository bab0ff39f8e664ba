import { ApiError } from './api-error.js';
import { apiErrorFrom, followAuthError } from './client.js';
import type { Attachment, ImportReport } from './types.js';

/** Largest file the server accepts (10 MB). */
export const ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;

/** Extensions the server accepts. */
export const ATTACHMENT_EXTENSIONS = ['.jpg', '.jpeg', '.png', '.webp', '.pdf', '.doc', '.docx', '.xls', '.xlsx', '.txt'] as const;

/**
 * The `accept` attribute of the file input: `image/*` lets phones offer the camera and the gallery;
 * the extensions and types let desktop pickers show documents too.
 */
export const ATTACHMENT_ACCEPT = [
  'image/*',
  ...ATTACHMENT_EXTENSIONS,
  'application/pdf',
  'application/msword',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.ms-excel',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'text/plain',
].join(',');

/** A handle on an upload in flight. */
export interface UploadHandle {
  readonly done: Promise<Attachment>;
  abort(): void;
}

/**
 * POST /api/attachments — multipart with one field `file`, the CSRF header and the session cookie.
 * Uses XMLHttpRequest for upload progress; errors are ApiErrors with the server's Chinese message.
 */
export function uploadAttachment(file: Blob & { name?: string }, onProgress?: (percent: number) => void): UploadHandle {
  const xhr = new XMLHttpRequest();
  const done = new Promise<Attachment>((resolve, reject) => {
    xhr.open('POST', '/api/attachments');
    xhr.withCredentials = true;
    xhr.setRequestHeader('X-Shangliang-Request', '1');
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable && e.total > 0) onProgress?.(Math.min(99, Math.round((e.loaded / e.total) * 100)));
    };
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) {
        try {
          resolve(JSON.parse(xhr.responseText) as Attachment);
        } catch {
          reject(new ApiError(xhr.status, 'BAD_RESPONSE', '上传结果无法识别，请重试'));
        }
        return;
      }
      const error = apiErrorFrom(xhr.status, xhr.responseText);
      followAuthError(error, '/api/attachments');
      reject(error);
    };
    xhr.onerror = () => reject(new ApiError(0, 'NETWORK_ERROR', '网络连接失败，请检查网络后重试'));
    xhr.onabort = () => reject(new ApiError(0, 'ABORTED', '已取消上传'));
    const body = new FormData();
    body.append('file', file, file.name ?? 'file');
    xhr.send(body);
  });
  return { done, abort: () => xhr.abort() };
}

/** The size in 中文-friendly units: 812 B, 35.2 KB, 3.4 MB. */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(bytes < 10 * 1024 ? 1 : 0)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/**
 * POST /api/handling/topics/:id/import — the filled 办理表 (.xlsx) as multipart field `file`, with the CSRF header.
 * `applyValid=false` writes nothing when any row is invalid; `true` writes the valid rows.
 */
export async function importHandlingSheet(topicId: string, file: Blob & { name?: string }, applyValid: boolean): Promise<ImportReport> {
  const path = `/api/handling/topics/${encodeURIComponent(topicId)}/import`;
  const body = new FormData();
  body.append('file', file, file.name ?? '办理表.xlsx');
  let res: Response;
  try {
    res = await fetch(`${path}?applyValid=${applyValid ? 'true' : 'false'}`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'X-Shangliang-Request': '1', Accept: 'application/json' },
      body,
    });
  } catch {
    throw new ApiError(0, 'NETWORK_ERROR', '网络连接失败，请检查网络后重试');
  }
  const text = await res.text();
  if (!res.ok) {
    const error = apiErrorFrom(res.status, text);
    followAuthError(error, path);
    throw error;
  }
  try {
    return JSON.parse(text) as ImportReport;
  } catch {
    throw new ApiError(res.status, 'BAD_RESPONSE', '导入结果无法识别，请重试');
  }
}
