import { type ReactElement, useState } from 'react';
import { Typography } from 'antd';
import { EXPERIENCE_STATUS_LABELS, EXPERIENCE_STATUSES } from '@shangliang/core';
import { Link, useNavigate } from 'react-router';
import type { ExperienceListItem } from '../../../api/types.js';
import { formatDate, vocabOptions } from '../../components/format.js';
import { ListPage } from '../../components/ListPage.js';
import { SearchFilter } from '../../components/SearchFilter.js';
import { SelectFilter } from '../../components/SelectFilter.js';
import { SoftTag } from '../../components/SoftTag.js';
import { useListFilters } from '../../components/useListFilters.js';
import { usePolicy } from '../../components/usePolicy.js';
import { ExperienceFormModal } from './ExperienceFormModal.js';
import { EXPERIENCE_PAGE_SIZE, useExperiences } from './hooks.js';

/** A summary's status, shown to the city office (readers only ever see published ones). */
export const StatusTag = ({ status, label }: { status: string; label: string }): ReactElement => <SoftTag tone={status === 'published' ? 'green' : 'orange'}>{label}</SoftTag>;

const topicsOf = (row: ExperienceListItem): string => row.topics.map((t) => `${t.title}（${t.countyName ?? '市政协'}）`).join('；');

/** 经验交流 (第七条) — the city office's summaries of good practice, read by every county. */
export function ExperiencesPage(): ReactElement {
  const { can } = usePolicy();
  const writes = can('experience.write');
  const { get, page } = useListFilters();
  const list = useExperiences({ page, q: get('q'), status: writes ? get('status') : undefined });
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  const title = (row: ExperienceListItem) => <Link to={`/console/experiences/${row.id}`}>{row.title}</Link>;
  return (
    <ListPage<ExperienceListItem>
      title="经验交流"
      description="市政协总结推广各县（市、区）“有事来商量”的好经验、好做法，供各级政协学习交流。"
      create={writes && { label: '撰写经验交流', onClick: () => setCreating(true) }}
      filters={
        <>
          <SearchFilter label="按标题搜索" placeholder="搜索标题" width={220} />
          {writes && <SelectFilter param="status" label="按状态筛选" placeholder="全部状态" options={vocabOptions(EXPERIENCE_STATUSES, EXPERIENCE_STATUS_LABELS)} width={140} />}
        </>
      }
      query={list}
      paging={{ pageSize: EXPERIENCE_PAGE_SIZE, unit: '条' }}
      noun="经验交流"
      scroll={{ x: 860 }}
      columns={[
        { title: '标题', dataIndex: 'title', render: (_: string, row) => title(row) },
        { title: '关联案例、议题', key: 'topics', width: 300, render: (_: unknown, row) => topicsOf(row) || '—' },
        { title: '发布日期', dataIndex: 'publishedAt', width: 120, render: (v: string | null) => formatDate(v) },
        ...(writes ? [{ title: '状态', dataIndex: 'status', width: 90, render: (_: string, row: ExperienceListItem) => <StatusTag status={row.status} label={row.statusLabel} /> }] : []),
      ]}
      card={(row) => (
        <div style={{ width: '100%' }}>
          <div style={{ fontWeight: 600, marginBottom: 4 }}>
            {title(row)} {writes && <StatusTag status={row.status} label={row.statusLabel} />}
          </div>
          <Typography.Paragraph type="secondary" style={{ margin: 0 }}>{row.excerpt}</Typography.Paragraph>
          <Typography.Text type="secondary">{row.publishedAt ? `发布于 ${formatDate(row.publishedAt)}` : '尚未发布'}</Typography.Text>
        </div>
      )}
    >
      <ExperienceFormModal open={creating} experience={null} onClose={() => setCreating(false)} then={(e) => void navigate(`/console/experiences/${e.id}`)} />
    </ListPage>
  );
}
