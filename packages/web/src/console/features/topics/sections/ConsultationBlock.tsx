import type { ReactElement } from 'react';
import { Link } from 'react-router';
import { Button, Typography } from 'antd';
import { PARTICIPANT_KIND_LABELS, PARTICIPANT_KINDS } from '@shangliang/core';
import type { Consultation } from '../../../../api/types.js';
import { AttachmentList } from '../../../components/AttachmentList.js';
import { SoftTag } from '../../../components/SoftTag.js';
import { formatTime, orDash } from '../../../components/format.js';

/** One consultation: form, time and place, who took part, responses, opinions, minutes, support; 记录协商情况 while scheduled. */
export function ConsultationBlock({ c, onRecord }: { c: Consultation; onRecord?: () => void }): ReactElement {
  const byKind = PARTICIPANT_KINDS.map((k) => ({ kind: k, people: c.participants.filter((p) => p.kind === k) })).filter((g) => g.people.length > 0);
  return (
    <div className="sub-block">
      <div className="my-item-head">
        <h3>
          {c.formLabel} · {c.levelLabel}
          {c.joint ? ' · 各级政协联动' : ''}
        </h3>
        <SoftTag tone={c.status === 'held' ? 'green' : 'orange'}>{c.statusLabel}</SoftTag>
      </div>
      <Typography.Paragraph style={{ marginBottom: 8 }}>
        {formatTime(c.startsAt)} · {orDash(c.venueName)}
      </Typography.Paragraph>
      {c.roomId && (
        <Typography.Paragraph style={{ marginBottom: 8 }}>
          网络议事厅：<Link to={`/console/rooms/${c.roomId}`}>管理与审核</Link> · <a href={`/rooms/${c.roomId}`} target="_blank" rel="noreferrer">在门户中查看</a>
        </Typography.Paragraph>
      )}
      {byKind.map((g) => (
        <div key={g.kind} style={{ marginBottom: 4 }}>
          <Typography.Text type="secondary">{PARTICIPANT_KIND_LABELS[g.kind]}：</Typography.Text>
          {g.people
            .map((p) => `${p.name}${p.title ? `（${p.title}）` : ''}${c.status === 'held' && p.kind === 'member' ? (p.attended ? '' : '〔缺席〕') : ''}`)
            .join('、')}
        </div>
      ))}
      <Statements heading="部门回应" items={c.responses.map((r) => ({ who: r.orgName ? `${r.orgName} ${r.person}` : r.person, text: r.content }))} />
      <Statements heading="意见建议" numbered items={c.opinions.map((o) => ({ who: o.speaker, text: o.content }))} />
      {c.minutes && (
        <details>
          <summary>会议记录</summary>
          <div className="pre-wrap" style={{ marginTop: 4 }}>{c.minutes}</div>
        </details>
      )}
      {c.support.length > 0 && (
        <>
          <h4>部门支持</h4>
          <ul className="plain-list">
            {c.support.map((s, i) => (
              <li key={i}>
                {orDash(s.orgName)} · {s.kindLabel}
                {s.note ? `：${s.note}` : ''}
              </li>
            ))}
          </ul>
        </>
      )}
      <AttachmentList files={c.attachments} title="照片与附件" />
      {onRecord && (
        <Button type="primary" onClick={onRecord} style={{ marginTop: 8 }}>
          记录协商情况
        </Button>
      )}
    </div>
  );
}

/** Who said what at the consultation, under a heading (部门回应, or the numbered 意见建议); nothing when no one did. */
function Statements({ heading, numbered, items }: { heading: string; numbered?: boolean; items: readonly { who: string; text: string }[] }): ReactElement | null {
  if (items.length === 0) return null;
  const List = numbered ? 'ol' : 'ul';
  return (
    <>
      <h4>{heading}</h4>
      <List className="plain-list">
        {items.map((s, i) => (
          <li key={i}>
            <strong>{s.who}：</strong>
            <span className="pre-wrap">{s.text}</span>
          </li>
        ))}
      </List>
    </>
  );
}
