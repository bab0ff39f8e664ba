import type { ReactElement, ReactNode } from 'react';
import { DatePicker, Form, Input, Radio } from 'antd';

/** What every field of a console form has: its label, its name in the form, whether it must be filled and a hint below it. */
interface FieldProps {
  label: ReactNode;
  name: string | (string | number)[];
  required?: boolean;
  extra?: ReactNode;
}

/** A text field; with `rows`, a text area (with a character count when `count`). */
export function TextField({
  max,
  placeholder,
  rows,
  count,
  inputMode,
  ...item
}: FieldProps & { max: number; placeholder?: string; rows?: number; count?: boolean; inputMode?: 'tel' }): ReactElement {
  return (
    <Form.Item {...item}>
      {rows ? <Input.TextArea rows={rows} maxLength={max} showCount={count} placeholder={placeholder} /> : <Input maxLength={max} placeholder={placeholder} inputMode={inputMode} showCount={count} />}
    </Form.Item>
  );
}

/** A day, picked from a calendar, as wide as the form. */
export function DateField(item: FieldProps): ReactElement {
  return (
    <Form.Item {...item}>
      <DatePicker style={{ width: '100%' }} />
    </Form.Item>
  );
}

/** One of a few choices, as a row of buttons. */
export function ChoiceField({ options, ...item }: FieldProps & { options: { value: string; label: string }[] }): ReactElement {
  return (
    <Form.Item {...item}>
      <Radio.Group optionType="button" options={options} />
    </Form.Item>
  );
}
