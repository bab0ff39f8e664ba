import { z } from 'zod';

/** Outcomes recorded in the audit trail. */
export const AUDIT_OUTCOMES = ['ok', 'refused', 'failed'] as const;
/** An audit outcome. */
export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number];

/** 操作名称 — Chinese labels of audited actions, for the audit list. */
export const AUDIT_ACTION_LABELS: Readonly<Record<string, string>> = {
  'auth.login': '登录',
  'auth.login_failed': '登录失败',
  'auth.lockout': '账号锁定',
  'auth.logout': '退出登录',
  'auth.change_password': '修改密码',
  'auth.switch_org': '切换组织',
  'organisation.create': '新建组织',
  'organisation.update': '修改组织',
  'organisation.deactivate': '停用组织',
  'organisation.activate': '启用组织',
  'venue.create': '新建场所',
  'venue.update': '修改场所',
  'venue.deactivate': '停用场所',
  'contact_point.create': '新建工作联系点',
  'contact_point.update': '修改工作联系点',
  'contact_point.deactivate': '停用工作联系点',
  'user.create': '新建用户',
  'user.update': '修改用户',
  'user.reset_password': '重置密码',
  'user.deactivate': '停用用户',
  'user.activate': '启用用户',
  'cli.create_admin': '命令行创建管理员',
  'cli.reset_password': '命令行重置密码',
  'access.refused': '越权操作被拒绝',
  'venue.activate': '启用场所',
  'contact_point.activate': '启用工作联系点',
  'proposal.recommend': '委员荐题',
  'proposal.assign': '党委政府点题',
  'proposal.public_submit': '群众提交选题建议',
  'proposal.screen': '初筛选题建议',
  'proposal.merge': '合并立题',
  'topic.create': '建立议题',
  'topic.update': '修改议题',
  'topic.transition': '议题流转',
  'topic.research_activity': '记录调研活动',
  'topic.research_report': '提交调研报告',
  'topic.preparation': '记录前置事项',
  'topic.schedule_consultation': '安排协商活动',
  'topic.record_consultation': '记录协商情况',
  'topic.outcome': '报送协商成果',
  'plan.create': '新建年度协商计划',
  'solicitation.create': '发布公开征集',
  // Policy actions named in refusals.
  'proposal.list': '查看选题建议',
  'proposal.create_member': '委员荐题',
  'proposal.create_assigned': '记录党委政府点题',
  'topic.read': '查看议题',
  'topic.submit_outcome': '报送协商成果',
  'topic.record_research': '记录调研情况',
  'topic.record_preparation': '记录前置事项',
  'plan.manage': '管理年度协商计划',
  'solicitation.manage': '管理公开征集',
  'user.list': '查看用户列表',
  'user.read': '查看用户',
  'audit.read': '查看操作日志',
  'role_grant.grant': '分配角色',
};

/** Query of GET /api/audit. */
export const auditQuerySchema = z.strictObject({
  action: z.string().max(64).optional(),
  username: z.string().max(64).optional(),
  outcome: z.enum(AUDIT_OUTCOMES).optional(),
  countyId: z.string().max(64).optional(),
  from: z.iso.date({ error: '开始日期格式应为 YYYY-MM-DD' }).optional(),
  to: z.iso.date({ error: '结束日期格式应为 YYYY-MM-DD' }).optional(),
  page: z.coerce.number().int().min(1, '页码从 1 开始').default(1),
  pageSize: z.coerce.number().int().min(1).max(100, '每页最多 100 条').default(20),
});
/** Filters of the audit list. */
export type AuditQuery = z.infer<typeof auditQuerySchema>;
