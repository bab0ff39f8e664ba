import type { ReactElement } from 'react';
import { Form, Radio, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { PREPARATION_KIND_LABELS, PREPARATION_KINDS, preparationSchema } from '@shangliang/core';
import type { Topic } from '../../../../api/types.js';
import { FormModal } from '../../../components/FormModal.js';
import { DateField, TextField } from '../../../components/FormFields.js';
import { vocabOptions } from '../../../components/format.js';
import { useTopicMutations } from '../hooks.js';
import { clean } from '../../../components/clean.js';
import { useSubmit } from '../../../components/useSubmit.js';

/** 记录前置事项 (第四条(三)1). */
export function PreparationModal({ topic, open, onClose }: { topic: Topic; open: boolean; onClose: () => void }): ReactElement {
  const [form] = Form.useForm();
  const { preparation } = useTopicMutations();
  const hasReport = topic.preparations.some((p) => p.kind === 'prior_report');
  const { submit } = useSubmit(form, preparationSchema, (input, h) => preparation.mutate({ id: topic.id, input }, h), {
    done: '已记录前置事项',
    onClose,
    open,
    start: () => ({ date: dayjs(), kind: hasReport ? 'solution' : 'prior_report' }),
  });
  const go = (): void => {
    const v = form.getFieldsValue(true) as { kind?: string; date?: Dayjs; recipient?: string; summary?: string };
    submit(clean(v));
  };
  return (
    <FormModal form={form} name="preparation" open={open} title="记录前置事项" onOk={go} onCancel={onClose} confirmLoading={preparation.isPending}>
      <Typography.Paragraph type="secondary">
        对协商议题中敏感的问题、多年积累的难题等，要主动向党委政府报告相关情况，提前与相关部门研究切实可行的解决方案（第四条(三)1）。
      </Typography.Paragraph>
      <Form.Item label="事项" name="kind" required>
        <Radio.Group style={{ display: 'flex', flexDirection: 'column', gap: 6 }} options={vocabOptions(PREPARATION_KINDS, PREPARATION_KIND_LABELS)} />
      </Form.Item>
      <div className="form-two">
        <DateField label="日期" name="date" required />
        <TextField label="报告对象/参与部门" name="recipient" max={60} />
      </div>
      <TextField label="主要内容" name="summary" required rows={4} max={2000} count />
    </FormModal>
  );
}
