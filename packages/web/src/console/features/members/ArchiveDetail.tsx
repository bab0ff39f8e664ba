import type { ReactElement } from 'react';
import { Empty, List } from 'antd';
import { CheckCircleFilled, CloseCircleFilled } from '@ant-design/icons';
import { Link } from 'react-router';
import type { ArchiveView } from '@shangliang/core';
import { Section } from '../../components/Section.js';
import { formatDate } from '../../components/format.js';
import './members.css';

const UNIT_OF_REQUIREMENT = { activities: '次', recommendations: '件' } as const;
/** 3, 2.5 — points without a trailing .0. */
const pts = (n: number): string => String(Math.round(n * 10) / 10);

/** 履职档案 of one member's year: the total, the minimums met or missed, points per rule and every participation. */
export function ArchiveDetail({ archive, linkTopics }: { archive: ArchiveView; linkTopics: boolean }): ReactElement {
  const { score } = archive;
  return (
    <>
      <Section title={`${archive.year} 年度履职积分`}>
        <div className="archive-summary">
          <div className="archive-total">
            <span className="archive-total-label">年度积分</span>
            <span className="archive-total-value">
              {pts(score.total)}
              <span className="archive-total-unit">分</span>
            </span>
            <span className="archive-total-label">{score.meetsAll ? '已达到年度最低要求' : '尚未达到年度最低要求'}</span>
          </div>
          <ul className="archive-requirements" aria-label="年度最低要求">
            {score.requirements.map((r) => (
              <li key={r.key} className={`archive-requirement ${r.met ? 'archive-requirement-met' : 'archive-requirement-missed'}`}>
                <span>
                  {r.met ? <CheckCircleFilled aria-hidden="true" /> : <CloseCircleFilled aria-hidden="true" />} {r.label}（至少 {r.required} {UNIT_OF_REQUIREMENT[r.key]}）
                </span>
                <span>
                  <strong>
                    {r.actual} / {r.required}
                  </strong>{' '}
                  {r.met ? '已达标' : '未达标'}
                </span>
              </li>
            ))}
          </ul>
        </div>
      </Section>
      <Section title="计分明细">
        <div className="point-rules-scroll" tabIndex={0} role="region" aria-label="计分明细表">
          <table className="archive-lines">
            <thead>
              <tr>
                <th scope="col">履职类别</th>
                <th scope="col">次数</th>
                <th scope="col">得分</th>
                <th scope="col">年度上限</th>
              </tr>
            </thead>
            <tbody>
              {score.lines.map((l) => (
                <tr key={l.kind}>
                  <th scope="row" style={{ fontWeight: 400 }}>
                    {l.label}
                  </th>
                  <td>
                    {l.count}
                    {l.unit && l.unit !== '次' && l.units !== l.count ? `（${pts(l.units)} ${l.unit}）` : ''}
                  </td>
                  <td>
                    {pts(l.points)}
                    {l.raw > l.points && <span className="archive-capped">已达上限（累计 {pts(l.raw)}）</span>}
                  </td>
                  <td>{l.cap === null ? '不设上限' : pts(l.cap)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <td>合计</td>
                <td />
                <td>{pts(score.total)}</td>
                <td />
              </tr>
            </tfoot>
          </table>
        </div>
      </Section>
      <Section title={`履职记录（${archive.entries.length}）`}>
        <List
          dataSource={archive.entries}
          locale={{ emptyText: <Empty description="本年度暂无履职记录" /> }}
          renderItem={(e) => (
            <List.Item key={e.id}>
              <div className="archive-entry">
                <div className="archive-entry-main">
                  <strong>{e.kindLabel}</strong>
                  {e.topicTitle && (
                    <span className="archive-entry-topic">
                      议题：{linkTopics && e.topicId ? <Link to={`/console/topics/${e.topicId}`}>{e.topicTitle}</Link> : e.topicTitle}
                    </span>
                  )}
                  <span className="archive-entry-meta">
                    {formatDate(e.date)}
                    {e.detail ? ` · ${e.detail}` : ''}
                  </span>
                </div>
                <span className="archive-entry-points" aria-label={`${pts(e.points)} 分`}>
                  +{pts(e.points)}
                </span>
              </div>
            </List.Item>
          )}
        />
      </Section>
    </>
  );
}
