import { type ReactElement, useMemo, useState } from 'react';
import { Alert, App, Button, Card, Empty, Input, List, Select, Space, Tag, Typography } from 'antd';
import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import type { ThesaurusGroupView } from '@shangliang/core';
import { errorMessage } from '../../../api/api-error.js';
import { formatTime } from '../../components/format.js';
import { PageTitle } from '../../components/PageTitle.js';
import { SoftTag } from '../../components/SoftTag.js';
import { countyOptions, useCounties } from '../../components/useCounties.js';
import { useDocumentTitle } from '../../components/useDocumentTitle.js';
import { useListFilters } from '../../components/useListFilters.js';
import { canOn, usePolicy } from '../../components/usePolicy.js';
import { useThesaurus, useThesaurusMutations } from './hooks.js';
import { ThesaurusGroupFormModal } from './ThesaurusGroupFormModal.js';

/** Shipped groups shown per page. */
const SHIPPED_PAGE = 12;

/** One group: its head, what kind of problem it is, its words as tags and (for the county's own) who saved it last. */
function GroupItem({ group, actions }: { group: ThesaurusGroupView; actions?: ReactElement | false }): ReactElement {
  return (
    <div className="thesaurus-group">
      <div className="thesaurus-group-head">
        <Space size={[4, 4]} wrap>
          <strong>{group.head}</strong>
          {group.extendsShipped && <SoftTag tone="orange">补充内置词组</SoftTag>}
          {group.local === true && <SoftTag>属地问题</SoftTag>}
          {group.local === false && <SoftTag>全县性问题</SoftTag>}
          {group.topic && <SoftTag>议题用语：{group.topic}</SoftTag>}
        </Space>
        {actions}
      </div>
      <div className="thesaurus-words" aria-label={`“${group.head}”的近义词`}>
        {group.words.slice(1).map((w) => (
          <Tag key={w}>{w}</Tag>
        ))}
      </div>
      {!group.shipped && (
        <Typography.Text type="secondary" className="thesaurus-meta">
          {group.updatedByName ?? '—'} 于 {formatTime(group.updatedAt)} 更新
        </Typography.Text>
      )}
    </div>
  );
}

/**
 * 近义词表 — the groups shipped with the platform (read-only, searchable) and the county's own, which its office adds,
 * edits and deletes; the city office keeps the city's and reads every county's.
 */
export function ThesaurusPage(): ReactElement {
  useDocumentTitle('近义词表');
  const { modal, message } = App.useApp();
  const { can } = usePolicy();
  const { get, set } = useListFilters();
  const countyId = get('countyId');
  const across = can('county.read_all');
  const counties = useCounties();
  const view = useThesaurus(countyId);
  const { remove } = useThesaurusMutations();
  const [editing, setEditing] = useState<{ group: ThesaurusGroupView | null } | null>(null);
  const [q, setQ] = useState('');
  const [page, setPage] = useState(1);

  const groups = view.data?.groups ?? [];
  const own = groups.filter((g) => !g.shipped);
  const shipped = groups.filter((g) => g.shipped);
  const shippedHeads = useMemo(() => new Set(shipped.map((g) => g.head)), [shipped]);
  const needle = q.trim();
  const found = needle ? shipped.filter((g) => g.words.some((w) => w.includes(needle))) : shipped;
  const canAdd = !!view.data?.actions.includes('thesaurus.edit');
  const countyName = countyId ? counties.data?.find((c) => c.id === countyId)?.name : undefined;
  const ownTitle = countyName ? `${countyName}的词组` : across && !countyId ? '市本级词组' : '本级词组';

  const confirmDelete = (g: ThesaurusGroupView): void => {
    modal.confirm({
      title: `删除词组“${g.head}”？`,
      content: g.extendsShipped ? '删除后，内置词组保留原有的近义词，本级补充的近义词不再使用。' : '删除后，检索、相似建议和选题分组不再把这些词视为近义词。',
      okText: '删除',
      okButtonProps: { danger: true },
      cancelText: '取消',
      onOk: () =>
        remove.mutateAsync({ id: g.id!, version: g.version }).then(
          () => void message.success(`已删除词组“${g.head}”`),
          (e: unknown) => void message.error(errorMessage(e)),
        ),
    });
  };

  return (
    <>
      <PageTitle
        description="检索、相似建议提示和选题分组时，同一组的词语互相视为近义词（权重低于原词）。内置词组随平台提供，不可修改；本级可以新增词组，主词与内置词组相同时即为其补充近义词。"
        extra={
          canAdd && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ group: null })}>
              新增词组
            </Button>
          )
        }
      >
        近义词表
      </PageTitle>
      {across && (
        <div className="filter-bar">
          <Select
            aria-label="查看县（市、区）的近义词表"
            placeholder="市本级"
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            value={countyId}
            onChange={(v: string | undefined) => set({ countyId: v })}
            options={countyOptions(counties.data)}
            style={{ width: 220, maxWidth: '100%' }}
          />
        </div>
      )}
      {view.isError && <Alert type="error" showIcon title={errorMessage(view.error)} style={{ marginBottom: 16 }} />}
      <Card title={<h2 className="card-title">{ownTitle}</h2>} style={{ marginBottom: 16 }}>
        <List
          loading={view.isFetching && !view.data}
          dataSource={own}
          locale={{ emptyText: <Empty description={canAdd ? '暂无本级词组，可点击“新增词组”添加' : '暂无本级词组'} /> }}
          renderItem={(g) => (
            <List.Item key={g.id}>
              <GroupItem
                group={g}
                actions={
                  canOn(g, 'thesaurus.edit') && (
                    <Space size={4}>
                      <Button size="small" icon={<EditOutlined />} onClick={() => setEditing({ group: g })} aria-label={`编辑词组“${g.head}”`}>
                        编辑
                      </Button>
                      <Button size="small" danger icon={<DeleteOutlined />} onClick={() => confirmDelete(g)} aria-label={`删除词组“${g.head}”`}>
                        删除
                      </Button>
                    </Space>
                  )
                }
              />
            </List.Item>
          )}
        />
      </Card>
      <Card title={<h2 className="card-title">内置词组（只读）</h2>}>
        <Input.Search
          aria-label="在内置词组中查找词语"
          placeholder="输入词语查找，如：信号、医保"
          allowClear
          maxLength={12}
          value={q}
          onChange={(e) => {
            setQ(e.target.value);
            setPage(1);
          }}
          style={{ maxWidth: 360, marginBottom: 8 }}
        />
        <List
          loading={view.isFetching && !view.data}
          dataSource={found}
          locale={{ emptyText: <Empty description={needle ? `内置词组中没有“${needle}”` : '暂无内置词组'} /> }}
          pagination={{ current: page, pageSize: SHIPPED_PAGE, onChange: setPage, hideOnSinglePage: true, showSizeChanger: false, size: 'small', showTotal: (n) => `共 ${n} 组` }}
          renderItem={(g) => (
            <List.Item key={g.head}>
              <GroupItem group={g} />
            </List.Item>
          )}
        />
      </Card>
      <ThesaurusGroupFormModal open={editing !== null} group={editing?.group ?? null} shippedHeads={shippedHeads} onClose={() => setEditing(null)} />
    </>
  );
}
