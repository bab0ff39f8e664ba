import type { ReactElement } from 'react';
import { Form, Input, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { TOPIC_TRANSITIONS, transitionSchema, type TopicEvent } from '@shangliang/core';
import type { Topic } from '../../../../api/types.js';
import { FormModal } from '../../../components/FormModal.js';
import { DateField, TextField } from '../../../components/FormFields.js';
import { useTopicMutations } from '../hooks.js';
import { clean } from '../../../components/clean.js';
import { Refusal } from '../../../components/Refusal.js';
import { useSubmit } from '../../../components/useSubmit.js';

const CHAIR: readonly TopicEvent[] = ['chair_pass', 'chair_return', 'chair_reject'];
const PARTY: readonly TopicEvent[] = ['party_approve', 'party_return', 'party_reject'];

/** A step of the topic workflow (审议, 审定, 办结…), with meeting, date and reason as the step needs. */
export function TransitionModal({ topic, event, onClose }: { topic: Topic; event: TopicEvent | null; onClose: () => void }): ReactElement {
  const [form] = Form.useForm();
  const { transition } = useTopicMutations();
  const rule = event ? TOPIC_TRANSITIONS[event] : null;
  const chair = !!event && CHAIR.includes(event);
  const party = !!event && PARTY.includes(event);
  // A refusal of the server (409, e.g. 不能办结…) stays visible in the dialog, not only as a toast.
  const { submit, refusal } = useSubmit(form, transitionSchema, (input, h) => transition.mutate({ id: topic.id, input }, h), {
    done: rule ? `已${rule.label}` : '已完成',
    onClose,
    open: !!event,
    start: () => ({ date: dayjs() }),
  });
  const go = (): void => {
    const v = form.getFieldsValue(true) as { meeting?: string; date?: Dayjs; reason?: string; instruction?: string };
    submit(
      clean({
        event,
        meeting: chair ? v.meeting : undefined,
        date: chair || party ? v.date : undefined,
        reason: v.reason,
        instruction: party ? v.instruction : undefined,
      }),
    );
  };
  return (
    <FormModal form={form} name="transition"
      open={!!event}
      title={rule?.label ?? ''}
      okText={rule?.label ?? '确定'}
      danger={!!rule && rule.to === 'rejected'}
      onOk={go}
      onCancel={onClose}
      confirmLoading={transition.isPending}
    >
      <Typography.Paragraph>议题：{topic.title}</Typography.Paragraph>
      <Refusal text={refusal} />
      {chair && (
        <TextField label="会议名称" name="meeting" max={40} placeholder="例如：第十二次主席会议" />
      )}
      {(chair || party) && (
        <DateField label={chair ? '会议日期' : '审定日期'} name="date" />
      )}
      {party && (
        <TextField label="批示" name="instruction" rows={3} max={1000} placeholder="党委领导的批示意见（如有）" />
      )}
      <Form.Item
        label={rule?.needsReason ? '理由' : chair ? '审议意见' : party ? '意见' : '说明'}
        name="reason"
        required={rule?.needsReason}
        rules={rule?.needsReason ? [{ required: true, message: '请填写理由' }] : []}
      >
        <Input.TextArea rows={3} maxLength={1000} showCount />
      </Form.Item>
    </FormModal>
  );
}
