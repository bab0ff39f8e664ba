import type { MyActivityView, Page, PlanView, ProposalPage, ProposalView, PublicPlace, TopicPage, TopicView, TrackView, VenueView, WorkbenchView } from '@shangliang/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { approve, approvedTopic, consultingTopic, draftTopic, rejectedTopic, residentForm, residentProposal, solveCaptcha, step, topicWithOutcome } from './flow.js';
import { createTestApp, engines, type TestApp } from './harness.js';
import type { ErrorAnswer, Items, ProposalReceipt, RevealedPhone } from './support/answers.js';

/** 王大爷's proposal screened in and merged into a new topic 改善屯里镇通村道路 (待提交审议); answers the topic and the 查询码. */
async function mergedTopic(t: TestApp): Promise<{ topicId: string; code: string }> {
  const { code, id } = await residentProposal(t);
  const office = await t.login('yaodu-office');
  await step(t, office, 'POST', '/api/proposals/screen', { ids: [id], decision: 'accept' });
  const topic = { title: '改善屯里镇通村道路', description: '围绕屯里镇通村道路破损问题开展协商。', category: 'livelihood', field: 'society' };
  return { topicId: (await step<TopicView>(t, office, 'POST', '/api/proposals/merge', { ids: [id], topic })).id, code };
}

describe.each(engines())('议题：征集、初筛、审议、审定、调研、协商、成果报送（%s）', (engine) => {
  let t: TestApp;
  let yaodu: string;
  let office: string;
  beforeEach(async () => {
    t = await createTestApp(engine);
    yaodu = await t.orgId('尧都区政协');
    office = await t.login('yaodu-office');
  });
  afterEach(async () => t.close());

  const proposal = (extra: object = {}) => residentForm(yaodu, extra);
  const track = async (code: string) => (await t.call<TrackView>(null, 'GET', `/api/public/track/${code}`)).json;

  it('a resident submits a proposal once, even when the form is sent twice, and gets a 查询码', async () => {
    const placeList = await t.call<Items<PublicPlace>>(null, 'GET', `/api/public/places?parentId=${yaodu}`);
    const township = placeList.json.items.find((p) => p.name === '屯里镇')!;
    const villages = await t.call<Items<PublicPlace>>(null, 'GET', `/api/public/places?parentId=${township.id}`);
    const village = villages.json.items.find((p) => p.name === '东羊村')!;
    const first = await t.call<ProposalReceipt>(null, 'POST', '/api/public/proposals', { ...proposal({ placeId: village.id }), ...(await solveCaptcha(t)) });
    expect(first.status).toBe(201);
    const code = first.json.trackingCode;
    expect(code).toMatch(/^SL[A-Z2-9]{10}$/);
    const again = await t.call<ProposalReceipt>(null, 'POST', '/api/public/proposals', { ...proposal({ placeId: village.id }), ...(await solveCaptcha(t)) });
    expect(again.status).toBe(200);
    expect(again.json.trackingCode).toBe(code);
    const tracked = await track(code);
    expect(tracked.message).toMatch(/已收到您的建议/);
    expect(JSON.stringify(tracked)).not.toContain('13812345678');
  });

  it('refuses a wrong captcha, a missing consent and an ID-number field, writing nothing', async () => {
    const before = await t.db.kysely.selectFrom('proposals').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    const { captchaId } = await solveCaptcha(t);
    const wrong = await t.call<ErrorAnswer>(null, 'POST', '/api/public/proposals', { ...proposal({ idempotencyKey: 'key-0002-abcdef' }), captchaId, captchaAnswer: '999' });
    expect(wrong.status).toBe(400);
    expect(wrong.json.fields?.[0]?.path).toBe('captchaAnswer');
    const reuse = await t.call<ErrorAnswer>(null, 'POST', '/api/public/proposals', { ...proposal({ idempotencyKey: 'key-0003-abcdef' }), captchaId, captchaAnswer: '999' });
    expect(reuse.json.message).toMatch(/失效/);
    const noConsent = await t.call<ErrorAnswer>(null, 'POST', '/api/public/proposals', { ...proposal({ idempotencyKey: 'key-0004-abcdef', consent: false }), ...(await solveCaptcha(t)) });
    expect(noConsent.status).toBe(400);
    expect(noConsent.json.message).toMatch(/同意/);
    const idNumber = await t.call(null, 'POST', '/api/public/proposals', { ...proposal({ idempotencyKey: 'key-0005-abcdef', idNumber: '141002199001011234' }), ...(await solveCaptcha(t)) });
    expect(idNumber.status).toBe(400);
    const after = await t.db.kysely.selectFrom('proposals').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });

  it('lists mask the phone; only the county office reveals it in full, and each reveal is audited', async () => {
    const { code } = await residentProposal(t);
    const pool = await t.call<ProposalPage>(office, 'GET', '/api/proposals?status=submitted');
    const mine = pool.json.items.find((p) => p.trackingCode === code)!;
    expect(mine).toMatchObject({ proposerPhone: '138****5678', sourceLabel: '社会公开征集', placeName: '东羊村', actions: ['proposal.screen', 'proposal.merge', 'proposal.reveal_phone'] });
    const revealed = await t.call<RevealedPhone>(office, 'POST', `/api/proposals/${mine.id}/reveal-phone`, {});
    expect(revealed).toMatchObject({ status: 200, json: { phone: '13812345678' } });
    const reveals = await t.db.kysely.selectFrom('audit_log').select(['username', 'subject_id']).where('action', '=', 'proposal.reveal_phone').execute();
    expect(reveals).toEqual([{ username: 'yaodu-office', subject_id: mine.id }]);
    // An administrator sees the masked number only and cannot reveal it.
    const admin = await t.login('admin');
    const seen = await t.call<ProposalView>(admin, 'GET', `/api/proposals/${mine.id}`);
    expect(seen.json.proposerPhone).toBe('138****5678');
    expect(seen.json.actions).not.toContain('proposal.reveal_phone');
    expect((await t.call(admin, 'POST', `/api/proposals/${mine.id}/reveal-phone`, {})).status).toBe(403);
    expect((await t.call(await t.login('hongtong-office'), 'POST', `/api/proposals/${mine.id}/reveal-phone`, {})).status).toBe(404);
    expect(pool.json.counts.submitted).toBeGreaterThanOrEqual(1);
    expect((await t.call(await t.login('hongtong-office'), 'GET', `/api/proposals/${mine.id}`)).status).toBe(404);
    const member = await t.login('yaodu-member1');
    const screen = await t.call(member, 'POST', '/api/proposals/screen', { ids: [mine.id], decision: 'accept' });
    expect(screen.status).toBe(403);
  });

  it('a member recommends a topic and sees it among their own', async () => {
    const member = await t.login('yaodu-member1');
    const res = await t.call<ProposalView>(member, 'POST', '/api/proposals', { source: 'member', category: 'livelihood', field: 'society', title: '城区老年助餐点覆盖不足', description: '解放路街道、水塔街道老年人多，助餐点少，建议增设社区老年食堂。' });
    expect(res.status).toBe(201);
    expect(res.json).toMatchObject({ sourceLabel: '委员荐题', proposerName: '刘芳', statusLabel: '待初筛' });
    const mine = await t.call<ProposalPage>(member, 'GET', '/api/proposals?mine=true');
    expect(mine.json.items.map((p) => p.title)).toContain('城区老年助餐点覆盖不足');
    expect((await t.call(member, 'POST', '/api/proposals', { source: 'assigned', assignedBy: '尧都区委', category: 'major', title: '某项点题', description: '党委点题内容，说明足够长。' })).status).toBe(403);
  });

  it('screens in bulk: excludes with a statutory reason, which the resident can read', async () => {
    const member = await t.login('yaodu-member2');
    const p = await step<ProposalView>(t, member, 'POST', '/api/proposals', { source: 'member', category: 'livelihood', title: '邻里宅基地纠纷调处', description: '两户村民因宅基地界址发生纠纷，希望政协出面协调解决。' }, 201);
    const res = await t.call<Items<ProposalView>>(office, 'POST', '/api/proposals/screen', { ids: [p.id], decision: 'exclude', reason: 'private_dispute', note: '建议通过人民调解途径解决' });
    expect(res.status).toBe(200);
    expect(res.json.items[0]).toMatchObject({ status: 'excluded', exclusionReasonLabel: '属个体利益纠纷' });
    const noReason = await t.call(office, 'POST', '/api/proposals/screen', { ids: [p.id], decision: 'exclude' });
    expect(noReason.status).toBe(400);
    expect((await track(p.trackingCode!)).message).toBe('经初步筛选，您的建议暂未列为协商选题。理由：属个体利益纠纷。说明：建议通过人民调解途径解决');
  });

  it('merges the resident’s proposal into a new topic; the track page shows the topic and its stage', async () => {
    const { code } = await residentProposal(t);
    const pool = await t.call<ProposalPage>(office, 'GET', '/api/proposals?status=submitted');
    const ids = pool.json.items.filter((p) => p.title.includes('东羊村')).map((p) => p.id);
    await t.call(office, 'POST', '/api/proposals/screen', { ids, decision: 'accept' });
    const plan = await t.call<PlanView>(office, 'POST', '/api/plans', { year: 2026, title: '尧都区政协2026年度协商计划', reportedOn: '2026-02-20' });
    expect(plan.status).toBe(201);
    const merged = await t.call<TopicView>(office, 'POST', '/api/proposals/merge', { ids, topic: { title: '改善屯里镇通村道路', description: '围绕屯里镇通村道路破损问题开展协商。', category: 'livelihood', field: 'society', planId: plan.json.id, leadViceChair: '李副主席' } });
    expect(merged.status).toBe(200);
    expect(merged.json).toMatchObject({ state: 'draft', stateLabel: '待提交审议', sourceLabels: ['社会公开征集'], planTitle: '尧都区政协2026年度协商计划', events: ['submit_for_review'] });
    expect((await track(code)).message).toBe('您的建议已并入协商议题“改善屯里镇通村道路”，该议题目前处于“待提交审议”阶段。');
  });

  it('runs the approval chain: chair’s meeting, then the party committee — each by its own role', async () => {
    const { topicId, code } = await mergedTopic(t);
    const submitted = await t.call<TopicView>(office, 'POST', `/api/topics/${topicId}/transitions`, { event: 'submit_for_review' });
    expect(submitted.json.state).toBe('chair_review');
    const party = await t.login('yaodu-party');
    const early = await t.call<ErrorAnswer>(party, 'POST', `/api/topics/${topicId}/transitions`, { event: 'party_approve' });
    expect(early.status).toBe(409);
    expect(early.json.message).toMatch(/主席会议审议中/);
    const byOffice = await t.call(office, 'POST', `/api/topics/${topicId}/transitions`, { event: 'chair_pass' });
    expect(byOffice.status).toBe(403);
    const chair = await t.login('yaodu-chair');
    const passed = await t.call<TopicView>(chair, 'POST', `/api/topics/${topicId}/transitions`, { event: 'chair_pass', meeting: '第十二次主席会议', date: '2026-03-05' });
    expect(passed.json.state).toBe('party_review');
    const approved = await t.call<TopicView>(party, 'POST', `/api/topics/${topicId}/transitions`, { event: 'party_approve', date: '2026-03-12', instruction: '同意，请交通运输局积极配合。' });
    expect(approved.json.state).toBe('researching');
    expect(approved.json.timeline.map((e) => e.title)).toEqual(['建立议题', '并入选题建议 1 条', '提交主席会议审议', '主席会议审议通过', '党委审定同意']);
    expect(approved.json.timeline[3]?.detail).toBe('会议：第十二次主席会议；日期：2026-03-05');
    expect((await track(code)).topic?.stateLabel).toBe('调研中');
  });

  it('不调研不协商: no consultation before a research report (409 with the reason)', async () => {
    const { id: topicId } = await approvedTopic(t, '改善屯里镇通村道路');
    const topic = await t.call<TopicView>(office, 'GET', `/api/topics/${topicId}`);
    expect(topic.json.blocked).toEqual([{ event: 'start_consultation', reason: '坚持“不调研不协商”：请先提交调研报告，再安排协商活动' }]);
    const res = await t.call<ErrorAnswer>(office, 'POST', `/api/topics/${topicId}/consultations`, { form: 'onsite', level: 'township', startsAt: '2026-04-10T09:00:00+08:00', venueText: '屯里镇东羊村村委会' });
    expect(res.status).toBe(409);
    expect(res.json.message).toBe('坚持“不调研不协商”：请先提交调研报告，再安排协商活动');
    expect((await t.call<TopicView>(office, 'GET', `/api/topics/${topicId}`)).json.consultations).toEqual([]);
  });

  it('records research, holds a consultation with participants of every kind, and submits the outcome', async () => {
    const { topicId, code } = await mergedTopic(t);
    await approve(t, topicId);
    const m1 = await t.userId('yaodu-member1');
    const m4 = await t.userId('yaodu-member4');
    const jt = await t.orgId('尧都区交通运输局');
    const act = await t.call(office, 'POST', `/api/topics/${topicId}/research-activities`, { date: '2026-03-20', place: '屯里镇东羊村', memberIds: [m1, m4], findings: '道路塌陷 6 处，排水沟堵塞。' });
    expect(act.status).toBe(201);
    const report = await t.call(office, 'POST', `/api/topics/${topicId}/research-reports`, { title: '关于屯里镇通村道路状况的调研报告', body: '经实地调研，东羊村至镇区道路全长 4.2 公里，多处路面破损……', submittedOn: '2026-03-28' });
    expect(report.status).toBe(201);
    const early = await t.call(office, 'POST', `/api/topics/${topicId}/outcome`, { kind: 'suggestions', title: '关于改善屯里镇通村道路的协商建议', suggestions: [{ content: '尽快修缮塌陷路段', departmentId: jt }], submittedTo: '尧都区委、区政府', submittedOn: '2026-04-20' });
    expect(early.status).toBe(409);
    const venue = (await t.call<Page<VenueView>>(office, 'GET', '/api/venues?q=屯里')).json.items[0]!;
    const scheduled = await t.call<TopicView>(office, 'POST', `/api/topics/${topicId}/consultations`, {
      form: 'onsite', level: 'township', joint: false, startsAt: '2026-04-10T09:00:00+08:00', venueId: venue.id,
      memberIds: [m1, m4], departments: [{ orgId: jt, person: '孙立新' }], unitHeads: ['屯里镇党委书记 张明'], cadres: ['东羊村党支部书记 王强'], publicReps: ['村民代表 李桂兰'], leaders: [{ name: '陈志远', title: '尧都区副区长' }],
    });
    expect(scheduled.status).toBe(201);
    expect(scheduled.json.state).toBe('consulting');
    const c = scheduled.json.consultations[0]!;
    expect(c.participants.map((p) => p.kindLabel)).toEqual(['政协委员', '政协委员', '有关部门', '单位负责人', '基层干部', '群众代表', '党政领导']);
    const recorded = await t.call<TopicView>(office, 'POST', `/api/consultations/${c.id}/record`, {
      attendedMemberIds: [m1], responses: [{ orgId: jt, person: '孙立新', content: '已列入今年农村公路养护计划。' }],
      opinions: [{ speaker: '刘芳委员', content: '建议同步疏通排水沟。' }], minutes: '现场协商会议记录……', support: [{ orgId: jt, kind: 'venue', note: '提供现场勘查车辆' }],
    });
    expect(recorded.json.consultations[0]).toMatchObject({ status: 'held', statusLabel: '已举行' });
    expect(recorded.json.consultations[0]?.participants.filter((p) => p.attended).length).toBe(6);
    const outcome = await t.call<TopicView>(office, 'POST', `/api/topics/${topicId}/outcome`, { kind: 'suggestions', title: '关于改善屯里镇通村道路的协商建议', suggestions: [{ content: '尽快修缮塌陷路段', departmentId: jt }, { content: '同步疏通排水沟' }], submittedTo: '尧都区委、区政府', submittedOn: '2026-04-20', submittedVia: '正式行文' });
    expect(outcome.status).toBe(201);
    expect(outcome.json.state).toBe('outcome_submitted');
    expect(outcome.json.outcome?.suggestions.map((s) => [s.seq, s.departmentName])).toEqual([[1, '尧都区交通运输局'], [2, null]]);
    expect((await t.call(office, 'POST', `/api/topics/${topicId}/outcome`, { kind: 'minutes', title: '重复报送的成果', suggestions: [{ content: '重复内容' }], submittedTo: '区委', submittedOn: '2026-04-21' })).status).toBe(409);
    expect((await track(code)).topic?.stateLabel).toBe('成果已报送');
    const acts = await t.call<Page<MyActivityView>>(await t.login('yaodu-member1'), 'GET', '/api/me/activities');
    expect(acts.json.items.map((a) => [a.kind, a.attended])).toEqual([['consultation', true], ['research', true]]);
  });

  it('a sensitive topic needs a prior report and a studied solution before consultation', async () => {
    const { id } = await approvedTopic(t, '汾河尧都段沿岸养殖污染整治', { description: '沿岸养殖场污水直排，群众反映多年。', category: 'governance', field: 'ecology', sensitive: true, longStanding: true });
    await t.call(office, 'POST', `/api/topics/${id}/research-reports`, { title: '汾河沿岸养殖污染调研报告', body: '调研发现沿岸共有养殖场 14 家，其中 9 家无污水处理设施……', submittedOn: '2026-05-10' });
    const consult = { form: 'meeting', level: 'county', startsAt: '2026-06-01T15:00:00+08:00', venueText: '区政协三楼会议室' };
    const refused = await t.call<ErrorAnswer>(office, 'POST', `/api/topics/${id}/consultations`, consult);
    expect(refused.status).toBe(409);
    expect(refused.json.message).toMatch(/敏感问题或多年积累的难题/);
    await t.call(office, 'POST', `/api/topics/${id}/preparations`, { kind: 'prior_report', date: '2026-05-12', recipient: '尧都区委', summary: '报告了养殖污染的历史成因和群众诉求。' });
    await t.call(office, 'POST', `/api/topics/${id}/preparations`, { kind: 'solution', date: '2026-05-20', recipient: '生态环境局、农业农村局', summary: '拟分类关停、改造，配套粪污资源化利用。' });
    expect((await t.call(office, 'POST', `/api/topics/${id}/consultations`, consult)).status).toBe(201);
  });

  it('returns a topic to draft with a reason; refuses a return without one; rejects', async () => {
    const { id } = await draftTopic(t, '城区停车难问题', { description: '老城区停车位不足。' });
    await t.call(office, 'POST', `/api/topics/${id}/transitions`, { event: 'submit_for_review' });
    const chair = await t.login('yaodu-chair');
    const noReason = await t.call(chair, 'POST', `/api/topics/${id}/transitions`, { event: 'chair_return' });
    expect(noReason.status).toBe(400);
    const back = await t.call<TopicView>(chair, 'POST', `/api/topics/${id}/transitions`, { event: 'chair_return', reason: '请补充停车位供需数据' });
    expect(back.json.state).toBe('draft');
    await t.call(office, 'POST', `/api/topics/${id}/transitions`, { event: 'submit_for_review' });
    const rejected = await t.call<TopicView>(chair, 'POST', `/api/topics/${id}/transitions`, { event: 'chair_reject', reason: '已列入城市更新专项，不再单独协商' });
    expect(rejected.json).toMatchObject({ state: 'rejected', events: [] });
  });

  it('lists topics with counts by stage; other counties cannot see them; the workbench shows pending work', async () => {
    // One topic each with its outcome, in consultation and rejected, and one proposal waiting to be screened.
    const { topicId } = await topicWithOutcome(t, '改善屯里镇通村道路', ['尽快修缮塌陷路段']);
    await consultingTopic(t, '汾河尧都段沿岸养殖污染整治');
    await rejectedTopic(t, '城区停车难问题');
    await step(t, await t.login('yaodu-member1'), 'POST', '/api/proposals', { source: 'member', category: 'livelihood', title: '城区老年助餐点覆盖不足', description: '解放路街道、水塔街道老年人多，助餐点少，建议增设社区老年食堂。' }, 201);
    const list = await t.call<TopicPage>(office, 'GET', '/api/topics?pageSize=50');
    expect(list.json.countsByState).toMatchObject({ outcome_submitted: 1, consulting: 1, rejected: 1 });
    expect((await t.call<TopicPage>(office, 'GET', '/api/topics?year=2026&pageSize=50')).json.total).toBe(3);
    expect((await t.call<TopicPage>(office, 'GET', '/api/topics?year=2025')).json.total).toBe(0);
    const byState = await t.call<TopicPage>(office, 'GET', '/api/topics?state=consulting');
    expect(byState.json.items.map((x) => x.title)).toEqual(['汾河尧都段沿岸养殖污染整治']);
    const hongtong = await t.login('hongtong-office');
    expect((await t.call<TopicPage>(hongtong, 'GET', '/api/topics')).json.items).toEqual([]);
    expect((await t.call(hongtong, 'GET', `/api/topics/${topicId}`)).status).toBe(404);
    expect((await t.call(hongtong, 'GET', `/api/topics?countyId=${yaodu}`)).status).toBe(403);
    expect((await t.call(await t.login('yaodu-dept-jt'), 'GET', `/api/topics/${topicId}`)).status).toBe(404);
    const city = await t.login('city-office');
    expect((await t.call<TopicPage>(city, 'GET', `/api/topics?countyId=${yaodu}`)).json.total).toBe(3);
    const work = await t.call<WorkbenchView>(office, 'GET', '/api/workbench');
    expect(work.json.pending).toMatchObject({ screen: 1, record: 1, chairReview: 0 });
    expect(work.json.user.menu).toEqual(expect.arrayContaining(['proposals', 'topics', 'plans', 'solicitations']));
    const member = await t.call<WorkbenchView>(await t.login('yaodu-member3'), 'GET', '/api/workbench');
    expect(member.json.user.menu).toEqual(['workbench', 'experiences', 'my_proposals', 'my_activities', 'checkin', 'my_archive', 'notifications', 'password']);
  });
});
