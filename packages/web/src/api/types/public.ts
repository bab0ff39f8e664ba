/** What the public portal shows. */
import type { ProposalStatus, TopicState } from '@shangliang/core';

/** A county as listed on the public portal. */
export interface PublicCounty {
  readonly id: string;
  readonly name: string;
  readonly regionName: string | null;
  readonly partyName: string | null;
  readonly townshipCount: number;
  readonly villageCount: number;
}

/** A contact point as listed on the public portal. */
export interface PublicContactPoint {
  readonly id: string;
  readonly name: string;
  readonly countyName: string | null;
  readonly address?: string | null;
}

/** The regulation text shown on the portal. */
export interface Regulation {
  readonly title: string;
  readonly source: string;
  readonly paragraphs: readonly string[];
}

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
