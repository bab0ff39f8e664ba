import { type ReactElement } from 'react';
import { Alert, Button, Select, Skeleton, Space } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { Link, useSearchParams } from 'react-router';
import type { CityCountyRow } from '@shangliang/core';
import { errorMessage } from '../../../api/api-error.js';
import { DataTable } from '../../components/DataTable.js';
import { PageTitle } from '../../components/PageTitle.js';
import { SoftTag } from '../../components/SoftTag.js';
import { byRate, exportUrl, pct, useCityDashboard, yearOptions } from './hooks.js';
import { Chart, Figures, StatCard } from './StatisticsParts.js';
import { ThresholdsForm } from './ThresholdsForm.js';

/** 全市统计 — the 17 counties side by side for a year, flagged against the city's minimums; a county's name opens its statistics. */
export function CityDashboardPage(): ReactElement {
  const [params, setParams] = useSearchParams();
  const year = Number(params.get('year')) || new Date().getFullYear();
  const dashboard = useCityDashboard(year);
  const d = dashboard.data;
  const rows = d?.counties ?? [];
  const flagged = rows.filter((c) => c.flags.length > 0).length;
  const sum = (f: (c: CityCountyRow) => number) => rows.reduce((s, c) => s + f(c), 0);
  const countyLink = (c: CityCountyRow) => `/console/statistics?countyId=${encodeURIComponent(c.countyId)}&year=${year}`;
  return (
    <div>
      <PageTitle
        description="各县（市、区）协商活动次数、党政负责同志参加比例、基层协商覆盖和建议办理情况对比；低于预警标准的县（市、区）予以标示。点击名称查看该县统计（只读）。"
        extra={
          <Space wrap>
            <Select aria-label="选择年度" style={{ width: 110 }} value={year} options={yearOptions()} onChange={(v: number) => setParams({ year: String(v) }, { replace: true })} />
            <Button icon={<DownloadOutlined />} href={exportUrl('/api/statistics/city/export.xlsx', { year })} download disabled={!d}>
              导出 Excel
            </Button>
          </Space>
        }
      >
        全市协商统计 · {year}年
      </PageTitle>
      {dashboard.isError && <Alert type="error" showIcon title={errorMessage(dashboard.error)} style={{ marginBottom: 16 }} />}
      {dashboard.isPending && <Skeleton active paragraph={{ rows: 8 }} />}
      {d && (
        <>
          <Figures
            figures={[
              { title: '全市协商活动', value: sum((c) => c.activities), suffix: '次' },
              { title: '其中协商', value: sum((c) => c.consultations), suffix: '次' },
              { title: '低于预警标准', value: flagged, suffix: `/ ${rows.length}`, alert: flagged > 0 },
              { title: '未开展协商的乡镇', value: sum((c) => c.townshipsWithout), suffix: `/ ${sum((c) => c.townships)}` },
              { title: '当前逾期办件', value: sum((c) => c.overdueNow), suffix: '件', alert: sum((c) => c.overdueNow) > 0 },
              { title: '参加履职委员', value: sum((c) => c.membersActive), suffix: '人' },
            ]}
          />
          <StatCard title="预警标准">
            <ThresholdsForm thresholds={d.thresholds} editable={d.canSetThresholds} />
          </StatCard>
          <StatCard title="各县（市、区）协商活动">
            <Chart
              kind="bar"
              categories={rows.map((c) => c.name)}
              series={[
                { name: '调研', values: rows.map((c) => c.research) },
                { name: '协商', values: rows.map((c) => c.consultations) },
                { name: '跟踪问效', values: rows.map((c) => c.followUps) },
              ]}
              label={`各县（市、区）协商活动次数：${rows.map((c) => `${c.name} ${c.activities} 次`).join('，')}`}
              height={300}
            />
          </StatCard>
          <StatCard title="各县（市、区）对比">
            <DataTable<CityCountyRow>
              label="各县（市、区）主要指标"
              size="small"
              rowKey="countyId"
              dataSource={rows}
              pagination={false}
              scroll={{ x: 1080 }}
              rowClassName={(c) => (c.flags.length ? 'statistics-flagged' : '')}
              columns={[
                { title: '县（市、区）', dataIndex: 'name', fixed: 'left', width: 110, render: (v: string, c) => <Link to={countyLink(c)}>{v}</Link> },
                { title: '活动合计', dataIndex: 'activities', width: 90, align: 'right', sorter: (a, b) => a.activities - b.activities, defaultSortOrder: 'descend' },
                { title: '调研', dataIndex: 'research', width: 70, align: 'right', sorter: (a, b) => a.research - b.research },
                { title: '协商', dataIndex: 'consultations', width: 70, align: 'right', sorter: (a, b) => a.consultations - b.consultations },
                { title: '跟踪问效', dataIndex: 'followUps', width: 90, align: 'right', sorter: (a, b) => a.followUps - b.followUps },
                { title: '党政负责同志参加', dataIndex: 'leaderShare', width: 130, align: 'right', render: (v: number) => pct(v), sorter: (a, b) => a.leaderShare - b.leaderShare },
                { title: '未开展协商乡镇', dataIndex: 'townshipsWithout', width: 120, align: 'right', render: (v: number, c) => `${v} / ${c.townships}`, sorter: (a, b) => a.townshipsWithout - b.townshipsWithout },
                { title: '按期办复率', dataIndex: 'onTimeRate', width: 100, align: 'right', render: (v: number | null) => pct(v), sorter: (a, b) => byRate(a.onTimeRate, b.onTimeRate) },
                { title: '当前逾期', dataIndex: 'overdueNow', width: 90, align: 'right', sorter: (a, b) => a.overdueNow - b.overdueNow },
                { title: '履职委员', dataIndex: 'membersActive', width: 90, align: 'right', sorter: (a, b) => a.membersActive - b.membersActive },
                {
                  title: '预警',
                  key: 'flags',
                  width: 230,
                  sorter: (a, b) => a.flags.length - b.flags.length,
                  render: (_: unknown, c) => (c.flags.length ? c.flagLabels.map((l) => <SoftTag key={l} tone="red">{l.replace('低于最低要求', '偏低')}</SoftTag>) : <SoftTag tone="green">达标</SoftTag>),
                },
              ]}
            />
          </StatCard>
        </>
      )}
    </div>
  );
}
