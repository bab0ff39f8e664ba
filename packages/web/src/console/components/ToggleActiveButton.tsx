import type { ReactElement } from 'react';
import { App, Button, Popconfirm, Space, type TableColumnsType } from 'antd';
import type { Action } from '@shangliang/core';
import { errorMessage } from '../../api/api-error.js';
import { StatusTag } from './StatusTag.js';
import { canOn } from './usePolicy.js';

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

/** What `useToggleActive` needs of a record's 启用/停用 mutation. */
interface SetActive {
  mutate(input: { id: string; active: boolean }, handlers: { onSuccess: (saved: { active: boolean; name: string }) => void; onError: (e: unknown) => void }): void;
}

/** 启用 / 停用 a record through its mutation, toasting the outcome with the record's name. */
export function useToggleActive(setActive: SetActive): (row: { id: string; active: boolean }) => void {
  const { message } = App.useApp();
  return (row) =>
    setActive.mutate(
      { id: row.id, active: !row.active },
      {
        onSuccess: (saved) => message.success(saved.active ? `已启用“${saved.name}”` : `已停用“${saved.name}”`),
        onError: (e) => message.error(errorMessage(e)),
      },
    );
}

/** A record that can be switched off, with the actions the server allows on it. */
interface Switchable {
  readonly id: string;
  readonly name: string;
  readonly active: boolean;
  readonly actions: readonly Action[];
}

/** The 状态 and 操作 columns of a list of such records: 编辑 and 停用/启用, each only where the record's actions allow it. */
export function activeColumns<T extends Switchable>({
  update,
  deactivate,
  onEdit,
  onToggle,
  width = 130,
}: {
  update: Action;
  deactivate: Action;
  onEdit: (row: T) => void;
  onToggle: (row: T) => void;
  width?: number;
}): TableColumnsType<T> {
  return [
    { title: '状态', dataIndex: 'active', width: 80, render: (a: boolean) => <StatusTag active={a} /> },
    {
      title: '操作',
      key: 'actions',
      width,
      render: (_: unknown, row) => (
        <Space size={0}>
          {canOn(row, update) && (
            <Button type="link" size="small" style={{ paddingInline: 4 }} onClick={() => onEdit(row)}>
              编辑
            </Button>
          )}
          {canOn(row, deactivate) && <ToggleActiveButton active={row.active} name={row.name} onConfirm={() => onToggle(row)} />}
        </Space>
      ),
    },
  ];
}
