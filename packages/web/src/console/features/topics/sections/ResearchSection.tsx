import type { ReactElement } from 'react';
import { Typography } from 'antd';
import type { Topic } from '../../../../api/types.js';
import { AttachmentList } from '../../../components/AttachmentList.js';
import { formatDate } from '../../../components/format.js';
import { Section } from '../../../components/Section.js';
import { ActivityAttendance } from '../../members/ActivityAttendance.js';

/** 调研 — research activities and reports. */
export function ResearchSection({ topic }: { topic: Topic }): ReactElement {
  return (
    <Section title="调研">
      <h3 className="card-subtitle">调研活动（{topic.researchActivities.length}）</h3>
      {topic.researchActivities.length === 0 && <Typography.Paragraph type="secondary">尚未记录调研活动。</Typography.Paragraph>}
      {topic.researchActivities.map((a) => (
        <div className="sub-block" key={a.id}>
          <h4>{formatDate(a.date)} · {a.place}</h4>
          <Typography.Paragraph style={{ marginBottom: 4 }}>
            参加委员：{a.members.length ? a.members.map((m) => m.name).join('、') : '—'}
            {a.others ? `；其他人员：${a.others}` : ''}
          </Typography.Paragraph>
          <div className="pre-wrap">{a.findings}</div>
          <ActivityAttendance topic={topic} activityType="research_activity" activityId={a.id} title={`调研活动 ${formatDate(a.date)}`} presentIds={a.members.map((m) => m.id)} />
        </div>
      ))}
      <h3 className="card-subtitle">调研报告（{topic.researchReports.length}）</h3>
      {topic.researchReports.length === 0 && <Typography.Paragraph type="secondary">尚未提交调研报告。坚持“不调研不协商”。</Typography.Paragraph>}
      {topic.researchReports.map((r) => (
        <div className="sub-block" key={r.id}>
          <details>
            <summary>
              <strong>{r.title}</strong> · {formatDate(r.submittedOn)}
              {r.authorName ? ` · ${r.authorName}` : ''}
            </summary>
            <div className="pre-wrap" style={{ marginTop: 8 }}>{r.body}</div>
          </details>
          <AttachmentList files={r.attachments} title="附件" />
        </div>
      ))}
    </Section>
  );
}
