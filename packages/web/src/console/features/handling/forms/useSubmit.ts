import { useState } from 'react';
import { App, type FormInstance } from 'antd';
import { ApiError } from '../../../../api/api-error.js';
import { UPLOADING_MESSAGE, uploadsInProgress } from '../../../components/AttachmentField.js';
import { showServerError, validateWith, type SafeParser } from '../../../components/form-errors.js';

/** Validate with a core schema, send, close; server field errors go under the fields, other refusals into the dialog. */
export function useSubmit<T>(
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  form: FormInstance<any>,
  schema: SafeParser<T>,
  send: (data: T, handlers: { onSuccess: () => void; onError: (e: unknown) => void }) => void,
  done: string,
  onClose: () => void,
) {
  const { message } = App.useApp();
  const [refusal, setRefusal] = useState<string | null>(null);
  const submit = (body: unknown): void => {
    setRefusal(null);
    if (uploadsInProgress()) {
      message.warning(UPLOADING_MESSAGE);
      return;
    }
    const checked = validateWith(schema, body, form);
    if (!checked.ok) {
      message.error(checked.rest[0]?.message ?? '请检查标红的内容');
      return;
    }
    send(checked.data, {
      onSuccess: () => {
        message.success(done);
        onClose();
      },
      onError: (e) => {
        if (e instanceof ApiError && e.fields.length === 0 && e.status >= 400 && e.status < 500) setRefusal(e.message);
        showServerError(e, form, (t) => message.error(t));
      },
    });
  };
  return { submit, refusal, reset: () => setRefusal(null) };
}
