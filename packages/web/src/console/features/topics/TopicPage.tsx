import { useState, type ReactElement } from 'react';
import { Breadcrumb, Button, Col, Result, Row, Skeleton, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import { ApiError, errorMessage } from '../../../api/api-error.js';
import type { Topic } from '../../../api/types.js';
import { PageTitle } from '../../components/PageTitle.js';
import { SoftTag } from '../../components/SoftTag.js';
import { TopicStateTag } from '../../components/TopicStateTag.js';
import { orDash } from '../../components/format.js';
import { useDocumentTitle } from '../../components/useDocumentTitle.js';
import { FollowUpSection } from './FollowUpSection.js';
import { useTopic } from './hooks.js';
import { TopicDialogs, type TopicDialog } from './forms/TopicDialogs.js';
import { ConsultationsSection } from './sections/ConsultationsSection.js';
import { HandlingSection } from './sections/HandlingSection.js';
import { OutcomeSection } from './sections/OutcomeSection.js';
import { PreparationsSection } from './sections/PreparationsSection.js';
import { ResearchSection } from './sections/ResearchSection.js';
import { Section } from './sections/Section.js';
import { SourceProposalsSection } from './sections/SourceProposalsSection.js';
import { TimelineSection } from './sections/TimelineSection.js';
import { TopicActions } from './sections/TopicActions.js';
import { TopicInfoSection } from './sections/TopicInfoSection.js';

/** 议题详情 — header, stage, actions, research, consultation, outcome and timeline. */
export function TopicPage(): ReactElement {
  const { id } = useParams();
  const topic = useTopic(id);
  useDocumentTitle(topic.data?.title ?? '议题详情');
  if (topic.isPending) return <Skeleton active paragraph={{ rows: 8 }} />;
  if (topic.isError) {
    const notFound = topic.error instanceof ApiError && (topic.error.status === 404 || topic.error.status === 403);
    return (
      <Result
        status={notFound ? '404' : 'error'}
        title={<Typography.Title level={1} style={{ margin: 0 }}>{notFound ? '议题不存在' : '议题未能加载'}</Typography.Title>}
        subTitle={errorMessage(topic.error)}
        extra={<Link to="/console/topics"><Button type="primary">返回协商议题</Button></Link>}
      />
    );
  }
  return <TopicView topic={topic.data} />;
}

function TopicView({ topic }: { topic: Topic }): ReactElement {
  const [dialog, setDialog] = useState<TopicDialog | null>(null);
  return (
    <>
      <Breadcrumb style={{ marginBottom: 8 }} items={[{ title: <Link to="/console/topics">协商议题</Link> }, { title: '议题详情' }]} />
      <PageTitle
        description={
          <span className="topic-flags">
            <TopicStateTag state={topic.state} />
            <span>{orDash(topic.countyName)}</span>
            <span>·</span>
            <span>{topic.categoryLabel}{topic.fieldLabel ? ` · ${topic.fieldLabel}` : ''}</span>
            {topic.planTitle && <span>· {topic.planTitle}</span>}
            {topic.sensitive && <SoftTag tone="orange">涉及敏感问题</SoftTag>}
            {topic.longStanding && <SoftTag tone="orange">多年积累的难题</SoftTag>}
            {topic.publishedAsCase && <SoftTag tone="green">典型案例</SoftTag>}
          </span>
        }
      >
        {topic.title}
      </PageTitle>
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
          <TimelineSection topic={topic} />
        </Col>
      </Row>
      <TopicDialogs topic={topic} dialog={dialog} onClose={() => setDialog(null)} />
    </>
  );
}
