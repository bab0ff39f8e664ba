import {
  PARTICIPANT_BADGE_LABELS,
  ROOM_AUDIENCE_LABELS,
  ROOM_MODERATION_LABELS,
  ROOM_STATE_LABELS,
  type RoomSummary,
  type RoomView,
  STATEMENT_STATUS_LABELS,
  type StatementView,
  voteChoiceOf,
} from '@shangliang/core';
import type { RequestContext } from '../context.js';
import { findOrgNames } from '../../repositories/organisations.repository.js';
import { countRoomActivity, findParticipants, listReplies, listStatements, type ParticipantRow, type RoomRow, type StatementRow, votesOf } from '../../repositories/rooms.repository.js';
import type { Executor } from '../../repositories/types.js';
import { stateOf, verbsFor } from './room-access.js';
import { attachmentsOf } from '../attachments/attachments.js';

type Author = ParticipantRow & { display_name: string | null };

/** 网友 or the nickname for residents; the account's name for members, departments and staff. */
const authorName = (p: Author | undefined): string => (p?.badge ? (p.display_name ?? '参与者') : p?.nickname || '网友');

/** A statement's public face: text, author, tallies and replies; `mine` and `myVote` for the viewer. */
export function presentStatement(s: StatementRow, author: Author | undefined, replies: StatementView['replies'], me: { id: string; votes: Map<string, number> } | null): StatementView {
  const my = me?.votes.get(s.id);
  return {
    id: s.id,
    text: s.text,
    authorName: authorName(author),
    badge: author?.badge ?? null,
    badgeLabel: author?.badge ? PARTICIPANT_BADGE_LABELS[author.badge] : null,
    seed: s.seed === 1,
    status: s.status,
    statusLabel: STATEMENT_STATUS_LABELS[s.status],
    createdAt: s.created_at,
    agrees: s.agrees,
    disagrees: s.disagrees,
    passes: s.passes,
    myVote: my === undefined ? null : voteChoiceOf(my),
    mine: !!me && s.participant_id === me.id,
    replies,
    externalId: s.external_id,
  };
}

/** Statements with their authors and replies, in a few queries. */
export async function presentStatements(db: Executor, roomId: string, rows: StatementRow[], me: { id: string; votes: Map<string, number> } | null): Promise<StatementView[]> {
  const [authors, replies] = await Promise.all([findParticipants(db, rows.map((s) => s.participant_id).filter((x): x is string => !!x)), listReplies(db, roomId, rows.map((s) => s.id))]);
  const repliesOf = new Map<string, StatementView['replies']>();
  for (const r of replies) repliesOf.set(r.statement_id, [...(repliesOf.get(r.statement_id) ?? []), { id: r.id, departmentName: r.department_name, text: r.text, at: r.at }]);
  return rows.map((s) => presentStatement(s, s.participant_id ? authors.get(s.participant_id) : undefined, repliesOf.get(s.id) ?? [], me));
}

/** Rooms for lists, with their county, topic and how many took part. */
export const presentRoomSummaries = async (ctx: RequestContext, rows: (RoomRow & { topic_title: string })[]): Promise<RoomSummary[]> => (await summarise(ctx, rows)).summaries;

/** The summaries, and the activity counts they were made from (the room page shows the votes too). */
async function summarise(ctx: RequestContext, rows: (RoomRow & { topic_title: string })[]) {
  const db = ctx.db.kysely;
  const [orgs, activity] = await Promise.all([findOrgNames(db, rows.map((r) => r.county_id).filter((x): x is string => !!x)), countRoomActivity(db, rows.map((r) => r.id))]);
  const summaries = rows.map((r): RoomSummary => {
    const state = stateOf(ctx, r);
    return {
      id: r.id,
      title: r.title,
      topicId: r.topic_id,
      topicTitle: r.topic_title,
      countyId: r.county_id,
      countyName: r.county_id ? (orgs.get(r.county_id)?.name ?? '') : '临汾市政协',
      state,
      stateLabel: ROOM_STATE_LABELS[state],
      audience: r.audience,
      opensAt: r.opens_at,
      closesAt: r.closes_at,
      participantCount: activity.get(r.id)?.participants ?? 0,
      statementCount: activity.get(r.id)?.statements ?? 0,
    };
  });
  return { summaries, activity };
}

/** The room page for the viewer: shown statements (and their own pending ones), their votes, what they may do. */
export async function presentRoom(ctx: RequestContext, room: RoomRow & { topic_title: string }, me: ParticipantRow | null): Promise<RoomView> {
  const db = ctx.db.kysely;
  const votes = me ? await votesOf(db, room.id, me.id) : new Map<string, number>();
  const mine = me ? { id: me.id, votes } : null;
  const [{ summaries, activity }, rows, files] = await Promise.all([
    summarise(ctx, [room]),
    listStatements(db, room.id, { statuses: ['shown'], alsoOf: me?.id ?? null }),
    attachmentsOf(db, 'room', [room.id]),
  ]);
  return {
    ...summaries[0]!,
    consultationId: room.consultation_id,
    background: room.background,
    attachments: files.get(room.id) ?? [],
    moderation: room.moderation,
    moderationLabel: ROOM_MODERATION_LABELS[room.moderation],
    audienceLabel: ROOM_AUDIENCE_LABELS[room.audience],
    allowStatements: room.allow_statements === 1,
    minVotes: room.min_votes,
    voteCount: activity.get(room.id)?.votes ?? 0,
    statements: await presentStatements(db, room.id, rows, mine),
    me: { participantId: me?.id ?? null, nickname: me?.nickname ?? null, badge: me?.badge ?? null },
    actions: verbsFor(ctx, room),
    version: room.version,
  };
}
