import type { ReactElement } from 'react';
import { Timeline } from 'antd';
import { formatTime } from './format.js';

/** One entry of a record's 办理记录, as the server sends it. */
export interface TimelineEntry {
  readonly id: string;
  readonly at: string;
  readonly title: string;
  readonly actorName: string | null;
  readonly detail: string | null;
}

/** 办理记录 entries in the server's order: what happened, when, by whom, and any detail. */
export function EventTimeline({ entries }: { entries: readonly TimelineEntry[] }): ReactElement {
  return (
    <Timeline
      items={entries.map((t) => ({
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
  );
}
