import { useState, type ReactElement } from 'react';
import { Col, Descriptions, Progress, Row, Switch } from 'antd';
import type { CountyStatisticsView } from '@shangliang/core';
import { DataTable } from '../../components/DataTable.js';
import { SoftTag } from '../../components/SoftTag.js';
import { byRate, pct } from './hooks.js';
import { Chart, CountChart, CountTable, StatCard } from './StatisticsParts.js';

type S = { readonly s: CountyStatisticsView };
type Place = CountyStatisticsView['places']['rows'][number];
type Department = CountyStatisticsView['handling']['departments'][number];
type Support = CountyStatisticsView['support'][number];

const PLACE_KIND = { township: '乡镇（街道）', village: '村', community: '社区' } as const;

/** 协商频次 — by kind, form and level, 联动, the plan and the leaders present. */
export function ActivitySection({ s }: S): ReactElement {
  const a = s.activities;
  return (
    <StatCard title="协商频次">
      <Row gutter={[24, 16]}>
        <Col xs={24} md={12}>
          <h3 className="statistics-subtitle">按活动类型</h3>
          <CountChart rows={a.byKind} label="活动次数" height={220} />
        </Col>
        <Col xs={24} md={12}>
          <h3 className="statistics-subtitle">协商形式</h3>
          <CountChart rows={a.byForm} label="协商形式" kind="pie" height={220} />
        </Col>
        <Col xs={24} md={12}>
          <CountTable rows={a.byLevel} label="协商层级" />
        </Col>
        <Col xs={24} md={12}>
          <Descriptions size="small" column={1} bordered>
            <Descriptions.Item label="联动协商">{a.joint} 次</Descriptions.Item>
            <Descriptions.Item label={`${s.period.year}年度协商计划`}>
              {a.plan.plans} 个计划，列入议题 {a.plan.planned} 个，已开展协商 {a.plan.done} 个
              <Progress percent={Math.round(a.plan.share * 100)} size="small" aria-label="年度计划完成比例" />
            </Descriptions.Item>
            <Descriptions.Item label="党政负责同志参加">
              {s.leaders.attended} / {s.leaders.consultations} 次，占 {pct(s.leaders.share)}
            </Descriptions.Item>
          </Descriptions>
        </Col>
      </Row>
    </StatCard>
  );
}

/** 基层协商覆盖 — the townships and villages, flagged where no consultation took place this year. */
export function PlaceSection({ s }: S): ReactElement {
  const [onlyFlagged, setOnlyFlagged] = useState(false);
  const p = s.places;
  const rows = onlyFlagged ? p.rows.filter((r) => r.flagged) : p.rows;
  return (
    <StatCard
      title={`基层协商覆盖（${s.period.year}年全年）`}
      extra={
        <label className="statistics-switch">
          <Switch size="small" checked={onlyFlagged} onChange={setOnlyFlagged} /> 只看未开展
        </label>
      }
    >
      <p className="statistics-note">
        乡镇（街道）{p.townships} 个，全年未开展协商 {p.townshipsWithout} 个；村（社区）{p.villages} 个，未开展 {p.villagesWithout} 个。以协商活动场所所属组织统计，村（社区）开展的协商计入所属乡镇。
      </p>
      <DataTable<Place>
        label="乡镇（街道）、村（社区）协商开展情况"
        size="small"
        rowKey="id"
        dataSource={rows}
        pagination={rows.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
        scroll={{ x: 520 }}
        locale={{ emptyText: p.rows.length ? '全部已开展协商' : '组织机构中尚未登记乡镇（街道）' }}
        columns={[
          { title: '名称', dataIndex: 'name', render: (v: string, r) => (r.kind === 'township' ? <strong>{v}</strong> : <span style={{ paddingLeft: 16 }}>{v}</span>) },
          { title: '类别', dataIndex: 'kind', width: 110, render: (k: Place['kind']) => PLACE_KIND[k] },
          { title: '所属乡镇', dataIndex: 'parentName', width: 130, render: (v: string | null) => v ?? '—' },
          { title: '协商次数', dataIndex: 'consultations', width: 90, align: 'right' },
          { title: '状态', key: 'flag', width: 120, render: (_: unknown, r) => (r.flagged ? <SoftTag tone="red">全年未开展</SoftTag> : <SoftTag tone="green">已开展</SoftTag>) },
        ]}
      />
    </StatCard>
  );
}

/** 议题与选题 — topics by source and stage; proposals received, excluded by reason, merged. */
export function TopicSection({ s }: S): ReactElement {
  const t = s.topics;
  return (
    <StatCard title="议题与选题">
      <Row gutter={[24, 16]}>
        <Col xs={24} md={8}>
          <CountTable rows={t.bySource} label={`议题来源（共 ${t.topics} 个）`} unit="个" />
        </Col>
        <Col xs={24} md={8}>
          <CountTable rows={t.byState.length ? t.byState : [{ key: 'none', label: '暂无议题', n: 0 }]} label="议题阶段" unit="个" />
        </Col>
        <Col xs={24} md={8}>
          <Descriptions size="small" column={1} bordered>
            <Descriptions.Item label="收到选题建议">{t.proposals.received} 件</Descriptions.Item>
            <Descriptions.Item label="并入议题">{t.proposals.merged} 件</Descriptions.Item>
            <Descriptions.Item label="未予采纳">{t.proposals.excluded} 件</Descriptions.Item>
            {t.proposals.byReason
              .filter((r) => r.n > 0)
              .map((r) => (
                <Descriptions.Item key={r.key} label={`其中：${r.label}`}>
                  {r.n} 件
                </Descriptions.Item>
              ))}
          </Descriptions>
        </Col>
      </Row>
    </StatCard>
  );
}

/** 建议办理 — totals, result classes, 测评, conversions, and per lead department. */
export function HandlingSection({ s }: S): ReactElement {
  const h = s.handling;
  const top = h.departments.slice(0, 12);
  return (
    <StatCard title="建议办理">
      <Descriptions size="small" bordered column={{ xs: 1, sm: 2, lg: 4 }} style={{ marginBottom: 16 }}>
        <Descriptions.Item label="交办建议">{h.assigned} 件</Descriptions.Item>
        <Descriptions.Item label="按期反馈">{h.onTime} / {h.answered} 件</Descriptions.Item>
        <Descriptions.Item label="按期办复率">{pct(h.onTimeRate)}</Descriptions.Item>
        <Descriptions.Item label="当前逾期">{h.overdueNow} 件</Descriptions.Item>
        <Descriptions.Item label="平均办复">{h.averageDaysToAnswer === null ? '—' : `${h.averageDaysToAnswer} 天`}</Descriptions.Item>
        <Descriptions.Item label="重新办理">{h.rehandledItems} 件（{h.rehandlingRounds} 轮）</Descriptions.Item>
      </Descriptions>
      <Row gutter={[24, 16]}>
        <Col xs={24} md={8}>
          <h3 className="statistics-subtitle">办理结果分类</h3>
          <CountChart rows={h.byResultClass} label="办理结果" kind="pie" height={220} />
        </Col>
        <Col xs={24} md={8}>
          <CountTable rows={h.byRating} label="满意度测评" />
        </Col>
        <Col xs={24} md={8}>
          <CountTable rows={h.byConversion} label="成果转化" unit="件" />
        </Col>
      </Row>
      {top.length > 0 && (
        <>
          <h3 className="statistics-subtitle" style={{ marginTop: 16 }}>承办单位按期办复率</h3>
          <Chart kind="bar" horizontal percent categories={top.map((d) => d.name)} series={[{ name: '按期办复率', values: top.map((d) => d.onTimeRate ?? 0) }]} label={`承办单位按期办复率：${top.map((d) => `${d.name} ${pct(d.onTimeRate)}`).join('，')}`} height={Math.max(160, top.length * 30)} />
        </>
      )}
      <DataTable<Department>
        label="承办单位办理情况"
        size="small"
        rowKey="departmentId"
        dataSource={h.departments}
        pagination={false}
        scroll={{ x: 640 }}
        style={{ marginTop: 16 }}
        columns={[
          { title: '承办单位', dataIndex: 'name' },
          { title: '办件', dataIndex: 'items', width: 70, align: 'right', sorter: (a, b) => a.items - b.items },
          { title: '已反馈', dataIndex: 'answered', width: 80, align: 'right' },
          { title: '按期办复率', dataIndex: 'onTimeRate', width: 110, align: 'right', render: (v: number | null) => pct(v), sorter: (a, b) => byRate(a.onTimeRate, b.onTimeRate) },
          { title: '当前逾期', dataIndex: 'overdueNow', width: 90, align: 'right', render: (v: number) => (v > 0 ? <SoftTag tone="red">{v}</SoftTag> : v), sorter: (a, b) => a.overdueNow - b.overdueNow },
          { title: '督办', dataIndex: 'supervisions', width: 70, align: 'right' },
        ]}
      />
    </StatCard>
  );
}

/** 部门支持 (第六条(三)) per department. */
export function SupportSection({ s }: S): ReactElement {
  const kinds = s.support[0]?.byKind.map((k) => ({ key: k.key, label: k.label })) ?? [];
  return (
    <StatCard title="部门支持（第六条(三)）">
      <DataTable<Support>
        label="部门支持情况"
        size="small"
        rowKey="departmentId"
        dataSource={s.support}
        pagination={false}
        scroll={{ x: 560 }}
        locale={{ emptyText: '本期协商活动未记录部门支持' }}
        columns={[
          { title: '单位', dataIndex: 'name' },
          ...kinds.map((k, i) => ({ title: k.label, key: k.key, width: 90, align: 'right' as const, render: (_: unknown, r: Support) => r.byKind[i]?.n ?? 0 })),
          { title: '合计', dataIndex: 'total', width: 70, align: 'right' as const },
        ]}
      />
    </StatCard>
  );
}

/** 委员履职 — members with a participation, the average points and those below the minimum. */
export function MemberSection({ s }: S): ReactElement {
  const m = s.members;
  return (
    <StatCard title="委员履职">
      <Descriptions size="small" bordered column={{ xs: 1, sm: 2, lg: 4 }}>
        <Descriptions.Item label="参加履职委员">{m.active} 人</Descriptions.Item>
        <Descriptions.Item label="履职记录">{m.participations} 条</Descriptions.Item>
        <Descriptions.Item label="人均积分">{m.averagePoints ?? '—'}</Descriptions.Item>
        <Descriptions.Item label="未达最低要求">{m.belowMinimum === null ? '—' : `${m.belowMinimum} 人`}</Descriptions.Item>
      </Descriptions>
    </StatCard>
  );
}
