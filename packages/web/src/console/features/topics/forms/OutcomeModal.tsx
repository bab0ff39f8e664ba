import type { ReactElement } from 'react';
import { Form, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { OUTCOME_KIND_LABELS, OUTCOME_KINDS, submitOutcomeSchema } from '@shangliang/core';
import type { Topic } from '../../../../api/types.js';
import { FormModal } from '../../../components/FormModal.js';
import { DateField, TextField } from '../../../components/FormFields.js';
import { FormRows } from '../../../components/FormRows.js';
import { vocabOptions } from '../../../components/format.js';
import { useCountyDepartments, useTopicMutations } from '../hooks.js';
import { clean } from '../../../components/clean.js';
import { useSubmit } from '../../../components/useSubmit.js';
import { RoomStatementPicker } from './RoomStatementPicker.js';
import { PINYIN_SEARCH } from '../../../components/pinyin-search.js';

interface OutcomeValues {
  kind?: string;
  title?: string;
  suggestions?: { content?: string; departmentId?: string }[];
  submittedTo?: string;
  submittedOn?: Dayjs;
  submittedVia?: string;
}

/** 报送协商成果 with its numbered suggestions. */
export function OutcomeModal({ topic, open, onClose }: { topic: Topic; open: boolean; onClose: () => void }): ReactElement {
  const [form] = Form.useForm<OutcomeValues>();
  const { outcome } = useTopicMutations();
  const departments = useCountyDepartments(topic.countyId, open);
  const { submit } = useSubmit(form, submitOutcomeSchema, (input, h) => outcome.mutate({ id: topic.id, input }, h), {
    done: '已报送协商成果',
    onClose,
    open,
    start: () => ({ kind: 'suggestions', title: `关于“${topic.title}”的协商建议`.slice(0, 80), suggestions: [{}], submittedOn: dayjs() }),
  });
  const go = (): void => {
    const v = form.getFieldsValue(true) as OutcomeValues;
    submit(clean({ ...v, suggestions: (v.suggestions ?? []).filter((s) => s?.content || s?.departmentId) }));
  };
  return (
    <FormModal form={form} name="outcome" open={open} title="报送协商成果" okText="报送" onOk={go} onCancel={onClose} confirmLoading={outcome.isPending} width={800}>
      <div className="form-two">
        <Form.Item label="成果形式" name="kind" required>
          <Select options={vocabOptions(OUTCOME_KINDS, OUTCOME_KIND_LABELS)} />
        </Form.Item>
        <DateField label="报送日期" name="submittedOn" required />
      </div>
      <TextField label="成果标题" name="title" required max={80} />
      <RoomStatementPicker
        topic={topic}
        open={open}
        onPick={(texts) => {
          const now = ((form.getFieldValue('suggestions') as OutcomeValues['suggestions']) ?? []).filter((s) => s?.content || s?.departmentId);
          form.setFieldValue('suggestions', [...now, ...texts.map((content) => ({ content }))]);
        }}
      />
      <Typography.Text strong>意见建议（逐条编号）</Typography.Text>
      <FormRows name="suggestions" addText="添加一条建议" removeText="移除此条" minRows={1}>
        {(f, i) => (
          <>
            <TextField label={`第 ${i + 1} 条建议`} name={[f.name, 'content']} required rows={3} max={2000} />
            <Form.Item label={`第 ${i + 1} 条的承办部门`} name={[f.name, 'departmentId']}>
              <Select allowClear showSearch={PINYIN_SEARCH} placeholder="选择部门" options={(departments.data ?? []).map((d) => ({ value: d.id, label: d.name }))} />
            </Form.Item>
          </>
        )}
      </FormRows>
      <div className="form-two">
        <TextField label="报送对象" name="submittedTo" required max={80} placeholder="例如：中共尧都区委、尧都区人民政府" />
        <TextField label="报送方式" name="submittedVia" max={40} placeholder="例如：政协专报" />
      </div>
    </FormModal>
  );
}
