import { sql } from 'kysely';
import type { Engine } from '../db/database.js';
import type { Executor } from './types.js';

/**
 * Derives every participation of a database in a few set-wise statements — for a database that holds
 * years of records from before migration 0024 (one statement per kind, not one per source row). The same
 * rules as use-cases/members/record-participation.ts, which keeps them up to date one source at a time.
 */
export async function rebuildAllParticipations(db: Executor, engine: Engine): Promise<void> {
  const pg = engine === 'postgres';
  const id = pg ? 'gen_random_uuid()::text' : 'lower(hex(randomblob(16)))';
  /** The Beijing day of an ISO instant (a plain day passes through). */
  const day = (col: string) => (pg ? `case when length(${col}) = 10 then ${col} else to_char((${col})::timestamptz at time zone 'Asia/Shanghai', 'YYYY-MM-DD') end` : `case when length(${col}) = 10 then ${col} else date(${col}, '+8 hours') end`);
  const year = (d: string) => (pg ? `cast(substr(${d}, 1, 4) as integer)` : `cast(substr(${d}, 1, 4) as integer)`);
  const insert = (select: string) =>
    sql.raw(`insert into participations (id, county_id, user_id, year, on_date, kind, source_type, source_id, topic_id, units, detail) select ${id}, q.county_id, q.user_id, ${year('q.on_date')}, q.on_date, q.kind, q.source_type, q.source_id, q.topic_id, 1, q.detail from (${select}) q`).execute(db);
  // Visits are written by their own use case (use-cases/city) and stay.
  await sql.raw("delete from participations where source_type <> 'visit'").execute(db);
  await insert(`select t.county_id, m.user_id, a.date as on_date, 'research' as kind, 'research_activity' as source_type, a.id as source_id, a.topic_id, null as detail
    from research_members m join research_activities a on a.id = m.activity_id join topics t on t.id = a.topic_id group by t.county_id, m.user_id, a.date, a.id, a.topic_id`);
  await insert(`select c.county_id, p.user_id, ${day('c.starts_at')} as on_date, 'consultation' as kind, 'consultation' as source_type, c.id as source_id, c.topic_id, null as detail
    from consultation_participants p join consultations c on c.id = p.consultation_id
    where p.kind = 'member' and p.attended = 1 and p.user_id is not null and c.status = 'held' group by c.county_id, p.user_id, c.starts_at, c.id, c.topic_id`);
  // An opinion is credited to the member who attended under the name it was recorded with.
  await insert(`select c.county_id, p.user_id, ${day('c.starts_at')} as on_date, 'opinion' as kind, 'consultation' as source_type, c.id as source_id, c.topic_id, null as detail
    from consultation_participants p join consultations c on c.id = p.consultation_id
    where p.kind = 'member' and p.attended = 1 and p.user_id is not null and c.status = 'held'
      and exists (select 1 from consultation_remarks r where r.consultation_id = c.id and r.kind = 'opinion' and trim(r.speaker) = trim(p.name))
    group by c.county_id, p.user_id, c.starts_at, c.id, c.topic_id`);
  const members = pg ? 'jsonb_array_elements_text(f.member_ids::jsonb) as j(value)' : 'json_each(f.member_ids) as j';
  await insert(`select distinct t.county_id, j.value as user_id, f.date as on_date, 'follow_up' as kind, 'follow_up' as source_type, f.id as source_id, f.topic_id, null as detail
    from follow_ups f join topics t on t.id = f.topic_id, ${members}`);
  const recommended = `from proposals p where p.source = 'member' and p.proposer_user_id is not null`;
  await insert(`select p.county_id, p.proposer_user_id as user_id, ${day('p.created_at')} as on_date, 'recommendation' as kind, 'proposal' as source_type, p.id as source_id, p.topic_id, null as detail ${recommended}`);
  await insert(`select p.county_id, p.proposer_user_id as user_id, ${day('coalesce(p.screened_at, p.created_at)')} as on_date, 'recommendation_adopted' as kind, 'proposal' as source_type, p.id as source_id, p.topic_id, null as detail ${recommended} and p.status = 'merged' and p.topic_id is not null`);
  await insert(`select distinct t.county_id, p.proposer_user_id as user_id, ${day('e.at')} as on_date, 'suggestion_converted' as kind, 'suggestion' as source_type, s.id as source_id, s.topic_id, s.conversion as detail
    from suggestions s join topics t on t.id = s.topic_id
    join (select suggestion_id, max(at) as at from item_events where kind = 'conversion' group by suggestion_id) e on e.suggestion_id = s.id
    join proposals p on p.topic_id = s.topic_id and p.source = 'member' and p.proposer_user_id is not null
    where s.conversion is not null`);
  await insert(`select r.county_id, p.user_id, ${day('x.at')} as on_date, 'room' as kind, 'room' as source_type, p.id as source_id, r.topic_id, null as detail
    from room_participants p join rooms r on r.id = p.room_id
    join (select participant_id, min(at) as at from (select participant_id, created_at as at from room_statements where seed = 0 and participant_id is not null union all select participant_id, at from room_votes) a group by participant_id) x on x.participant_id = p.id
    where p.user_id is not null and p.badge = 'member'`);
}
