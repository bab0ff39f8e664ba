import type { ReactElement } from 'react';
import { DatePicker, Typography } from 'antd';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import dayjs, { type Dayjs } from 'dayjs';
import { AUDIT_ACTION_LABELS, AUDIT_OUTCOMES, ROLE_LABELS, type AuditOutcome } from '@shangliang/core';
import { apiGet, type Query } from '../../../api/client.js';
import type { AuditEntry, Page } from '../../../api/types.js';
import { ListPage } from '../../components/ListPage.js';
import { OUTCOME_LABELS, OutcomeTag } from '../../components/OutcomeTag.js';
import { formatTime, orDash } from '../../components/format.js';
import { useListFilters } from '../../components/useListFilters.js';
import { SearchFilter } from '../../components/SearchFilter.js';
import { SelectFilter } from '../../components/SelectFilter.js';
import { VocabFilter } from '../../components/VocabFilter.js';

const PAGE_SIZE = 20;
const ACTION_OPTIONS = Object.entries(AUDIT_ACTION_LABELS).map(([value, label]) => ({ value, label }));

/** 对象类型 — Chinese names of audited subject types. */
const SUBJECT_LABELS: Readonly<Record<string, string>> = {
  user: '用户',
  organisation: '组织',
  venue: '活动场所',
  contact_point: '工作联系点',
  role_grant: '角色',
  audit: '操作日志',
  session: '会话',
};

/** GET /api/audit (paged, filtered). */
function useAudit(query: Query) {
  return useQuery({
    queryKey: ['audit', query],
    queryFn: () => apiGet<Page<AuditEntry>>('/api/audit', query),
    placeholderData: keepPreviousData,
  });
}

/** 操作日志 — the read-only audit trail. */
export function AuditPage(): ReactElement {
  const { get, set, page } = useListFilters();
  const from = get('from');
  const to = get('to');
  const list = useAudit({ action: get('action'), username: get('username') ?? '', outcome: get('outcome'), from, to, page, pageSize: PAGE_SIZE });
  const range: [Dayjs | null, Dayjs | null] | null = from || to ? [from ? dayjs(from) : null, to ? dayjs(to) : null] : null;

  return (
    <ListPage<AuditEntry>
      title="操作日志"
      description="记录登录、修改、越权等每一次操作：谁、何时、做了什么、从何处操作。日志只读，不能修改或删除。"
      filters={
        <>
          <SelectFilter param="action" label="按操作筛选" placeholder="全部操作" searchable options={ACTION_OPTIONS} width={180} />
          <SearchFilter param="username" label="按用户名筛选" placeholder="用户名" width={180} />
          <VocabFilter param="outcome" label="按结果筛选" placeholder="全部结果" keys={AUDIT_OUTCOMES} labels={OUTCOME_LABELS} width={130} />
          <DatePicker.RangePicker
            aria-label="按日期范围筛选"
            value={range}
            onChange={(v) => set({ from: v?.[0]?.format('YYYY-MM-DD'), to: v?.[1]?.format('YYYY-MM-DD') })}
            allowEmpty={[true, true]}
            style={{ width: 260 }}
          />
        </>
      }
      query={list}
      noun="操作日志"
      empty="暂无符合条件的日志"
      size="small"
      scroll={{ x: 1280 }}
      paging={{ pageSize: PAGE_SIZE, unit: '条' }}
      columns={[
        { title: '时间', dataIndex: 'at', width: 150, render: (v: string) => <span className="nowrap">{formatTime(v)}</span> },
        { title: '用户', dataIndex: 'username', width: 120, render: (v: string | null) => v ?? '匿名访客' },
        {
          title: '角色',
          dataIndex: 'role',
          width: 120,
          render: (v: string | null, row) => row.roleLabel ?? (v ? (ROLE_LABELS as Record<string, string>)[v] ?? v : '—'),
        },
        { title: '组织', dataIndex: 'orgName', width: 150, render: (v: string | null) => orDash(v) },
        { title: '操作', dataIndex: 'actionLabel', width: 130, render: (v: string, row) => v || AUDIT_ACTION_LABELS[row.action] || row.action },
        { title: '结果', dataIndex: 'outcome', width: 90, render: (v: AuditOutcome) => <OutcomeTag outcome={v} /> },
        {
          title: '对象',
          key: 'subject',
          width: 160,
          render: (_: unknown, row) =>
            row.subjectType ? (
              <Typography.Text
                ellipsis={{ tooltip: `${SUBJECT_LABELS[row.subjectType] ?? row.subjectType} ${row.subjectId ?? ''}` }}
                style={{ maxWidth: 150 }}
              >
                {SUBJECT_LABELS[row.subjectType] ?? row.subjectType}
                {row.subjectId ? ` ${String(row.subjectId).slice(0, 8)}` : ''}
              </Typography.Text>
            ) : (
              '—'
            ),
        },
        { title: '摘要', dataIndex: 'summary', render: (v: string | null) => orDash(v) },
        {
          title: 'IP 地址',
          dataIndex: 'ip',
          width: 130,
          render: (v: string | null, row) =>
            row.userAgent ? <span title={row.userAgent}>{orDash(v)}</span> : orDash(v),
        },
      ]}
    />
  );
}
