import { type MemberScore, type ParticipationCount, type PointRules, scoreMember } from '@shangliang/core';
import { listMembersOf } from '../../repositories/members.repository.js';
import { sumParticipationsByMember } from '../../repositories/participations.repository.js';
import type { Executor } from '../../repositories/types.js';
import { rulesOf } from './point-rules.js';

/** Every member of a scope with their year's score by that year's rules (the archives list and the statistics both read it). */
export async function scoreMembersOf(db: Executor, countyId: string | null, year: number) {
  const [members, sums, { rules, closedAt }] = await Promise.all([listMembersOf(db, countyId), sumParticipationsByMember(db, countyId, year), rulesOf(db, countyId, year)]);
  const counts = new Map<string, ParticipationCount[]>();
  for (const s of sums) counts.set(s.user_id, [...(counts.get(s.user_id) ?? []), s]);
  const scores = new Map<string, MemberScore>(members.map((m) => [m.id, scoreMember(rules, counts.get(m.id) ?? [])]));
  return { members, scores, rules: rules as PointRules, closedAt };
}
