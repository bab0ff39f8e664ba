import { App, type FormInstance } from 'antd';
import { UPLOADING_MESSAGE, uploadsInProgress } from '../../../components/AttachmentField.js';
import { showServerError, validateWith, type SafeParser } from '../../../components/form-errors.js';

/** Shared shell: validate with a core schema, send, close; server field errors under the fields. */
export function useSubmit<T>(
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  form: FormInstance<any>,
  schema: SafeParser<T>,
  send: (data: T, handlers: { onSuccess: () => void; onError: (e: unknown) => void }) => void,
  done: string,
  onClose: () => void,
) {
  const { message } = App.useApp();
  return (body: unknown): void => {
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
      onError: (e) => showServerError(e, form, (t) => message.error(t)),
    });
  };
}
