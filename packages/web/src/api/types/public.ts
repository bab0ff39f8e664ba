/** What the public portal shows: the answer shapes defined in core. */
export type { PublicContactPoint, PublicCounty, Regulation, PublicPlace, TrackView as Track, TrackAnswer } from '@shangliang/core';
export type { CaseSummary, CaseView } from '@shangliang/core';
