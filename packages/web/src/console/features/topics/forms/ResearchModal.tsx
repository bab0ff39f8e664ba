import type { ReactElement } from 'react';
import { DatePicker, Form, Input } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { researchActivitySchema } from '@shangliang/core';
import type { Topic } from '../../../../api/types.js';
import { FormModal } from '../../../components/FormModal.js';
import { useTopicMutations } from '../hooks.js';
import { clean } from '../../../components/clean.js';
import { MemberSelect } from './MemberSelect.js';
import { useSubmit } from '../../../components/useSubmit.js';

/** 记录调研活动. */
export function ResearchModal({ topic, open, onClose }: { topic: Topic; open: boolean; onClose: () => void }): ReactElement {
  const [form] = Form.useForm();
  const { research } = useTopicMutations();
  const { submit } = useSubmit(form, researchActivitySchema, (input, h) => research.mutate({ id: topic.id, input }, h), { done: '已记录调研活动', onClose, open, start: () => ({ date: dayjs(), memberIds: [] }) });
  const go = (): void => {
    const v = form.getFieldsValue(true) as { date?: Dayjs; place?: string; memberIds?: string[]; others?: string; findings?: string };
    submit(clean({ ...v, memberIds: v.memberIds ?? [] }));
  };
  return (
    <FormModal form={form} name="research" open={open} title="记录调研活动" onOk={go} onCancel={onClose} confirmLoading={research.isPending} width={720}>
      <div className="form-two">
        <Form.Item label="调研日期" name="date" required>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item label="调研地点" name="place" required>
          <Input maxLength={80} />
        </Form.Item>
      </div>
      <Form.Item label="参加委员" name="memberIds">
        <MemberSelect countyId={topic.countyId} />
      </Form.Item>
      <Form.Item label="其他参加人员" name="others">
        <Input maxLength={300} placeholder="部门、基层干部、群众代表等" />
      </Form.Item>
      <Form.Item label="调研发现" name="findings" required>
        <Input.TextArea rows={5} maxLength={3000} showCount />
      </Form.Item>
    </FormModal>
  );
}
