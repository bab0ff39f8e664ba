import { useState, type ReactElement, type ReactNode } from 'react';
import { Alert, Breadcrumb, Button, Card, Col, Descriptions, Empty, Result, Row, Skeleton, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import { ITEM_TRANSITIONS, RATING_LABELS, type Rating } from '@shangliang/core';
import { ApiError, errorMessage } from '../../../api/api-error.js';
import type { HandlingItemDetail } from '../../../api/types.js';
import { AttachmentList } from '../../components/AttachmentList.js';
import { EventTimeline } from '../../components/EventTimeline.js';
import { PageTitle } from '../../components/PageTitle.js';
import { SoftTag } from '../../components/SoftTag.js';
import { formatDate, formatTime, orDash } from '../../components/format.js';
import { useDocumentTitle } from '../../components/useDocumentTitle.js';
import { canOn, usePolicy } from '../../components/usePolicy.js';
import { useHandlingItem } from './hooks.js';
import { ItemDialogs, type ItemDialog } from './forms/ItemDialogs.js';
import { CountdownTag, ItemStateTag, RatingTag, roundText } from './parts.js';

/** 办件详情 — the suggestion, its 交办, every round's feedback and evaluation, and the timeline. */
export function ItemPage(): ReactElement {
  const { id } = useParams();
  const item = useHandlingItem(id);
  const { canOpen } = usePolicy();
  // Back to the page this user reached the item from: the board, or their own items.
  const board = canOpen('handling');
  const back = board ? { to: '/console/handling', label: '办理督办' } : { to: '/console/my/items', label: '我的办件' };
  useDocumentTitle(item.data ? `第 ${item.data.seq} 条建议 · 办件详情` : '办件详情');
  if (item.isPending) return <Skeleton active paragraph={{ rows: 8 }} />;
  if (item.isError) {
    const notFound = item.error instanceof ApiError && (item.error.status === 404 || item.error.status === 403);
    return (
      <Result
        status={notFound ? '404' : 'error'}
        title={<Typography.Title level={1} style={{ margin: 0 }}>{notFound ? '办件不存在' : '办件未能加载'}</Typography.Title>}
        subTitle={errorMessage(item.error)}
        extra={<Link to={back.to}><Button type="primary">返回{back.label}</Button></Link>}
      />
    );
  }
  return <ItemView item={item.data} back={back} topicLink={canOpen('topics')} />;
}

interface ButtonSpec {
  key: string;
  label: string;
  dialog: ItemDialog;
  primary?: boolean;
  danger?: boolean;
}

/** The buttons: only what the server's `events` and `actions` allow. */
function buttonsOf(item: HandlingItemDetail): ButtonSpec[] {
  const out: ButtonSpec[] = [];
  for (const e of item.events) {
    const label = ITEM_TRANSITIONS[e].label;
    if (e === 'assign') out.push({ key: e, label: item.state === 'returned' ? `重新${label}` : label, dialog: 'assign', primary: true });
    if (e === 'submit_feedback') out.push({ key: e, label, dialog: 'feedback', primary: true });
    if (e === 'record_feedback') out.push({ key: e, label: '录入来函答复', dialog: 'paper_feedback' });
    if (e === 'return_misassigned') out.push({ key: e, label, dialog: 'return', danger: true });
    if (e === 'accept_feedback') out.push({ key: e, label, dialog: 'accept', primary: true });
    if (e === 'return_feedback') out.push({ key: e, label, dialog: 'send_back' });
    if (e === 'evaluate') out.push({ key: e, label, dialog: 'evaluate', primary: true });
  }
  if (canOn(item, 'co_opinion')) out.push({ key: 'co_opinion', label: '提交会办意见', dialog: 'co_opinion', primary: true });
  if (canOn(item, 'supervise')) out.push({ key: 'supervise', label: '督办', dialog: 'supervise' });
  if (canOn(item, 'conversion')) out.push({ key: 'conversion', label: '成果转化', dialog: 'conversion' });
  return out;
}

const markText = (m: Rating | null): string | null => (m ? (RATING_LABELS[m] ?? m) : null);

function ItemView({ item, back, topicLink }: { item: HandlingItemDetail; back: { to: string; label: string }; topicLink: boolean }): ReactElement {
  const [dialog, setDialog] = useState<ItemDialog | null>(null);
  const buttons = buttonsOf(item);
  const rounds = [...new Set([...item.timeline.map((t) => t.round), ...item.feedbacks.map((f) => f.round), item.round])].sort((a, b) => a - b);
  const many = rounds.length > 1;
  const returnedFeedback = item.state === 'assigned' ? item.feedbacks.filter((f) => f.round === item.round && f.status === 'returned').at(-1) : undefined;
  const lastEval = item.evaluations.at(-1);
  return (
    <>
      <Breadcrumb style={{ marginBottom: 8 }} items={[{ title: <Link to={back.to}>{back.label}</Link> }, { title: '办件详情' }]} />
      <PageTitle
        description={
          <span className="topic-flags">
            <ItemStateTag state={item.state} />
            <SoftTag tone={item.round > 1 ? 'orange' : 'grey'}>{roundText(item.round)}</SoftTag>
            <CountdownTag item={item} />
            <RatingTag rating={item.latestRating} label={item.latestRatingLabel} />
            <span>
              议题：{topicLink ? <Link to={`/console/topics/${item.topicId}`}>{item.topicTitle}</Link> : item.topicTitle}
            </span>
          </span>
        }
      >
        第 {item.seq} 条建议
      </PageTitle>
      <Card style={{ marginBottom: 16 }}>
        <div className="pre-wrap item-content">{item.content}</div>
        {item.state === 'assigned' && item.round > 1 && lastEval?.rating === 'unsatisfied' && (
          <Alert
            type="warning"
            showIcon
            style={{ marginTop: 12 }}
            title={`上一轮测评为“${lastEval.ratingLabel}”，请重新办理并提交书面反馈`}
            description={lastEval.comment ?? undefined}
          />
        )}
        {returnedFeedback && (
          <Alert type="warning" showIcon style={{ marginTop: 12 }} title="书面反馈已被退回修改" description={returnedFeedback.reviewNote ?? undefined} />
        )}
        {buttons.length > 0 && (
          <div className="topic-actions item-actions" style={{ marginTop: 16 }} role="group" aria-label="可办理的操作">
            {buttons.map((b) => (
              <Button key={b.key} type={b.primary ? 'primary' : 'default'} danger={b.danger} onClick={() => setDialog(b.dialog)}>
                {b.label}
              </Button>
            ))}
          </div>
        )}
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <Section title="交办情况">
            {item.state === 'unassigned' ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="尚未交办" />
            ) : (
              <Descriptions
                column={{ xs: 1, md: 2 }}
                size="small"
                items={[
                  { key: 'lead', label: '主办单位', children: orDash(item.leadDepartmentName) },
                  { key: 'co', label: '会办单位', children: item.coDepartments.length ? item.coDepartments.map((d) => d.name ?? '—').join('、') : '—' },
                  { key: 'on', label: '交办日期', children: formatDate(item.assignedOn) },
                  {
                    key: 'due',
                    label: '办理期限',
                    children: (
                      <span className="topic-flags">
                        {formatDate(item.dueOn)} <CountdownTag item={item} />
                      </span>
                    ),
                  },
                  ...(item.coDueOn ? [{ key: 'codue', label: '会办意见期限', children: formatDate(item.coDueOn) }] : []),
                  { key: 'no', label: '交办函号', children: orDash(item.letterNo) },
                  { key: 'ld', label: '交办函日期', children: formatDate(item.letterDate) },
                  { key: 'conv', label: '成果转化', children: item.conversionLabel ? `${item.conversionLabel}${item.conversionRef ? `（${item.conversionRef}）` : ''}` : '—' },
                ]}
              />
            )}
          </Section>
          <Section title={`书面反馈（${item.feedbacks.length}）`}>
            {item.feedbacks.length === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="承办单位尚未提交书面反馈" />
            ) : (
              [...item.feedbacks].reverse().map((f) => (
                <div className="sub-block" key={f.id}>
                  <div className="my-item-head">
                    <h3>
                      {many ? `${roundText(f.round)} · ` : ''}
                      {orDash(f.departmentName)} · {formatTime(f.submittedAt)}
                    </h3>
                    <SoftTag tone={f.status === 'accepted' ? 'green' : f.status === 'returned' ? 'red' : 'orange'}>{f.statusLabel}</SoftTag>
                  </div>
                  <Descriptions
                    column={{ xs: 1, md: 2 }}
                    size="small"
                    items={[
                      { key: 'cls', label: '办理结果', children: f.resultClassLabel },
                      { key: 'who', label: '责任人', children: `${f.responsible} · ${f.contact}` },
                      { key: 'text', label: '办理情况', span: 'filled', children: <div className="pre-wrap">{f.text}</div> },
                      ...(f.measures ? [{ key: 'm', label: '采取的措施', span: 'filled' as const, children: <div className="pre-wrap">{f.measures}</div> }] : []),
                      ...(f.reviewNote ? [{ key: 'rn', label: '审核意见', span: 'filled' as const, children: <div className="pre-wrap">{f.reviewNote}</div> }] : []),
                    ]}
                  />
                  <AttachmentList files={f.attachments} title="附件" />
                </div>
              ))
            )}
          </Section>
          <Section title={`满意度测评（${item.evaluations.length}）`}>
            {item.evaluations.length === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="尚未测评" />
            ) : (
              item.evaluations.map((e, i) => (
                <div className="sub-block" key={i}>
                  <div className="my-item-head">
                    <h3>{roundText(e.round)} · {formatTime(e.at)}</h3>
                    <RatingTag rating={e.rating} label={e.ratingLabel} />
                  </div>
                  {(e.processMark || e.resultMark) && (
                    <Typography.Paragraph style={{ marginBottom: 4 }}>
                      过程评价：{orDash(markText(e.processMark))}；结果评价：{orDash(markText(e.resultMark))}
                    </Typography.Paragraph>
                  )}
                  {e.comment && <div className="pre-wrap">{e.comment}</div>}
                </div>
              ))
            )}
          </Section>
          {(item.coDepartments.length > 0 || item.coOpinions.length > 0) && (
            <Section title={`会办意见（${item.coOpinions.length}）`}>
              {item.coOpinions.length === 0 ? (
                <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="会办单位尚未提交意见" />
              ) : (
                item.coOpinions.map((c, i) => (
                  <div className="sub-block" key={i}>
                    <h3>
                      {many ? `${roundText(c.round)} · ` : ''}
                      {orDash(c.departmentName)} · {formatTime(c.at)}
                    </h3>
                    <div className="pre-wrap">{c.text}</div>
                  </div>
                ))
              )}
            </Section>
          )}
        </Col>
        <Col xs={24} xl={8}>
          <Section title="办理记录">
            {item.timeline.length === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无记录" />
            ) : (
              rounds.map((r) => {
                const entries = item.timeline.filter((t) => t.round === r);
                if (entries.length === 0) return null;
                return (
                  <div key={r} className="round-group">
                    {many && <h3 className="card-subtitle">{roundText(r)}</h3>}
                    <EventTimeline entries={entries} />
                  </div>
                );
              })
            )}
          </Section>
        </Col>
      </Row>
      <ItemDialogs item={item} dialog={dialog} onClose={() => setDialog(null)} />
    </>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }): ReactElement {
  return (
    <Card title={<h2 className="card-title">{title}</h2>} style={{ marginBottom: 16 }}>
      {children}
    </Card>
  );
}
