import { z } from 'zod';

/**
 * 办理记录 — one entry of a record's timeline, the same for a topic and a handling item: what happened,
 * when, by whom, any detail; an item's entries also name the round (办理轮次) they belong to.
 */
export const timelineEntrySchema = z.strictObject({
  id: z.string(),
  at: z.string(),
  kind: z.string(),
  title: z.string(),
  detail: z.string().nullable(),
  actorName: z.string().nullable(),
});
/** One entry of a topic's or an item's timeline. */
export type TimelineEntryView = z.infer<typeof timelineEntrySchema>;

/** An item's timeline entry: with its round. */
export const roundTimelineEntrySchema = timelineEntrySchema.extend({ round: z.number().int() });
export type RoundTimelineEntryView = z.infer<typeof roundTimelineEntrySchema>;
