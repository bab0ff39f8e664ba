import { useState, type ReactElement } from 'react';
import { Button, Form, Input, Select, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { Link, useNavigate } from 'react-router';
import {
  createTopicSchema,
  PROPOSAL_SOURCE_LABELS,
  PROPOSAL_SOURCES,
  TOPIC_CATEGORIES,
  TOPIC_CATEGORY_LABELS,
  TOPIC_STATE_LABELS,
  TOPIC_STATES,
  type TopicState,
} from '@shangliang/core';
import type { Topic, TopicSummary } from '../../../api/types.js';
import { CountyFilter } from '../../components/CountyFilter.js';
import { CountTags } from '../../components/CountTags.js';
import { ListPage } from '../../components/ListPage.js';
import { useListFilters } from '../../components/useListFilters.js';
import { FormModal } from '../../components/FormModal.js';
import { TopicStateTag } from '../../components/TopicStateTag.js';
import { SoftTag } from '../../components/SoftTag.js';
import { formatDate } from '../../components/format.js';
import { usePolicy } from '../../components/usePolicy.js';
import { useSubmit } from '../../components/useSubmit.js';
import { usePlans, useTopicMutations, useTopics } from './hooks.js';
import { TopicFields, topicInput, type TopicFieldValues } from './TopicFields.js';
import { VocabFilter } from '../../components/VocabFilter.js';

const PAGE_SIZE = 20;
const thisYear = new Date().getFullYear();
const YEARS = Array.from({ length: 6 }, (_, i) => thisYear + 1 - i);

/** 协商议题 — the topics, filtered, with counts by stage. */
export function TopicsPage(): ReactElement {
  const { can } = usePolicy();
  const { get, set, page, setPage } = useListFilters();
  const state = get('state') as TopicState | undefined;
  const query = {
    countyId: get('countyId'),
    year: get('year'),
    planId: get('planId'),
    state,
    source: get('source'),
    category: get('category'),
    q: get('q'),
    page,
    pageSize: PAGE_SIZE,
  };
  const list = useTopics(query);
  // The list spans every county only for those the server lets look across counties: they filter by county.
  const allCounties = can('county.read_all');
  // The plan filter is the tool of those who keep the plans.
  const plans = usePlans({}, can('plan.manage'));
  const [creating, setCreating] = useState(false);
  const counts = list.data?.countsByState ?? {};

  return (
    <ListPage<TopicSummary>
      title="协商议题"
      description="选题经主席会议审议通过、党委审定后，开展调研、协商并报送成果。"
      extra={
        can('topic.create') && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            新建议题
          </Button>
        )
      }
      tags={
        <CountTags label="按阶段查看" keys={TOPIC_STATES} labels={TOPIC_STATE_LABELS} counts={counts} value={state} onChange={(s) => set({ state: s })} hideEmpty />
      }
      filters={
        <>
          {allCounties && <CountyFilter value={query.countyId} onChange={(v) => set({ countyId: v })} width={180} />}
          <Select
            aria-label="按年度筛选"
            placeholder="全部年度"
            allowClear
            value={query.year}
            onChange={(v: string | undefined) => set({ year: v })}
            options={YEARS.map((y) => ({ value: String(y), label: `${y} 年` }))}
            style={{ width: 120 }}
          />
          {(plans.data?.length ?? 0) > 0 && (
            <Select
              aria-label="按年度协商计划筛选"
              placeholder="全部计划"
              allowClear
              value={query.planId}
              onChange={(v: string | undefined) => set({ planId: v })}
              options={(plans.data ?? []).map((p) => ({ value: p.id, label: p.title }))}
              style={{ width: 200 }}
            />
          )}
          <VocabFilter label="按阶段筛选" placeholder="全部阶段" keys={TOPIC_STATES} labels={TOPIC_STATE_LABELS} value={state} onChange={(v) => set({ state: v })} width={150} />
          <VocabFilter label="按来源筛选" placeholder="全部来源" keys={PROPOSAL_SOURCES} labels={PROPOSAL_SOURCE_LABELS} value={query.source} onChange={(v) => set({ source: v })} width={150} />
          <VocabFilter label="按类别筛选" placeholder="全部类别" keys={TOPIC_CATEGORIES} labels={TOPIC_CATEGORY_LABELS} value={query.category} onChange={(v) => set({ category: v })} width={120} />
          <Input.Search aria-label="搜索议题" placeholder="按名称搜索" allowClear defaultValue={query.q} onSearch={(v) => set({ q: v.trim() || undefined })} style={{ width: 220 }} />
        </>
      }
      query={list}
      empty="暂无协商议题"
      label="协商议题列表"
      scroll={{ x: 900 }}
      paging={{ page, pageSize: PAGE_SIZE, unit: '个', onChange: setPage }}
      card={(row) => (
        <div className="my-item">
          <div className="my-item-head">
            <Link to={`/console/topics/${row.id}`}>{row.title}</Link>
            <TopicStateTag state={row.state} />
          </div>
          <Typography.Text type="secondary">
            {allCounties && row.countyName ? `${row.countyName} · ` : ''}
            {row.categoryLabel}
            {row.sourceLabels.length ? ` · ${row.sourceLabels.join('、')}` : ''} · 选题建议 {row.proposalCount} 条
          </Typography.Text>
          {(row.sensitive || row.longStanding) && (
            <span className="topic-flags">
              {row.sensitive && <SoftTag tone="orange">敏感</SoftTag>}
              {row.longStanding && <SoftTag tone="orange">多年积累难题</SoftTag>}
            </span>
          )}
        </div>
      )}
      columns={[
        {
          title: '议题',
          dataIndex: 'title',
          render: (_: unknown, row) => (
            <span className="topic-flags">
              <Link to={`/console/topics/${row.id}`}>{row.title}</Link>
              {row.sensitive && <SoftTag tone="orange">敏感</SoftTag>}
              {row.longStanding && <SoftTag tone="orange">多年积累难题</SoftTag>}
            </span>
          ),
        },
        ...(allCounties ? [{ title: '县（市、区）', dataIndex: 'countyName', width: 120 }] : []),
        { title: '阶段', dataIndex: 'state', width: 140, render: (_: unknown, row: TopicSummary) => <TopicStateTag state={row.state} /> },
        { title: '类别', dataIndex: 'categoryLabel', width: 70 },
        { title: '来源', dataIndex: 'sourceLabels', width: 150, render: (v: readonly string[]) => (v.length ? v.join('、') : '—') },
        { title: '选题建议', dataIndex: 'proposalCount', width: 90 },
        { title: '年度计划', dataIndex: 'planTitle', width: 160, render: (v: string | null) => v ?? '—' },
        { title: '更新', dataIndex: 'updatedAt', width: 110, render: (v: string) => formatDate(v) },
      ]}
    >
      <NewTopicModal open={creating} onClose={() => setCreating(false)} />
    </ListPage>
  );
}

/** 新建议题 (office). */
function NewTopicModal({ open, onClose }: { open: boolean; onClose: () => void }): ReactElement {
  const [form] = Form.useForm<TopicFieldValues>();
  const { create } = useTopicMutations();
  const navigate = useNavigate();
  const { submit } = useSubmit(form, createTopicSchema, (input, h) => create.mutate(input, h), {
    done: (t: Topic) => `已新建议题“${t.title}”`,
    onClose,
    open,
    then: (t) => navigate(`/console/topics/${t.id}`),
  });
  const go = (): void => void submit(topicInput(form.getFieldsValue(true) as TopicFieldValues));
  return (
    <FormModal form={form} name="newTopic" open={open} title="新建议题" onOk={go} onCancel={onClose} confirmLoading={create.isPending} width={760}>
      <TopicFields />
    </FormModal>
  );
}
