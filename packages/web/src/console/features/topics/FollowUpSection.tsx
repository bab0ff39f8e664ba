import { useEffect, useState, type ReactElement } from 'react';
import { Alert, App, Button, DatePicker, Empty, Form, type FormInstance, Input, Radio, Select, Typography } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { FOLLOW_UP_KIND_LABELS, FOLLOW_UP_KINDS, followUpSchema, instructionSchema } from '@shangliang/core';
import { ApiError } from '../../../api/api-error.js';
import type { FollowUpAction, Instruction, Topic } from '../../../api/types.js';
import { FormModal } from '../../components/FormModal.js';
import { SoftTag } from '../../components/SoftTag.js';
import { canOn } from '../../components/usePolicy.js';
import { clearOnChange, showServerError, validateWith, type SafeParser } from '../../components/form-errors.js';
import { formatDate, formatTime, vocabOptions } from '../../components/format.js';
import { useTopicMutations } from './hooks.js';
import { MemberSelect } from './forms/MemberSelect.js';

const today = (): string => dayjs().format('YYYY-MM-DD');
const day = (d: Dayjs | null | undefined): string | undefined => (d ? d.format('YYYY-MM-DD') : undefined);
/** A trimmed string; '' stays '' so that the core schema's own message (请填写…) shows under a required field. */
const str = (v: unknown): string => (typeof v === 'string' ? v.trim() : '');
/** A trimmed string, or undefined when empty (optional fields). */
const opt = (v: unknown): string | undefined => str(v) || undefined;

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

/** Validate with a core schema, send, close; server field errors under the fields, other refusals in the dialog. */
function useSubmit<T>(
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  form: FormInstance<any>,
  schema: SafeParser<T>,
  send: (data: T, handlers: { onSuccess: () => void; onError: (e: unknown) => void }) => void,
  done: string,
  onClose: () => void,
) {
  const { message } = App.useApp();
  const [refusal, setRefusal] = useState<string | null>(null);
  const submit = (body: unknown): void => {
    setRefusal(null);
    const checked = validateWith(schema, body, form);
    if (!checked.ok) {
      message.error(checked.rest[0]?.message ?? '请检查标红的内容');
      return;
    }
    send(checked.data, {
      onSuccess: () => {
        message.success(done);
        onClose();
      },
      onError: (e) => {
        if (e instanceof ApiError && e.fields.length === 0 && e.status >= 400 && e.status < 500) setRefusal(e.message);
        showServerError(e, form, (t) => message.error(t));
      },
    });
  };
  return { submit, refusal, reset: () => setRefusal(null) };
}

const WHOLE = '__whole__';

interface InstructionValues {
  suggestionId?: string;
  leader?: string;
  leaderTitle?: string;
  givenOn?: Dayjs;
  text?: string;
  actions?: { text?: string; dueOn?: Dayjs }[];
}

/** 记录领导批示, with its follow-up actions. */
function InstructionModal({ topic, open, onClose }: { topic: Topic; open: boolean; onClose: () => void }): ReactElement {
  const [form] = Form.useForm<InstructionValues>();
  const { instruction } = useTopicMutations();
  const { submit, refusal, reset } = useSubmit(form, instructionSchema, (input, h) => instruction.mutate({ id: topic.id, input }, h), '已记录领导批示', onClose);
  useEffect(() => {
    if (open) {
      reset();
      form.resetFields();
      form.setFieldsValue({ suggestionId: WHOLE, givenOn: dayjs(), actions: [] });
    }
  }, [open, form]);
  const go = (): void => {
    const v = form.getFieldsValue(true) as InstructionValues;
    submit({
      suggestionId: v.suggestionId && v.suggestionId !== WHOLE ? v.suggestionId : undefined,
      leader: str(v.leader),
      leaderTitle: opt(v.leaderTitle),
      givenOn: day(v.givenOn) ?? '',
      text: str(v.text),
      actions: (v.actions ?? []).filter((a) => a && (str(a.text) || a.dueOn)).map((a) => ({ text: str(a.text), dueOn: day(a.dueOn) ?? '' })),
    });
  };
  const suggestions = [...(topic.outcome?.suggestions ?? [])].sort((a, b) => a.seq - b.seq);
  return (
    <FormModal open={open} title="记录领导批示" onOk={go} onCancel={onClose} confirmLoading={instruction.isPending} width={760}>
      {refusal && <Alert type="error" showIcon role="alert" title={refusal} style={{ marginBottom: 12 }} />}
      <Form form={form} name="instruction" layout="vertical" requiredMark="optional" onValuesChange={clearOnChange(form)} onFinish={go}>
        <Form.Item label="批示对象" name="suggestionId" required>
          <Select
            options={[
              { value: WHOLE, label: '整体协商成果' },
              ...suggestions.map((s) => ({ value: s.id, label: `第 ${s.seq} 条建议：${s.content.length > 40 ? `${s.content.slice(0, 40)}…` : s.content}` })),
            ]}
          />
        </Form.Item>
        <div className="form-two">
          <Form.Item label="批示领导" name="leader" required>
            <Input maxLength={30} placeholder="例如：王建军" />
          </Form.Item>
          <Form.Item label="职务" name="leaderTitle">
            <Input maxLength={40} placeholder="例如：区委书记" />
          </Form.Item>
        </div>
        <Form.Item label="批示日期" name="givenOn" required>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item label="批示内容" name="text" required>
          <Input.TextArea rows={4} maxLength={2000} showCount />
        </Form.Item>
        <Typography.Text strong>落实事项</Typography.Text>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
          批示要求落实的具体事项及完成期限，可不填，最多 20 项。
        </Typography.Paragraph>
        <Form.List name="actions">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field, index) => (
                <div className="list-row action-row" key={field.key}>
                  <Form.Item label={`落实事项 ${index + 1}`} name={[field.name, 'text']} required>
                    <Input.TextArea rows={2} maxLength={300} placeholder="需要落实的事项" />
                  </Form.Item>
                  <div className="action-row-foot">
                    <Form.Item label="完成期限" name={[field.name, 'dueOn']} required>
                      <DatePicker style={{ width: '100%' }} />
                    </Form.Item>
                    <Button type="text" icon={<MinusCircleOutlined />} onClick={() => remove(field.name)} aria-label={`删除落实事项 ${index + 1}`}>
                      删除
                    </Button>
                  </div>
                </div>
              ))}
              {fields.length < 20 && (
                <Button type="dashed" block icon={<PlusOutlined />} onClick={() => add({ dueOn: dayjs().add(30, 'day') })}>
                  添加落实事项
                </Button>
              )}
            </>
          )}
        </Form.List>
        <button type="submit" hidden aria-hidden="true" tabIndex={-1} />
      </Form>
    </FormModal>
  );
}

interface FollowUpValues {
  kind?: string;
  date?: Dayjs;
  place?: string;
  memberIds?: string[];
  findings?: string;
}

/** 记录跟踪问效活动: 民主监督、调研视察、民主评议. */
function FollowUpModal({ topic, open, onClose }: { topic: Topic; open: boolean; onClose: () => void }): ReactElement {
  const [form] = Form.useForm<FollowUpValues>();
  const { followUp } = useTopicMutations();
  const { submit, refusal, reset } = useSubmit(form, followUpSchema, (input, h) => followUp.mutate({ id: topic.id, input }, h), '已记录跟踪问效活动', onClose);
  useEffect(() => {
    if (open) {
      reset();
      form.resetFields();
      form.setFieldsValue({ date: dayjs(), memberIds: [] });
    }
  }, [open, form]);
  const go = (): void => {
    const v = form.getFieldsValue(true) as FollowUpValues;
    submit({ kind: v.kind, date: day(v.date) ?? '', place: str(v.place), memberIds: v.memberIds ?? [], findings: str(v.findings) });
  };
  return (
    <FormModal open={open} title="记录跟踪问效活动" onOk={go} onCancel={onClose} confirmLoading={followUp.isPending} width={720}>
      <Typography.Paragraph type="secondary">
        通过民主监督、调研视察、民主评议等方式，跟踪协商成果的采纳落实情况（第四条(五)）。
      </Typography.Paragraph>
      {refusal && <Alert type="error" showIcon role="alert" title={refusal} style={{ marginBottom: 12 }} />}
      <Form form={form} name="follow_up" layout="vertical" requiredMark="optional" onValuesChange={clearOnChange(form)} onFinish={go}>
        <Form.Item label="活动类型" name="kind" required>
          <Radio.Group optionType="button" options={vocabOptions(FOLLOW_UP_KINDS, FOLLOW_UP_KIND_LABELS)} />
        </Form.Item>
        <div className="form-two">
          <Form.Item label="活动日期" name="date" required>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item label="地点" name="place" required>
            <Input maxLength={80} />
          </Form.Item>
        </div>
        <Form.Item label="参加委员" name="memberIds">
          <MemberSelect countyId={topic.countyId} />
        </Form.Item>
        <Form.Item label="主要情况" name="findings" required>
          <Input.TextArea rows={5} maxLength={3000} showCount placeholder="看到的落实情况、发现的问题和提出的意见" />
        </Form.Item>
        <button type="submit" hidden aria-hidden="true" tabIndex={-1} />
      </Form>
    </FormModal>
  );
}
