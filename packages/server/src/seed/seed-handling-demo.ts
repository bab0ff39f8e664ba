import {
  assignSchema,
  evaluateSchema,
  feedbackSchema,
  followUpSchema,
  instructionSchema,
  superviseSchema,
} from '@shangliang/core';
import type { Db } from '../db/database.js';
import type { RequestContext } from '../http/context.js';
import { listItems } from '../repositories/handling.repository.js';
import { grantsOf } from '../repositories/users.repository.js';
import { buildActor } from '../use-cases/auth/build-actor.js';
import { assignItem } from '../use-cases/handling/assign-item.js';
import { evaluateItem } from '../use-cases/handling/evaluate-item.js';
import { recordPaperFeedback } from '../use-cases/handling/record-paper-feedback.js';
import { returnItem } from '../use-cases/handling/return-item.js';
import { reviewFeedback } from '../use-cases/handling/review-feedback.js';
import { submitCoOpinion } from '../use-cases/handling/submit-co-opinion.js';
import { submitFeedback } from '../use-cases/handling/submit-feedback.js';
import { superviseItem } from '../use-cases/handling/supervise-item.js';
import { addInstruction, completeInstructionAction, markAsCase, publishAnswers, recordFollowUp } from '../use-cases/handling/follow-up.js';
import { applyTransition } from '../use-cases/topics/topics.js';

const DAY = 86_400_000;

/**
 * 演示办理：the three 尧都区 outcomes of the demo year go through 交办 and 办理 up to today — two topics 办结
 * (one item re-handled after 不满意, a leader's instruction, 民主评议, answers made public, one 典型案例), and
 * one still in hand with items overdue (督办), due soon, answered, accepted, returned and not yet assigned.
 * Everything goes through the use cases, as the office or the department, at times counted back from `now`.
 */
export async function seedHandlingDemo(db: Db, now: Date = new Date()): Promise<void> {
  const k = db.kysely;
  const users = await k.selectFrom('users').select(['id', 'username']).where('username', 'in', ['yaodu-office', 'yaodu-dept-jt']).execute();
  const grants = await grantsOf(k, users.map((u) => u.id));
  const as = (username: string, daysAgo: number): RequestContext => {
    const u = users.find((x) => x.username === username)!;
    const g = grants.get(u.id)!;
    const when = new Date(Date.parse(`${new Date(now.getTime() - daysAgo * DAY + 8 * 3600_000).toISOString().slice(0, 10)}T10:00:00+08:00`));
    return { db, now: when, actor: buildActor(u.id, g, g[0]!.org_id), ip: '127.0.0.1', userAgent: 'seed', user: { id: u.id, username, sessionId: 'seed', activeOrgId: g[0]!.org_id, countyId: g[0]!.county_id, role: g[0]!.role, mustChangePassword: false } };
  };
  const office = (d: number) => as('yaodu-office', d);
  const jt = (d: number) => as('yaodu-dept-jt', d);
  const day = (d: number) => new Date(now.getTime() - d * DAY + 8 * 3600_000).toISOString().slice(0, 10);
  const dept = async (name: string) => (await k.selectFrom('organisations').select('id').where('name', '=', name).executeTakeFirstOrThrow()).id;
  const topic = async (prefix: string) => (await k.selectFrom('topics').select('id').where('title', 'like', `${prefix}%`).executeTakeFirstOrThrow()).id;
  const itemsOf = async (topicId: string) => (await listItems(k, { topicId })).sort((a, b) => a.seq - b.seq).map((i) => i.suggestion_id);
  const assign = (d: number, id: string, lead: string, extra: object = {}) => assignItem(office(d), id, assignSchema.parse({ leadDepartmentId: lead, ...extra }));
  const paper = (d: number, id: string, text: string, resultClass: string, responsible: string, contact: string) => recordPaperFeedback(office(d), id, feedbackSchema.parse({ text, resultClass, responsible, contact }));
  const evaluate = (d: number, id: string, rating: string, comment?: string) => evaluateItem(office(d), id, evaluateSchema.parse({ rating, comment }));
  const JT_FEEDBACK = { responsible: '孙立新', contact: '13935711021' };
  const [jtId, jyId, cityJt, mzId, scId, wjId, slId] = await Promise.all(['尧都区交通运输局', '尧都区教育局', '临汾市交通运输局', '尧都区民政局', '尧都区市场监督管理局', '尧都区卫生健康局', '尧都区水利局'].map(dept));

  // —— 校车：办结，一条建议不满意后重新办理，民主评议，公开答复，列为典型案例 ——
  const bus = await topic('保障农村学生上下学交通安全');
  const [b1, b2, b3] = await itemsOf(bus);
  await assign(150, b1!, jyId!, { coDepartmentIds: [jtId], letterNo: '尧政协交〔2026〕7号', letterDate: day(150) });
  await assign(150, b2!, cityJt!, { letterNo: '尧政协交〔2026〕7号', letterDate: day(150) });
  await assign(150, b3!, jtId!, { letterNo: '尧政协交〔2026〕7号', letterDate: day(150) });
  await submitCoOpinion(jt(125), b1!, '交通运输局同意教育局的校车线路方案，将配合核定停靠站点并加强营运资质审查。');
  await paper(100, b1!, '秋季学期新增校车12辆，开通线路9条，覆盖离校5公里以上学生1460人；校车运营补贴已按服务人数核定。', 'A', '李文斌', '0357-2021188');
  await paper(100, b2!, '土门镇“公交+校车”定制专线已于9月1日开通，市级运营补贴已列入明年预算。', 'B', '王海鹏', '0357-3336002');
  await submitFeedback(jt(100), b3!, feedbackSchema.parse({ text: '会同公安交警开展校园周边交通秩序整治，查处非法接送车辆37台次。', resultClass: 'B', ...JT_FEEDBACK }));
  await reviewFeedback(office(98), b3!, { decision: 'accept' });
  await evaluate(96, b1!, 'satisfied', '家长普遍认可');
  await evaluate(96, b2!, 'basically');
  await evaluate(96, b3!, 'unsatisfied', '放学时段三轮车接送仍然多见，整治不够常态化');
  await submitFeedback(jt(60), b3!, feedbackSchema.parse({ text: '建立上下学时段“护学岗”常态巡查机制，联合交警、学校每日值守，非法接送明显减少。', resultClass: 'A', ...JT_FEEDBACK }));
  await reviewFeedback(office(58), b3!, { decision: 'accept' });
  await evaluate(57, b3!, 'satisfied', '常态化机制已建立');
  const members = await k.selectFrom('users').select('id').where('username', 'in', ['yaodu-member3', 'yaodu-member5']).execute();
  await recordFollowUp(office(50), bus, followUpSchema.parse({ kind: 'appraisal', date: day(50), place: '刘村镇中心学校', memberIds: members.map((m) => m.id), findings: '委员随车体验校车线路，召开家长座谈会，对教育、交通部门办理情况进行民主评议，满意率96%。' }));
  await publishAnswers(office(45), bus);
  await applyTransition(office(44), bus, { event: 'conclude' });
  await markAsCase(office(40), bus, true);

  // —— 老年助餐：区长批示，部门来函答复，办结 ——
  const meals = await topic('完善城乡老年助餐服务');
  const [m1, m2, m3, m4] = await itemsOf(meals);
  for (const [id, lead] of [[m1, mzId], [m2, mzId], [m3, scId], [m4, wjId]] as const) await assign(140, id!, lead!, { letterNo: '尧政协交〔2026〕9号', letterDate: day(140) });
  const instructed = await addInstruction(office(130), meals, instructionSchema.parse({ leader: '王志强', leaderTitle: '尧都区区长', givenOn: day(131), text: '政协建议很有针对性。请民政局牵头，年内实现城区助餐点加密、农村幸福食堂试点。', actions: [{ text: '民政局制定城乡老年助餐实施方案', dueOn: day(100) }, { text: '财政局明确助餐运营补贴标准', dueOn: day(70) }] }));
  await completeInstructionAction(office(98), instructed.instructions[0]!.actions[0]!.id, day(99));
  await paper(95, m1!, '城区新增社区老年食堂8处，开放机关企业食堂助餐窗口5个，城区15分钟助餐圈覆盖率达85%。', 'A', '张丽华', '0357-2119876');
  await paper(92, m2!, '在金殿镇、县底镇试点农村幸福食堂12个，按每人次3元给予运营补贴。', 'B', '张丽华', '0357-2119876');
  await paper(90, m3!, '全部助餐点纳入“明厨亮灶”，开展专项检查两轮，整改问题23个。', 'A', '赵建军', '0357-2125501');
  await paper(88, m4!, '家庭医生团队与32个助餐点签约，每月开展一次营养配餐指导。', 'C', '刘敏', '0357-2150012');
  for (const [id, rating] of [[m1, 'satisfied'], [m2, 'satisfied'], [m3, 'basically'], [m4, 'basically']] as const) await evaluate(80, id!, rating);
  await applyTransition(office(75), meals, { event: 'conclude' });
  await markAsCase(office(70), meals, true);

  // —— 通村道路：办理中，逾期督办、即将到期、已反馈、待测评、被退回、待交办各有其例 ——
  const road = await topic('改善屯里镇通村道路');
  const [r1, r2, r3, r4, r5] = await itemsOf(road);
  await assign(100, r1!, jtId!, { letterNo: '尧政协交〔2026〕6号', letterDate: day(100) });
  await assign(85, r2!, slId!, { letterNo: '尧政协交〔2026〕6号', letterDate: day(85) });
  await assign(80, r5!, jtId!);
  await assign(60, r3!, jtId!);
  await submitFeedback(jt(20), r5!, feedbackSchema.parse({ text: '东羊村、南焦堡村已试点“路长+护路员”巡查，处置坑槽、塌陷问题14处。', resultClass: 'A', ...JT_FEEDBACK }));
  await reviewFeedback(office(15), r5!, { decision: 'accept' });
  await superviseItem(office(5), r1!, superviseSchema.parse({ method: 'phone', note: '电话督促交通运输局：护栏加装工程进度滞后，请于本周内报送办理情况' }));
  await submitFeedback(jt(3), r3!, feedbackSchema.parse({ text: '三级路长制实施方案已报区政府审定，农村公路养护资金按每公里每年1万元列入明年预算。', resultClass: 'B', ...JT_FEEDBACK }));
  await assign(3, r4!, jtId!);
  await returnItem(jt(2), r4!, '护路员公益性岗位的设置和管理属人力资源和社会保障部门职责，请改交人社局办理');
}
