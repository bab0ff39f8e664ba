import { useEffect, useRef, useState, type ReactElement } from 'react';
import { App, Button, Typography, Upload, type UploadFile, type UploadProps } from 'antd';
import { CameraOutlined, PaperClipOutlined } from '@ant-design/icons';
import { errorMessage } from '../../api/api-error.js';
import type { Attachment } from '../../api/types.js';
import { ATTACHMENT_ACCEPT, ATTACHMENT_EXTENSIONS, ATTACHMENT_MAX_BYTES, uploadAttachment } from '../../api/upload.js';

/** Uploads in flight across the console (one form is open at a time). */
const inFlight = new Set<string>();

/** True while a file is still being uploaded: saving now would leave it out. */
export function uploadsInProgress(): boolean {
  return inFlight.size > 0;
}

/** The message to show when a form is saved while a file is still uploading. */
export const UPLOADING_MESSAGE = '附件正在上传，请稍候再提交';

const sameIds = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((id, i) => id === b[i]);

/** Why a file cannot be uploaded, checked before sending it (the server checks again). */
function refusal(file: File): string | null {
  const dot = file.name.lastIndexOf('.');
  const ext = dot >= 0 ? file.name.slice(dot).toLowerCase() : '';
  if (!(ATTACHMENT_EXTENSIONS as readonly string[]).includes(ext)) return `“${file.name}”的类型不支持：仅支持图片（JPG、PNG、WebP）、PDF、Word、Excel 和文本文件`;
  if (file.size > ATTACHMENT_MAX_BYTES) return `“${file.name}”超过 10 MB，请压缩后再上传`;
  if (file.size === 0) return `“${file.name}”是空文件`;
  return null;
}

/**
 * 附件上传 for an antd Form.Item: the value is the list of uploaded attachment ids (`attachmentIds`).
 * Files go to POST /api/attachments as soon as they are picked, with progress; a failure shows the
 * server's message under the file; a file can be removed before the form is saved.
 */
export function AttachmentField({
  id,
  value,
  onChange,
  max = 10,
  photos = false,
  disabled,
}: {
  id?: string;
  value?: string[];
  onChange?: (ids: string[]) => void;
  /** Most files the record takes. */
  max?: number;
  /** Photos first (协商现场照片): the button reads 上传照片. */
  photos?: boolean;
  disabled?: boolean;
}): ReactElement {
  const { message } = App.useApp();
  const [files, setFiles] = useState<UploadFile<Attachment>[]>([]);
  const emitted = useRef<string[]>([]);
  const aborts = useRef(new Map<string, () => void>());

  // The form reset or set the value: keep only the uploaded files it names, drop the rest.
  useEffect(() => {
    const ids = value ?? [];
    if (sameIds(ids, emitted.current)) return;
    emitted.current = ids;
    for (const [uid, abort] of aborts.current) {
      abort();
      inFlight.delete(uid);
    }
    aborts.current.clear();
    setFiles((list) => list.filter((f) => f.status === 'done' && f.response && ids.includes(f.response.id)));
  }, [value]);

  // Leaving the form abandons uploads in flight.
  useEffect(() => {
    const pending = aborts.current;
    return () => {
      for (const [uid, abort] of pending) {
        abort();
        inFlight.delete(uid);
      }
      pending.clear();
    };
  }, []);

  const update = (list: UploadFile<Attachment>[]): void => {
    setFiles(list);
    const ids = list.flatMap((f) => (f.status === 'done' && f.response ? [f.response.id] : []));
    if (!sameIds(ids, emitted.current)) {
      emitted.current = ids;
      onChange?.(ids);
    }
  };

  const customRequest: UploadProps<Attachment>['customRequest'] = ({ file, onProgress, onSuccess, onError }) => {
    const uid = (file as File & { uid: string }).uid;
    const handle = uploadAttachment(file as File, (percent) => onProgress?.({ percent }));
    inFlight.add(uid);
    aborts.current.set(uid, handle.abort);
    const settle = (): void => {
      inFlight.delete(uid);
      aborts.current.delete(uid);
    };
    handle.done.then(
      (attachment) => {
        settle();
        onSuccess?.(attachment);
      },
      (error: unknown) => {
        settle();
        if (error instanceof Error && (error as { code?: string }).code === 'ABORTED') return;
        const text = errorMessage(error);
        message.error(text);
        // The message becomes the file's response: antd shows it on the failed item.
        onError?.(new Error(text), text as unknown as Attachment);
      },
    );
    return { abort: () => handle.abort() };
  };

  const beforeUpload: UploadProps<Attachment>['beforeUpload'] = (file, batch) => {
    const why = refusal(file);
    if (why) {
      message.error(why);
      return Upload.LIST_IGNORE;
    }
    const position = files.filter((f) => f.status !== 'error').length + batch.indexOf(file);
    if (position >= max) {
      if (position === max) message.error(`最多上传 ${max} 个文件`);
      return Upload.LIST_IGNORE;
    }
    return true;
  };

  const full = files.filter((f) => f.status !== 'error').length >= max;
  return (
    <div className="attachment-field">
      <Upload<Attachment>
        id={id}
        name="file"
        multiple
        listType="picture"
        accept={ATTACHMENT_ACCEPT}
        fileList={files}
        disabled={disabled}
        customRequest={customRequest}
        beforeUpload={beforeUpload}
        onChange={({ fileList }) =>
          update(fileList.map((f) => (f.status === 'done' && f.response ? { ...f, url: f.response.url } : f)))
        }
        onRemove={(file) => {
          aborts.current.get(file.uid)?.();
          return true;
        }}
        showUploadList={{ showPreviewIcon: false, showDownloadIcon: false, showRemoveIcon: true }}
        itemRender={(node, file) => (
          <div className="attachment-item" data-status={file.status}>
            {node}
            {file.status === 'error' && (
              <Typography.Text type="danger" className="attachment-error" role="alert">
                上传失败：{typeof file.response === 'string' ? file.response : (file.error as Error | undefined)?.message ?? '请重试'}
              </Typography.Text>
            )}
          </div>
        )}
      >
        <Button icon={photos ? <CameraOutlined /> : <PaperClipOutlined />} disabled={disabled || full}>
          {photos ? '上传照片' : '上传附件'}
        </Button>
      </Upload>
      <div className="attachment-hint">
        {photos ? '可拍照或从相册选择，也可上传' : '支持'}图片、PDF、Word、Excel，单个文件不超过 10 MB，最多 {max} 个
      </div>
    </div>
  );
}
