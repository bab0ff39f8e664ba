import type { ReactElement } from 'react';
import { Alert } from 'antd';

/** The refusal of the server (e.g. the return window has passed), shown in the dialog. */
export function Refusal({ text }: { text: string | null }): ReactElement | null {
  return text ? <Alert type="error" showIcon role="alert" title={text} style={{ marginBottom: 12 }} /> : null;
}
