import { useState, type ReactElement } from 'react';
import { Button, Checkbox, Space } from 'antd';
import {
  PROPOSAL_SOURCE_LABELS,
  PROPOSAL_SOURCES,
  PROPOSAL_STATUS_LABELS,
  PROPOSAL_STATUSES,
  TOPIC_CATEGORIES,
  TOPIC_CATEGORY_LABELS,
  type ProposalStatus,
} from '@shangliang/core';
import type { Proposal } from '../../../api/types.js';
import { CountTags } from '../../components/CountTags.js';
import { ListPage } from '../../components/ListPage.js';
import { useListFilters } from '../../components/useListFilters.js';
import { ProposalStatusTag } from '../../components/TopicStateTag.js';
import { formatTime } from '../../components/format.js';
import { useProposals } from './hooks.js';
import { ProposalItem } from './ProposalItem.js';
import { AssignedProposalModal, MergeModal, ProposalDrawer, ScreenModal } from './ProposalModals.js';
import { VocabFilter } from '../../components/VocabFilter.js';
import { SearchFilter } from '../../components/SearchFilter.js';
import { usePolicy } from '../../components/usePolicy.js';
import { ProposalGroupsCard } from './ProposalGroupsCard.js';
import { DuplicatesCell, useDuplicates } from './DuplicatesCell.js';

const PAGE_SIZE = 20;

/** 选题征集 — the proposal pool: 初筛, 合并立题, 党委政府点题. */
export function ProposalsPage(): ReactElement {
  const { can, canOn } = usePolicy();
  const { get, set, page } = useListFilters();
  const status = get('status') as ProposalStatus | undefined;
  const list = useProposals({ status, source: get('source'), category: get('category'), q: get('q') ?? '', page, pageSize: PAGE_SIZE });
  const [selected, setSelected] = useState<Proposal[]>([]);
  const [screening, setScreening] = useState<'accept' | 'exclude' | null>(null);
  const [merging, setMerging] = useState(false);
  const [assigning, setAssigning] = useState(false);
  const [viewing, setViewing] = useState<Proposal | null>(null);
  const counts = list.data?.counts ?? {};
  const duplicates = useDuplicates(list.data?.items ?? []).data?.byId ?? {};
  const dupCell = (row: Proposal): ReactElement => <DuplicatesCell row={row} duplicates={duplicates[row.id]} canMerge={canOn(row, 'proposal.merge')} />;
  const toggle = (row: Proposal, on: boolean): void =>
    setSelected((cur) => (on ? [...cur.filter((p) => p.id !== row.id), row] : cur.filter((p) => p.id !== row.id)));
  const canScreen = selected.length > 0 && selected.every((p) => canOn(p, 'proposal.screen'));
  const canMerge = selected.length > 0 && selected.every((p) => canOn(p, 'proposal.merge'));
  const done = (ok: boolean): void => {
    setScreening(null);
    setMerging(false);
    if (ok) setSelected([]);
  };
  const titleLink = (row: Proposal): ReactElement => (
    <Button type="link" style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'left' }} onClick={() => setViewing(row)}>
      {row.title}
    </Button>
  );

  return (
    <ListPage<Proposal>
      title="选题征集"
      description="委员荐题、党委政府点题和社会公开征集的选题建议，在此初筛、合并立题。"
      create={can('proposal.create_assigned') && { label: '记录党委政府点题', onClick: () => setAssigning(true) }}
      before={can('proposal.merge') && <ProposalGroupsCard countyId={get('countyId')} />}
      tags={
        <CountTags label="按状态查看" keys={PROPOSAL_STATUSES} labels={PROPOSAL_STATUS_LABELS} counts={counts} value={status} onChange={(s) => set({ status: s })} />
      }
      filters={
        <>
          <VocabFilter param="source" label="按来源筛选" placeholder="全部来源" keys={PROPOSAL_SOURCES} labels={PROPOSAL_SOURCE_LABELS} width={160} />
          <VocabFilter param="category" label="按类别筛选" placeholder="全部类别" keys={TOPIC_CATEGORIES} labels={TOPIC_CATEGORY_LABELS} width={130} />
          <SearchFilter label="搜索选题建议" placeholder="按标题、内容搜索" width={240} />
        </>
      }
      toolbar={
        <div className="bulk-bar" aria-live="polite">
          <span>已选 {selected.length} 条</span>
          <Space wrap>
            <Button disabled={!canScreen} onClick={() => setScreening('accept')}>
              初筛通过
            </Button>
            <Button disabled={!canScreen} danger onClick={() => setScreening('exclude')}>
              不予采纳
            </Button>
            <Button type="primary" disabled={!canMerge} onClick={() => setMerging(true)}>
              合并立题
            </Button>
          </Space>
        </div>
      }
      query={list}
      noun="选题建议"
      scroll={{ x: 1020 }}
      paging={{ pageSize: PAGE_SIZE, unit: '条' }}
      rowSelection={{
        selectedRowKeys: selected.map((p) => p.id),
        preserveSelectedRowKeys: true,
        onChange: (_keys, rows) => setSelected(rows.filter(Boolean)),
        getCheckboxProps: (row) => ({ 'aria-label': `选择“${row.title}”` }) as never,
      }}
      card={(row) => (
        <div className="phone-row">
          <Checkbox aria-label={`选择“${row.title}”`} checked={selected.some((p) => p.id === row.id)} onChange={(e) => toggle(row, e.target.checked)} />
          <ProposalItem title={titleLink(row)} status={row.status} meta={`${row.sourceLabel} · ${row.categoryLabel}${row.placeName ? ` · ${row.placeName}` : ''} · ${formatTime(row.createdAt)}`}>
            {(row.topicTitle ?? row.exclusionReasonLabel) && <span>去向：{row.topicTitle ?? row.exclusionReasonLabel}</span>}
            {!!duplicates[row.id]?.length && <span>{dupCell(row)}</span>}
          </ProposalItem>
        </div>
      )}
      columns={[
        { title: '选题建议', dataIndex: 'title', render: (_: unknown, row) => titleLink(row) },
        { title: '来源', dataIndex: 'sourceLabel', width: 120 },
        { title: '类别', dataIndex: 'categoryLabel', width: 70 },
        { title: '地点', dataIndex: 'placeName', width: 140, render: (v: string | null) => v ?? '—' },
        { title: '状态', dataIndex: 'status', width: 120, render: (_: unknown, row) => <ProposalStatusTag status={row.status} /> },
        { title: '疑似重复', key: 'duplicates', width: 120, render: (_: unknown, row) => dupCell(row) },
        { title: '去向', key: 'fate', width: 180, render: (_: unknown, row) => row.topicTitle ?? row.exclusionReasonLabel ?? '—' },
        { title: '提交时间', dataIndex: 'createdAt', width: 150, render: (v: string) => <span className="nowrap">{formatTime(v)}</span> },
      ]}
    >
      <ScreenModal open={screening !== null} ids={selected.map((p) => p.id)} decision={screening ?? 'accept'} onClose={done} />
      <MergeModal open={merging} proposals={selected} onClose={done} />
      <AssignedProposalModal open={assigning} onClose={() => setAssigning(false)} />
      <ProposalDrawer proposal={viewing} onClose={() => setViewing(null)} />
    </ListPage>
  );
}
