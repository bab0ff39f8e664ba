import { useState, type ReactElement } from 'react';
import { App, Button, Empty, Typography } from 'antd';
import dayjs from 'dayjs';
import type { FollowUpAction, Instruction, Topic } from '../../../api/types.js';
import { SoftTag } from '../../components/SoftTag.js';
import { canOn } from '../../components/usePolicy.js';
import { showServerError } from '../../components/form-errors.js';
import { formatDate, formatTime } from '../../components/format.js';
import { useTopicMutations } from './hooks.js';
import { FollowUpModal } from './forms/FollowUpModal.js';
import { InstructionModal } from './forms/InstructionModal.js';
import { ActivityAttendance } from '../members/ActivityAttendance.js';

const today = (): string => dayjs().format('YYYY-MM-DD');

/** 跟踪问效 — 领导批示 with their follow-up actions, 民主监督/调研视察/民主评议, 公开办理答复 and 典型案例. */
export function FollowUpSection({ topic }: { topic: Topic }): ReactElement {
  const { message, modal } = App.useApp();
  const { actionDone, publishAnswers, setCase } = useTopicMutations();
  const [dialog, setDialog] = useState<'instruction' | 'follow_up' | null>(null);
  // The follow-up steps come in a list of their own, beside the topic's core actions.
  const can = (a: FollowUpAction): boolean => canOn({ actions: topic.followUpActions ?? [] }, a);
  const instructions = topic.instructions ?? [];
  const followUps = topic.followUps ?? [];
  const fail = (e: unknown): void => showServerError(e, null, (t) => message.error(t));

  const publish = (): void => {
    modal.confirm({
      title: '公开办理答复',
      content: '公开后，本议题各条建议已采纳的办理答复将显示在群众“查询办理进展”页面上，提出建议的群众凭查询码即可查看。确定公开吗？',
      okText: '公开',
      cancelText: '取消',
      onOk: () =>
        publishAnswers.mutateAsync(topic.id).then(
          () => void message.success('已公开办理答复'),
          (e: unknown) => fail(e),
        ),
    });
  };
  const toggleCase = (): void =>
    setCase.mutate(
      { id: topic.id, published: !topic.publishedAsCase },
      { onSuccess: (t) => void message.success(t.publishedAsCase ? '已列为典型案例' : '已取消典型案例'), onError: fail },
    );
  const done = (id: string): void =>
    actionDone.mutate({ id, doneOn: today() }, { onSuccess: () => void message.success('已标记为完成'), onError: fail });

  return (
    <>
      {(can('instruction') || can('follow_up') || can('publish_answers') || can('case')) && (
        <div className="topic-actions follow-up-actions" role="group" aria-label="跟踪问效操作">
          {can('instruction') && <Button onClick={() => setDialog('instruction')}>记录领导批示</Button>}
          {can('follow_up') && <Button onClick={() => setDialog('follow_up')}>记录跟踪问效活动</Button>}
          {can('publish_answers') && (
            <Button onClick={publish} loading={publishAnswers.isPending}>
              {topic.answersPublishedAt ? '再次公开办理答复' : '公开办理答复'}
            </Button>
          )}
          {can('case') && (
            <Button onClick={toggleCase} loading={setCase.isPending}>
              {topic.publishedAsCase ? '取消典型案例' : '列为典型案例'}
            </Button>
          )}
        </div>
      )}
      <div className="topic-flags follow-up-status">
        <Typography.Text type="secondary">办理答复：</Typography.Text>
        {topic.answersPublishedAt ? (
          <SoftTag tone="green">已公开于 {formatTime(topic.answersPublishedAt)}</SoftTag>
        ) : (
          <SoftTag>尚未公开</SoftTag>
        )}
        {topic.publishedAsCase && <SoftTag tone="orange">典型案例</SoftTag>}
      </div>

      <h3 className="card-subtitle">领导批示（{instructions.length}）</h3>
      {instructions.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="尚未记录领导批示" />
      ) : (
        instructions.map((i) => <InstructionBlock key={i.id} topic={topic} instruction={i} onDone={can('instruction') ? done : undefined} busy={actionDone.isPending ? actionDone.variables?.id : undefined} />)
      )}

      <h3 className="card-subtitle">跟踪问效活动（{followUps.length}）</h3>
      {followUps.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="尚未开展民主监督、调研视察或民主评议" />
      ) : (
        followUps.map((f) => (
          <div className="sub-block" key={f.id}>
            <div className="my-item-head">
              <h4 className="block-title">{formatDate(f.date)} · {f.place}</h4>
              <SoftTag>{f.kindLabel}</SoftTag>
            </div>
            <Typography.Paragraph style={{ marginBottom: 4 }}>
              参加委员：{f.members.length ? f.members.map((m) => m.name ?? '—').join('、') : '—'}
            </Typography.Paragraph>
            <div className="pre-wrap">{f.findings}</div>
            <ActivityAttendance topic={topic} activityType="follow_up" activityId={f.id} title={`${f.kindLabel} ${formatDate(f.date)}`} presentIds={f.members.map((m) => m.id)} />
          </div>
        ))
      )}
      <InstructionModal topic={topic} open={dialog === 'instruction'} onClose={() => setDialog(null)} />
      <FollowUpModal topic={topic} open={dialog === 'follow_up'} onClose={() => setDialog(null)} />
    </>
  );
}

function InstructionBlock({ topic, instruction: i, onDone, busy }: { topic: Topic; instruction: Instruction; onDone?: (id: string) => void; busy?: string }): ReactElement {
  const suggestion = i.suggestionId ? topic.outcome?.suggestions.find((s) => s.id === i.suggestionId) : undefined;
  const now = today();
  return (
    <div className="sub-block">
      <div className="my-item-head">
        <h4 className="block-title">
          {i.leader}
          {i.leaderTitle ? `（${i.leaderTitle}）` : ''} · {formatDate(i.givenOn)}
        </h4>
        <SoftTag>{suggestion ? `第 ${suggestion.seq} 条建议` : '整体协商成果'}</SoftTag>
      </div>
      <div className="pre-wrap">{i.text}</div>
      {i.actions.length > 0 && (
        <>
          <h5 className="block-subtitle">落实事项</h5>
          <ul className="action-list">
            {i.actions.map((a) => (
              <li key={a.id}>
                <div className="pre-wrap">{a.text}</div>
                <div className="topic-flags action-meta">
                  <span>期限 {formatDate(a.dueOn)}</span>
                  {a.doneOn ? (
                    <SoftTag tone="green">已于 {formatDate(a.doneOn)} 完成</SoftTag>
                  ) : a.dueOn < now ? (
                    <SoftTag tone="red">已逾期</SoftTag>
                  ) : (
                    <SoftTag tone="orange">落实中</SoftTag>
                  )}
                  {!a.doneOn && onDone && (
                    <Button size="small" loading={busy === a.id} onClick={() => onDone(a.id)} aria-label={`完成：${a.text}`}>
                      完成
                    </Button>
                  )}
                </div>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
