import type { ReactElement } from 'react';
import { Form, Input, Radio, Typography } from 'antd';
import { feedbackSchema, ITEM_TRANSITIONS, RESULT_CLASS_LABELS, RESULT_CLASSES } from '@shangliang/core';
import type { HandlingItemDetail } from '../../../../api/types.js';
import { AttachmentField } from '../../../components/AttachmentField.js';
import { FormModal } from '../../../components/FormModal.js';
import { TextField } from '../../../components/FormFields.js';
import { vocabOptions } from '../../../components/format.js';
import { useItemMutations } from '../hooks.js';
import { About } from './About.js';
import { clean, withBlank } from '../../../components/clean.js';
import { Refusal } from '../../../components/Refusal.js';
import { useSubmit } from '../../../components/useSubmit.js';

/** 提交书面反馈 (the lead department), or 录入来函答复 (`paper`: the office enters a reply that came as a letter; it counts as accepted). */
export function FeedbackModal({ item, open, onClose, paper = false }: { item: HandlingItemDetail; open: boolean; onClose: () => void; paper?: boolean }): ReactElement {
  const [form] = Form.useForm();
  const mutations = useItemMutations(item.id);
  const feedback = paper ? mutations.paperFeedback : mutations.feedback;
  const label = paper ? '录入来函答复' : ITEM_TRANSITIONS.submit_feedback.label;
  // The last answer's responsible person and phone are usually the same.
  const last = item.feedbacks.at(-1);
  const { submit, refusal } = useSubmit(form, feedbackSchema, (input, h) => feedback.mutate(input, h), {
    done: paper ? '已录入来函答复，视为已采纳' : '已提交书面反馈',
    onClose,
    open,
    start: () => ({ attachmentIds: [], responsible: last?.responsible, contact: last?.contact }),
  });
  const go = (): void => {
    const v = form.getFieldsValue(true) as Record<string, unknown>;
    const ids = (v.attachmentIds as string[] | undefined) ?? [];
    submit(withBlank({ ...clean(v), attachmentIds: ids.length ? ids : undefined }, 'text', 'responsible', 'contact'));
  };
  return (
    <FormModal form={form} name={paper ? 'paper_feedback' : 'feedback'} open={open} title={label} okText={paper ? '录入' : '提交'} onOk={go} onCancel={onClose} confirmLoading={feedback.isPending} width={760}>
      <About item={item} />
      {paper && (
        <Typography.Paragraph>
          {item.leadDepartmentName ?? '承办单位'}以纸质函件答复的，由政协办公室照函录入，录入后视为已采纳，可直接进行满意度测评。
        </Typography.Paragraph>
      )}
      <Refusal text={refusal} />
      <TextField label="办理情况" name="text" required extra="至少 10 个字" rows={6} max={5000} count placeholder="办理过程、采纳落实情况和取得的成效" />
      <Form.Item label="办理结果分类" name="resultClass" required>
        <Radio.Group className="radio-column" options={vocabOptions(RESULT_CLASSES, RESULT_CLASS_LABELS)} />
      </Form.Item>
      <TextField label="采取的措施" name="measures" rows={3} max={2000} count placeholder="已采取或将要采取的措施、时间安排" />
      <div className="form-two">
        <Form.Item label="责任人" name="responsible" required>
          <Input maxLength={30} autoComplete="name" />
        </Form.Item>
        <Form.Item label="联系电话" name="contact" required>
          <Input maxLength={30} inputMode="tel" autoComplete="tel" />
        </Form.Item>
      </div>
      <Form.Item label="附件" name="attachmentIds" extra={paper ? '来函扫描件、现场照片等' : '答复函、现场照片等'}>
        <AttachmentField max={10} />
      </Form.Item>
    </FormModal>
  );
}
