/** Proposals and solicitations: the answer shapes defined in core. */
import type { PublicSolicitation, SolicitationView } from '@shangliang/core';

export type { ProposalView as Proposal, ProposalPage } from '@shangliang/core';

/** 公开征集活动 — as the office lists it (open, proposalCount) or as the portal does (countyName). */
export type Solicitation = Omit<SolicitationView, 'open' | 'proposalCount'> &
  Partial<Pick<SolicitationView, 'open' | 'proposalCount'>> &
  Partial<Pick<PublicSolicitation, 'countyName'>>;
