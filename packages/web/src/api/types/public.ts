/** What the public portal shows. */
import type { ProposalStatus, TopicState } from '@shangliang/core';

export type { PublicContactPoint, PublicCounty, Regulation } from '@shangliang/core';

/** A place of the portal's cascade. */
export interface PublicPlace {
  readonly id: string;
  readonly name: string;
  readonly kind: string;
}

/** Answer of GET /api/public/track/:code. */
export interface Track {
  readonly trackingCode: string;
  readonly title: string;
  readonly countyName: string;
  readonly submittedAt: string;
  readonly status: ProposalStatus;
  readonly message: string;
  readonly steps: readonly { readonly label: string; readonly done: boolean; readonly at: string | null; readonly note: string | null }[];
  readonly topic: { readonly title: string; readonly state: TopicState; readonly stateLabel: string } | null;
  /** 办理答复 — the accepted answers, once the office has made them public. */
  readonly answers?: readonly TrackAnswer[];
}

/** One published answer on the track page. */
export interface TrackAnswer {
  readonly seq: number;
  readonly content: string;
  readonly departmentName: string | null;
  readonly resultClassLabel: string;
  readonly text: string;
}
