import { useState, type ReactElement } from 'react';
import { Alert, App, Button, Card, Empty, Space, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { errorMessage } from '../../../api/api-error.js';
import type { ContactPoint } from '../../../api/types.js';
import { PageTitle } from '../../components/PageTitle.js';
import { DataTable } from '../../components/DataTable.js';
import { StatusTag } from '../../components/StatusTag.js';
import { ToggleActiveButton } from '../../components/ToggleActiveButton.js';
import { orDash } from '../../components/format.js';
import { useDocumentTitle } from '../../components/useDocumentTitle.js';
import { canOn, usePolicy } from '../../components/usePolicy.js';
import { useContactPointMutations, useContactPoints } from './hooks.js';
import { ContactPointFormModal } from './ContactPointFormModal.js';

/** 工作联系点 — the city CPPCC's contact points (第四条(七)). */
export function ContactPointsPage(): ReactElement {
  useDocumentTitle('工作联系点');
  const { can } = usePolicy();
  const list = useContactPoints();
  const { setActive } = useContactPointMutations();
  const [editing, setEditing] = useState<{ point: ContactPoint | null } | null>(null);
  const { message } = App.useApp();
  const mayCreate = can('contact_point.create');

  const toggle = (row: ContactPoint): void =>
    setActive.mutate(
      { id: row.id, active: !row.active },
      {
        onSuccess: (p) => message.success(p.active ? `已启用“${p.name}”` : `已停用“${p.name}”`),
        onError: (e) => message.error(errorMessage(e)),
      },
    );

  return (
    <>
      <PageTitle
        description="充分发挥冯南垣、段村“有事来商量”工作联系点的示范作用，市政协可专题赴联系点调研、座谈。"
        extra={
          mayCreate && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ point: null })}>
              新建工作联系点
            </Button>
          )
        }
      >
        工作联系点
      </PageTitle>
      <Card>
        {list.isError && <Alert type="error" showIcon title={errorMessage(list.error)} style={{ marginBottom: 12 }} />}
        <DataTable<ContactPoint>
          label="工作联系点列表"
          rowKey="id"
          loading={list.isFetching}
          dataSource={[...(list.data ?? [])]}
          pagination={false}
          scroll={{ x: 760 }}
          locale={{ emptyText: <Empty description="暂无工作联系点" /> }}
          columns={[
            { title: '名称', dataIndex: 'name', width: 200 },
            {
              title: '所属县（市、区）',
              dataIndex: 'countyName',
              width: 160,
              render: (v: string | null) => v ?? <Typography.Text type="warning">未确定（待补充）</Typography.Text>,
            },
            { title: '对应组织', dataIndex: 'orgName', width: 160, render: (v: string | null) => orDash(v) },
            { title: '地址', dataIndex: 'address', render: (v: string | null) => orDash(v) },
            { title: '状态', dataIndex: 'active', width: 80, render: (a: boolean) => <StatusTag active={a} /> },
            {
              title: '操作',
              key: 'actions',
              width: 130,
              render: (_: unknown, row) => (
                <Space size={0}>
                  {canOn(row, 'contact_point.update') && (
                    <Button type="link" size="small" style={{ paddingInline: 4 }} onClick={() => setEditing({ point: row })}>
                      编辑
                    </Button>
                  )}
                  {canOn(row, 'contact_point.deactivate') && (
                    <ToggleActiveButton active={row.active} name={row.name} onConfirm={() => toggle(row)} />
                  )}
                </Space>
              ),
            },
          ]}
        />
      </Card>
      <ContactPointFormModal open={editing !== null} point={editing?.point ?? null} onClose={() => setEditing(null)} />
    </>
  );
}
