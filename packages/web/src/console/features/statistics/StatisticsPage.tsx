import { type ReactElement } from 'react';
import { Alert, Button, Select, Skeleton, Space } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { Link, useSearchParams } from 'react-router';
import { errorMessage } from '../../../api/api-error.js';
import { PageTitle } from '../../components/PageTitle.js';
import { countyOptions, useCounties } from '../../components/useCounties.js';
import { usePolicy } from '../../components/usePolicy.js';
import { exportUrl, pct, useCountyStatistics, yearOptions } from './hooks.js';
import { Figures } from './StatisticsParts.js';
import { ActivitySection, HandlingSection, MemberSection, PlaceSection, SupportSection, TopicSection } from './StatisticsSections.js';
import { PINYIN_SEARCH } from '../../components/pinyin-search.js';

/** The period picker's choices: the whole year, a quarter, or a month. */
const PERIODS = [
  { value: '', label: '全年' },
  ...[1, 2, 3, 4].map((q) => ({ value: `q${q}`, label: `第${'一二三四'[q - 1]}季度` })),
  ...Array.from({ length: 12 }, (_, i) => ({ value: `m${i + 1}`, label: `${i + 1}月` })),
];

/** 协商统计 — one county's 协商频次 and handling figures for a year, quarter or month (第四条(六)); the city office picks any county, read only. */
export function StatisticsPage(): ReactElement {
  const { canOpen } = usePolicy();
  const [params, setParams] = useSearchParams();
  const city = canOpen('city_dashboard');
  const counties = useCounties();
  const year = Number(params.get('year')) || new Date().getFullYear();
  const period = params.get('period') ?? '';
  const countyId = params.get('countyId') ?? undefined;
  const query = { countyId, year, quarter: period.startsWith('q') ? Number(period.slice(1)) : undefined, month: period.startsWith('m') ? Number(period.slice(1)) : undefined };
  const stats = useCountyStatistics(query);
  const set = (patch: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(patch)) if (v) next.set(k, v);
    else next.delete(k);
    setParams(next, { replace: true });
  };
  const s = stats.data;
  return (
    <div>
      <PageTitle
        description={
          <>
            按年度、季度或月份统计协商活动次数、党政负责同志参加情况、基层协商覆盖和建议办理情况（第四条(六)）。
          </>
        }
        extra={
          <Space wrap>
            {city && <Link to={`/console/statistics/city?year=${year}`}>返回全市统计</Link>}
            {city && (
              <Select
                aria-label="选择县（市、区）"
                style={{ width: 170 }}
                showSearch={PINYIN_SEARCH}
                value={countyId ?? ''}
                options={[{ value: '', label: '市本级' }, ...countyOptions(counties.data)]}
                onChange={(v: string) => set({ countyId: v || undefined })}
              />
            )}
            <Select aria-label="选择年度" style={{ width: 110 }} value={year} options={yearOptions()} onChange={(v: number) => set({ year: String(v) })} />
            <Select aria-label="选择统计期间" style={{ width: 120 }} value={period} options={PERIODS} onChange={(v: string) => set({ period: v || undefined })} />
            <Button icon={<DownloadOutlined />} href={exportUrl('/api/statistics/export.xlsx', query)} download disabled={!s}>
              导出 Excel
            </Button>
          </Space>
        }
      >
        协商统计{s ? ` · ${s.county.name} · ${s.period.label}` : ''}
      </PageTitle>
      {stats.isError && <Alert type="error" showIcon title={errorMessage(stats.error)} style={{ marginBottom: 16 }} />}
      {stats.isPending && <Skeleton active paragraph={{ rows: 8 }} />}
      {s && (
        <>
          <Figures
            figures={[
              { title: '协商活动', value: s.activities.total, suffix: '次', note: `调研 ${s.activities.byKind[0]?.n ?? 0} · 协商 ${s.activities.byKind[1]?.n ?? 0} · 跟踪问效 ${s.activities.byKind[2]?.n ?? 0}` },
              { title: '党政负责同志参加', value: pct(s.leaders.share), note: `${s.leaders.attended} / ${s.leaders.consultations} 次协商` },
              { title: '未开展协商的乡镇', value: s.places.townshipsWithout, suffix: `/ ${s.places.townships}`, alert: s.places.townshipsWithout > 0, note: `${s.period.year}年全年` },
              { title: '按期办复率', value: pct(s.handling.onTimeRate), note: `交办 ${s.handling.assigned} 件` },
              { title: '当前逾期', value: s.handling.overdueNow, suffix: '件', alert: s.handling.overdueNow > 0 },
              { title: '参加履职委员', value: s.members.active, suffix: '人', note: `履职记录 ${s.members.participations} 条` },
            ]}
          />
          <ActivitySection s={s} />
          <PlaceSection s={s} />
          <TopicSection s={s} />
          <HandlingSection s={s} />
          <SupportSection s={s} />
          <MemberSection s={s} />
        </>
      )}
    </div>
  );
}
