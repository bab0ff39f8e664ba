/** Handling of the suggestions of an outcome. */
import type { DueStatus, ItemEvent, ItemState, Rating, ResultClass } from '@shangliang/core';
import type { Attachment, Page, Versioned } from './common.js';

/** What this user may do on an item besides its workflow events (督办, 成果转化, 会办意见), as the server lists them. */
export type ItemAction = 'supervise' | 'conversion' | 'co_opinion';

/** Answer of POST /api/handling/topics/:id/import. */
export interface ImportReport {
  readonly rows: readonly { readonly row: number; readonly seq: number | null; readonly ok: boolean; readonly actions: readonly string[]; readonly errors: readonly string[] }[];
  readonly written: number;
  readonly applied: boolean;
}

/** 书面反馈 — one round's written answer of the lead department. */
export interface HandlingFeedback {
  readonly id: string;
  readonly round: number;
  readonly departmentName: string | null;
  readonly text: string;
  readonly resultClass: ResultClass;
  readonly resultClassLabel: string;
  readonly measures: string | null;
  readonly responsible: string;
  readonly contact: string;
  readonly status: 'submitted' | 'accepted' | 'returned';
  readonly statusLabel: string;
  readonly reviewNote: string | null;
  readonly submittedAt: string;
  readonly attachments?: readonly Attachment[];
}

/** 办件 — one suggestion of a submitted outcome, in handling. */
export interface HandlingItem extends Versioned {
  readonly id: string;
  readonly seq: number;
  readonly content: string;
  readonly topicId: string;
  readonly topicTitle: string;
  readonly countyId: string | null;
  readonly state: ItemState;
  readonly stateLabel: string;
  readonly round: number;
  readonly leadDepartmentId: string | null;
  readonly leadDepartmentName: string | null;
  readonly coDepartments: readonly { readonly id: string; readonly name: string | null }[];
  readonly assignedOn: string | null;
  readonly dueOn: string | null;
  /** 会办意见期限 (sent by the server, not in API-handling.md). */
  readonly coDueOn?: string | null;
  readonly dueStatus: DueStatus | null;
  readonly dueStatusLabel: string | null;
  readonly daysLeft: number | null;
  readonly countdown: string | null;
  readonly letterNo: string | null;
  readonly letterDate: string | null;
  readonly conversion: string | null;
  readonly conversionLabel: string | null;
  readonly conversionRef: string | null;
  readonly latestFeedback: HandlingFeedback | null;
  readonly latestRating: Rating | null;
  readonly latestRatingLabel: string | null;
  readonly access: 'office' | 'city' | 'lead' | 'co' | null;
  readonly events: readonly ItemEvent[];
  readonly actions: readonly ItemAction[];
}

/** 办件详情 — every round. */
export interface HandlingItemDetail extends HandlingItem {
  readonly feedbacks: readonly HandlingFeedback[];
  readonly evaluations: readonly {
    readonly round: number;
    readonly rating: Rating;
    readonly ratingLabel: string;
    readonly processMark: Rating | null;
    readonly resultMark: Rating | null;
    readonly comment: string | null;
    readonly at: string;
  }[];
  readonly coOpinions: readonly { readonly round: number; readonly departmentName: string | null; readonly text: string; readonly at: string }[];
  readonly timeline: readonly {
    readonly id: string;
    readonly at: string;
    readonly round: number;
    readonly kind: string;
    readonly title: string;
    readonly detail: string | null;
    readonly actorName: string | null;
  }[];
}

/** Answer of GET /api/handling/items. */
export interface HandlingItemPage extends Page<HandlingItem> {
  readonly counts?: { readonly byState?: Partial<Record<ItemState, number>>; readonly overdue?: number; readonly dueSoon?: number };
}

/** Answer of GET /api/handling/summary. */
export interface HandlingSummary {
  readonly byDepartment: readonly {
    readonly departmentId: string;
    readonly departmentName: string | null;
    readonly total: number;
    readonly open: number;
    readonly overdue: number;
    readonly dueSoon: number;
    readonly settled: number;
  }[];
  readonly byState: Partial<Record<ItemState, number>>;
}
