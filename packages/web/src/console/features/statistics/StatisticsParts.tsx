import { lazy, Suspense, type ReactElement, type ReactNode } from 'react';
import { Card, Col, Row, Skeleton, Statistic } from 'antd';
import type { CountRow } from '@shangliang/core';
import { DataTable } from '../../components/DataTable.js';
import type { StatisticsChartProps } from './StatisticsChart.js';

const StatisticsChart = lazy(() => import('./StatisticsChart.js'));

/** A chart, loaded with ECharts on first use. */
export function Chart(props: StatisticsChartProps): ReactElement {
  return (
    <Suspense fallback={<Skeleton.Node active style={{ width: '100%', height: props.height ?? 260 }} />}>
      <StatisticsChart {...props} />
    </Suspense>
  );
}

/** A chart of counted rows: bars, or a pie. */
export function CountChart({ rows, label, kind = 'bar', height }: { rows: readonly CountRow[]; label: string; kind?: 'bar' | 'pie'; height?: number }): ReactElement {
  const words = rows.map((r) => `${r.label} ${r.n}`).join('，');
  return <Chart kind={kind} categories={rows.map((r) => r.label)} series={[{ name: label, values: rows.map((r) => r.n) }]} label={`${label}：${words}`} height={height} />;
}

/** One headline figure. */
export interface Figure {
  readonly title: string;
  readonly value: ReactNode;
  readonly suffix?: string;
  /** Shown in the alert colour (a flag, an overdue count). */
  readonly alert?: boolean;
  readonly note?: string;
}

/** 主要指标 — a row of headline figures, wrapping on phones. */
export function Figures({ figures }: { figures: readonly Figure[] }): ReactElement {
  return (
    <Row gutter={[12, 12]} style={{ marginBottom: 16 }}>
      {figures.map((f) => (
        <Col key={f.title} xs={12} sm={8} lg={4}>
          <Card size="small" className="statistics-figure">
            <Statistic title={f.title} value={f.value as string | number} suffix={f.suffix} styles={{ content: { color: f.alert ? '#a8071a' : undefined, fontSize: 22 } }} />
            {f.note && <div className="statistics-note">{f.note}</div>}
          </Card>
        </Col>
      ))}
    </Row>
  );
}

/** A small two-column table of counted rows. */
export function CountTable({ rows, label, unit = '次' }: { rows: readonly CountRow[]; label: string; unit?: string }): ReactElement {
  return (
    <DataTable<CountRow>
      label={label}
      size="small"
      pagination={false}
      rowKey="key"
      dataSource={[...rows]}
      columns={[
        { title: label, dataIndex: 'label' },
        { title: unit, dataIndex: 'n', width: 90, align: 'right' },
      ]}
    />
  );
}

/** A titled card of the statistics page, its h2 named for screen readers. */
export function StatCard({ title, extra, children }: { title: string; extra?: ReactNode; children: ReactNode }): ReactElement {
  return (
    <Card title={<h2 className="card-title">{title}</h2>} extra={extra} style={{ marginBottom: 16 }}>
      {children}
    </Card>
  );
}
