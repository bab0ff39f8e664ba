import type { RoundTimelineEntryView, TimelineEntryView } from '@shangliang/core';

/** A stored timeline row of a topic (topic_events) or an item (item_events, with its round). */
interface TimelineRow {
  readonly id: string;
  readonly at: string;
  readonly kind: string;
  readonly title: string;
  readonly detail: string | null;
  readonly actor_name: string | null;
}

/** 办理记录 — a topic's or an item's timeline rows as the pages show them, in stored order. */
export function presentTimeline(rows: readonly (TimelineRow & { round: number })[]): RoundTimelineEntryView[];
export function presentTimeline(rows: readonly TimelineRow[]): TimelineEntryView[];
export function presentTimeline(rows: readonly (TimelineRow & { round?: number })[]): (TimelineEntryView | RoundTimelineEntryView)[] {
  return rows.map((e) => ({ id: e.id, at: e.at, ...(e.round !== undefined ? { round: e.round } : {}), kind: e.kind, title: e.title, detail: e.detail, actorName: e.actor_name }));
}
