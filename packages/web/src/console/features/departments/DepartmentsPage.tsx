import { useState, type ReactElement } from 'react';
import { Alert, App, Button, Card, Empty, Input, Space } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { errorMessage } from '../../../api/api-error.js';
import type { Org } from '../../../api/types.js';
import { PageTitle } from '../../components/PageTitle.js';
import { CountyFilter } from '../../components/CountyFilter.js';
import { DataTable } from '../../components/DataTable.js';
import { StatusTag } from '../../components/StatusTag.js';
import { ToggleActiveButton } from '../../components/ToggleActiveButton.js';
import { orDash } from '../../components/format.js';
import { useDocumentTitle } from '../../components/useDocumentTitle.js';
import { useOrgList, useOrgMutations } from '../organisations/hooks.js';
import { OrgFormModal, type OrgFormTarget } from '../organisations/OrgFormModal.js';
import { pager } from '../../components/pager.js';
import { canOn } from '../../components/usePolicy.js';

const PAGE_SIZE = 20;

/** 承办单位 — departments that handle suggestions, under the city or a county. */
export function DepartmentsPage(): ReactElement {
  useDocumentTitle('承办单位');
  const [countyId, setCountyId] = useState<string | undefined>();
  const [q, setQ] = useState('');
  const [page, setPage] = useState(1);
  const [form, setForm] = useState<OrgFormTarget | null>(null);
  const { message } = App.useApp();
  const list = useOrgList({ kind: 'department', countyId, q, includeInactive: true, page, pageSize: PAGE_SIZE });
  // Possible parents: the city and the counties on which the server allows organisation.create.
  const cities = useOrgList({ kind: 'city', pageSize: 10 });
  const countyOrgs = useOrgList({ kind: 'county', pageSize: 100 });
  const parents = [...(cities.data?.items ?? []), ...(countyOrgs.data?.items ?? [])].filter((o) =>
    canOn(o, 'organisation.create'),
  );
  const { setActive } = useOrgMutations();

  const toggle = (row: Org): void =>
    setActive.mutate(
      { id: row.id, active: !row.active },
      {
        onSuccess: (o) => message.success(o.active ? `已启用“${o.name}”` : `已停用“${o.name}”`),
        onError: (e) => message.error(errorMessage(e)),
      },
    );

  return (
    <>
      <PageTitle
        description="承办单位负责办理协商意见建议，并在规定期限内书面反馈。"
        extra={
          parents.length > 0 && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setForm({ mode: 'create', parents: parents.map((p) => ({ id: p.id, name: p.name })), kinds: ['department'] })}
            >
              新建承办单位
            </Button>
          )
        }
      >
        承办单位
      </PageTitle>
      <Card>
        <div className="filter-bar">
          <CountyFilter
            value={countyId}
            onChange={(v) => {
              setCountyId(v);
              setPage(1);
            }}
            width={200}
          />
          <Input.Search
            aria-label="按名称搜索承办单位"
            placeholder="按名称搜索"
            allowClear
            onSearch={(v) => {
              setQ(v.trim());
              setPage(1);
            }}
            style={{ width: 240 }}
          />
        </div>
        {list.isError && <Alert type="error" showIcon title={errorMessage(list.error)} style={{ marginBottom: 12 }} />}
        <DataTable<Org>
          label="承办单位列表"
          rowKey="id"
          loading={list.isFetching}
          dataSource={[...(list.data?.items ?? [])]}
          scroll={{ x: 720 }}
          locale={{ emptyText: <Empty description="暂无承办单位" /> }}
          pagination={pager(page, PAGE_SIZE, list.data?.total, setPage, '个')}
          columns={[
            { title: '名称', dataIndex: 'name', width: 200 },
            { title: '所属', dataIndex: 'parentName', width: 160, render: (v: string | null) => orDash(v) },
            { title: '联系人', dataIndex: 'contactPerson', width: 110, render: (v: string | null) => orDash(v) },
            { title: '联系电话', dataIndex: 'contactPhone', width: 140, render: (v: string | null) => orDash(v) },
            { title: '状态', dataIndex: 'active', width: 80, render: (a: boolean) => <StatusTag active={a} /> },
            {
              title: '操作',
              key: 'actions',
              width: 130,
              render: (_: unknown, row) => (
                <Space size={0}>
                  {canOn(row, 'organisation.update') && (
                    <Button type="link" size="small" style={{ paddingInline: 4 }} onClick={() => setForm({ mode: 'edit', org: row })}>
                      编辑
                    </Button>
                  )}
                  {canOn(row, 'organisation.deactivate') && (
                    <ToggleActiveButton active={row.active} name={row.name} onConfirm={() => toggle(row)} />
                  )}
                </Space>
              ),
            },
          ]}
        />
      </Card>
      <OrgFormModal target={form} onClose={() => setForm(null)} noun="承办单位" />
    </>
  );
}
