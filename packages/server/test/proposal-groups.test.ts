import type { ProposalGroupsView, TopicView } from '@shangliang/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { residentProposal } from './flow.js';
import { createTestApp, engines, type TestApp } from './harness.js';

describe.each(engines())('选题建议分组与一键合并立题（%s）', (engine) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp(engine);
  });
  afterEach(async () => t.close());

  const pool = async () => {
    const lamp1 = await residentProposal(t, { title: '东羊村路灯长期不亮', description: '东羊村村口到学校的路灯坏了半年，晚上学生回家很危险。', idempotencyKey: 'key-group-0001' });
    const lamp2 = await residentProposal(t, { title: '东羊村晚上黑灯瞎火', description: '俺们东羊村的路灯早就不亮了，晚上出门摸黑，老人摔过好几回。', idempotencyKey: 'key-group-0002' });
    const other = await residentProposal(t, { title: '西羊村路灯不亮', description: '西羊村主街的路灯坏了，晚上黑乎乎的。', idempotencyKey: 'key-group-0003' });
    const water = await residentProposal(t, { title: '屯里镇自来水浑浊', description: '屯里镇的自来水最近发黄浑浊，烧开了有水垢，不敢喝。', idempotencyKey: 'key-group-0004' });
    return { lamp1: lamp1.id, lamp2: lamp2.id, other: other.id, water: water.id };
  };

  it('groups the same problem at the same place; every proposal appears exactly once', async () => {
    const ids = await pool();
    const office = await t.login('yaodu-office');
    const res = await t.call<ProposalGroupsView>(office, 'GET', '/api/proposals/groups');
    expect(res.status).toBe(200);
    const placed = [...res.json.groups.flatMap((g) => g.proposalIds), ...res.json.ungrouped];
    expect(placed.sort()).toEqual(Object.values(ids).sort());
    const lamps = res.json.groups.find((g) => g.proposalIds.includes(ids.lamp1))!;
    expect(lamps.proposalIds.sort()).toEqual([ids.lamp1, ids.lamp2].sort());
    expect(lamps.suggestedTitle).toContain('东羊村');
    expect(res.json.ungrouped).toEqual(expect.arrayContaining([ids.other, ids.water]));
    // Policy as the pool's: another county and a member are refused.
    expect((await t.call(await t.login('hongtong-office'), 'GET', `/api/proposals/groups?countyId=${await t.orgId('尧都区政协')}`)).status).toBe(403);
    expect((await t.call(await t.login('yaodu-member1'), 'GET', '/api/proposals/groups')).status).toBe(403);
  });

  it('合并立题 of a group in one click: a new topic with the suggested title; its proposals are merged and leave the pool', async () => {
    const ids = await pool();
    const office = await t.login('yaodu-office');
    const groups = (await t.call<ProposalGroupsView>(office, 'GET', '/api/proposals/groups')).json;
    const lamps = groups.groups.find((g) => g.proposalIds.includes(ids.lamp1))!;
    const merged = await t.call<TopicView>(office, 'POST', '/api/proposals/groups/merge', { ids: lamps.proposalIds, title: lamps.suggestedTitle });
    expect(merged.status).toBe(200);
    expect(merged.json).toMatchObject({ title: lamps.suggestedTitle, state: 'draft', category: 'livelihood' });
    expect(merged.json.description).toContain('东羊村路灯长期不亮');
    const after = (await t.call<ProposalGroupsView>(office, 'GET', '/api/proposals/groups')).json;
    expect([...after.groups.flatMap((g) => g.proposalIds), ...after.ungrouped].sort()).toEqual([ids.other, ids.water].sort());
    expect((await t.call(office, 'POST', '/api/proposals/groups/merge', { ids: [ids.other] })).status).toBe(400);
  });
});
