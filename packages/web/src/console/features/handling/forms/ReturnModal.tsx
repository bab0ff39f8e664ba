import type { ReactElement } from 'react';
import { Form, Typography } from 'antd';
import { ITEM_TRANSITIONS, reasonSchema } from '@shangliang/core';
import type { HandlingItemDetail } from '../../../../api/types.js';
import { FormModal } from '../../../components/FormModal.js';
import { TextField } from '../../../components/FormFields.js';
import { useItemMutations } from '../hooks.js';
import { About } from './About.js';
import { clean, withBlank } from '../../../components/clean.js';
import { Refusal } from '../../../components/Refusal.js';
import { useSubmit } from '../../../components/useSubmit.js';

/** 退回（非本单位职责） by the lead department within the window. */
export function ReturnModal({ item, open, onClose }: { item: HandlingItemDetail; open: boolean; onClose: () => void }): ReactElement {
  const [form] = Form.useForm();
  const { return: back } = useItemMutations(item.id);
  const label = ITEM_TRANSITIONS.return_misassigned.label;
  const { submit, refusal } = useSubmit(form, reasonSchema, (input, h) => back.mutate(input, h), { done: '已退回政协办公室', onClose, open });
  const go = (): void => void submit(withBlank(clean(form.getFieldsValue(true) as Record<string, unknown>), 'reason'));
  return (
    <FormModal form={form} name="return" open={open} title={label} okText="退回" danger onOk={go} onCancel={onClose} confirmLoading={back.isPending}>
      <About item={item} />
      <Typography.Paragraph>交办不属于本单位职责的，可在交办后规定期限内退回政协办公室重新交办。</Typography.Paragraph>
      <Refusal text={refusal} />
      <TextField label="退回理由" name="reason" required rows={4} max={500} count placeholder="说明不属于本单位职责的原因，建议由哪个单位办理" />
    </FormModal>
  );
}
