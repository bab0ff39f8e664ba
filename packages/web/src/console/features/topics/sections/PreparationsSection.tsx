import type { ReactElement } from 'react';
import { Empty, Typography } from 'antd';
import type { Topic } from '../../../../api/types.js';
import { formatDate } from '../../../components/format.js';
import { Section } from '../../../components/Section.js';

/** 敏感问题前置事项 — shown for sensitive or long-standing topics, or once something is recorded. */
export function PreparationsSection({ topic }: { topic: Topic }): ReactElement | null {
  const flagged = topic.sensitive || topic.longStanding;
  if (!(flagged || topic.preparations.length > 0)) return null;
  return (
    <Section title="敏感问题前置事项">
      <Typography.Paragraph type="secondary">
        协商前须记录向党委政府的报告情况，以及与相关部门提前研究的解决方案。
      </Typography.Paragraph>
      {topic.preparations.length === 0 ? (
        <Empty description="尚未记录前置事项" />
      ) : (
        topic.preparations.map((p) => (
          <div className="sub-block" key={p.id}>
            <h4>{p.kindLabel} · {formatDate(p.date)}{p.recipient ? ` · ${p.recipient}` : ''}</h4>
            <div className="pre-wrap">{p.summary}</div>
          </div>
        ))
      )}
    </Section>
  );
}
