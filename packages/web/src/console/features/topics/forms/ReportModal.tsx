import type { ReactElement } from 'react';
import { Form } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { researchReportSchema } from '@shangliang/core';
import type { Topic } from '../../../../api/types.js';
import { AttachmentField } from '../../../components/AttachmentField.js';
import { FormModal } from '../../../components/FormModal.js';
import { DateField, TextField } from '../../../components/FormFields.js';
import { useTopicMutations } from '../hooks.js';
import { clean } from '../../../components/clean.js';
import { useSubmit } from '../../../components/useSubmit.js';

/** 提交调研报告. */
export function ReportModal({ topic, open, onClose }: { topic: Topic; open: boolean; onClose: () => void }): ReactElement {
  const [form] = Form.useForm();
  const { report } = useTopicMutations();
  const { submit } = useSubmit(form, researchReportSchema, (input, h) => report.mutate({ id: topic.id, input }, h), { done: '已提交调研报告', onClose, open, start: () => ({ submittedOn: dayjs(), title: `关于“${topic.title}”的调研报告`.slice(0, 80) }) });
  const go = (): void => {
    const v = form.getFieldsValue(true) as { title?: string; body?: string; submittedOn?: Dayjs; attachmentIds?: string[] };
    submit(clean(v));
  };
  return (
    <FormModal form={form} name="report" open={open} title="提交调研报告" okText="提交" onOk={go} onCancel={onClose} confirmLoading={report.isPending} width={760}>
      <TextField label="报告标题" name="title" required max={80} />
      <DateField label="报告日期" name="submittedOn" required />
      <TextField label="报告正文" name="body" required extra="至少 20 个字" rows={10} max={20000} count />
      <Form.Item label="附件" name="attachmentIds">
        <AttachmentField max={10} />
      </Form.Item>
    </FormModal>
  );
}
