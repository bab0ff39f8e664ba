import type { ReactElement } from 'react';
import { Form, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { FOLLOW_UP_KIND_LABELS, FOLLOW_UP_KINDS, followUpSchema } from '@shangliang/core';
import type { Topic } from '../../../../api/types.js';
import { clean, withBlank } from '../../../components/clean.js';
import { FormModal } from '../../../components/FormModal.js';
import { ChoiceField, DateField, TextField } from '../../../components/FormFields.js';
import { Refusal } from '../../../components/Refusal.js';
import { vocabOptions } from '../../../components/format.js';
import { useSubmit } from '../../../components/useSubmit.js';
import { useTopicMutations } from '../hooks.js';
import { MembersField } from './MemberSelect.js';

interface FollowUpValues {
  kind?: string;
  date?: Dayjs;
  place?: string;
  memberIds?: string[];
  findings?: string;
}

/** 记录跟踪问效活动: 民主监督、调研视察、民主评议. */
export function FollowUpModal({ topic, open, onClose }: { topic: Topic; open: boolean; onClose: () => void }): ReactElement {
  const [form] = Form.useForm<FollowUpValues>();
  const { followUp } = useTopicMutations();
  const { submit, refusal } = useSubmit(form, followUpSchema, (input, h) => followUp.mutate({ id: topic.id, input }, h), {
    done: '已记录跟踪问效活动',
    onClose,
    open,
    start: () => ({ date: dayjs(), memberIds: [] }),
  });
  const go = (): void => {
    const v = form.getFieldsValue(true) as FollowUpValues;
    submit(withBlank(clean({ ...v, memberIds: v.memberIds ?? [] }), 'date', 'place', 'findings'));
  };
  return (
    <FormModal form={form} name="follow_up" open={open} title="记录跟踪问效活动" onOk={go} onCancel={onClose} confirmLoading={followUp.isPending} width={720}>
      <Typography.Paragraph type="secondary">
        通过民主监督、调研视察、民主评议等方式，跟踪协商成果的采纳落实情况（第四条(五)）。
      </Typography.Paragraph>
      <Refusal text={refusal} />
      <ChoiceField label="活动类型" name="kind" required options={vocabOptions(FOLLOW_UP_KINDS, FOLLOW_UP_KIND_LABELS)} />
      <div className="form-two">
        <DateField label="活动日期" name="date" required />
        <TextField label="地点" name="place" required max={80} />
      </div>
      <MembersField countyId={topic.countyId} />
      <TextField label="主要情况" name="findings" required rows={5} max={3000} count placeholder="看到的落实情况、发现的问题和提出的意见" />
    </FormModal>
  );
}
