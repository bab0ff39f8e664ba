import { useState, type ReactElement } from 'react';
import { Alert, Card, Col, Descriptions, Empty, Row, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import { ITEM_TRANSITIONS, RATING_LABELS, type Rating } from '@shangliang/core';
import type { HandlingItemDetail } from '../../../api/types.js';
import { ActionBar, type ActionButton } from '../../components/ActionBar.js';
import { AttachmentList } from '../../components/AttachmentList.js';
import { TimelineSection } from '../../components/EventTimeline.js';
import { RecordPage } from '../../components/RecordPage.js';
import { Section } from '../../components/Section.js';
import { SoftTag } from '../../components/SoftTag.js';
import { formatDate, formatTime, orDash } from '../../components/format.js';
import { canOn, usePolicy } from '../../components/usePolicy.js';
import { DocumentsPanel } from '../documents/DocumentsPanel.js';
import { useHandlingItem } from './hooks.js';
import { ItemDialogs, type ItemDialog } from './forms/ItemDialogs.js';
import { CountdownTag, ItemStateTag, RatingTag, roundText } from './parts.js';

/** 办件详情 — the suggestion, its 交办, every round's feedback and evaluation, and the timeline. */
export function ItemPage(): ReactElement {
  const { id } = useParams();
  const item = useHandlingItem(id);
  const { canOpen } = usePolicy();
  // Back to the page this user reached the item from: the board, or their own items.
  const back = canOpen('handling') ? { to: '/console/handling', label: '办理督办' } : { to: '/console/my/items', label: '我的办件' };
  const topicLink = canOpen('topics');
  return (
    <RecordPage
      query={item}
      noun="办件"
      back={back}
      tabTitle={(i) => `第 ${i.seq} 条建议 · 办件详情`}
      heading={(i) => `第 ${i.seq} 条建议`}
      flags={(i) => <ItemFlags item={i} topicLink={topicLink} />}
    >
      {(i) => <ItemView item={i} />}
    </RecordPage>
  );
}

/** Under the title: state, round, countdown, rating, and the topic the suggestion belongs to. */
function ItemFlags({ item, topicLink }: { item: HandlingItemDetail; topicLink: boolean }): ReactElement {
  return (
    <>
      <ItemStateTag state={item.state} />
      <SoftTag tone={item.round > 1 ? 'orange' : 'grey'}>{roundText(item.round)}</SoftTag>
      <CountdownTag item={item} />
      <RatingTag rating={item.latestRating} label={item.latestRatingLabel} />
      <span>议题：{topicLink ? <Link to={`/console/topics/${item.topicId}`}>{item.topicTitle}</Link> : item.topicTitle}</span>
    </>
  );
}

/** The buttons: only what the server's `events` and `actions` allow. */
function buttonsOf(item: HandlingItemDetail): ActionButton<ItemDialog>[] {
  const out: ActionButton<ItemDialog>[] = [];
  for (const e of item.events) {
    const label = ITEM_TRANSITIONS[e].label;
    if (e === 'assign') out.push({ key: e, label: item.state === 'returned' ? `重新${label}` : label, open: 'assign', primary: true });
    if (e === 'submit_feedback') out.push({ key: e, label, open: 'feedback', primary: true });
    if (e === 'record_feedback') out.push({ key: e, label: '录入来函答复', open: 'paper_feedback' });
    if (e === 'return_misassigned') out.push({ key: e, label, open: 'return', danger: true });
    if (e === 'accept_feedback') out.push({ key: e, label, open: 'accept', primary: true });
    if (e === 'return_feedback') out.push({ key: e, label, open: 'send_back' });
    if (e === 'evaluate') out.push({ key: e, label, open: 'evaluate', primary: true });
  }
  if (canOn(item, 'co_opinion')) out.push({ key: 'co_opinion', label: '提交会办意见', open: 'co_opinion', primary: true });
  if (canOn(item, 'supervise')) out.push({ key: 'supervise', label: '督办', open: 'supervise' });
  if (canOn(item, 'conversion')) out.push({ key: 'conversion', label: '成果转化', open: 'conversion' });
  return out;
}

const markText = (m: Rating | null): string | null => (m ? (RATING_LABELS[m] ?? m) : null);

function ItemView({ item }: { item: HandlingItemDetail }): ReactElement {
  const [dialog, setDialog] = useState<ItemDialog | null>(null);
  const buttons = buttonsOf(item);
  const rounds = [...new Set([...item.timeline.map((t) => t.round), ...item.feedbacks.map((f) => f.round), item.round])].sort((a, b) => a - b);
  const many = rounds.length > 1;
  const returnedFeedback = item.state === 'assigned' ? item.feedbacks.filter((f) => f.round === item.round && f.status === 'returned').at(-1) : undefined;
  const lastEval = item.evaluations.at(-1);
  return (
    <>
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
        <ActionBar buttons={buttons} onOpen={setDialog} className="item-actions" />
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
          {/* 交办函, 督办通知 and 办理情况答复函 (公文, GB/T 9704-2012). */}
          <DocumentsPanel subject={{ type: 'handling_item', id: item.id }} />
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
          <TimelineSection entries={item.timeline} roundTitle={many ? roundText : undefined} />
        </Col>
      </Row>
      <ItemDialogs item={item} dialog={dialog} onClose={() => setDialog(null)} />
    </>
  );
}
