import type { ReactElement } from 'react';
import { Button, Select, Switch, type TableProps } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import type { ArchiveRow } from '@shangliang/core';
import { ListPage } from '../../components/ListPage.js';
import { SelectFilter } from '../../components/SelectFilter.js';
import { SoftTag } from '../../components/SoftTag.js';
import { useListFilters } from '../../components/useListFilters.js';
import { countyOptions, useCounties } from '../../components/useCounties.js';
import { usePolicy } from '../../components/usePolicy.js';
import { archivesExportUrl, useArchives } from './hooks.js';
import { useYearParam, YearSelect } from './YearSelect.js';
import './members.css';

const PAGE_SIZE = 20;
const SORTS = [
  { value: 'total_desc', label: '积分从高到低' },
  { value: 'total_asc', label: '积分从低到高' },
  { value: 'name', label: '按姓名' },
];
type Row = ArchiveRow & { readonly id: string };
const pts = (n: number): string => String(Math.round(n * 10) / 10);

/** 达标 or the minimums missed (参加活动 2/3). */
function Standing({ row }: { row: ArchiveRow }): ReactElement {
  return row.meetsAll ? <SoftTag tone="green">达标</SoftTag> : <SoftTag tone="red">未达标：{row.missing.join('；')}</SoftTag>;
}

/** 履职档案 — the county's members of a year with their points, filtered by 界别 and 专委会, those below the minimum flagged; export to .xlsx. */
export function ArchivesPage(): ReactElement {
  const filters = useListFilters();
  const [year, setYear] = useYearParam();
  const sort = filters.get('sort') ?? 'total_desc';
  const below = filters.get('below') === 'true';
  // 市政协办公室 reads every county's archives (read only); a county office its own.
  const city = usePolicy().canOpen('city_dashboard');
  const counties = useCounties();
  const countyId = city ? filters.get('countyId') : undefined;
  const list = useArchives({ year, countyId, sector: filters.get('sector'), committee: filters.get('committee'), below: below ? 'true' : undefined, sort, page: filters.page, pageSize: PAGE_SIZE });
  const d = list.data;
  const link = (r: ArchiveRow) => `/console/archives/${encodeURIComponent(r.member.id)}?year=${year}${countyId ? `&countyId=${encodeURIComponent(countyId)}` : ''}`;
  const columns: NonNullable<TableProps<Row>['columns']> = [
    { title: '姓名', key: 'name', width: 110, render: (_, r) => <Link to={link(r)}>{r.member.name}</Link> },
    { title: '界别', key: 'sector', render: (_, r) => r.member.sector ?? '—' },
    { title: '专委会', key: 'committee', render: (_, r) => r.member.committee ?? '—' },
    { title: '参加活动', dataIndex: 'activities', align: 'right', width: 96 },
    { title: '荐题', dataIndex: 'recommendations', align: 'right', width: 72 },
    { title: '积分', key: 'total', align: 'right', width: 80, render: (_, r) => <strong>{pts(r.total)}</strong> },
    { title: '年度要求', key: 'standing', render: (_, r) => <Standing row={r} /> },
  ];
  return (
    <ListPage<Row>
      title="履职档案"
      description={
        d
          ? `${d.countyName} ${d.year} 年度委员履职情况（一人一档，第六条(一)）：${below ? `${d.total} 名委员未达到年度最低要求` : `共 ${d.total} 名委员，其中 ${d.belowMinimum} 名未达到年度最低要求`}。${d.closed ? '本年度已结转，积分为最终结果。' : ''}`
          : '委员年度履职情况（一人一档，第六条(一)）。'
      }
      extra={
        <Button icon={<DownloadOutlined />} href={archivesExportUrl(year, countyId)} download>
          导出 Excel
        </Button>
      }
      filters={
        <>
          <YearSelect value={year} onChange={setYear} />
          {city && <SelectFilter param="countyId" label="选择县（市、区）" placeholder="市本级" searchable width={160} options={countyOptions(counties.data)} />}
          <SelectFilter param="sector" label="按界别筛选" placeholder="全部界别" width={150} options={(d?.sectors ?? []).map((s) => ({ value: s, label: s }))} />
          <SelectFilter param="committee" label="按专委会筛选" placeholder="全部专委会" width={180} options={(d?.committees ?? []).map((s) => ({ value: s, label: s }))} />
          <Select aria-label="排序方式" value={sort} options={SORTS} style={{ width: 140 }} onChange={(v: string) => filters.set({ sort: v === 'total_desc' ? undefined : v })} />
          <label className="members-switch">
            <Switch size="small" checked={below} onChange={(on) => filters.set({ below: on ? 'true' : undefined })} aria-label="仅看未达标委员" />
            仅看未达标
          </label>
        </>
      }
      query={{ isError: list.isError, error: list.error, isFetching: list.isFetching, data: d && { items: d.items.map((r) => ({ ...r, id: r.member.id })), total: d.total } }}
      paging={{ pageSize: PAGE_SIZE, unit: '人' }}
      noun="委员"
      empty={below ? '没有未达标的委员' : '暂无委员'}
      columns={columns}
      scroll={{ x: 820 }}
      card={(r) => (
        <Link to={link(r)} className="item-card">
          <div className="my-item-head">
            <strong>{r.member.name}</strong>
            <span>
              积分 <strong>{pts(r.total)}</strong>
            </span>
          </div>
          <span className="item-meta">
            {[r.member.sector, r.member.committee].filter(Boolean).join(' · ') || '—'} · 参加活动 {r.activities} 次 · 荐题 {r.recommendations} 件
          </span>
          <span>
            <Standing row={r} />
          </span>
        </Link>
      )}
    />
  );
}
