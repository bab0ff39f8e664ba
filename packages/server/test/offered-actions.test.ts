import { TOPIC_EVENTS, TOPIC_TRANSITIONS, type TopicEvent } from '@shangliang/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, engines, type TestApp } from './harness.js';
import { seedDemoYear } from './support/fixtures.js';

/** Users whose buttons differ: the county office, the chair, the party reviewer, a member, another county. */
const USERS = ['yaodu-office', 'yaodu-chair', 'yaodu-party', 'yaodu-member1', 'hongtong-office'];
const BODY = { reason: '经研究，需补充材料后再议', meeting: '第十二次主席会议', date: '2026-11-28', instruction: '同意' };

/** A topic as the page loads it: what the user may do now. */
interface TopicPage {
  readonly title: string;
  readonly version: number;
  readonly actions: string[];
  readonly consultations: { id: string; status: string }[];
}

/** The request behind each stage action of the topic page, with a valid body (null: nothing to act on). */
function stageRequest(action: string, id: string, view: TopicPage): [method: string, url: string, body?: object] | null {
  switch (action) {
    case 'topic.update':
      return ['PATCH', `/api/topics/${id}`, { version: view.version, title: view.title }];
    case 'topic.record_research':
      return ['POST', `/api/topics/${id}/research-activities`, { date: '2026-11-20', place: '东羊村', findings: '道路多处塌陷，群众出行困难。' }];
    case 'topic.record_preparation':
      return ['POST', `/api/topics/${id}/preparations`, { kind: 'prior_report', date: '2026-11-20', summary: '已向区委专题报告调研情况。' }];
    case 'topic.schedule_consultation':
      return ['POST', `/api/topics/${id}/consultations`, { form: 'meeting', level: 'county', startsAt: '2026-12-05T09:00:00+08:00', venueText: '区政协会议室' }];
    case 'topic.record_consultation': {
      const open = view.consultations.find((c) => c.status === 'scheduled');
      return open ? ['POST', `/api/consultations/${open.id}/record`, { minutes: '会议记录：与会委员和部门负责同志充分协商。' }] : null;
    }
    case 'handling.manage':
      return ['GET', `/api/handling/topics/${id}/export`];
    case 'topic.submit_outcome':
      return ['POST', `/api/topics/${id}/outcome`, { kind: 'suggestions', title: '关于该议题的协商建议', suggestions: [{ content: '尽快组织实施' }], submittedTo: '尧都区委、区政府', submittedOn: '2026-11-27' }];
    default:
      return null;
  }
}

const STAGE_ACTIONS = ['topic.update', 'topic.record_research', 'topic.record_preparation', 'topic.schedule_consultation', 'topic.record_consultation', 'topic.submit_outcome', 'handling.manage'];

describe.each(engines())('议题流转：服务器提供的操作都能执行，不提供的都被拒绝（%s）', (engine) => {
  let t: TestApp;
  let cookies: Map<string, string>;
  beforeAll(async () => {
    t = await createTestApp(engine);
    await seedDemoYear(t);
    cookies = new Map(await Promise.all(USERS.map(async (u) => [u, await t.login(u)] as const)));
  }, 120_000);
  afterAll(async () => t.close());

  it('walks every demo topic of 尧都区 as far as the offered transitions lead', async () => {
    const topics = await t.db.kysely.selectFrom('topics').select(['id', 'title']).where('county_id', '=', await t.orgId('尧都区政协')).orderBy('created_at').execute();
    expect(topics.length).toBeGreaterThan(5);
    const problems: string[] = [];
    let accepted = 0;
    for (const [n, topic] of topics.entries()) {
      for (let step = 0; step < 4; step++) {
        const offers: [string, TopicEvent][] = [];
        for (const user of USERS) {
          const cookie = cookies.get(user)!;
          const view = await t.call(cookie, 'GET', `/api/topics/${topic.id}`);
          const offered: TopicEvent[] = view.status === 200 ? view.json.events : [];
          // Not offered → refused. Events taken through a form (viaAction) are never accepted as bare transitions.
          for (const event of TOPIC_EVENTS.filter((e) => !offered.includes(e) || TOPIC_TRANSITIONS[e].viaAction)) {
            const res = await t.call(cookie, 'POST', `/api/topics/${topic.id}/transitions`, { event, ...BODY });
            if (res.status < 400) problems.push(`${topic.title}：${user} 以单独流转提交 ${event}，服务器却接受了（${res.status}）`);
          }
          offers.push(...offered.filter((e) => !TOPIC_TRANSITIONS[e].viaAction).map((e) => [user, e] as [string, TopicEvent]));
        }
        // Stage actions (edit, research, consultation, outcome): each offered one is accepted, the others refused.
        for (const user of USERS) {
          const cookie = cookies.get(user)!;
          for (const action of STAGE_ACTIONS) {
            const view = await t.call(cookie, 'GET', `/api/topics/${topic.id}`);
            const page = view.json as TopicPage;
            const offered = view.status === 200 && page.actions.includes(action);
            const request = view.status === 200 ? stageRequest(action, topic.id, page) : stageRequest(action, topic.id, { title: topic.title, version: 1, actions: [], consultations: [] });
            if (!request) continue;
            const res = await t.call(cookie, request[0], request[1], request[2]);
            if (offered && res.status >= 300) problems.push(`${topic.title}：${user} 获提供 ${action}，服务器却拒绝了（${res.status} ${res.json?.message}）`);
            if (!offered && res.status < 400) problems.push(`${topic.title}：${user} 未获提供 ${action}，服务器却接受了（${res.status}）`);
            // A form-driven event (安排协商活动, 报送协商成果) is offered as an event and taken through its action.
            const via = Object.values(TOPIC_TRANSITIONS).find((r) => r.viaAction === action);
            if (via && res.status < 300) accepted++;
          }
        }
        if (offers.length === 0) break;
        // Rotate through the offers, so that sibling transitions (pass / return / reject) all get taken somewhere.
        const [user, event] = offers[(n + step) % offers.length]!;
        const res = await t.call(cookies.get(user)!, 'POST', `/api/topics/${topic.id}/transitions`, { event, ...BODY });
        if (res.status !== 200) problems.push(`${topic.title}：${user} 获提供 ${event}，服务器却拒绝了（${res.status} ${res.json?.message}）`);
        else accepted++;
      }
    }
    expect(problems).toEqual([]);
    expect(accepted).toBeGreaterThan(3);
  }, 300_000);
});
