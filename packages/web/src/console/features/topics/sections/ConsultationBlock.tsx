import type { ReactElement, ReactNode } from 'react';
import { Link } from 'react-router';
import { Button, Typography } from 'antd';
import { LEADER_BODY_LABELS, PARTICIPANT_KIND_LABELS, PARTICIPANT_KINDS } from '@shangliang/core';
import type { Consultation } from '../../../../api/types.js';
import { AttachmentList } from '../../../components/AttachmentList.js';
import { SoftTag } from '../../../components/SoftTag.js';
import { formatTime, orDash } from '../../../components/format.js';

type Participant = Consultation['participants'][number];

/** How a person is named in the list: 张三（区政府·区长·负责同志） for a leader, 李四（职务） otherwise, 〔缺席〕 once held. */
function personText(p: Participant, held: boolean): string {
  const notes = p.kind === 'leader' ? [p.leaderBody && LEADER_BODY_LABELS[p.leaderBody], p.title, p.principal && '负责同志'].filter(Boolean) : p.title ? [p.title] : [];
  const absent = held && p.kind === 'member' && !p.attended ? '〔缺席〕' : '';
  return `${p.name}${notes.length ? `（${notes.join('·')}）` : ''}${absent}`;
}

/** One consultation: form, time and place, who took part, responses, opinions, minutes, support; 记录协商情况 while scheduled; the 签到 buttons in `attendance`. */
export function ConsultationBlock({ c, onRecord, attendance }: { c: Consultation; onRecord?: () => void; attendance?: ReactNode }): ReactElement {
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
          {g.people.map((p) => personText(p, c.status === 'held')).join('、')}
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
      {attendance}
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
