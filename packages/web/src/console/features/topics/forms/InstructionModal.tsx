import type { ReactElement } from 'react';
import { Button, Form, Select, Typography } from 'antd';
import { MinusCircleOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { instructionSchema } from '@shangliang/core';
import type { Topic } from '../../../../api/types.js';
import { clean, withBlank } from '../../../components/clean.js';
import { FormModal } from '../../../components/FormModal.js';
import { DateField, TextField } from '../../../components/FormFields.js';
import { FormRows } from '../../../components/FormRows.js';
import { Refusal } from '../../../components/Refusal.js';
import { useSubmit } from '../../../components/useSubmit.js';
import { useTopicMutations } from '../hooks.js';

/** Select value standing for the outcome as a whole (sent as no suggestion). */
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
export function InstructionModal({ topic, open, onClose }: { topic: Topic; open: boolean; onClose: () => void }): ReactElement {
  const [form] = Form.useForm<InstructionValues>();
  const { instruction } = useTopicMutations();
  const { submit, refusal } = useSubmit(form, instructionSchema, (input, h) => instruction.mutate({ id: topic.id, input }, h), {
    done: '已记录领导批示',
    onClose,
    open,
    start: () => ({ suggestionId: WHOLE, givenOn: dayjs(), actions: [] }),
  });
  const go = (): void => {
    const v = form.getFieldsValue(true) as InstructionValues;
    // Rows left wholly empty are dropped; a half-filled one is sent so that the missing part is marked.
    const rows = (v.actions ?? []).filter((a) => a && (a.text?.trim() || a.dueOn));
    submit({
      ...withBlank(clean({ ...v, suggestionId: v.suggestionId !== WHOLE ? v.suggestionId : undefined, actions: undefined }), 'leader', 'givenOn', 'text'),
      actions: rows.map((a) => withBlank(clean(a), 'text', 'dueOn')),
    });
  };
  const suggestions = [...(topic.outcome?.suggestions ?? [])].sort((a, b) => a.seq - b.seq);
  return (
    <FormModal form={form} name="instruction" open={open} title="记录领导批示" onOk={go} onCancel={onClose} confirmLoading={instruction.isPending} width={760}>
      <Refusal text={refusal} />
      <Form.Item label="批示对象" name="suggestionId" required>
        <Select
          options={[
            { value: WHOLE, label: '整体协商成果' },
            ...suggestions.map((s) => ({ value: s.id, label: `第 ${s.seq} 条建议：${s.content.length > 40 ? `${s.content.slice(0, 40)}…` : s.content}` })),
          ]}
        />
      </Form.Item>
      <div className="form-two">
        <TextField label="批示领导" name="leader" required max={30} placeholder="例如：王建军" />
        <TextField label="职务" name="leaderTitle" max={40} placeholder="例如：区委书记" />
      </div>
      <DateField label="批示日期" name="givenOn" required />
      <TextField label="批示内容" name="text" required rows={4} max={2000} count />
      <Typography.Text strong>落实事项</Typography.Text>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        批示要求落实的具体事项及完成期限，可不填，最多 20 项。
      </Typography.Paragraph>
      <FormRows name="actions" addText="添加落实事项" removeText={null} fresh={() => ({ dueOn: dayjs().add(30, 'day') })} max={20} className="list-row action-row" last>
        {(field, index, remove) => (
          <>
            <TextField label={`落实事项 ${index + 1}`} name={[field.name, 'text']} required rows={2} max={300} placeholder="需要落实的事项" />
            <div className="action-row-foot">
              <DateField label="完成期限" name={[field.name, 'dueOn']} required />
              <Button type="text" icon={<MinusCircleOutlined />} onClick={remove} aria-label={`删除落实事项 ${index + 1}`}>
                删除
              </Button>
            </div>
          </>
        )}
      </FormRows>
    </FormModal>
  );
}
