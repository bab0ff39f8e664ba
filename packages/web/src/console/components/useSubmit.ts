import { useLayoutEffect, useState } from 'react';
import { App, type FormInstance } from 'antd';
import { ApiError } from '../../api/api-error.js';
import { UPLOADING_MESSAGE, uploadsInProgress } from './AttachmentField.js';
import { showServerError, validateWith, type SafeParser } from './form-errors.js';
import { useVersionConflict } from './useVersionConflict.js';

/** The callbacks a form's `send` hands on to its mutation. */
export interface SendHandlers<R> {
  readonly onSuccess: (saved: R) => void;
  readonly onError: (error: unknown) => void;
}

/** When the form starts afresh, what happens once the server has accepted it, and how an edit recovers from a conflict. */
export interface SubmitEnd<R> {
  /** The success toast, or how to word it from what the server answered. */
  readonly done: string | ((saved: R) => string);
  readonly onClose: () => void;
  /** After the dialog closed, e.g. to open the page of the new record. */
  readonly then?: (saved: R) => void;
  /** Edit forms: loads the record into the form again when someone else changed it (409 VERSION_CONFLICT). */
  readonly reload?: () => Promise<unknown>;
  /**
   * Whether the form's dialog is open. Each time it opens the form is emptied, the last refusal
   * cleared and `start` filled in; a refetch while it stays open does not replace what the user typed.
   */
  readonly open?: boolean;
  /** The values a fresh form starts with, read as the dialog opens (today's date, the last answer's contact …). */
  readonly start?: () => object;
}

/** A form's submit, and the server's last refusal to show inside the dialog. */
export interface Submit {
  /** Checks `body` with the core schema and sends it; false when nothing was sent (invalid, or a file still uploading). */
  submit(body: unknown): boolean;
  /** A refusal that belongs to no field (e.g. the return window has passed), until the next submit or `reset`. */
  readonly refusal: string | null;
  reset(): void;
}

/**
 * The submit of every console form: wait for uploads, check with the core schema (messages under the
 * fields), send, then toast and close. The server's field errors go under the fields; its other
 * refusals are toasted and kept in `refusal`; a version conflict on an edit offers 重新加载.
 */
export function useSubmit<T, R = unknown>(
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  form: FormInstance<any>,
  schema: SafeParser<T>,
  send: (data: T, handlers: SendHandlers<R>) => void,
  end: SubmitEnd<R>,
): Submit {
  const { message } = App.useApp();
  const onConflict = useVersionConflict();
  const [refusal, setRefusal] = useState<string | null>(null);
  // A layout effect, so the form is emptied and filled in before the dialog is painted: a passive effect may
  // run after the first keystroke on a busy phone and wipe what was just typed or picked.
  useLayoutEffect(() => {
    if (!end.open) return;
    setRefusal(null);
    form.resetFields();
    const start = end.start?.();
    if (start) form.setFieldsValue(start);
  }, [end.open]);
  const submit = (body: unknown): boolean => {
    setRefusal(null);
    if (uploadsInProgress()) {
      message.warning(UPLOADING_MESSAGE);
      return false;
    }
    const checked = validateWith(schema, body, form);
    if (!checked.ok) {
      message.error(checked.rest[0]?.message ?? '请检查标红的内容');
      return false;
    }
    send(checked.data, {
      onSuccess: (saved) => {
        message.success(typeof end.done === 'string' ? end.done : end.done(saved));
        end.onClose();
        end.then?.(saved);
      },
      onError: (e) => {
        if (end.reload && onConflict(e, end.reload)) return;
        if (e instanceof ApiError && e.fields.length === 0 && e.status >= 400 && e.status < 500) setRefusal(e.message);
        showServerError(e, form, (t) => message.error(t));
      },
    });
    return true;
  };
  return { submit, refusal, reset: () => setRefusal(null) };
}
