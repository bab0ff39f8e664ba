import type { ReactElement } from 'react';
import { Empty } from 'antd';
import type { Topic } from '../../../../api/types.js';
import { EventTimeline } from '../../../components/EventTimeline.js';
import { Section } from './Section.js';

/** 办理记录 — what happened to the topic, in the order the server sends. */
export function TimelineSection({ topic }: { topic: Topic }): ReactElement {
  return (
    <Section title="办理记录">
      {topic.timeline.length === 0 ? (
        <Empty description="暂无记录" />
      ) : (
        <EventTimeline entries={topic.timeline} />
      )}
    </Section>
  );
}
