import { randomUUID } from 'node:crypto';
import {
  ANONYMOUS,
  createPlanSchema,
  createProposalSchema,
  createSolicitationSchema,
  createTopicSchema,
  mergeProposalsSchema,
  preparationSchema,
  publicProposalSchema,
  recordConsultationSchema,
  researchActivitySchema,
  researchReportSchema,
  scheduleConsultationSchema,
  screenProposalsSchema,
  submitOutcomeSchema,
  transitionSchema,
} from '@shangliang/core';
import type { Db } from '../db/database.js';
import type { RequestContext } from '../http/context.js';
import { grantsOf } from '../repositories/users.repository.js';
import { buildActor } from '../use-cases/auth/build-actor.js';
import { createPlan, createSolicitation } from '../use-cases/plans/plans.js';
import { createProposal, mergeProposals, screenProposals } from '../use-cases/proposals/proposals.js';
import { newCaptcha, submitPublicProposal } from '../use-cases/proposals/public-proposals.js';
import { recordConsultation, scheduleConsultation } from '../use-cases/topics/consultations.js';
import { submitOutcome } from '../use-cases/topics/outcome.js';
import { fileResearchReport, recordPreparation, recordResearchActivity } from '../use-cases/topics/research.js';
import { applyTransition, createTopic } from '../use-cases/topics/topics.js';
import { type DemoCounty, OFFICE, PLANS, PROPOSALS, type ProposalSeed, SCREENINGS, SOLICITATIONS } from './seed-topics-data.js';
import { type ConsultationSeed, TOPIC_STORIES, type TopicStory } from './seed-topics-stories.js';

const DAY = 86_400_000;
const COUNTY_ORG: Record<DemoCounty, string> = { yaodu: '尧都区政协', hongtong: '洪洞县政协' };
/** Who reviews topics of each county. 洪洞县政协 has no chair or party reviewer among the demo accounts. */
const REVIEWERS: Record<DemoCounty, { chair?: string; party?: string }> = { yaodu: { chair: 'yaodu-chair', party: 'yaodu-party' }, hongtong: {} };

/** 'YYYY-MM-DD HH:mm' Beijing time → instant. */
const beijing = (s: string): number => Date.parse(`${s.replace(' ', 'T')}:00+08:00`);

/**
 * 演示年度：2026 年尧都区政协、洪洞县政协的选题征集、初筛、立题、审议、审定、调研、协商和成果报送。
 * Every record is written by the real use case, as the demo account whose job it is, at its own time of
 * the year, in time order; no topic state is written directly. Should `now` fall before the end of the
 * scripted year, the whole year is moved back by whole days so that it ends before `now`.
 */
export async function seedTopicsDemo(db: Db, now: Date = new Date()): Promise<void> {
  const k = db.kysely;
  // —— the accounts, as request contexts ——
  const usernames = [...new Set([...Object.values(OFFICE), 'yaodu-chair', 'yaodu-party', 'yaodu-member1', 'yaodu-member2', 'yaodu-member3', 'yaodu-member4', 'yaodu-member5', 'hongtong-member1'])];
  const users = new Map((await k.selectFrom('users').select(['id', 'username']).where('username', 'in', usernames).execute()).map((u) => [u.username, u.id]));
  const grants = await grantsOf(k, [...users.values()]);
  const uid = (username: string): string => users.get(username) ?? fail(`account ${username} is missing (run seedDemo first)`);
  const as = (username: string, when: Date): RequestContext => {
    const id = uid(username);
    const g = grants.get(id) ?? [];
    const first = g[0] ?? fail(`account ${username} holds no role`);
    return {
      db, now: when, actor: buildActor(id, g, first.org_id), ip: '127.0.0.1', userAgent: 'seed',
      user: { id, username, sessionId: 'seed', activeOrgId: first.org_id, countyId: first.county_id, role: first.role, mustChangePassword: false },
    };
  };
  const resident = (when: Date): RequestContext => ({ db, now: when, actor: ANONYMOUS, user: null, ip: '127.0.0.1', userAgent: 'seed' });

  // —— places, departments, venues ——
  const orgs = await k.selectFrom('organisations').select(['id', 'name', 'kind', 'county_id']).execute();
  const countyId = (c: DemoCounty): string => orgs.find((o) => o.name === COUNTY_ORG[c])?.id ?? fail(`${COUNTY_ORG[c]} is missing`);
  const place = (c: DemoCounty, name: string | undefined): string | undefined =>
    name === undefined ? undefined : (orgs.find((o) => o.county_id === countyId(c) && o.name === name && ['township', 'village', 'community'].includes(o.kind))?.id ?? fail(`place ${name} is missing`));
  const dept = (name: string): string => orgs.find((o) => o.kind === 'department' && o.name === name)?.id ?? fail(`department ${name} is missing`);
  const venues = await k.selectFrom('venues').select(['id', 'name']).execute();
  const venue = (name: string): string => venues.find((v) => v.name === name)?.id ?? fail(`venue ${name} is missing`);

  // —— the calendar: steps are registered with their scripted time and run in time order ——
  const steps: { t: number; run: (when: Date) => Promise<unknown> }[] = [];
  const step = (s: string, run: (when: Date) => Promise<unknown>) => steps.push({ t: beijing(s), run });
  let shift = 0;
  const day = (d: string): string => new Date(Date.parse(`${d}T12:00:00+08:00`) - shift + 8 * 3600_000).toISOString().slice(0, 10);
  const later = (ms: number, hhmm: string): string => `${new Date(now.getTime() + ms + 8 * 3600_000).toISOString().slice(0, 10)}T${hhmm}:00+08:00`;

  const ids = { proposals: new Map<string, string>(), topics: new Map<string, string>(), plans: new Map<string, string>(), solicitations: new Map<string, string>() };
  const get = (m: Map<string, string>, key: string): string => m.get(key) ?? fail(`${key} was not created before it was used`);
  const pids = (keys: readonly string[]) => keys.map((key) => get(ids.proposals, key));

  for (const s of SOLICITATIONS)
    step(s.at, async (w) => {
      const openEnd = new Date(Math.max(Date.parse('2026-12-31T12:00:00+08:00') - shift, now.getTime() + 30 * DAY) + 8 * 3600_000).toISOString().slice(0, 10);
      const input = createSolicitationSchema.parse({ title: s.title, scope: s.scope, opensOn: day(s.opensOn), closesOn: s.closesOn === 'open-end' ? openEnd : day(s.closesOn) });
      ids.solicitations.set(s.key, (await createSolicitation(as(OFFICE[s.county], w), input)).id);
    });
  for (const p of PLANS)
    step(p.at, async (w) => ids.plans.set(p.key, (await createPlan(as(OFFICE[p.county], w), createPlanSchema.parse({ year: 2026, title: p.title, reportedOn: day(p.reportedOn) }))).id));
  for (const p of PROPOSALS) step(p.at, async (w) => ids.proposals.set(p.key, await propose(p, w)));
  for (const s of SCREENINGS)
    step(s.at, (w) => screenProposals(as(OFFICE[s.county], w), screenProposalsSchema.parse({ ids: pids(s.keys), decision: s.decision, reason: s.reason, note: s.note })));
  for (const story of TOPIC_STORIES) plot(story);

  const last = Math.max(...steps.map((s) => s.t));
  shift = Math.max(0, Math.ceil((last + DAY - now.getTime()) / DAY)) * DAY;
  steps.sort((a, b) => a.t - b.t); // stable: same-time steps keep their order
  for (const s of steps) await s.run(new Date(s.t - shift));

  /** 委员荐题 / 党委政府点题 through createProposal; 社会公开征集 through the portal's use case, captcha answered. */
  async function propose(p: ProposalSeed, w: Date): Promise<string> {
    const common = { category: p.category, field: p.field, title: p.title, description: p.description, placeId: place(p.county, p.place) };
    if (p.source !== 'public') {
      const input = createProposalSchema.parse({ ...common, source: p.source, assignedBy: p.assignedBy, instructionRef: p.instructionRef, assignedOn: p.assignedOn && day(p.assignedOn) });
      return (await createProposal(as(p.by ?? fail(`${p.key} has no author`), w), input)).id;
    }
    const ctx = resident(w);
    const captcha = await newCaptcha(ctx);
    const { answer } = await k.selectFrom('captchas').select('answer').where('id', '=', captcha.id).executeTakeFirstOrThrow();
    const input = publicProposalSchema.parse({
      ...common, countyId: countyId(p.county), solicitationId: p.solicitation && get(ids.solicitations, p.solicitation), name: p.name, phone: p.phone,
      consent: true, captchaId: captcha.id, captchaAnswer: answer, idempotencyKey: `seed-${randomUUID()}`,
    });
    const { trackingCode } = await submitPublicProposal(ctx, input);
    return (await k.selectFrom('proposals').select('id').where('tracking_code', '=', trackingCode).executeTakeFirstOrThrow()).id;
  }

  /** Registers every step of one topic's year. */
  function plot(s: TopicStory): void {
    const office = OFFICE[s.county];
    const tid = () => get(ids.topics, s.key);
    step(s.at, async (w) => {
      const topic = createTopicSchema.parse({ ...s.topic, planId: get(ids.plans, s.plan) });
      const id = s.proposals.length
        ? await mergeProposals(as(office, w), mergeProposalsSchema.parse({ ids: pids(s.proposals), topic }))
        : (await createTopic(as(office, w), topic)).id;
      ids.topics.set(s.key, id);
    });
    const more = s.later;
    if (more) step(more.at, (w) => mergeProposals(as(office, w), mergeProposalsSchema.parse({ ids: pids(more.proposals), topicId: tid() })));
    if (s.submit) step(s.submit, (w) => applyTransition(as(office, w), tid(), transitionSchema.parse({ event: 'submit_for_review' })));
    for (const r of s.reviews ?? []) {
      const reviewer = r.event.startsWith('chair') ? REVIEWERS[s.county].chair : REVIEWERS[s.county].party;
      const input = () => transitionSchema.parse({ event: r.event, meeting: r.meeting, date: day(r.at.slice(0, 10)), instruction: r.instruction, reason: r.reason });
      step(r.at, (w) => applyTransition(as(reviewer ?? fail(`${COUNTY_ORG[s.county]} has no reviewer for ${r.event}`), w), tid(), input()));
    }
    for (const r of s.research ?? [])
      step(`${r.on} 18:00`, (w) => recordResearchActivity(as(office, w), tid(), researchActivitySchema.parse({ date: day(r.on), place: r.place, memberIds: r.members.map(uid), others: r.others, findings: r.findings })));
    for (const p of s.preparations ?? [])
      step(`${p.on} 17:00`, (w) => recordPreparation(as(office, w), tid(), preparationSchema.parse({ kind: p.kind, date: day(p.on), recipient: p.recipient, summary: p.summary })));
    for (const r of s.reports ?? [])
      step(`${r.on} 16:00`, (w) => fileResearchReport(as(office, w), tid(), researchReportSchema.parse({ title: r.title, body: r.body, submittedOn: day(r.on) })));
    for (const c of s.consultations ?? []) consult(c, office, tid);
    const o = s.outcome;
    if (o)
      step(`${o.on} 10:00`, (w) =>
        submitOutcome(as(office, w), tid(), submitOutcomeSchema.parse({
          kind: o.kind, title: o.title, submittedTo: o.submittedTo, submittedOn: day(o.on), submittedVia: o.submittedVia,
          suggestions: o.suggestions.map(([content, department]) => ({ content, departmentId: department && dept(department) })),
        })),
      );
  }

  /** Schedules a consultation and, when it has been held, records it. */
  function consult(c: ConsultationSeed, office: string, tid: () => string): void {
    let consultationId = '';
    step(c.scheduledAt, async (w) => {
      const input = scheduleConsultationSchema.parse({
        form: c.form, level: c.level, joint: c.joint ?? false,
        startsAt: c.startsAt === 'upcoming' ? later(10 * DAY, '15:00') : new Date(beijing(c.startsAt) - shift).toISOString(),
        venueId: c.venue && venue(c.venue), venueText: c.venueText, memberIds: c.members.map(uid),
        departments: c.departments.map(([org, person]) => ({ orgId: dept(org), person })),
        unitHeads: c.unitHeads, cadres: c.cadres, publicReps: c.publicReps, leaders: c.leaders.map(([name, title]) => ({ name, title, ...leaderOf(title) })),
      });
      const before = new Set((await k.selectFrom('consultations').select('id').where('topic_id', '=', tid()).execute()).map((r) => r.id));
      const topic = await scheduleConsultation(as(office, w), tid(), input);
      consultationId = topic.consultations.find((x) => !before.has(x.id))?.id ?? fail('the scheduled consultation was not found');
    });
    const h = c.held;
    if (h)
      step(h.at, (w) =>
        recordConsultation(as(office, w), consultationId, recordConsultationSchema.parse({
          attendedMemberIds: h.attended.map(uid), minutes: h.minutes,
          responses: h.responses.map(([org, person, content]) => ({ orgId: dept(org), person, content })),
          opinions: h.opinions.map(([speaker, content]) => ({ speaker, content })),
          support: h.support.map(([org, kind, note]) => ({ orgId: dept(org), kind, note })),
        })),
      );
  }
}

/** 所属 and 负责同志 from a leader's title: a county's (deputy) head or standing committee member is a 负责同志. */
function leaderOf(title: string): { body: 'party' | 'government'; principal: boolean } {
  return { body: /区委|县委|市委/.test(title) && !/区长|县长|市长/.test(title) ? 'party' : 'government', principal: /区长|县长|市长|书记|常委/.test(title) };
}

function fail(message: string): never {
  throw new Error(`demo topics seed: ${message}`);
}
