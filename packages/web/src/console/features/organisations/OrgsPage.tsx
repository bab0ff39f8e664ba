import { useMemo, useState, type ReactElement } from 'react';
import { Alert, Button, Card, Col, Descriptions, Empty, Input, Row, Space, Tree } from 'antd';
import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { ORG_CHILD_KINDS, ORG_KIND_LABELS } from '@shangliang/core';
import { errorMessage } from '../../../api/api-error.js';
import type { Org, OrgNode } from '../../../api/types.js';
import { PageTitle } from '../../components/PageTitle.js';
import { DataTable } from '../../components/DataTable.js';
import { StatusTag } from '../../components/StatusTag.js';
import { activeColumns, ToggleActiveButton, useToggleActive } from '../../components/ToggleActiveButton.js';
import { orDash } from '../../components/format.js';
import { useDocumentTitle } from '../../components/useDocumentTitle.js';
import { canOn } from '../../components/usePolicy.js';
import { useMe } from '../auth/hooks.js';
import { useOrg, useOrgList, useOrgMutations, useOrgTree } from './hooks.js';
import { OrgFormModal, type OrgFormTarget } from './OrgFormModal.js';

interface TreeItem {
  key: string;
  title: string;
  children?: TreeItem[];
}

function toTreeData(nodes: readonly OrgNode[], filter: string): TreeItem[] {
  const out: TreeItem[] = [];
  for (const n of nodes) {
    const children = toTreeData(n.children, filter);
    const matches = !filter || n.name.includes(filter);
    if (!matches && children.length === 0) continue;
    out.push({
      key: n.id,
      title: n.active ? n.name : `${n.name}（已停用）`,
      ...(children.length > 0 ? { children } : {}),
    });
  }
  return out;
}

function findPath(nodes: readonly OrgNode[], id: string, trail: string[] = []): string[] | null {
  for (const n of nodes) {
    if (n.id === id) return trail;
    const found = findPath(n.children, id, [...trail, n.id]);
    if (found) return found;
  }
  return null;
}

/** 组织机构 — the organisation tree, the selected organisation's details and its children. */
export function OrgsPage(): ReactElement {
  useDocumentTitle('组织机构');
  const me = useMe();
  const tree = useOrgTree();
  const [selectedId, setSelectedId] = useState<string | undefined>();
  const [filter, setFilter] = useState('');
  const [form, setForm] = useState<OrgFormTarget | null>(null);
  const { setActive } = useOrgMutations();

  const roots = tree.data ?? [];
  const currentId = selectedId ?? me.data?.activeOrgId ?? roots[0]?.id;
  const org = useOrg(currentId);
  const children = useOrgList(
    { parentId: currentId, includeInactive: true, pageSize: 100 },
    !!currentId,
  );
  const treeData = useMemo(() => toTreeData(roots, filter.trim()), [roots, filter]);
  const [expanded, setExpanded] = useState<string[] | null>(null);
  const defaultExpanded = useMemo(() => {
    const path = currentId ? (findPath(roots, currentId) ?? []) : [];
    return [...new Set([...(roots[0] ? [roots[0].id] : []), ...path])];
    // only for the first render of a loaded tree
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [roots]);

  const toggle = useToggleActive(setActive);

  const current = org.data;
  const childKinds = current ? ORG_CHILD_KINDS[current.kind] : [];
  const canCreate = !!current && canOn(current, 'organisation.create') && childKinds.length > 0;

  return (
    <>
      <PageTitle description="市 → 县（市、区） → 乡镇（街道） → 村（社区）。承办单位在“承办单位”中管理。">组织机构</PageTitle>
      {tree.isError && <Alert type="error" showIcon title={errorMessage(tree.error)} style={{ marginBottom: 16 }} />}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={8} xl={7}>
          <Card title={<h2 className="card-title">组织树</h2>} loading={tree.isPending} styles={{ body: { paddingTop: 12 } }}>
            <Input.Search
              placeholder="按名称筛选"
              aria-label="按名称筛选组织"
              allowClear
              onChange={(e) => setFilter(e.target.value)}
              style={{ marginBottom: 12 }}
            />
            {treeData.length === 0 ? (
              <Empty description={filter ? '没有符合条件的组织' : '暂无组织'} />
            ) : (
              <div className="org-tree">
                <Tree
                  blockNode
                  treeData={treeData}
                  selectedKeys={currentId ? [currentId] : []}
                  expandedKeys={filter ? undefined : (expanded ?? defaultExpanded)}
                  defaultExpandAll={!!filter}
                  key={filter ? `f-${filter}` : 'all'}
                  onExpand={(keys) => setExpanded(keys.map(String))}
                  onSelect={(keys) => {
                    const key = keys[0];
                    if (key !== undefined) setSelectedId(String(key));
                  }}
                />
              </div>
            )}
          </Card>
        </Col>
        <Col xs={24} lg={16} xl={17}>
          <Space orientation="vertical" size={16} style={{ width: '100%' }}>
            <Card
              title={<h2 className="card-title">{current ? current.name : '组织详情'}</h2>}
              loading={org.isPending && !!currentId}
              extra={
                current && (
                  <Space wrap size={4}>
                    {canOn(current, 'organisation.update') && (
                      <Button size="small" icon={<EditOutlined />} onClick={() => setForm({ mode: 'edit', org: current })}>
                        编辑
                      </Button>
                    )}
                    {canOn(current, 'organisation.deactivate') && (
                      <ToggleActiveButton active={current.active} name={current.name} onConfirm={() => toggle(current)} />
                    )}
                  </Space>
                )
              }
            >
              {org.isError ? (
                <Alert type="error" showIcon title={errorMessage(org.error)} />
              ) : current ? (
                <Descriptions
                  size="small"
                  column={{ xs: 1, sm: 2 }}
                  items={[
                    { key: 'kind', label: '类型', children: current.kindLabel },
                    { key: 'status', label: '状态', children: <StatusTag active={current.active} /> },
                    { key: 'parent', label: '上级组织', children: orDash(current.parentName) },
                    { key: 'county', label: '所属县（市、区）', children: orDash(current.countyName) },
                    { key: 'region', label: '行政区名称', children: orDash(current.regionName) },
                    { key: 'party', label: '党委名称', children: orDash(current.partyName) },
                    { key: 'gov', label: '政府名称', children: orDash(current.governmentName) },
                    { key: 'person', label: '联系人', children: orDash(current.contactPerson) },
                    { key: 'phone', label: '联系电话', children: orDash(current.contactPhone) },
                  ]}
                />
              ) : (
                <Empty description="请在组织树中选择一个组织" />
              )}
            </Card>
            <Card
              title={<h2 className="card-title">下级组织</h2>}
              extra={
                canCreate && current ? (
                  <Button
                    type="primary"
                    size="small"
                    icon={<PlusOutlined />}
                    onClick={() =>
                      setForm({
                        mode: 'create',
                        parents: [{ id: current.id, name: current.name }],
                        kinds: childKinds.filter((k) => k !== 'department'),
                      })
                    }
                  >
                    新建下级组织
                  </Button>
                ) : undefined
              }
            >
              <DataTable<Org>
          label="下级组织列表"
                rowKey="id"
                size="small"
                loading={children.isFetching}
                dataSource={(children.data?.items ?? []).filter((o) => o.kind !== 'department')}
                pagination={false}
                scroll={{ x: 560 }}
                locale={{ emptyText: <Empty description="暂无下级组织" /> }}
                columns={[
                  {
                    title: '名称',
                    dataIndex: 'name',
                    render: (name: string, row) => (
                      <Button type="link" size="small" style={{ padding: 0, height: 'auto' }} onClick={() => setSelectedId(row.id)}>
                        {name}
                      </Button>
                    ),
                  },
                  { title: '类型', dataIndex: 'kind', width: 120, render: (_: unknown, row) => row.kindLabel || ORG_KIND_LABELS[row.kind] },
                  ...activeColumns<Org>({ update: 'organisation.update', deactivate: 'organisation.deactivate', onEdit: (row) => setForm({ mode: 'edit', org: row }), onToggle: toggle, width: 140 }),
                ]}
              />
            </Card>
          </Space>
        </Col>
      </Row>
      <OrgFormModal target={form} onClose={() => setForm(null)} />
    </>
  );
}
