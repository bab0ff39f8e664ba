import type { RequestContext } from '../context.js';
import { notFound } from '../refusals.js';
import { findProposal } from '../../repositories/proposals.repository.js';
import { recordAudit } from '../audit/record-audit.js';
import { authorize, authorizeRead } from '../authorize.js';
import { proposalSubject } from './present-proposal.js';

/**
 * 查看完整联系电话 — a resident's full phone number, for the office of that county only; lists show it
 * masked (138****1234). Every reveal is written to the audit trail, with whose number it was.
 */
export async function revealProposalPhone(ctx: RequestContext, id: string): Promise<{ phone: string | null }> {
  const row = await findProposal(ctx.db.kysely, id);
  if (!row) throw notFound('选题建议');
  await authorizeRead(ctx, 'proposal.list', proposalSubject(row), '选题建议');
  await authorize(ctx, 'proposal.reveal_phone', proposalSubject(row));
  await recordAudit(ctx, { action: 'proposal.reveal_phone', subjectType: 'proposal', subjectId: id, countyId: row.county_id, summary: { trackingCode: row.tracking_code } });
  return { phone: row.proposer_phone };
}
