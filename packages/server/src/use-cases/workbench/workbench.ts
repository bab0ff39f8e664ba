import type { WorkbenchView } from '@shangliang/core';
import type { RequestContext } from '../context.js';
import { AppError } from '../refusals.js';
import { recentAuditOf } from '../../repositories/audit.repository.js';
import { countOrgsByKind } from '../../repositories/organisations.repository.js';
import { countUsersIn } from '../../repositories/users.repository.js';
import { countVenuesIn } from '../../repositories/venues.repository.js';
import { me } from '../auth/account.js';
import { getOrganisation } from '../organisations/organisations.js';
import { presentAudit } from '../audit/list-audit.js';
import { pendingFor } from './pending.js';

/** 工作台 — counts are of the user's county, or of the whole city for city-level users. */
export async function workbench(ctx: RequestContext): Promise<WorkbenchView> {
  if (!ctx.user) throw new AppError('unauthenticated', 'UNAUTHENTICATED', '请先登录');
  const user = await me(ctx);
  const organisation = await getOrganisation(ctx, ctx.user.activeOrgId);
  const county = organisation.kind === 'department' ? organisation.countyId : ctx.user.countyId;
  const db = ctx.db.kysely;
  const [kinds, venues, users, recent, pending] = await Promise.all([
    countOrgsByKind(db, county),
    countVenuesIn(db, county),
    countUsersIn(db, county),
    recentAuditOf(db, ctx.user.id, 10),
    pendingFor(ctx),
  ]);
  return {
    user,
    organisation,
    counts: {
      townships: kinds.township ?? 0,
      villages: (kinds.village ?? 0) + (kinds.community ?? 0),
      departments: kinds.department ?? 0,
      venues,
      users,
    },
    recentActivity: await presentAudit(ctx, recent),
    pending,
  };
}
