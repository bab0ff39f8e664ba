import { dayInShanghai } from '@shangliang/core';
import { consultationAttendance, consultationOpinionSpeakers, followUpAttendance, memberProposal, researchAttendance, roomPart, suggestionConversion } from '../../repositories/participation-sources.repository.js';
import { hasParticipation, type ParticipationDraft, type ParticipationSourceRef, replaceParticipations } from '../../repositories/participations.repository.js';
import type { Executor } from '../../repositories/types.js';

// 谁组织谁记录: a member's participations are derived from what the office already records — attendance at
// research, consultation and follow-up activities, recommendations and what became of them, opinions at a
// consultation, online rooms, the city's visits — and replaced in the same transaction as their source, so
// nothing is entered twice and a corrected attendance list corrects the archive.

const day = (iso: string) => (iso.length === 10 ? iso : dayInShanghai(new Date(iso)));

/** The participations one source gives, read from what it holds now. */
async function draftsOf(db: Executor, source: ParticipationSourceRef): Promise<ParticipationDraft[]> {
  switch (source.type) {
    case 'research_activity':
      return (await researchAttendance(db, source.id)).map((r) => ({ county_id: r.county_id, user_id: r.user_id, on_date: r.date, kind: 'research', topic_id: r.topic_id, units: 1, detail: null }));
    case 'consultation': {
      const rows = await consultationAttendance(db, source.id);
      if (!rows.length || rows[0]!.status !== 'held') return [];
      const first = rows[0]!;
      const base = { county_id: first.county_id, on_date: day(first.starts_at), topic_id: first.topic_id, units: 1, detail: null };
      // An opinion is credited to the member who attended under the name it was recorded with.
      const speakers = new Set((await consultationOpinionSpeakers(db, source.id)).map((s) => s.speaker.trim()));
      return rows.flatMap((r) => [
        { ...base, user_id: r.user_id!, kind: 'consultation' as const },
        ...(speakers.has(r.name.trim()) ? [{ ...base, user_id: r.user_id!, kind: 'opinion' as const }] : []),
      ]);
    }
    case 'follow_up': {
      const f = await followUpAttendance(db, source.id);
      if (!f) return [];
      const members = JSON.parse(f.member_ids) as string[];
      return members.map((user_id) => ({ county_id: f.county_id, user_id, on_date: f.date, kind: 'follow_up', topic_id: f.topic_id, units: 1, detail: null }));
    }
    case 'proposal': {
      const p = await memberProposal(db, source.id);
      if (!p) return [];
      const base = { county_id: p.county_id, user_id: p.proposer_user_id!, units: 1, detail: null };
      const drafts: ParticipationDraft[] = [{ ...base, on_date: day(p.created_at), kind: 'recommendation', topic_id: p.topic_id }];
      if (p.status === 'merged' && p.topic_id) drafts.push({ ...base, on_date: day(p.screened_at ?? p.created_at), kind: 'recommendation_adopted', topic_id: p.topic_id });
      return drafts;
    }
    case 'suggestion': {
      const { suggestion: s, recommenders } = await suggestionConversion(db, source.id);
      if (!s?.conversion || !s.converted_at) return [];
      return recommenders.map((user_id) => ({ county_id: s.county_id, user_id, on_date: day(s.converted_at!), kind: 'suggestion_converted', topic_id: s.topic_id, units: 1, detail: s.conversion }));
    }
    case 'room': {
      const r = await roomPart(db, source.id);
      return r ? [{ county_id: r.county_id, user_id: r.user_id, on_date: day(r.first), kind: 'room', topic_id: r.topic_id, units: 1, detail: null }] : [];
    }
    case 'visit':
    case 'consultation_remark':
      // Visits write their own rows (use-cases/city); remarks count through their consultation.
      return [];
  }
}

/** Brings the participations of one source up to date, in the caller's transaction. */
export async function recordParticipation(db: Executor, source: ParticipationSourceRef): Promise<void> {
  if (source.type === 'visit' || source.type === 'consultation_remark') return;
  await replaceParticipations(db, source, await draftsOf(db, source));
}

/** Brings the participations of several sources of one type up to date. */
export async function recordParticipations(db: Executor, type: ParticipationSourceRef['type'], ids: readonly string[]): Promise<void> {
  for (const id of ids) await recordParticipation(db, { type, id });
}

/**
 * 网络议事 counts once per room, dated by a member's first statement or vote: recorded on that first one,
 * so that a member's later votes cost one look-up, not the derivation.
 */
export async function recordRoomPart(db: Executor, participant: { readonly id: string; readonly badge: string | null }): Promise<void> {
  if (participant.badge !== 'member') return;
  const source = { type: 'room', id: participant.id } as const;
  if (!(await hasParticipation(db, source))) await recordParticipation(db, source);
}
