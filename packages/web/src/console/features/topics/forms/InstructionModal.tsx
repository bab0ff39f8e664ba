import type { ReactElement } from 'react';
import { Button, DatePicker, Form, Input, Select, Typography } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { instructionSchema } from '@shangliang/core';
import type { Topic } from '../../../../api/types.js';
import { clean, withBlank } from '../../../components/clean.js';
import { FormModal } from '../../../components/FormModal.js';
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
    </FormModal>
  );
}
