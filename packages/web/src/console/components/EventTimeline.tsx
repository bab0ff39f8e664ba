import type { TimelineEntryView } from '@shangliang/core';
import type { ReactElement } from 'react';
import { Empty, Timeline } from 'antd';
import { formatTime } from './format.js';
import { Section } from './Section.js';

/** One entry of a record's 办理记录, as the server sends it (core's shared timeline entry; an item's name their round). */
export type TimelineEntry = TimelineEntryView & { readonly round?: number };

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

/**
 * 办理记录 — the card of a topic's or an item's timeline. Given `roundTitle` (an item handled more than
 * once), the entries are grouped by round, oldest first, each under its round's heading.
 */
export function TimelineSection({ entries, roundTitle }: { entries: readonly TimelineEntry[]; roundTitle?: (round: number) => string }): ReactElement {
  const rounds = roundTitle ? [...new Set(entries.map((t) => t.round ?? 1))].sort((a, b) => a - b) : [];
  return (
    <Section title="办理记录">
      {entries.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无记录" />
      ) : roundTitle ? (
        rounds.map((r) => (
          <div key={r} className="round-group">
            <h3 className="card-subtitle">{roundTitle(r)}</h3>
            <EventTimeline entries={entries.filter((t) => (t.round ?? 1) === r)} />
          </div>
        ))
      ) : (
        <EventTimeline entries={entries} />
      )}
    </Section>
  );
}
