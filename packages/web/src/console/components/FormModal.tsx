import type { ReactElement, ReactNode } from 'react';
import { Button, Drawer, Form, type FormInstance, Grid, Modal, Space } from 'antd';
import { clearOnChange } from './form-errors.js';

/**
 * A form dialog: a centred modal on tablets and desktops, a full-screen sheet on phones
 * (so that long forms are not cramped at 390 px). Given a `form`, the children are its fields: the
 * dialog holds the antd Form (vertical, optional fields marked, an error cleared once its field is
 * edited), and Enter in a field submits like the OK button.
 */
export function FormModal({
  open,
  title,
  onOk,
  onCancel,
  okText = '保存',
  confirmLoading,
  width = 640,
  danger,
  form,
  name,
  children,
}: {
  open: boolean;
  title: ReactNode;
  onOk: () => void;
  onCancel: () => void;
  okText?: string;
  confirmLoading?: boolean;
  width?: number;
  danger?: boolean;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  form?: FormInstance<any>;
  /** The form's name: antd prefixes the fields' ids with it. */
  name?: string;
  children: ReactNode;
}): ReactElement {
  const screens = Grid.useBreakpoint();
  const phone = screens.sm === false;
  const body = form ? (
    <Form form={form} name={name} layout="vertical" requiredMark="optional" onValuesChange={clearOnChange(form)} onFinish={onOk}>
      {children}
      {/* antd submits a form on Enter only through a submit button; the visible OK button sits outside the form. */}
      <button type="submit" hidden aria-hidden="true" tabIndex={-1} />
    </Form>
  ) : (
    children
  );
  if (phone) {
    return (
      <Drawer
        open={open}
        title={title}
        placement="bottom"
        size="100%"
        onClose={onCancel}
        forceRender
        className="form-sheet"
        footer={
          <Space style={{ width: '100%', justifyContent: 'flex-end' }}>
            <Button onClick={onCancel}>取消</Button>
            <Button type="primary" danger={danger} loading={confirmLoading} onClick={onOk}>
              {okText}
            </Button>
          </Space>
        }
      >
        {body}
      </Drawer>
    );
  }
  return (
    <Modal
      open={open}
      title={title}
      okText={okText}
      cancelText="取消"
      onOk={onOk}
      onCancel={onCancel}
      confirmLoading={confirmLoading}
      okButtonProps={{ danger }}
      width={width}
      forceRender
    >
      {body}
    </Modal>
  );
}
