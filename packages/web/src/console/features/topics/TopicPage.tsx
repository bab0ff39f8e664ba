import { useState, type ReactElement } from 'react';
import { Col, Row } from 'antd';
import { useParams } from 'react-router';
import type { Topic } from '../../../api/types.js';
import { RecordPage } from '../../components/RecordPage.js';
import { Section } from '../../components/Section.js';
import { SoftTag } from '../../components/SoftTag.js';
import { TimelineSection } from '../../components/EventTimeline.js';
import { TopicStateTag } from '../../components/TopicStateTag.js';
import { orDash } from '../../components/format.js';
import { FollowUpSection } from './FollowUpSection.js';
import { useTopic } from './hooks.js';
import { TopicDialogs, type TopicDialog } from './forms/TopicDialogs.js';
import { ConsultationsSection } from './sections/ConsultationsSection.js';
import { HandlingSection } from './sections/HandlingSection.js';
import { OutcomeSection } from './sections/OutcomeSection.js';
import { PreparationsSection } from './sections/PreparationsSection.js';
import { ResearchSection } from './sections/ResearchSection.js';
import { SourceProposalsSection } from './sections/SourceProposalsSection.js';
import { TopicActions } from './sections/TopicActions.js';
import { TopicInfoSection } from './sections/TopicInfoSection.js';

/** 议题详情 — header, stage, actions, research, consultation, outcome and timeline. */
export function TopicPage(): ReactElement {
  const { id } = useParams();
  const topic = useTopic(id);
  return (
    <RecordPage
      query={topic}
      noun="议题"
      back={{ to: '/console/topics', label: '协商议题' }}
      tabTitle={(t) => t.title}
      heading={(t) => t.title}
      flags={(t) => <TopicFlags topic={t} />}
    >
      {(t) => <TopicView topic={t} />}
    </RecordPage>
  );
}

/** Under the title: stage, county, category and field, plan, and the topic's marks. */
function TopicFlags({ topic }: { topic: Topic }): ReactElement {
  return (
    <>
      <TopicStateTag state={topic.state} />
      <span>{orDash(topic.countyName)}</span>
      <span>·</span>
      <span>{topic.categoryLabel}{topic.fieldLabel ? ` · ${topic.fieldLabel}` : ''}</span>
      {topic.planTitle && <span>· {topic.planTitle}</span>}
      {topic.sensitive && <SoftTag tone="orange">涉及敏感问题</SoftTag>}
      {topic.longStanding && <SoftTag tone="orange">多年积累的难题</SoftTag>}
      {topic.publishedAsCase && <SoftTag tone="green">典型案例</SoftTag>}
    </>
  );
}

function TopicView({ topic }: { topic: Topic }): ReactElement {
  const [dialog, setDialog] = useState<TopicDialog | null>(null);
  return (
    <>
      <TopicActions topic={topic} onOpen={setDialog} />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <TopicInfoSection topic={topic} />
          <SourceProposalsSection topic={topic} />
          <ResearchSection topic={topic} />
          <PreparationsSection topic={topic} />
          <ConsultationsSection topic={topic} onRecord={(consultation) => setDialog({ kind: 'record', consultation })} />
          <OutcomeSection topic={topic} />
          {topic.handling && <HandlingSection topic={topic} items={topic.handling.items} />}
          {topic.outcome && (
            <Section title="跟踪问效">
              <FollowUpSection topic={topic} />
            </Section>
          )}
        </Col>
        <Col xs={24} xl={8}>
          <TimelineSection entries={topic.timeline} />
        </Col>
      </Row>
      <TopicDialogs topic={topic} dialog={dialog} onClose={() => setDialog(null)} />
    </>
  );
}
