import { closeYearSchema, DEFAULT_POINT_RULES, savePointRulesSchema, createProposalSchema, createTopicSchema, dayInShanghai, recordConsultationSchema, researchActivitySchema, researchReportSchema, scheduleConsultationSchema, submitOutcomeSchema, transitionSchema } from '@shangliang/core';
import type { Db } from '../db/database.js';
import { closeYear, savePointRules } from '../use-cases/members/point-rules.js';
import { createProposal } from '../use-cases/proposals/proposals.js';
import { recordConsultation, scheduleConsultation } from '../use-cases/topics/consultations.js';
import { submitOutcome } from '../use-cases/topics/outcome.js';
import { fileResearchReport, recordResearchActivity } from '../use-cases/topics/research.js';
import { applyTransition, createTopic } from '../use-cases/topics/topics.js';
import { seedContexts } from './seed-context.js';
import { HISTORY, type HistoryTopic } from './seed-history-data.js';

const DAY = 86_400_000;
const PEOPLE = { yaodu: ['yaodu-office', 'yaodu-chair', 'yaodu-party'], hongtong: ['hongtong-office', 'hongtong-chair', 'hongtong-party'], huozhou: ['huozhou-office', 'huozhou-chair', 'huozhou-party'] } as const;
const MEMBERS = ['yaodu-member1', 'yaodu-member2', 'yaodu-member3', 'yaodu-member4', 'hongtong-member1', 'hongtong-member2', 'hongtong-member3', 'huozhou-member1', 'huozhou-member2'];

/**
 * 往年与本年的活动记录 — for 履职档案 and 协商频次统计: topics of 尧都区、洪洞县、霍州市 in the year before the
 * demo year and in it, each approved, researched, consulted on (leaders present with their body) and, for
 * the past year, reported. Written by the real use cases as the demo accounts, at the records' own times,
 * so the participations follow from them as they would in use.
 */
export async function seedHistoryDemo(db: Db, now: Date = new Date()): Promise<void> {
  const as = await seedContexts(db, [...Object.values(PEOPLE).flat(), ...MEMBERS]);
  const users = new Map((await db.kysely.selectFrom('users').select(['id', 'username']).where('username', 'in', MEMBERS).execute()).map((u) => [u.username, u.id]));
  const uid = (u: string) => users.get(u) ?? fail(`member ${u} is missing`);
  const venues = new Map((await db.kysely.selectFrom('venues').select(['id', 'name']).execute()).map((v) => [v.name, v.id]));
  const lastYear = Number(dayInShanghai(now).slice(0, 4)) - 1;
  for (const h of HISTORY) await runTopic(h);
  // 委员荐题 of this year by members of the two smaller counties.
  await createProposal(as('hongtong-member1', new Date(now.getTime() - 50 * DAY)), createProposalSchema.parse({ source: 'member', category: 'livelihood', title: '关于在县城增设公共充电桩的建议', description: '县城新能源汽车增多，公共充电桩不足，建议在公共停车场增设充电设施。' }));
  await createProposal(as('yaodu-member3', new Date(now.getTime() - 45 * DAY)), createProposalSchema.parse({ source: 'member', category: 'livelihood', title: '关于在中小学周边设置护学岗的建议', description: '上下学高峰期学校周边交通拥堵，建议设置护学岗、错峰放学。' }));

  // 尧都区 asks more of its members this year than the defaults; last year is closed with the defaults.
  const office = as('yaodu-office', now);
  const county = office.user!.countyId;
  const rules = { ...DEFAULT_POINT_RULES, minimums: { activities: 8, recommendations: 2 } };
  await savePointRules(office, savePointRulesSchema.parse({ countyId: county, year: lastYear + 1, rules, version: 0 }));
  await closeYear(office, closeYearSchema.parse({ countyId: county, year: lastYear, version: 0 }));

  async function runTopic(h: HistoryTopic): Promise<void> {
    const [office, chair, party] = PEOPLE[h.county];
    const start = typeof h.on === 'number' ? now.getTime() - h.on * DAY : Date.parse(`${lastYear}-${h.on}T10:00:00+08:00`);
    const at = (days: number, hour = 10) => new Date(Date.parse(`${new Date(start + days * DAY + 8 * 3600_000).toISOString().slice(0, 10)}T${String(hour).padStart(2, '0')}:00:00+08:00`));
    const day = (days: number) => dayInShanghai(at(days));
    const id = (await createTopic(as(office, at(-20)), createTopicSchema.parse({ title: h.title, description: h.description, category: 'livelihood' }))).id;
    await applyTransition(as(office, at(-20, 15)), id, transitionSchema.parse({ event: 'submit_for_review' }));
    await applyTransition(as(chair, at(-15)), id, transitionSchema.parse({ event: 'chair_pass', meeting: '主席会议', date: day(-15) }));
    await applyTransition(as(party, at(-10)), id, transitionSchema.parse({ event: 'party_approve', date: day(-10) }));
    await recordResearchActivity(as(office, at(0, 18)), id, researchActivitySchema.parse({ date: day(0), place: h.research.place, memberIds: h.research.members.map(uid), findings: h.research.findings }));
    await fileResearchReport(as(office, at(3)), id, researchReportSchema.parse({ title: `关于${h.title}的调研报告`, body: h.research.findings, submittedOn: day(3) }));
    const c = h.consultation;
    const scheduled = await scheduleConsultation(as(office, at(5)), id, scheduleConsultationSchema.parse({
      form: c.form, level: c.level, startsAt: at(12, 9).toISOString(), venueId: c.venue && (venues.get(c.venue) ?? fail(`venue ${c.venue} is missing`)), venueText: c.venueText,
      memberIds: c.members.map(uid), leaders: c.leaders.map(([name, title, body, principal]) => ({ name, title, body, principal })),
    }));
    await recordConsultation(as(office, at(12, 12)), scheduled.consultations[0]!.id, recordConsultationSchema.parse({
      attendedMemberIds: c.attended.map(uid), opinions: c.opinions.map(([speaker, content]) => ({ speaker, content })), minutes: `${h.title}协商会议记录：与会委员和部门负责同志围绕议题充分协商，形成意见建议。`,
    }));
    if (h.suggestions)
      await submitOutcome(as(office, at(20)), id, submitOutcomeSchema.parse({ kind: 'suggestions', title: `关于${h.title}的协商建议`, submittedTo: '党委、政府', submittedOn: day(20), suggestions: h.suggestions.map((content) => ({ content })) }));
  }
}

function fail(message: string): never {
  throw new Error(`demo history seed: ${message}`);
}
