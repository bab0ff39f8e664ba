import { useState, type ReactElement } from 'react';
import { App, Button, Popconfirm, Space, Tooltip } from 'antd';
import { ROLE_LABELS, ROLES } from '@shangliang/core';
import { errorMessage } from '../../../api/api-error.js';
import type { User } from '../../../api/types.js';
import { ListPage } from '../../components/ListPage.js';
import { useListFilters } from '../../components/useListFilters.js';
import { CountyFilter } from '../../components/CountyFilter.js';
import { SearchFilter } from '../../components/SearchFilter.js';
import { VocabFilter } from '../../components/VocabFilter.js';
import { SoftTag } from '../../components/SoftTag.js';
import { StatusTag } from '../../components/StatusTag.js';
import { ToggleActiveButton } from '../../components/ToggleActiveButton.js';
import { formatTime, orDash } from '../../components/format.js';
import { useUserMutations, useUsers } from './hooks.js';
import { UserFormModal } from './UserFormModal.js';
import { ResetPasswordModal } from './ResetPasswordModal.js';
import { canOn, usePolicy } from '../../components/usePolicy.js';

const PAGE_SIZE = 20;

const isLocked = (user: User): boolean => !!user.lockedUntil && new Date(user.lockedUntil).getTime() > Date.now();

function UserStatus({ user }: { user: User }): ReactElement {
  const locked = isLocked(user);
  return (
    <Space size={[0, 4]} wrap>
      <StatusTag active={user.active} />
      {locked && (
        <Tooltip title={`锁定至 ${formatTime(user.lockedUntil)}`}>
          <SoftTag tone="red">已锁定</SoftTag>
        </Tooltip>
      )}
      {user.mustChangePassword && <SoftTag tone="orange">待改密码</SoftTag>}
    </Space>
  );
}

/** 用户管理 — accounts and their role grants. */
export function UsersPage(): ReactElement {
  const { can } = usePolicy();
  const { get, page } = useListFilters();
  const [editing, setEditing] = useState<{ user: User | null } | null>(null);
  const [resetting, setResetting] = useState<User | null>(null);
  const list = useUsers({ countyId: get('countyId'), role: get('role'), q: get('q') ?? '', includeInactive: true, page, pageSize: PAGE_SIZE });
  const { setActive, unlock } = useUserMutations();
  const { message } = App.useApp();

  const toggle = (row: User): void =>
    setActive.mutate(
      { id: row.id, active: !row.active },
      {
        onSuccess: () => message.success(row.active ? `已停用用户“${row.displayName}”` : `已启用用户“${row.displayName}”`),
        onError: (e) => message.error(errorMessage(e)),
      },
    );
  const unlockUser = (row: User): void =>
    unlock.mutate(row.id, {
      onSuccess: () => message.success(`已解除“${row.displayName}”的登录锁定`),
      onError: (e) => message.error(errorMessage(e)),
    });

  return (
    <ListPage<User>
      title="用户管理"
      create={can('user.create') && { label: '新建用户', onClick: () => setEditing({ user: null }) }}
      filters={
        <>
          <CountyFilter width={180} />
          <VocabFilter param="role" label="按角色筛选" placeholder="全部角色" keys={ROLES} labels={ROLE_LABELS} width={180} />
          <SearchFilter label="按用户名或姓名搜索" placeholder="用户名或姓名" width={220} />
        </>
      }
      query={list}
      noun="用户"
      scroll={{ x: 1340 }}
      paging={{ pageSize: PAGE_SIZE, unit: '人' }}
      columns={[
        { title: '姓名', dataIndex: 'displayName', width: 96, fixed: 'left' },
        { title: '用户名', dataIndex: 'username', width: 150, render: (v: string) => <span className="nowrap">{v}</span> },
        {
          title: '角色',
          key: 'roles',
          width: 280,
          render: (_: unknown, row) => (
            <Space orientation="vertical" size={2}>
              {row.roles.map((r) => (
                <span key={`${r.role}-${r.orgId}`} className="nowrap">
                  <SoftTag tone="red">
                    {r.roleLabel}
                    {r.title ? `（${r.title}）` : ''}
                  </SoftTag>
                  {r.orgName}
                </span>
              ))}
            </Space>
          ),
        },
        { title: '界别', dataIndex: 'sector', width: 100, render: (v: string | null) => orDash(v) },
        { title: '专委会', dataIndex: 'committee', width: 120, render: (v: string | null) => orDash(v) },
        { title: '电话', dataIndex: 'phone', width: 130, render: (v: string | null) => orDash(v) },
        { title: '状态', key: 'status', width: 120, render: (_: unknown, row) => <UserStatus user={row} /> },
        { title: '最近登录', dataIndex: 'lastLoginAt', width: 150, render: (v: string | null) => formatTime(v) },
        {
          title: '操作',
          key: 'actions',
          width: 190,
          // Kept in view: on a narrow screen the actions would otherwise sit past the horizontal scroll.
          fixed: 'right' as const,
          render: (_: unknown, row) => (
            <Space size={0} wrap>
              {canOn(row, 'user.update') && (
                <Button type="link" size="small" style={{ paddingInline: 4 }} onClick={() => setEditing({ user: row })}>
                  编辑
                </Button>
              )}
              {canOn(row, 'user.reset_password') && (
                <Button type="link" size="small" style={{ paddingInline: 4 }} onClick={() => setResetting(row)}>
                  重置密码
                </Button>
              )}
              {canOn(row, 'user.unlock') && isLocked(row) && (
                <Popconfirm title={`解除“${row.displayName}”的登录锁定？`} description="该账号在所有地址的失败次数将清零" okText="解除锁定" cancelText="取消" onConfirm={() => unlockUser(row)}>
                  <Button type="link" size="small" style={{ paddingInline: 4 }}>
                    解除锁定
                  </Button>
                </Popconfirm>
              )}
              {canOn(row, 'user.deactivate') && (
                <ToggleActiveButton active={row.active} name={row.displayName} onConfirm={() => toggle(row)} />
              )}
            </Space>
          ),
        },
      ]}
    >
      <UserFormModal open={editing !== null} user={editing?.user ?? null} onClose={() => setEditing(null)} />
      <ResetPasswordModal user={resetting} onClose={() => setResetting(null)} />
    </ListPage>
  );
}
