import type { ReactElement } from 'react';
import { Empty, List } from 'antd';
import type { Topic } from '../../../../api/types.js';
import { formatDate } from '../../../components/format.js';
import { Section } from '../../../components/Section.js';
import { ProposalItem } from '../../proposals/ProposalItem.js';

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
              <ProposalItem
                title={p.title}
                status={p.status}
                meta={`${p.sourceLabel}${p.placeName ? ` · ${p.placeName}` : ''}${p.proposerName ? ` · ${p.proposerName}` : ''} · ${formatDate(p.createdAt)}`}
              />
            </List.Item>
          )}
        />
      )}
    </Section>
  );
}
