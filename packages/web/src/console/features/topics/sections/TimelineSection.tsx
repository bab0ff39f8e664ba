import type { ReactElement } from 'react';
import { Empty, Timeline } from 'antd';
import type { Topic } from '../../../../api/types.js';
import { formatTime } from '../../../components/format.js';
import { Section } from './Section.js';

/** 办理记录 — what happened to the topic, in the order the server sends. */
export function TimelineSection({ topic }: { topic: Topic }): ReactElement {
  return (
    <Section title="办理记录">
      {topic.timeline.length === 0 ? (
        <Empty description="暂无记录" />
      ) : (
        <Timeline
          items={[...topic.timeline].map((t) => ({
            key: t.id,
            content: (
              <div>
                <strong>{t.title}</strong>
                <div className="timeline-meta">
                  <time dateTime={t.at}>{formatTime(t.at)}</time>
                  {t.actorName ? ` · ${t.actorName}` : ''}
                </div>
                {t.detail && <div className="pre-wrap">{t.detail}</div>}
              </div>
            ),
          }))}
        />
      )}
    </Section>
  );
}
