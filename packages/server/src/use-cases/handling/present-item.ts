import {
  CONVERSION_LABELS,
  type Conversion,
  countdownText,
  DUE_STATUS_LABELS,
  dueStatus,
  dayInShanghai,
  ITEM_STATE_LABELS,
  type FeedbackView,
  type HandlingItemDetail,
  type HandlingItemView,
  itemActions,
  type ItemState,
  availableItemEvents,
  itemAccess,
  RATING_LABELS,
  type Rating,
  RESULT_CLASS_LABELS,
  type ResultClass,
} from '@shangliang/core';
import type { RequestContext } from '../context.js';
import { listEvaluationsOf, listRatingsOf } from '../../repositories/evaluations.repository.js';
import { listCoOpinionsOf, listFeedbacksOf } from '../../repositories/feedbacks.repository.js';
import { type ItemListRow, type ItemRow, listItemEvents } from '../../repositories/handling.repository.js';
import { findOrgNames } from '../../repositories/organisations.repository.js';
import { presentTimeline } from '../timeline/present-timeline.js';
import { lookupsOf } from '../lookups.js';
import { returnWindowsOf } from './settings.js';

const FEEDBACK_STATUS: Record<string, string> = { submitted: '待审核', accepted: '已采纳', returned: '已退回修改' };

/** The access an actor has to an item, from core's policy. */
export const accessTo = (ctx: RequestContext, row: Pick<ItemRow, 'county_id' | 'lead_dept_id' | 'co_dept_ids'>, coDepartmentIds = JSON.parse(row.co_dept_ids) as string[]) =>
  itemAccess(ctx.actor, { countyId: row.county_id, leadDepartmentId: row.lead_dept_id, coDepartmentIds });

/** Rows grouped by their suggestion, in the order they came. */
function bySuggestion<T extends { suggestion_id: string }>(rows: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of rows) {
    const list = out.get(r.suggestion_id);
    if (list) list.push(r);
    else out.set(r.suggestion_id, [r]);
  }
  return out;
}

/** Shapes items for lists, with countdowns, latest feedback and rating, and what this user may do. */
export async function presentItems(ctx: RequestContext, rows: readonly ItemListRow[]): Promise<(HandlingItemView & { feedbackHistory: FeedbackView[] })[]> {
  const db = ctx.db.kysely;
  const ids = rows.map((r) => r.suggestion_id);
  const coOf = new Map(rows.map((r) => [r.suggestion_id, JSON.parse(r.co_dept_ids) as string[]]));
  const deptIds = rows.flatMap((r) => [r.lead_dept_id, ...coOf.get(r.suggestion_id)!]).filter((x): x is string => !!x);
  const look = lookupsOf(ctx);
  const [orgs, feedbacks, evaluations, windows] = await Promise.all([
    look.orgNames(deptIds),
    listFeedbacksOf(db, ids),
    listRatingsOf(db, ids),
    returnWindowsOf(db, rows.map((r) => r.county_id)),
  ]);
  const files = await look.attachments('feedback', feedbacks.map((f) => f.id));
  const feedbackOf = bySuggestion(feedbacks);
  const evaluationsOf = bySuggestion(evaluations);
  const today = dayInShanghai(ctx.now);
  const presentFeedback = (f: (typeof feedbacks)[number]): FeedbackView => ({
    id: f.id, round: f.round, departmentName: orgs.get(f.dept_id)?.name ?? null, text: f.text, resultClass: f.result_class as ResultClass,
    resultClassLabel: RESULT_CLASS_LABELS[f.result_class as ResultClass] ?? f.result_class, measures: f.measures, responsible: f.responsible, contact: f.contact,
    status: f.status as FeedbackView['status'], statusLabel: FEEDBACK_STATUS[f.status] ?? f.status, reviewNote: f.review_note, submittedAt: f.submitted_at, attachments: files.get(f.id) ?? [],
  });
  return rows.map((r) => {
    const access = accessTo(ctx, r, coOf.get(r.suggestion_id));
    const open = r.state === 'assigned' && r.due_on;
    const due = open ? dueStatus(r.due_on!, ctx.now) : null;
    const mine = feedbackOf.get(r.suggestion_id) ?? [];
    const rated = evaluationsOf.get(r.suggestion_id)?.at(-1);
    const coIds = coOf.get(r.suggestion_id)!;
    const ref = { state: r.state as ItemState, countyId: r.county_id, leadDepartmentId: r.lead_dept_id, round: r.round, assignedOn: r.assigned_on };
    return {
      id: r.suggestion_id, seq: r.seq, content: r.content, topicId: r.topic_id, topicTitle: r.topic_title, countyId: r.county_id,
      state: r.state as ItemState, stateLabel: ITEM_STATE_LABELS[r.state as ItemState] ?? r.state, round: r.round,
      // Sent back by the step forms: a step from a page older than the item is refused.
      version: r.version,
      leadDepartmentId: r.lead_dept_id, leadDepartmentName: r.lead_dept_id ? (orgs.get(r.lead_dept_id)?.name ?? null) : null,
      coDepartments: coIds.map((id) => ({ id, name: orgs.get(id)?.name ?? null })),
      assignedOn: r.assigned_on, dueOn: r.due_on, coDueOn: r.co_due_on,
      dueStatus: due?.status ?? null, dueStatusLabel: due ? DUE_STATUS_LABELS[due.status] : null, daysLeft: due?.daysLeft ?? null,
      countdown: open ? countdownText(r.due_on!, ctx.now) : null,
      letterNo: r.letter_no, letterDate: r.letter_date,
      conversion: r.conversion as HandlingItemView['conversion'], conversionLabel: r.conversion ? (r.conversion === 'none' ? '未转化' : (CONVERSION_LABELS[r.conversion as Conversion] ?? r.conversion)) : null, conversionRef: r.conversion_ref,
      latestFeedback: mine.length ? presentFeedback(mine.at(-1)!) : null,
      latestRating: (rated?.rating ?? null) as Rating | null, latestRatingLabel: rated ? RATING_LABELS[rated.rating as Rating] : null,
      access,
      events: availableItemEvents(ref, ctx.actor, today, windows.get(r.county_id) ?? 7),
      actions: itemActions(ctx.actor, { countyId: r.county_id, leadDepartmentId: r.lead_dept_id, coDepartmentIds: coIds, state: r.state as ItemState }),
      feedbackHistory: mine.map(presentFeedback),
    };
  });
}

/** One item with every round's feedback, evaluations, co-handling opinions and timeline. */
export async function presentItemDetail(ctx: RequestContext, row: ItemRow): Promise<HandlingItemDetail> {
  const db = ctx.db.kysely;
  const [[item], evaluations, coOpinions, timeline] = await Promise.all([
    presentItems(ctx, [row]),
    listEvaluationsOf(db, [row.suggestion_id]),
    listCoOpinionsOf(db, row.suggestion_id),
    listItemEvents(db, row.suggestion_id),
  ]);
  const orgs = await findOrgNames(db, coOpinions.map((c) => c.dept_id));
  const { feedbackHistory, ...rest } = item!;
  return {
    ...rest,
    feedbacks: feedbackHistory,
    evaluations: evaluations.map((e) => ({ round: e.round, rating: e.rating as Rating, ratingLabel: RATING_LABELS[e.rating as Rating], processMark: e.process_mark as Rating | null, resultMark: e.result_mark as Rating | null, comment: e.comment, at: e.at })),
    coOpinions: coOpinions.map((c) => ({ round: c.round, departmentName: orgs.get(c.dept_id)?.name ?? null, text: c.text, at: c.at })),
    timeline: presentTimeline(timeline),
  };
}
