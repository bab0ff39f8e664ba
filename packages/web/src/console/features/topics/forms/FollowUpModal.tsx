import type { ReactElement } from 'react';
import { DatePicker, Form, Input, Radio, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { FOLLOW_UP_KIND_LABELS, FOLLOW_UP_KINDS, followUpSchema } from '@shangliang/core';
import type { Topic } from '../../../../api/types.js';
import { clean, withBlank } from '../../../components/clean.js';
import { FormModal } from '../../../components/FormModal.js';
import { Refusal } from '../../../components/Refusal.js';
import { vocabOptions } from '../../../components/format.js';
import { useSubmit } from '../../../components/useSubmit.js';
import { useTopicMutations } from '../hooks.js';
import { MemberSelect } from './MemberSelect.js';

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
    </FormModal>
  );
}
