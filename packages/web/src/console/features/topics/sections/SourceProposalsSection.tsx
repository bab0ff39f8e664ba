import type { ReactElement } from 'react';
import { Empty, List, Typography } from 'antd';
import type { Topic } from '../../../../api/types.js';
import { ProposalStatusTag } from '../../../components/TopicStateTag.js';
import { formatDate } from '../../../components/format.js';
import { Section } from './Section.js';

/** 来源选题 — the proposals the topic came from. */
export function SourceProposalsSection({ topic }: { topic: Topic }): ReactElement {
  return (
    <Section title={`来源选题（${topic.proposals.length}）`}>
      {topic.proposals.length === 0 ? (
        <Empty description="由办公室直接立题" />
      ) : (
        <List
          dataSource={[...topic.proposals]}
          renderItem={(p) => (
            <List.Item key={p.id}>
              <div className="my-item">
                <div className="my-item-head">
                  <strong>{p.title}</strong>
                  <ProposalStatusTag status={p.status} />
                </div>
                <Typography.Text type="secondary">
                  {p.sourceLabel}
                  {p.placeName ? ` · ${p.placeName}` : ''}
                  {p.proposerName ? ` · ${p.proposerName}` : ''} · {formatDate(p.createdAt)}
                </Typography.Text>
              </div>
            </List.Item>
          )}
        />
      )}
    </Section>
  );
}
