import type { ReactElement } from 'react';
import { Form, Radio, Typography } from 'antd';
import { SUPERVISION_METHOD_LABELS, SUPERVISION_METHODS, superviseSchema } from '@shangliang/core';
import type { HandlingItemDetail } from '../../../../api/types.js';
import { FormModal } from '../../../components/FormModal.js';
import { DateField, TextField } from '../../../components/FormFields.js';
import { formatDate, vocabOptions } from '../../../components/format.js';
import { useItemMutations } from '../hooks.js';
import { About } from './About.js';
import { clean, withBlank } from '../../../components/clean.js';
import { Refusal } from '../../../components/Refusal.js';
import { useSubmit } from '../../../components/useSubmit.js';

/** 督办. */
export function SuperviseModal({ item, open, onClose }: { item: HandlingItemDetail; open: boolean; onClose: () => void }): ReactElement {
  const [form] = Form.useForm();
  const { supervise } = useItemMutations(item.id);
  const { submit, refusal } = useSubmit(form, superviseSchema, (input, h) => supervise.mutate(input, h), { done: '已记录督办', onClose, open, start: () => ({ method: 'phone' }) });
  const go = (): void => void submit(withBlank(clean(form.getFieldsValue(true) as Record<string, unknown>), 'note'));
  return (
    <FormModal form={form} name="supervise" open={open} title="督办" okText="记录督办" onOk={go} onCancel={onClose} confirmLoading={supervise.isPending}>
      <About item={item} />
      {item.dueOn && <Typography.Paragraph>当前办理期限：{formatDate(item.dueOn)}{item.countdown ? `（${item.countdown}）` : ''}</Typography.Paragraph>}
      <Refusal text={refusal} />
      <Form.Item label="督办方式" name="method" required>
        <Radio.Group optionType="button" options={vocabOptions(SUPERVISION_METHODS, SUPERVISION_METHOD_LABELS)} />
      </Form.Item>
      <TextField label="督办情况" name="note" required rows={4} max={1000} count placeholder="督办对象、了解到的进展、提出的要求" />
      <DateField label="新的办理期限" name="newDueOn" extra="需要延期的填写；不填则不变" />
    </FormModal>
  );
}
