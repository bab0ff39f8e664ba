import type { ReactElement } from 'react';
import { Form, Input } from 'antd';
import { reviewSchema } from '@shangliang/core';
import type { HandlingItemDetail } from '../../../../api/types.js';
import { FormModal } from '../../../components/FormModal.js';
import { ChoiceField } from '../../../components/FormFields.js';
import { useItemMutations } from '../hooks.js';
import { About } from './About.js';
import { clean } from '../../../components/clean.js';
import { Refusal } from '../../../components/Refusal.js';
import { useSubmit } from '../../../components/useSubmit.js';

/** 审核反馈: 采纳 or 退回修改 (with a reason). */
export function ReviewModal({ item, decision, onClose }: { item: HandlingItemDetail; decision: 'accept' | 'return' | null; onClose: () => void }): ReactElement {
  const [form] = Form.useForm();
  const { review } = useItemMutations(item.id);
  const chosen = (Form.useWatch('decision', form) as 'accept' | 'return' | undefined) ?? decision;
  const { submit, refusal } = useSubmit(form, reviewSchema, (input, h) => review.mutate(input, h), { done: chosen === 'return' ? '已退回修改' : '已采纳反馈', onClose, open: !!decision, start: () => ({ decision }) });
  const go = (): void => {
    const v = clean(form.getFieldsValue(true) as Record<string, unknown>);
    if (v.decision === 'return' && !v.reason) {
      form.setFields([{ name: 'reason', errors: ['请填写退回理由'] }]);
      return;
    }
    submit(v);
  };
  const last = item.latestFeedback;
  return (
    <FormModal form={form} name="review" open={!!decision} title="审核反馈" okText={chosen === 'return' ? '退回修改' : '采纳'} danger={chosen === 'return'} onOk={go} onCancel={onClose} confirmLoading={review.isPending} width={720}>
      <About item={item} />
      {last && (
        <div className="sub-block">
          <strong>{last.departmentName ?? '承办单位'}的书面反馈（{last.resultClassLabel}）</strong>
          <div className="pre-wrap" style={{ marginTop: 4 }}>{last.text}</div>
        </div>
      )}
      <Refusal text={refusal} />
      <ChoiceField
        label="审核结论"
        name="decision"
        required
        options={[
          { value: 'accept', label: '采纳' },
          { value: 'return', label: '退回修改' },
        ]}
      />
      <Form.Item label={chosen === 'return' ? '退回理由' : '审核意见'} name="reason" required={chosen === 'return'}>
        <Input.TextArea rows={3} maxLength={500} showCount placeholder={chosen === 'return' ? '说明需要补充或修改的内容' : '可不填'} />
      </Form.Item>
    </FormModal>
  );
}
