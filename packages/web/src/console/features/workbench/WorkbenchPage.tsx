import type { ReactElement } from 'react';
import { Alert, Card, Col, Descriptions, Empty, List, Row, Skeleton, Space, Statistic, Typography } from 'antd';
import { Link } from 'react-router';
import { DUE_STATUS_LABELS, ITEM_STATE_LABELS } from '@shangliang/core';
import { errorMessage } from '../../../api/api-error.js';
import type { MenuKey, PendingKey, Workbench } from '../../../api/types.js';
import { PageTitle } from '../../components/PageTitle.js';
import { OutcomeTag } from '../../components/OutcomeTag.js';
import { SoftTag } from '../../components/SoftTag.js';
import { formatTime, orDash } from '../../components/format.js';
import { useDocumentTitle } from '../../components/useDocumentTitle.js';
import { usePolicy } from '../../components/usePolicy.js';
import { useWorkbench } from './useWorkbench.js';

/** 数据概览: each count links to the page that lists it, for those who may open that page. */
const COUNT_LABELS: readonly { key: keyof Workbench['counts']; label: string; path: string; page: MenuKey }[] = [
  { key: 'townships', label: '乡镇（街道）', path: '/console/orgs', page: 'organisations' },
  { key: 'villages', label: '村（社区）', path: '/console/orgs', page: 'organisations' },
  { key: 'departments', label: '承办单位', path: '/console/departments', page: 'departments' },
  { key: 'venues', label: '活动场所', path: '/console/venues', page: 'venues' },
  { key: 'users', label: '用户', path: '/console/users', page: 'users' },
];

/** 待办事项: label and the list each count opens. */
const PENDING: readonly { key: PendingKey; label: string; path: string; deptPath?: string; danger?: boolean }[] = [
  { key: 'screen', label: '待初筛', path: '/console/proposals?status=submitted' },
  { key: 'submit', label: '待提交审议', path: '/console/topics?state=draft' },
  { key: 'chairReview', label: '待主席会议审议', path: '/console/topics?state=chair_review' },
  { key: 'partyReview', label: '待党委审定', path: '/console/topics?state=party_review' },
  { key: 'research', label: '待调研', path: '/console/topics?state=researching' },
  { key: 'consult', label: '待安排协商', path: '/console/topics?state=researching' },
  { key: 'record', label: '待记录协商情况', path: '/console/topics?state=consulting' },
  { key: 'outcome', label: '待报送成果', path: '/console/topics?state=consulting' },
  { key: 'assign', label: ITEM_STATE_LABELS.unassigned, path: '/console/handling?state=unassigned' },
  { key: 'answer', label: '待办理', path: '/console/my/items?view=open' },
  { key: 'accept', label: '待审核反馈', path: '/console/handling?state=answered' },
  { key: 'evaluate', label: ITEM_STATE_LABELS.accepted, path: '/console/handling?state=accepted' },
  { key: 'overdue', label: DUE_STATUS_LABELS.overdue, path: '/console/handling?due=overdue', deptPath: '/console/my/items?due=overdue', danger: true },
];

/** 工作台 — the user's organisation, roles, counts and recent activity. */
export function WorkbenchPage(): ReactElement {
  useDocumentTitle('工作台');
  const workbench = useWorkbench();
  const data = workbench.data;
  const { canOpen } = usePolicy();
  const greeting = data ? `${data.user.displayName}，您好` : undefined;

  return (
    <>
      <PageTitle description={greeting}>工作台</PageTitle>
      {workbench.isError && <Alert type="error" showIcon title={errorMessage(workbench.error)} style={{ marginBottom: 16 }} />}
      <Row gutter={[16, 16]}>
        <PendingCard pending={data?.pending} board={canOpen('handling')} />
        <Col xs={24} lg={12}>
          <Card title={<h2 className="card-title">当前组织</h2>} loading={workbench.isPending}>
            {data?.organisation ? (
              <Descriptions
                column={1}
                size="small"
                items={[
                  { key: 'name', label: '名称', children: data.organisation.name },
                  { key: 'kind', label: '类型', children: data.organisation.kindLabel },
                  { key: 'parent', label: '上级', children: orDash(data.organisation.parentName) },
                  { key: 'party', label: '党委', children: orDash(data.organisation.partyName) },
                  { key: 'contact', label: '联系人', children: orDash(data.organisation.contactPerson) },
                  { key: 'phone', label: '联系电话', children: orDash(data.organisation.contactPhone) },
                ]}
              />
            ) : (
              <Empty description="尚未选择当前组织" />
            )}
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card title={<h2 className="card-title">我的角色</h2>} loading={workbench.isPending}>
            {data && data.user.roles.length > 0 ? (
              <List
                size="small"
                dataSource={[...data.user.roles]}
                renderItem={(role) => (
                  <List.Item key={`${role.role}-${role.orgId}`}>
                    <Space wrap size={[8, 4]}>
                      <SoftTag tone={role.orgId === data.user.activeOrgId ? 'red' : 'grey'}>{role.roleLabel}</SoftTag>
                      <span>{role.orgName}</span>
                      {role.title && <Typography.Text type="secondary">{role.title}</Typography.Text>}
                    </Space>
                  </List.Item>
                )}
              />
            ) : (
              <Empty description="暂未分配角色" />
            )}
          </Card>
        </Col>
        <Col span={24}>
          <Card title={<h2 className="card-title">数据概览</h2>}>
            {workbench.isPending ? (
              <Skeleton active paragraph={{ rows: 1 }} />
            ) : (
              <div className="count-grid">
                {COUNT_LABELS.map((c) => {
                  const value = data?.counts[c.key] ?? 0;
                  const stat = <Statistic title={c.label} value={value} />;
                  return (
                    <div className="count-cell" key={c.key}>
                      {canOpen(c.page) ? (
                        <Link to={c.path} className="count-link" aria-label={`${c.label}：${value}，查看`}>
                          {stat}
                        </Link>
                      ) : (
                        stat
                      )}
                    </div>
                  );
                })}
              </div>
            )}
          </Card>
        </Col>
        <Col span={24}>
          <Card
            title={<h2 className="card-title">最近动态</h2>}
            extra={canOpen('audit') ? <Link to="/console/audit">查看全部操作日志</Link> : undefined}
          >
            <List
              loading={workbench.isPending}
              dataSource={[...(data?.recentActivity ?? [])]}
              locale={{ emptyText: <Empty description="暂无动态" /> }}
              renderItem={(entry) => (
                <List.Item key={entry.id}>
                  <div className="activity-row">
                    <time dateTime={entry.at} className="activity-time">{formatTime(entry.at)}</time>
                    <span className="activity-what">
                      <strong>{entry.actionLabel}</strong>
                      {entry.summary ? <span className="activity-summary">{entry.summary}</span> : null}
                    </span>
                    <span className="activity-who">{entry.username ?? '匿名访客'}</span>
                    <OutcomeTag outcome={entry.outcome} />
                  </div>
                </List.Item>
              )}
            />
          </Card>
        </Col>
      </Row>
    </>
  );
}

/** 待办事项 — only the non-zero counts, each opening its list. */
function PendingCard({ pending, board }: { pending: Workbench['pending'] | undefined; board: boolean }): ReactElement | null {
  const items = PENDING.filter((p) => (pending?.[p.key] ?? 0) > 0);
  if (!pending) return null;
  return (
    <Col span={24}>
      <Card title={<h2 className="card-title">待办事项</h2>}>
        {items.length === 0 ? (
          <Typography.Text type="secondary">暂无待办事项</Typography.Text>
        ) : (
          <div className="pending-grid">
            {items.map((p) => (
              <div className={p.danger ? 'count-cell count-cell-danger' : 'count-cell'} key={p.key}>
                <Link to={!board && p.deptPath ? p.deptPath : p.path} className="count-link" aria-label={`${p.label}：${pending[p.key] ?? 0}，去办理`}>
                  <Statistic title={p.label} value={pending[p.key] ?? 0} />
                </Link>
              </div>
            ))}
          </div>
        )}
      </Card>
    </Col>
  );
}
