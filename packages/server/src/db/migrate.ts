import { sql } from 'kysely';
import type { Db } from './database.js';
import * as foundation from './migrations/0001-foundation.js';
import * as topics from './migrations/0002-topics.js';
import * as attachments from './migrations/0003-attachments.js';
import * as handling from './migrations/0004-handling.js';
import * as followUp from './migrations/0005-follow-up.js';
import * as hardening from './migrations/0006-hardening.js';
import * as versions from './migrations/0007-versions.js';
import * as timelineSeq from './migrations/0008-timeline-seq.js';
import * as listIndexes from './migrations/0009-list-indexes.js';
import * as auditIndexes from './migrations/0010-audit-indexes.js';
import * as fkIndexes from './migrations/0011-foreign-key-indexes.js';
import * as researchMembers from './migrations/0012-research-members.js';
import * as itemDepartments from './migrations/0013-item-departments.js';
import * as itemOrder from './migrations/0014-item-order.js';
import * as tallies from './migrations/0015-tallies.js';
import * as pendingIndexes from './migrations/0016-pending-indexes.js';
import * as departmentBoard from './migrations/0017-department-board.js';
import * as stageFlags from './migrations/0018-stage-flags.js';
import * as talliesClustered from './migrations/0019-tallies-clustered.js';
import * as itemDueTallies from './migrations/0020-item-due-tallies.js';
import * as activityDates from './migrations/0021-activity-dates.js';
import * as departmentTallies from './migrations/0022-department-tallies.js';
import * as rooms from './migrations/0023-rooms.js';
import * as participations from './migrations/0024-participations.js';
import * as cityVisits from './migrations/0025-city-visits.js';
import * as statistics from './migrations/0026-statistics.js';
import * as statisticsTallies from './migrations/0027-statistics-tallies.js';
import * as notifications from './migrations/0028-notifications.js';
import * as search from './migrations/0031-search.js';
import * as documents from './migrations/0029-documents.js';
import * as pageIndexes from './migrations/0030-page-indexes.js';
import * as thesaurus from './migrations/0032-thesaurus.js';

/** The ordered list of migrations; append, never edit a released one. */
const MIGRATIONS = [
  { name: '0001-foundation', up: foundation.up },
  { name: '0002-topics', up: topics.up },
  { name: '0003-attachments', up: attachments.up },
  { name: '0004-handling', up: handling.up },
  { name: '0005-follow-up', up: followUp.up },
  { name: '0006-hardening', up: hardening.up },
  { name: '0007-versions', up: versions.up },
  { name: '0008-timeline-seq', up: timelineSeq.up },
  { name: '0009-list-indexes', up: listIndexes.up },
  { name: '0010-audit-indexes', up: auditIndexes.up },
  { name: '0011-foreign-key-indexes', up: fkIndexes.up },
  { name: '0012-research-members', up: researchMembers.up },
  { name: '0013-item-departments', up: itemDepartments.up },
  { name: '0014-item-order', up: itemOrder.up },
  { name: '0015-tallies', up: tallies.up },
  { name: '0016-pending-indexes', up: pendingIndexes.up },
  { name: '0017-department-board', up: departmentBoard.up },
  { name: '0018-stage-flags', up: stageFlags.up },
  { name: '0019-tallies-clustered', up: talliesClustered.up },
  { name: '0020-item-due-tallies', up: itemDueTallies.up },
  { name: '0021-activity-dates', up: activityDates.up },
  { name: '0022-department-tallies', up: departmentTallies.up },
  { name: '0023-rooms', up: rooms.up },
  { name: '0024-participations', up: participations.up },
  { name: '0025-city-visits', up: cityVisits.up },
  { name: '0026-statistics', up: statistics.up },
  { name: '0027-statistics-tallies', up: statisticsTallies.up },
  { name: '0028-notifications', up: notifications.up },
  { name: '0029-documents', up: documents.up },
  { name: '0030-page-indexes', up: pageIndexes.up },
  { name: '0031-search', up: search.up },
  { name: '0032-thesaurus', up: thesaurus.up },
] as const;

/** Applies pending migrations in order, each in its own transaction. Returns the names applied. */
export async function migrate(db: Db): Promise<string[]> {
  await sql`create table if not exists schema_migrations (name text primary key, applied_at text not null)`.execute(
    db.kysely,
  );
  const done = await sql<{ name: string }>`select name from schema_migrations`.execute(db.kysely);
  const applied = new Set(done.rows.map((r) => r.name));
  const ran: string[] = [];
  for (const m of MIGRATIONS) {
    if (applied.has(m.name)) continue;
    await db.kysely.transaction().execute(async (trx) => {
      await m.up(trx as never, db.engine);
      await sql`insert into schema_migrations (name, applied_at) values (${m.name}, ${new Date().toISOString()})`.execute(
        trx,
      );
    });
    ran.push(m.name);
  }
  return ran;
}
