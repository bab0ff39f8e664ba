// 网络协商: the answer shapes of the rooms' API, defined once in core.
export type { ModerationQueueView, OpinionMapView, RoomSummary, RoomView, StatementView, VoteChoice, RoomVerb } from '@shangliang/core';
