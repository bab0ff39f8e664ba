import { useState, type ReactElement } from 'react';
import { Form, Typography } from 'antd';
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
import { SearchFilter } from '../../components/SearchFilter.js';
import { SelectFilter } from '../../components/SelectFilter.js';

const PAGE_SIZE = 20;
const thisYear = new Date().getFullYear();
const YEAR_OPTIONS = Array.from({ length: 6 }, (_, i) => thisYear + 1 - i).map((y) => ({ value: String(y), label: `${y} 年` }));

/** 协商议题 — the topics, filtered, with counts by stage. */
export function TopicsPage(): ReactElement {
  const { can } = usePolicy();
  const { get, set, page } = useListFilters();
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
      create={can('topic.create') && { label: '新建议题', onClick: () => setCreating(true) }}
      tags={
        <CountTags label="按阶段查看" keys={TOPIC_STATES} labels={TOPIC_STATE_LABELS} counts={counts} value={state} onChange={(s) => set({ state: s })} hideEmpty />
      }
      filters={
        <>
          {allCounties && <CountyFilter width={180} />}
          <SelectFilter param="year" label="按年度筛选" placeholder="全部年度" options={YEAR_OPTIONS} width={120} />
          {(plans.data?.length ?? 0) > 0 && (
            <SelectFilter param="planId" label="按年度协商计划筛选" placeholder="全部计划" options={(plans.data ?? []).map((p) => ({ value: p.id, label: p.title }))} width={200} />
          )}
          <VocabFilter param="source" label="按来源筛选" placeholder="全部来源" keys={PROPOSAL_SOURCES} labels={PROPOSAL_SOURCE_LABELS} width={150} />
          <VocabFilter param="category" label="按类别筛选" placeholder="全部类别" keys={TOPIC_CATEGORIES} labels={TOPIC_CATEGORY_LABELS} width={120} />
          <SearchFilter label="搜索议题" placeholder="按名称搜索" width={220} />
        </>
      }
      query={list}
      noun="协商议题"
      scroll={{ x: 900 }}
      paging={{ pageSize: PAGE_SIZE, unit: '个' }}
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
