import type { ReactElement } from 'react';
import { Form, Radio, Typography } from 'antd';
import { CONVERSION_LABELS, CONVERSIONS, conversionSchema } from '@shangliang/core';
import type { HandlingItemDetail } from '../../../../api/types.js';
import { FormModal } from '../../../components/FormModal.js';
import { TextField } from '../../../components/FormFields.js';
import { vocabOptions } from '../../../components/format.js';
import { useItemMutations } from '../hooks.js';
import { About } from './About.js';
import { clean } from '../../../components/clean.js';
import { Refusal } from '../../../components/Refusal.js';
import { useSubmit } from '../../../components/useSubmit.js';

/** 未转化 — the server's word for `none` (core has labels only for the three conversions). */
const NO_CONVERSION = '未转化';

/** 成果转化. */
export function ConversionModal({ item, open, onClose }: { item: HandlingItemDetail; open: boolean; onClose: () => void }): ReactElement {
  const [form] = Form.useForm();
  const { conversion } = useItemMutations(item.id);
  const { submit, refusal } = useSubmit(form, conversionSchema, (input, h) => conversion.mutate(input, h), { done: '已记录成果转化', onClose, open, start: () => ({ conversion: item.conversion ?? undefined, reference: item.conversionRef ?? undefined }) });
  const go = (): void => void submit(clean(form.getFieldsValue(true) as Record<string, unknown>));
  return (
    <FormModal form={form} name="conversion" open={open} title="成果转化" onOk={go} onCancel={onClose} confirmLoading={conversion.isPending}>
      <About item={item} />
      <Typography.Paragraph type="secondary">推动协商成果转化为党委政府决策、民生实事项目或者改进社会管理等方面的内容（第四条(三)3）。</Typography.Paragraph>
      <Refusal text={refusal} />
      <Form.Item label="转化情况" name="conversion" required>
        <Radio.Group className="radio-column" options={[...vocabOptions(CONVERSIONS, CONVERSION_LABELS), { value: 'none', label: NO_CONVERSION }]} />
      </Form.Item>
      <TextField label="依据" name="reference" extra="文件名称、文号或项目名称" max={120} />
    </FormModal>
  );
}
