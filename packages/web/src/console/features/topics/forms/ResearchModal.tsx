import type { ReactElement } from 'react';
import { Form } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { researchActivitySchema } from '@shangliang/core';
import type { Topic } from '../../../../api/types.js';
import { FormModal } from '../../../components/FormModal.js';
import { DateField, TextField } from '../../../components/FormFields.js';
import { useTopicMutations } from '../hooks.js';
import { clean } from '../../../components/clean.js';
import { MembersField } from './MemberSelect.js';
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
        <DateField label="调研日期" name="date" required />
        <TextField label="调研地点" name="place" required max={80} />
      </div>
      <MembersField countyId={topic.countyId} />
      <TextField label="其他参加人员" name="others" max={300} placeholder="部门、基层干部、群众代表等" />
      <TextField label="调研发现" name="findings" required rows={5} max={3000} count />
    </FormModal>
  );
}
