import type { ReactElement } from 'react';
import { Button, Popconfirm } from 'antd';

/** 停用 / 启用 with a confirmation; the caller shows it only when the object's actions allow it. */
export function ToggleActiveButton({
  active,
  name,
  loading,
  onConfirm,
  size = 'small',
}: {
  active: boolean;
  name: string;
  loading?: boolean;
  onConfirm: () => void;
  size?: 'small' | 'middle';
}): ReactElement {
  return (
    <Popconfirm
      title={active ? `确定停用“${name}”吗？` : `确定启用“${name}”吗？`}
      description={active ? '停用后将不再出现在可选列表中，可随时重新启用。' : undefined}
      okText={active ? '停用' : '启用'}
      cancelText="取消"
      onConfirm={onConfirm}
    >
      <Button size={size} type="link" danger={active} loading={loading} style={{ paddingInline: 4 }}>
        {active ? '停用' : '启用'}
      </Button>
    </Popconfirm>
  );
}
