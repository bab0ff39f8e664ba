/** Handling of the suggestions of an outcome: the answer shapes defined in core. */
export type {
  ItemAction,
  ImportReport,
  FeedbackView as HandlingFeedback,
  HandlingItemView as HandlingItem,
  HandlingItemDetail,
  HandlingItemPage,
  HandlingSummaryView as HandlingSummary,
} from '@shangliang/core';
