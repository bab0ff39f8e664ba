import { useState, type ReactElement } from 'react';
import { Alert, App, Button, Card, Empty, Input, Space } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { errorMessage } from '../../../api/api-error.js';
import type { Venue } from '../../../api/types.js';
import { PageTitle } from '../../components/PageTitle.js';
import { CountyFilter } from '../../components/CountyFilter.js';
import { DataTable } from '../../components/DataTable.js';
import { StatusTag } from '../../components/StatusTag.js';
import { ToggleActiveButton } from '../../components/ToggleActiveButton.js';
import { orDash } from '../../components/format.js';
import { useDocumentTitle } from '../../components/useDocumentTitle.js';
import { useVenueMutations, useVenues } from './hooks.js';
import { VenueFormModal } from './VenueFormModal.js';
import { pager } from '../../components/pager.js';
import { canOn, usePolicy } from '../../components/usePolicy.js';

const PAGE_SIZE = 20;

/** 活动场所 — 委员活动室, 委员工作站 and other venues (第六条(一)). */
export function VenuesPage(): ReactElement {
  useDocumentTitle('活动场所');
  const { can } = usePolicy();
  const [countyId, setCountyId] = useState<string | undefined>();
  const [q, setQ] = useState('');
  const [page, setPage] = useState(1);
  const [editing, setEditing] = useState<{ venue: Venue | null } | null>(null);
  const { message } = App.useApp();
  const list = useVenues({ countyId, q, includeInactive: true, page, pageSize: PAGE_SIZE });
  const { setActive } = useVenueMutations();
  const mayCreate = can('venue.create');

  const toggle = (row: Venue): void =>
    setActive.mutate(
      { id: row.id, active: !row.active },
      {
        onSuccess: (v) => message.success(v.active ? `已启用“${v.name}”` : `已停用“${v.name}”`),
        onError: (e) => message.error(errorMessage(e)),
      },
    );

  return (
    <>
      <PageTitle
        description="委员活动室、委员工作站等为委员开展调研、协商活动提供场地支持的场所。"
        extra={
          mayCreate && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ venue: null })}>
              新建活动场所
            </Button>
          )
        }
      >
        活动场所
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
            aria-label="按名称搜索活动场所"
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
        <DataTable<Venue>
          label="活动场所列表"
          rowKey="id"
          loading={list.isFetching}
          dataSource={[...(list.data?.items ?? [])]}
          scroll={{ x: 820 }}
          locale={{ emptyText: <Empty description="暂无活动场所" /> }}
          pagination={pager(page, PAGE_SIZE, list.data?.total, setPage, '个')}
          columns={[
            { title: '名称', dataIndex: 'name', width: 200 },
            { title: '类型', dataIndex: 'kindLabel', width: 110 },
            { title: '所属组织', dataIndex: 'orgName', width: 160 },
            { title: '地址', dataIndex: 'address', render: (v: string | null) => orDash(v) },
            { title: '容纳人数', dataIndex: 'capacity', width: 90, render: (v: number | null) => orDash(v) },
            { title: '状态', dataIndex: 'active', width: 80, render: (a: boolean) => <StatusTag active={a} /> },
            {
              title: '操作',
              key: 'actions',
              width: 130,
              render: (_: unknown, row) => (
                <Space size={0}>
                  {canOn(row, 'venue.update') && (
                    <Button type="link" size="small" style={{ paddingInline: 4 }} onClick={() => setEditing({ venue: row })}>
                      编辑
                    </Button>
                  )}
                  {canOn(row, 'venue.deactivate') && (
                    <ToggleActiveButton active={row.active} name={row.name} onConfirm={() => toggle(row)} />
                  )}
                </Space>
              ),
            },
          ]}
        />
      </Card>
      <VenueFormModal open={editing !== null} venue={editing?.venue ?? null} onClose={() => setEditing(null)} />
    </>
  );
}
