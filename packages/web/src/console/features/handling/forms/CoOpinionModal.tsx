import type { ReactElement } from 'react';
import { Form, Typography } from 'antd';
import { coOpinionSchema } from '@shangliang/core';
import type { HandlingItemDetail } from '../../../../api/types.js';
import { FormModal } from '../../../components/FormModal.js';
import { TextField } from '../../../components/FormFields.js';
import { formatDate } from '../../../components/format.js';
import { useItemMutations } from '../hooks.js';
import { About } from './About.js';
import { clean, withBlank } from '../../../components/clean.js';
import { Refusal } from '../../../components/Refusal.js';
import { useSubmit } from '../../../components/useSubmit.js';

/** 会办意见 by a co-handling department. */
export function CoOpinionModal({ item, open, onClose }: { item: HandlingItemDetail; open: boolean; onClose: () => void }): ReactElement {
  const [form] = Form.useForm();
  const { coOpinion } = useItemMutations(item.id);
  const { submit, refusal } = useSubmit(form, coOpinionSchema, (input, h) => coOpinion.mutate(input, h), { done: '已提交会办意见', onClose, open });
  const go = (): void => void submit(withBlank(clean(form.getFieldsValue(true) as Record<string, unknown>), 'text'));
  return (
    <FormModal form={form} name="co_opinion" open={open} title="会办意见" okText="提交" onOk={go} onCancel={onClose} confirmLoading={coOpinion.isPending}>
      <About item={item} />
      {item.coDueOn && <Typography.Paragraph>会办意见期限：{formatDate(item.coDueOn)}</Typography.Paragraph>}
      <Refusal text={refusal} />
      <TextField label="会办意见" name="text" required rows={5} max={2000} count placeholder="本单位对该建议的意见和配合办理情况" />
    </FormModal>
  );
}
