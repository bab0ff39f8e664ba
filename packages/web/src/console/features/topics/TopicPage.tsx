import { useState, type ReactElement, type ReactNode } from 'react';
import { Alert, Breadcrumb, Button, Card, Col, Descriptions, Empty, Grid, List, Progress, Result, Row, Skeleton, Steps, Timeline, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import {
  PARTICIPANT_KIND_LABELS,
  PARTICIPANT_KINDS,
  TOPIC_STATE_LABELS,
  TOPIC_TRANSITIONS,
  type TopicEvent,
  type TopicState,
} from '@shangliang/core';
import { ApiError, errorMessage } from '../../../api/api-error.js';
import type { Consultation, HandlingItem, Topic } from '../../../api/types.js';
import { AttachmentList } from '../../components/AttachmentList.js';
import { PageTitle } from '../../components/PageTitle.js';
import { SoftTag } from '../../components/SoftTag.js';
import { ProposalStatusTag, TopicStateTag } from '../../components/TopicStateTag.js';
import { formatDate, formatTime, orDash } from '../../components/format.js';
import { useDocumentTitle } from '../../components/useDocumentTitle.js';
import { useMe } from '../auth/hooks.js';
import { CountdownTag, ItemStateTag, RatingTag, roundText } from '../handling/parts.js';
import { FollowUpSection } from './FollowUpSection.js';
import { HandlingSheet } from './HandlingSheet.js';
import { useTopic } from './hooks.js';
import { TopicDialogs, type TopicDialog } from './TopicForms.js';

/** The main path of a topic's life (rejected is off the path). */
const PATH: readonly TopicState[] = ['draft', 'chair_review', 'party_review', 'researching', 'consulting', 'outcome_submitted', 'handling', 'following_up', 'concluded'];

/** Events done through a dedicated form rather than the transitions endpoint. */
const FORM_EVENTS: Partial<Record<TopicEvent, TopicDialog>> = { start_consultation: { kind: 'schedule' }, submit_outcome: { kind: 'outcome' } };

/** 议题详情 — header, stage, actions, research, consultation, outcome and timeline. */
export function TopicPage(): ReactElement {
  const { id } = useParams();
  const topic = useTopic(id);
  useDocumentTitle(topic.data?.title ?? '议题详情');
  if (topic.isPending) return <Skeleton active paragraph={{ rows: 8 }} />;
  if (topic.isError) {
    const notFound = topic.error instanceof ApiError && (topic.error.status === 404 || topic.error.status === 403);
    return (
      <Result
        status={notFound ? '404' : 'error'}
        title={<Typography.Title level={1} style={{ margin: 0 }}>{notFound ? '议题不存在' : '议题未能加载'}</Typography.Title>}
        subTitle={errorMessage(topic.error)}
        extra={<Link to="/console/topics"><Button type="primary">返回协商议题</Button></Link>}
      />
    );
  }
  return <TopicView topic={topic.data} />;
}

function TopicView({ topic }: { topic: Topic }): ReactElement {
  const [dialog, setDialog] = useState<TopicDialog | null>(null);
  const has = (a: string): boolean => topic.actions.includes(a);
  const buttons: { key: string; label: string; primary?: boolean; danger?: boolean; open: TopicDialog }[] = [];
  for (const event of topic.events) {
    const rule = TOPIC_TRANSITIONS[event];
    const viaForm = FORM_EVENTS[event];
    if (viaForm) continue; // shown below with the action of the same name
    buttons.push({ key: event, label: rule.label, primary: rule.to !== 'rejected' && !rule.needsReason, danger: rule.to === 'rejected', open: { kind: 'transition', event } });
  }
  if (has('topic.record_research')) {
    buttons.push({ key: 'research', label: '记录调研活动', open: { kind: 'research' } });
    buttons.push({ key: 'report', label: '提交调研报告', open: { kind: 'report' } });
  }
  if (has('topic.record_preparation')) buttons.push({ key: 'preparation', label: '记录前置事项', open: { kind: 'preparation' } });
  if (has('topic.schedule_consultation') || topic.events.includes('start_consultation')) {
    buttons.push({ key: 'schedule', label: '安排协商活动', primary: topic.events.includes('start_consultation'), open: { kind: 'schedule' } });
  }
  if (has('topic.submit_outcome') || topic.events.includes('submit_outcome')) {
    buttons.push({ key: 'outcome', label: '报送协商成果', primary: topic.events.includes('submit_outcome'), open: { kind: 'outcome' } });
  }
  const flagged = topic.sensitive || topic.longStanding;

  return (
    <>
      <Breadcrumb style={{ marginBottom: 8 }} items={[{ title: <Link to="/console/topics">协商议题</Link> }, { title: '议题详情' }]} />
      <PageTitle
        description={
          <span className="topic-flags">
            <TopicStateTag state={topic.state} />
            <span>{orDash(topic.countyName)}</span>
            <span>·</span>
            <span>{topic.categoryLabel}{topic.fieldLabel ? ` · ${topic.fieldLabel}` : ''}</span>
            {topic.planTitle && <span>· {topic.planTitle}</span>}
            {topic.sensitive && <SoftTag tone="orange">涉及敏感问题</SoftTag>}
            {topic.longStanding && <SoftTag tone="orange">多年积累的难题</SoftTag>}
            {topic.publishedAsCase && <SoftTag tone="green">典型案例</SoftTag>}
          </span>
        }
      >
        {topic.title}
      </PageTitle>
      <Card style={{ marginBottom: 16 }}>
        <StageBar state={topic.state} />
        {topic.blocked.map((b) => (
          <Alert
            key={b.event}
            type="warning"
            showIcon
            style={{ marginTop: 12 }}
            title={`暂不能“${TOPIC_TRANSITIONS[b.event].label}”`}
            description={b.reason}
          />
        ))}
        {buttons.length > 0 && (
          <div className="topic-actions" style={{ marginTop: 16 }} role="group" aria-label="可办理的操作">
            {buttons.map((b) => (
              <Button key={b.key} type={b.primary ? 'primary' : 'default'} danger={b.danger} onClick={() => setDialog(b.open)}>
                {b.label}
              </Button>
            ))}
          </div>
        )}
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <Section title="议题情况">
            <Descriptions
              column={{ xs: 1, md: 2 }}
              size="small"
              items={[
                { key: 'desc', label: '议题说明', span: 'filled', children: <div className="pre-wrap">{topic.description}</div> },
                { key: 'src', label: '来源', children: topic.sourceLabels.length ? topic.sourceLabels.join('、') : '—' },
                { key: 'plan', label: '年度计划', children: orDash(topic.planTitle) },
                { key: 'vice', label: '分管副主席', children: orDash(topic.leadViceChair) },
                { key: 'sg', label: '协调秘书长', children: orDash(topic.secretaryGeneral) },
                { key: 'unit', label: '承办专委会/办公室', children: orDash(topic.ownerUnit) },
              ]}
            />
          </Section>
          <Section title={`来源选题（${topic.proposals.length}）`}>
            {topic.proposals.length === 0 ? (
              <Empty description="由办公室直接立题" />
            ) : (
              <List
                dataSource={[...topic.proposals]}
                renderItem={(p) => (
                  <List.Item key={p.id}>
                    <div className="my-item">
                      <div className="my-item-head">
                        <strong>{p.title}</strong>
                        <ProposalStatusTag status={p.status} />
                      </div>
                      <Typography.Text type="secondary">
                        {p.sourceLabel}
                        {p.placeName ? ` · ${p.placeName}` : ''}
                        {p.proposerName ? ` · ${p.proposerName}` : ''} · {formatDate(p.createdAt)}
                      </Typography.Text>
                    </div>
                  </List.Item>
                )}
              />
            )}
          </Section>
          <Section title="调研">
            <h3 className="card-subtitle">调研活动（{topic.researchActivities.length}）</h3>
            {topic.researchActivities.length === 0 && <Typography.Paragraph type="secondary">尚未记录调研活动。</Typography.Paragraph>}
            {topic.researchActivities.map((a) => (
              <div className="sub-block" key={a.id}>
                <h4>{formatDate(a.date)} · {a.place}</h4>
                <Typography.Paragraph style={{ marginBottom: 4 }}>
                  参加委员：{a.members.length ? a.members.map((m) => m.name).join('、') : '—'}
                  {a.others ? `；其他人员：${a.others}` : ''}
                </Typography.Paragraph>
                <div className="pre-wrap">{a.findings}</div>
              </div>
            ))}
            <h3 className="card-subtitle">调研报告（{topic.researchReports.length}）</h3>
            {topic.researchReports.length === 0 && <Typography.Paragraph type="secondary">尚未提交调研报告。坚持“不调研不协商”。</Typography.Paragraph>}
            {topic.researchReports.map((r) => (
              <div className="sub-block" key={r.id}>
                <details>
                  <summary>
                    <strong>{r.title}</strong> · {formatDate(r.submittedOn)}
                    {r.authorName ? ` · ${r.authorName}` : ''}
                  </summary>
                  <div className="pre-wrap" style={{ marginTop: 8 }}>{r.body}</div>
                </details>
                <AttachmentList files={r.attachments} title="附件" />
              </div>
            ))}
          </Section>
          {(flagged || topic.preparations.length > 0) && (
            <Section title="敏感问题前置事项">
              <Typography.Paragraph type="secondary">
                协商前须记录向党委政府的报告情况，以及与相关部门提前研究的解决方案。
              </Typography.Paragraph>
              {topic.preparations.length === 0 ? (
                <Empty description="尚未记录前置事项" />
              ) : (
                topic.preparations.map((p) => (
                  <div className="sub-block" key={p.id}>
                    <h4>{p.kindLabel} · {formatDate(p.date)}{p.recipient ? ` · ${p.recipient}` : ''}</h4>
                    <div className="pre-wrap">{p.summary}</div>
                  </div>
                ))
              )}
            </Section>
          )}
          <Section title={`协商活动（${topic.consultations.length}）`}>
            {topic.consultations.length === 0 ? (
              <Empty description="尚未安排协商活动" />
            ) : (
              topic.consultations.map((c) => (
                <ConsultationBlock key={c.id} c={c} onRecord={c.status === 'scheduled' && topic.actions.includes('topic.record_consultation') ? () => setDialog({ kind: 'record', consultation: c }) : undefined} />
              ))
            )}
          </Section>
          <Section title="协商成果">
            {!topic.outcome ? (
              <Empty description="尚未报送协商成果" />
            ) : (
              <>
                <Descriptions
                  column={{ xs: 1, md: 2 }}
                  size="small"
                  items={[
                    { key: 't', label: '标题', span: 'filled', children: topic.outcome.title },
                    { key: 'k', label: '形式', children: topic.outcome.kindLabel },
                    { key: 'on', label: '报送日期', children: formatDate(topic.outcome.submittedOn) },
                    { key: 'to', label: '报送对象', children: topic.outcome.submittedTo },
                    { key: 'via', label: '报送方式', children: orDash(topic.outcome.submittedVia) },
                  ]}
                />
                <ol className="plain-list" style={{ marginTop: 12 }}>
                  {[...topic.outcome.suggestions].sort((a, b) => a.seq - b.seq).map((s) => (
                    <li key={s.id} value={s.seq}>
                      <div className="pre-wrap">{s.content}</div>
                      <Typography.Text type="secondary">
                        承办部门：{orDash(s.departmentName)}
                        {s.conversionLabel ? ` · 转化：${s.conversionLabel}` : ''}
                      </Typography.Text>
                    </li>
                  ))}
                </ol>
              </>
            )}
          </Section>
          {topic.handling && <HandlingSection topic={topic} items={topic.handling.items} />}
          {topic.outcome && (
            <Section title="跟踪问效">
              <FollowUpSection topic={topic} />
            </Section>
          )}
        </Col>
        <Col xs={24} xl={8}>
          <Section title="办理记录">
            {topic.timeline.length === 0 ? (
              <Empty description="暂无记录" />
            ) : (
              <Timeline
                items={[...topic.timeline].map((t) => ({
                  key: t.id,
                  content: (
                    <div>
                      <strong>{t.title}</strong>
                      <div className="timeline-meta">
                        <time dateTime={t.at}>{formatTime(t.at)}</time>
                        {t.actorName ? ` · ${t.actorName}` : ''}
                      </div>
                      {t.detail && <div className="pre-wrap">{t.detail}</div>}
                    </div>
                  ),
                }))}
              />
            )}
          </Section>
        </Col>
      </Row>
      <TopicDialogs topic={topic} dialog={dialog} onClose={() => setDialog(null)} />
    </>
  );
}

/** 建议办理 — each suggestion of the outcome with its state, lead department, countdown and latest rating. */
function HandlingSection({ topic, items }: { topic: Topic; items: readonly HandlingItem[] }): ReactElement {
  const me = useMe();
  const office = items.some((i) => i.access === 'office');
  const canOpen = !!me.data?.menu.some((k) => k === 'handling' || k === 'my_items');
  const settled = items.filter((i) => i.state === 'settled').length;
  return (
    <Section title={`建议办理（已办结 ${settled} / ${items.length}）`}>
      {office && items.length > 0 && <HandlingSheet topic={topic} />}
      {items.length === 0 ? (
        <Empty description="暂无需要办理的建议" />
      ) : (
        <List
          className="handling-list"
          dataSource={[...items].sort((a, b) => a.seq - b.seq)}
          renderItem={(i) => (
            <List.Item key={i.id}>
              <div className="my-item">
                <div className="item-card-content">
                  {canOpen ? <Link to={`/console/handling/items/${i.id}`}>第 {i.seq} 条：{i.content}</Link> : `第 ${i.seq} 条：${i.content}`}
                </div>
                <span className="topic-flags">
                  <ItemStateTag state={i.state} />
                  <CountdownTag item={i} />
                  {i.round > 1 && <SoftTag tone="orange">{roundText(i.round)}</SoftTag>}
                  <RatingTag rating={i.latestRating} label={i.latestRatingLabel} />
                  <Typography.Text type="secondary">主办：{i.leadDepartmentName ?? '未交办'}</Typography.Text>
                </span>
              </div>
            </List.Item>
          )}
        />
      )}
    </Section>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }): ReactElement {
  return (
    <Card title={<h2 className="card-title">{title}</h2>} style={{ marginBottom: 16 }}>
      {children}
    </Card>
  );
}

/** 阶段进度: steps on wide screens, a compact bar on phones. */
function StageBar({ state }: { state: TopicState }): ReactElement {
  const screens = Grid.useBreakpoint();
  if (state === 'rejected') {
    return <Alert type="error" showIcon title={TOPIC_STATE_LABELS.rejected} description="该议题未通过审议或审定，详见办理记录。" />;
  }
  const index = Math.max(0, PATH.indexOf(state));
  if (!screens.lg) {
    return (
      <div>
        <div className="stage-phone">
          <span>当前阶段：<strong>{TOPIC_STATE_LABELS[state]}</strong></span>
          <span>第 {index + 1} / {PATH.length} 步</span>
        </div>
        <Progress percent={Math.round(((index + 1) / PATH.length) * 100)} steps={PATH.length} showInfo={false} size={[32, 8]} aria-label="议题阶段进度" />
        {index + 1 < PATH.length && <div className="timeline-meta">下一步：{TOPIC_STATE_LABELS[PATH[index + 1] as TopicState]}</div>}
      </div>
    );
  }
  return (
    <Steps
      className="stage-steps"
      size="small"
      current={index}
      titlePlacement="vertical"
      items={PATH.map((s) => ({ key: s, title: TOPIC_STATE_LABELS[s] }))}
    />
  );
}

function ConsultationBlock({ c, onRecord }: { c: Consultation; onRecord?: () => void }): ReactElement {
  const byKind = PARTICIPANT_KINDS.map((k) => ({ kind: k, people: c.participants.filter((p) => p.kind === k) })).filter((g) => g.people.length > 0);
  return (
    <div className="sub-block">
      <div className="my-item-head">
        <h3>
          {c.formLabel} · {c.levelLabel}
          {c.joint ? ' · 各级政协联动' : ''}
        </h3>
        <SoftTag tone={c.status === 'held' ? 'green' : 'orange'}>{c.statusLabel}</SoftTag>
      </div>
      <Typography.Paragraph style={{ marginBottom: 8 }}>
        {formatTime(c.startsAt)} · {orDash(c.venueName)}
      </Typography.Paragraph>
      {byKind.map((g) => (
        <div key={g.kind} style={{ marginBottom: 4 }}>
          <Typography.Text type="secondary">{PARTICIPANT_KIND_LABELS[g.kind]}：</Typography.Text>
          {g.people
            .map((p) => `${p.name}${p.title ? `（${p.title}）` : ''}${c.status === 'held' && p.kind === 'member' ? (p.attended ? '' : '〔缺席〕') : ''}`)
            .join('、')}
        </div>
      ))}
      {c.responses.length > 0 && (
        <>
          <h4>部门回应</h4>
          <ul className="plain-list">
            {c.responses.map((r, i) => (
              <li key={i}>
                <strong>{r.orgName ? `${r.orgName} ${r.person}` : r.person}：</strong>
                <span className="pre-wrap">{r.content}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {c.opinions.length > 0 && (
        <>
          <h4>意见建议</h4>
          <ol className="plain-list">
            {c.opinions.map((o, i) => (
              <li key={i}>
                <strong>{o.speaker}：</strong>
                <span className="pre-wrap">{o.content}</span>
              </li>
            ))}
          </ol>
        </>
      )}
      {c.minutes && (
        <details>
          <summary>会议记录</summary>
          <div className="pre-wrap" style={{ marginTop: 4 }}>{c.minutes}</div>
        </details>
      )}
      {c.support.length > 0 && (
        <>
          <h4>部门支持</h4>
          <ul className="plain-list">
            {c.support.map((s, i) => (
              <li key={i}>
                {orDash(s.orgName)} · {s.kindLabel}
                {s.note ? `：${s.note}` : ''}
              </li>
            ))}
          </ul>
        </>
      )}
      <AttachmentList files={c.attachments} title="照片与附件" />
      {onRecord && (
        <Button type="primary" onClick={onRecord} style={{ marginTop: 8 }}>
          记录协商情况
        </Button>
      )}
    </div>
  );
}
