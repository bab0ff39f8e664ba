import type { ReactElement } from 'react';
import { Descriptions, Empty, Typography } from 'antd';
import type { Topic } from '../../../../api/types.js';
import { formatDate, orDash } from '../../../components/format.js';
import { Section } from '../../../components/Section.js';
import { DocumentsPanel } from '../../documents/DocumentsPanel.js';

/** 协商成果 — the submitted outcome with its numbered suggestions. */
export function OutcomeSection({ topic }: { topic: Topic }): ReactElement {
  return (
    <Section title="协商成果">
      {!topic.outcome ? (
        <Empty description="尚未报送协商成果" />
      ) : (
        <>
          <Descriptions
            column={{ xs: 1, md: 2 }}
            size="small"
            items={[
              { key: 't', label: '标题', span: 'filled', children: topic.outcome.title },
              { key: 'k', label: '形式', children: topic.outcome.kindLabel },
              { key: 'on', label: '报送日期', children: formatDate(topic.outcome.submittedOn) },
              { key: 'to', label: '报送对象', children: topic.outcome.submittedTo },
              { key: 'via', label: '报送方式', children: orDash(topic.outcome.submittedVia) },
            ]}
          />
          <ol className="plain-list" style={{ marginTop: 12 }}>
            {[...topic.outcome.suggestions].sort((a, b) => a.seq - b.seq).map((s) => (
              <li key={s.id} value={s.seq}>
                <div className="pre-wrap">{s.content}</div>
                <Typography.Text type="secondary">
                  承办部门：{orDash(s.departmentName)}
                  {s.conversionLabel ? ` · 转化：${s.conversionLabel}` : ''}
                </Typography.Text>
              </li>
            ))}
          </ol>
        </>
      )}
      {/* 协商建议 from the outcome, 协商纪要 from a held consultation (公文, GB/T 9704-2012). */}
      <DocumentsPanel bare subject={{ type: 'topic', id: topic.id }} />
    </Section>
  );
}
