import type { ReactElement } from 'react';
import { TOPIC_STATE_LABELS, type TopicState, type ProposalStatus, PROPOSAL_STATUS_LABELS } from '@shangliang/core';
import { SoftTag, type Tone } from './SoftTag.js';

const STATE_TONES: Readonly<Record<TopicState, Tone>> = {
  draft: 'grey',
  chair_review: 'orange',
  party_review: 'orange',
  researching: 'red',
  consulting: 'red',
  outcome_submitted: 'green',
  handling: 'green',
  following_up: 'green',
  concluded: 'green',
  rejected: 'grey',
};

/** The stage of a topic (labels from the core lifecycle). */
export function TopicStateTag({ state }: { state: TopicState }): ReactElement {
  return <SoftTag tone={STATE_TONES[state] ?? 'grey'}>{TOPIC_STATE_LABELS[state] ?? state}</SoftTag>;
}

const STATUS_TONES: Readonly<Record<ProposalStatus, Tone>> = { submitted: 'orange', screened_in: 'green', excluded: 'grey', merged: 'red' };

/** The status of a proposal. */
export function ProposalStatusTag({ status }: { status: ProposalStatus }): ReactElement {
  return <SoftTag tone={STATUS_TONES[status] ?? 'grey'}>{PROPOSAL_STATUS_LABELS[status] ?? status}</SoftTag>;
}
