import type { ReactElement, ReactNode } from 'react';
import { Button, Form, type FormListFieldData } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';

/**
 * A repeated group of fields in a form (部门回应, 意见建议, 落实事项 …): one framed row per entry, each
 * with its 移除 button, and an 添加… button below while fewer than `max` rows.
 */
export function FormRows({
  name,
  addText,
  removeText = '移除',
  fresh,
  max,
  minRows = 0,
  className = 'list-row',
  last,
  children,
}: {
  /** The form's list field. */
  name: string;
  addText: string;
  /** The remove button's text; null when the row places its own remove button (the third argument of `children`). */
  removeText?: string | null;
  /** A new row's values. */
  fresh?: () => object;
  max?: number;
  /** Rows that cannot be removed below this many. */
  minRows?: number;
  className?: string;
  /** The list ends the form: no space below the add button. */
  last?: boolean;
  children: (field: FormListFieldData, index: number, remove: () => void) => ReactNode;
}): ReactElement {
  return (
    <Form.List name={name}>
      {(fields, { add, remove }) => (
        <>
          {fields.map((field, index) => (
            <div key={field.key} className={className}>
              {children(field, index, () => remove(field.name))}
              {removeText !== null && fields.length > minRows && (
                <Button type="link" danger icon={<MinusCircleOutlined />} onClick={() => remove(field.name)} style={{ paddingInline: 0, marginBottom: 8 }}>
                  {removeText}
                </Button>
              )}
            </div>
          ))}
          {(max === undefined || fields.length < max) && (
            <Button type="dashed" block icon={<PlusOutlined />} onClick={() => add(fresh?.() ?? {})} style={last ? { marginTop: 8 } : { margin: '8px 0 16px' }}>
              {addText}
            </Button>
          )}
        </>
      )}
    </Form.List>
  );
}
