import type { ReactElement, ReactNode } from 'react';
import { Button, Drawer, Grid, Modal, Space } from 'antd';

/**
 * A form dialog: a centred modal on tablets and desktops, a full-screen sheet on phones
 * (so that long forms are not cramped at 390 px).
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
  children: ReactNode;
}): ReactElement {
  const screens = Grid.useBreakpoint();
  const phone = screens.sm === false;
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
        {children}
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
      {children}
    </Modal>
  );
}
